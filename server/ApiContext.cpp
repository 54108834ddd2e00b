#include "ApiContext.h"

#include "PrefStore.h"
#include "ServerOptions.h"
#include "StrictJson.h"
#include "TokenStore.h"

using namespace HttpHelpers;

namespace {

HttpReply unauthorized(const QString &detail)
{
    HttpReply reply = detailReply(401, detail);
    reply.headers.emplaceBack("WWW-Authenticate", "Bearer realm=\"api\"");
    return reply;
}

const char *jsonTypeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::array:
        return "list";
    case Json::value_t::string:
        return "str";
    case Json::value_t::boolean:
        return "bool";
    case Json::value_t::null:
        return "NoneType";
    case Json::value_t::number_float:
        return "float";
    default:
        return "int";
    }
}

} // namespace

ApiContext::ApiContext(PrefStore &store, TokenStore &tokens, const ServerOptions &options,
    std::function<void()> persist)
    : m_store(store)
    , m_tokens(tokens)
    , m_options(options)
    , m_persist(std::move(persist))
{ }

void ApiContext::persist() const
{
    if (m_persist)
        m_persist();
}

const UserRecord *ApiContext::authenticate(const HttpRequestData &request, HttpReply *error) const
{
    const QByteArray authorization = request.header("authorization").trimmed();
    const QList<QByteArray> parts = authorization.simplified().split(' ');
    if (parts.size() < 1 || parts.at(0).compare("bearer", Qt::CaseInsensitive) != 0) {
        *error = unauthorized(QStringLiteral("Authentication credentials were not provided."));
        return nullptr;
    }
    qint64 userId = 0;
    const QString token = parts.size() == 2 ? QString::fromLatin1(parts.at(1)) : QString();
    const UserRecord *user = nullptr;
    if (!token.isEmpty() && m_tokens.verifyAccessToken(token, &userId) == TokenStore::Check::Valid)
        user = m_store.user(userId);
    if (!user)
        *error = unauthorized(QStringLiteral("Invalid or expired token."));
    return user;
}

bool ApiContext::jsonObjectBody(const HttpRequestData &request, Json *body, HttpReply *error) const
{
    if (request.body.trimmed().isEmpty()) {
        *body = Json::object();
        return true;
    }
    const QByteArray contentType = request.header("content-type");
    if (!isJsonMediaType(contentType)) {
        *error = detailReply(415,
            QStringLiteral("Unsupported media type \"%1\" in request.")
                .arg(QString::fromLatin1(contentType)));
        return false;
    }
    StrictJson::Result parsed = StrictJson::parse(request.body);
    if (!parsed.ok) {
        *error = detailReply(400, parsed.error);
        return false;
    }
    if (!parsed.value.is_object()) {
        *error = fieldErrorReply(QStringLiteral("non_field_errors"),
            QStringLiteral("Invalid data. Expected a dictionary, but got %1.")
                .arg(QLatin1String(jsonTypeName(parsed.value))));
        return false;
    }
    *body = std::move(parsed.value);
    return true;
}

const UserRecord *ApiContext::targetUser(
    const QString &segment, const UserRecord &caller, HttpReply *error) const
{
    if (segment == QLatin1String("me"))
        return &caller;
    const std::optional<qint64> id = parseId(segment);
    if (!id) {
        *error = notFoundReply();
        return nullptr;
    }
    // Permission before existence, so that other ids reveal nothing.
    if (*id != caller.id && !caller.isAdmin()) {
        *error =
            detailReply(403, QStringLiteral("You do not have permission to perform this action."));
        return nullptr;
    }
    const UserRecord *user = m_store.user(*id);
    if (!user)
        *error = notFoundReply();
    return user;
}

std::optional<qint64> ApiContext::parseId(const QString &segment)
{
    bool ok = false;
    const qint64 id = segment.toLongLong(&ok);
    if (!ok || id <= 0 || segment.startsWith(u'+') || segment.startsWith(u'0'))
        return std::nullopt;
    return id;
}
