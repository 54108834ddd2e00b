#include "OAuthEndpoints.h"

#include "HttpHelpers.h"
#include "PrefStore.h"
#include "Router.h"
#include "SecretCompare.h"
#include "TokenStore.h"

#include <QUrl>

#include <optional>

using namespace HttpHelpers;

namespace {

HttpReply oauthError(int status, const char *error, const QString &description = QString())
{
    Json body {{"error", error}};
    if (!description.isEmpty())
        body["error_description"] = toStd(description);
    HttpReply reply = jsonReply(status, body);
    reply.headers.emplaceBack("Cache-Control", "no-store");
    reply.headers.emplaceBack("Pragma", "no-cache");
    return reply;
}

HttpReply invalidClient()
{
    return oauthError(401, "invalid_client");
}

HttpReply missingParameter(const QString &name)
{
    return oauthError(
        400, "invalid_request", QStringLiteral("Request is missing %1 parameter.").arg(name));
}

QString formValue(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

bool isFormRequest(const HttpRequestData &request)
{
    const QByteArray type = mediaType(request.header("content-type"));
    return type.isEmpty() || type == "application/x-www-form-urlencoded";
}

// Reads the form of a POST to /oauth/token/ or /oauth/revoke_token/ into
// *form; the error to answer instead when it is no form or not from our client.
std::optional<HttpReply> readClientForm(const HttpRequestData &request, QUrlQuery *form)
{
    if (!isFormRequest(request))
        return oauthError(400, "invalid_request",
            QStringLiteral("The body must be application/x-www-form-urlencoded."));
    *form = parseForm(request.body);
    if (formValue(*form, QStringLiteral("client_id")) != QLatin1String(OAuthEndpoints::kClientId))
        return invalidClient();
    return std::nullopt;
}

QString withParameters(const QString &uri, const QList<QPair<QString, QString>> &parameters)
{
    QString result = uri;
    for (const auto &[name, value] : parameters) {
        if (value.isEmpty())
            continue;
        result += (result.contains(u'?') ? u'&' : u'?') + name + u'=' +
            QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    return result;
}

HttpReply redirect(const QString &location)
{
    HttpReply reply = emptyReply(302);
    reply.headers.emplaceBack("Location", location.toUtf8());
    reply.headers.emplaceBack("Cache-Control", "no-store");
    return reply;
}

HttpReply errorPage(int status, const QString &message)
{
    return htmlReply(status,
        QStringLiteral("<!DOCTYPE html>\n<html><head><title>Authorization error</title>"
                       "</head><body><h1>Authorization error</h1><p>%1</p></body></html>\n")
            .arg(message.toHtmlEscaped())
            .toUtf8());
}

} // namespace

OAuthEndpoints::OAuthEndpoints(PrefStore &store, TokenStore &tokens)
    : m_store(store)
    , m_tokens(tokens)
{ }

void OAuthEndpoints::registerRoutes(Router &router)
{
    router.addRoute(QStringLiteral("/oauth/token/"), "POST",
        [this](const HttpRequestData &request, const QStringList &) { return token(request); });
    router.addRoute(QStringLiteral("/oauth/authorize/"), "GET",
        [this](const HttpRequestData &request, const QStringList &) { return authorize(request); });
    router.addRoute(QStringLiteral("/oauth/revoke_token/"), "POST",
        [this](const HttpRequestData &request, const QStringList &) { return revoke(request); });
}

bool OAuthEndpoints::isAllowedRedirectUri(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.hasFragment())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    const QString host = url.host().toLower();
    return url.scheme() == QLatin1String("http") &&
        (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") ||
            host == QLatin1String("::1"));
}

HttpReply OAuthEndpoints::token(const HttpRequestData &request)
{
    QUrlQuery form;
    if (const std::optional<HttpReply> refusal = readClientForm(request, &form))
        return *refusal;
    const QString grantType = formValue(form, QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return missingParameter(QStringLiteral("grant_type"));
    if (grantType == QLatin1String("password"))
        return passwordGrant(form);
    if (grantType == QLatin1String("refresh_token"))
        return refreshGrant(form);
    if (grantType == QLatin1String("authorization_code"))
        return codeGrant(form);
    return oauthError(400, "unsupported_grant_type");
}

HttpReply OAuthEndpoints::passwordGrant(const QUrlQuery &form)
{
    const QString username = formValue(form, QStringLiteral("username"));
    const QString password = formValue(form, QStringLiteral("password"));
    if (username.isEmpty())
        return missingParameter(QStringLiteral("username"));
    if (password.isEmpty())
        return missingParameter(QStringLiteral("password"));
    const UserRecord *user = m_store.userByName(username);
    // Compared in constant time, and also for unknown users, so that the
    // answer's timing tells nothing about the password or the account.
    const bool matches = SecretCompare::equalSecrets(user ? user->password : QString(), password);
    if (!user || user->password.isEmpty() || !matches)
        return oauthError(400, "invalid_grant", QStringLiteral("Invalid credentials given."));
    return tokenReply(user->id);
}

HttpReply OAuthEndpoints::refreshGrant(const QUrlQuery &form)
{
    const QString refreshToken = formValue(form, QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty())
        return missingParameter(QStringLiteral("refresh_token"));
    qint64 userId = 0;
    if (!m_tokens.consumeRefreshToken(refreshToken, &userId) || !m_store.user(userId))
        return oauthError(400, "invalid_grant", QStringLiteral("Invalid refresh token."));
    return tokenReply(userId);
}

HttpReply OAuthEndpoints::codeGrant(const QUrlQuery &form)
{
    const QString code = formValue(form, QStringLiteral("code"));
    const QString redirectUri = formValue(form, QStringLiteral("redirect_uri"));
    if (code.isEmpty())
        return missingParameter(QStringLiteral("code"));
    if (redirectUri.isEmpty())
        return missingParameter(QStringLiteral("redirect_uri"));
    qint64 userId = 0;
    switch (m_tokens.redeemCode(
        code, redirectUri, formValue(form, QStringLiteral("code_verifier")), &userId)) {
    case TokenStore::CodeCheck::Ok:
        return m_store.user(userId)
            ? tokenReply(userId)
            : oauthError(400, "invalid_grant", QStringLiteral("Unknown user."));
    case TokenStore::CodeCheck::Invalid:
        return oauthError(
            400, "invalid_grant", QStringLiteral("Invalid or expired authorization code."));
    case TokenStore::CodeCheck::RedirectMismatch:
        return oauthError(400, "invalid_grant", QStringLiteral("Mismatching redirect URI."));
    case TokenStore::CodeCheck::VerifierMissing:
        return oauthError(400, "invalid_grant", QStringLiteral("Code verifier required."));
    case TokenStore::CodeCheck::VerifierMismatch:
        return oauthError(400, "invalid_grant",
            QStringLiteral("Code verifier does not match the code challenge."));
    }
    return oauthError(400, "invalid_grant");
}

HttpReply OAuthEndpoints::tokenReply(qint64 userId)
{
    const TokenStore::TokenPair pair = m_tokens.issueTokenPair(userId);
    HttpReply reply = jsonReply(200,
        Json {{"access_token", toStd(pair.accessToken)}, {"expires_in", pair.expiresIn},
            {"token_type", "Bearer"}, {"scope", "read write"},
            {"refresh_token", toStd(pair.refreshToken)}});
    reply.headers.emplaceBack("Cache-Control", "no-store");
    reply.headers.emplaceBack("Pragma", "no-cache");
    return reply;
}

HttpReply OAuthEndpoints::authorize(const HttpRequestData &request)
{
    if (request.queryValue(QStringLiteral("client_id")) != QLatin1String(kClientId))
        return errorPage(400, QStringLiteral("Unknown client_id (invalid_client)."));
    const QString redirectUri = request.queryValue(QStringLiteral("redirect_uri"));
    if (!isAllowedRedirectUri(redirectUri))
        return errorPage(400,
            QStringLiteral("Missing or unregistered redirect_uri; use a loopback "
                           "http URI (127.0.0.1, localhost) or https."));
    const QString state = request.queryValue(QStringLiteral("state"));
    const auto fail = [&](const QString &error, const QString &description) {
        return redirect(withParameters(redirectUri,
            {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description},
                {QStringLiteral("state"), state}}));
    };
    if (request.queryValue(QStringLiteral("response_type")) != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"),
            QStringLiteral("Only response_type=code."));
    const QString challenge = request.queryValue(QStringLiteral("code_challenge"));
    const QString method = request.queryValue(QStringLiteral("code_challenge_method"));
    // PKCE is required, with S256 (RFC 7636, as OAuth 2.1 asks of public clients).
    if (challenge.isEmpty())
        return fail(QStringLiteral("invalid_request"), QStringLiteral("Code challenge required."));
    if (method != QLatin1String("S256"))
        return fail(QStringLiteral("invalid_request"),
            QStringLiteral("Transform algorithm not supported."));

    QString username = request.queryValue(QStringLiteral("username"));
    if (username.isEmpty())
        username = m_autoApproveUser;
    if (username.isEmpty())
        return accountChooser(request, QString());
    const UserRecord *user = m_store.userByName(username);
    if (!user)
        return accountChooser(request, QStringLiteral("Unknown account \"%1\".").arg(username));
    const QString code = m_tokens.createAuthorizationCode(user->id, redirectUri, challenge);
    return redirect(withParameters(
        redirectUri, {{QStringLiteral("code"), code}, {QStringLiteral("state"), state}}));
}

HttpReply OAuthEndpoints::accountChooser(
    const HttpRequestData &request, const QString &notice) const
{
    QUrlQuery query = request.queryItems();
    query.removeAllQueryItems(QStringLiteral("username"));
    QString links;
    for (const UserRecord *user : m_store.users()) {
        if (user->password.isEmpty())
            continue;
        QUrlQuery withUser = query;
        withUser.addQueryItem(QStringLiteral("username"), user->username);
        const QString href = request.path + u'?' + withUser.toString(QUrl::FullyEncoded);
        links += QStringLiteral("<li><a href=\"%1\">%2</a> (%3)</li>\n")
                     .arg(href.toHtmlEscaped(), user->username.toHtmlEscaped(),
                         user->realName.toHtmlEscaped());
    }
    const QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Sign in to prefserver"
            "</title></head>\n<body><h1>Sign in to prefserver</h1>\n%1"
            "<p>Approve access for the editor as:</p>\n<ul>\n%2</ul>\n</body></html>\n")
            .arg(notice.isEmpty() ? QString() : u"<p>"_qs + notice.toHtmlEscaped() + u"</p>\n"_qs,
                links);
    return htmlReply(notice.isEmpty() ? 200 : 400, html.toUtf8());
}

HttpReply OAuthEndpoints::revoke(const HttpRequestData &request)
{
    QUrlQuery form;
    if (const std::optional<HttpReply> refusal = readClientForm(request, &form))
        return *refusal;
    const QString token = formValue(form, QStringLiteral("token"));
    if (token.isEmpty())
        return missingParameter(QStringLiteral("token"));
    m_tokens.revoke(token);
    return emptyReply(200);
}
