#include "PreferenceEndpoints.h"

#include "ApiContext.h"
#include "Pagination.h"
#include "PrefStore.h"
#include "RawJson.h"
#include "Router.h"
#include "ServerOptions.h"

using namespace HttpHelpers;

namespace {

constexpr int kMaxKeyLength = 255;

const char kRequired[] = "This field is required.";

// Checks body["key"]; an error message, or an empty string with *key set.
QString validateKey(const Json &body, QString *key)
{
    const Json &value = body.at("key");
    if (value.is_null())
        return QStringLiteral("This field may not be null.");
    if (!value.is_string())
        return QStringLiteral("Not a valid string.");
    *key = fromStd(value.get<std::string>());
    if (key->trimmed().isEmpty())
        return QStringLiteral("This field may not be blank.");
    if (key->toUcs4().size() > kMaxKeyLength)
        return QStringLiteral("Ensure this field has no more than %1 characters.")
            .arg(kMaxKeyLength);
    return QString();
}

// body["value"] as compact text with every token as the client wrote it;
// body is what jsonObjectBody made of request.body.
QByteArray valueText(const HttpRequestData &request, const Json &body)
{
    const std::optional<QByteArrayView> value = RawJson::member(request.body, "value");
    return value ? RawJson::compact(*value) : RawJson::text(body.at("value"));
}

HttpReply duplicateKeyReply()
{
    return fieldErrorReply(QStringLiteral("key"),
        QStringLiteral("A preference with this key already exists for this user."));
}

} // namespace

PreferenceEndpoints::PreferenceEndpoints(const ApiContext &context)
    : m_context(context)
{ }

void PreferenceEndpoints::registerRoutes(Router &router)
{
    const QString collection = QStringLiteral("/api/v2/user/{user}/preference/");
    const QString item = QStringLiteral("/api/v2/user/{user}/preference/{id}/");
    router.addRoute(
        collection, "GET", [this](const HttpRequestData &request, const QStringList &captures) {
            return list(request, captures.at(0));
        });
    router.addRoute(
        collection, "POST", [this](const HttpRequestData &request, const QStringList &captures) {
            return create(request, captures.at(0));
        });
    router.addRoute(
        item, "GET", [this](const HttpRequestData &request, const QStringList &captures) {
            return get(request, captures);
        });
    router.addRoute(
        item, "PATCH", [this](const HttpRequestData &request, const QStringList &captures) {
            return patch(request, captures);
        });
    router.addRoute(
        item, "DELETE", [this](const HttpRequestData &request, const QStringList &captures) {
            return remove(request, captures);
        });
}

const UserRecord *PreferenceEndpoints::owner(
    const HttpRequestData &request, const QString &userSegment, HttpReply *error) const
{
    const UserRecord *caller = m_context.authenticate(request, error);
    return caller ? m_context.targetUser(userSegment, *caller, error) : nullptr;
}

const PreferenceRecord *PreferenceEndpoints::preference(
    const HttpRequestData &request, const QStringList &captures, HttpReply *error) const
{
    const UserRecord *user = owner(request, captures.at(0), error);
    if (!user)
        return nullptr;
    const std::optional<qint64> id = ApiContext::parseId(captures.at(1));
    const PreferenceRecord *record = id ? m_context.store().preference(*id) : nullptr;
    if (!record || record->userId != user->id) {
        *error = notFoundReply();
        return nullptr;
    }
    return record;
}

HttpReply PreferenceEndpoints::list(
    const HttpRequestData &request, const QString &userSegment) const
{
    HttpReply error;
    const UserRecord *user = owner(request, userSegment, &error);
    if (!user)
        return error;
    // Both filters are an exact match on the key; empty values are ignored.
    const QString search = request.queryValue(QStringLiteral("search"));
    const QString key = request.queryValue(QStringLiteral("key"));
    QList<const PreferenceRecord *> matching;
    for (const PreferenceRecord *record : m_context.store().preferences(user->id)) {
        if ((search.isEmpty() || record->key == search) && (key.isEmpty() || record->key == key))
            matching.append(record);
    }
    const Pagination pagination(
        request, m_context.options().pageSize, m_context.options().maxPageSize);
    return jsonReply(200, pagination.page(matching, &PrefStore::preferenceJson));
}

HttpReply PreferenceEndpoints::create(
    const HttpRequestData &request, const QString &userSegment) const
{
    HttpReply error;
    const UserRecord *user = owner(request, userSegment, &error);
    Json body;
    if (!user || !m_context.jsonObjectBody(request, &body, &error))
        return error;

    Json errors = Json::object();
    QString key;
    if (!body.contains("key"))
        errors["key"] = Json::array({kRequired});
    else if (const QString message = validateKey(body, &key); !message.isEmpty())
        errors["key"] = Json::array({toStd(message)});
    if (!body.contains("value"))
        errors["value"] = Json::array({kRequired});
    if (!errors.empty())
        return jsonReply(400, errors);
    if (m_context.store().hasKey(user->id, key))
        return duplicateKeyReply();

    const PreferenceRecord &record =
        m_context.store().createPreference(user->id, key, valueText(request, body));
    m_context.persist();
    return jsonReply(201, PrefStore::preferenceJson(record));
}

HttpReply PreferenceEndpoints::get(
    const HttpRequestData &request, const QStringList &captures) const
{
    HttpReply error;
    const PreferenceRecord *record = preference(request, captures, &error);
    return record ? jsonReply(200, PrefStore::preferenceJson(*record)) : error;
}

HttpReply PreferenceEndpoints::patch(
    const HttpRequestData &request, const QStringList &captures) const
{
    HttpReply error;
    const PreferenceRecord *record = preference(request, captures, &error);
    Json body;
    if (!record || !m_context.jsonObjectBody(request, &body, &error))
        return error;

    const bool hasKey = body.contains("key");
    const bool hasValue = body.contains("value");
    if (!hasKey && !hasValue)
        return fieldErrorReply(
            QStringLiteral("non_field_errors"), QStringLiteral("Provide key and/or value."));
    std::optional<QString> newKey;
    if (hasKey) {
        QString key;
        if (const QString message = validateKey(body, &key); !message.isEmpty())
            return fieldErrorReply(QStringLiteral("key"), message);
        if (m_context.store().hasKey(record->userId, key, record->id))
            return duplicateKeyReply();
        newKey = key;
    }
    const std::optional<QByteArray> newValue =
        hasValue ? std::optional<QByteArray>(valueText(request, body)) : std::nullopt;
    const PreferenceRecord *updated =
        m_context.store().updatePreference(record->id, newKey, newValue);
    m_context.persist();
    return jsonReply(200, PrefStore::preferenceJson(*updated));
}

HttpReply PreferenceEndpoints::remove(
    const HttpRequestData &request, const QStringList &captures) const
{
    HttpReply error;
    const PreferenceRecord *record = preference(request, captures, &error);
    if (!record)
        return error;
    m_context.store().removePreference(record->id);
    m_context.persist();
    return emptyReply(204);
}
