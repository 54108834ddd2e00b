#include "OAuthClient.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "Logging.h"

namespace {

// Form values are percent-encoded here in full: QUrlQuery alone would leave
// '+' (a space to a form decoder) and would read "%41" in a password as 'A'.
void addFormItem(QUrlQuery &form, const QString &key, const QString &value)
{
    form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

} // namespace

TokenJob::TokenJob(ApiClient *api, const QUrl &url, const QUrlQuery &form, const char *grant)
    : ResultJob(api, tr("The sign-in was cancelled."))
    , m_url(url)
    , m_form(form)
    , m_grant(grant)
{ }

ApiJob *TokenJob::createJob(ApiClient *api)
{
    qCDebug(lcAuth) << "token request, grant" << m_grant;
    ApiJob *job = api->postForm(m_url, m_form);
    m_form.clear();
    return job;
}

void TokenJob::readBody(const JsonValue &body)
{
    QString error;
    const auto tokens = TokenSet::fromTokenResponse(body, QDateTime::currentDateTimeUtc(), &error);
    if (!tokens) {
        fail(ApiError(ApiError::Kind::MalformedResponse, error));
        return;
    }
    if (!conclude())
        return;
    emit succeeded(*tokens);
    finish();
}

void TokenJob::onFailed(const ApiError &error)
{
    qCInfo(lcAuth).noquote() << "token request, grant" << m_grant << "failed:"
                             << (error.oauthError().isEmpty() ? error.message()
                                                              : error.oauthError());
    fail(error);
}

OAuthClient::OAuthClient(ApiClient *api, const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clientId(clientId)
{ }

QUrl OAuthClient::tokenUrl() const
{
    return m_api->url(QStringLiteral("/oauth/token/"));
}

QUrl OAuthClient::revokeUrl() const
{
    return m_api->url(QStringLiteral("/oauth/revoke_token/"));
}

QUrl OAuthClient::authorizeUrl(
    const QUrl &redirectUri, const QString &codeChallenge, const QString &state) const
{
    QUrlQuery query;
    addFormItem(query, QStringLiteral("response_type"), QStringLiteral("code"));
    addFormItem(query, QStringLiteral("client_id"), m_clientId);
    addFormItem(query, QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    addFormItem(query, QStringLiteral("code_challenge"), codeChallenge);
    addFormItem(query, QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    addFormItem(query, QStringLiteral("state"), state);
    return m_api->url(QStringLiteral("/oauth/authorize/"), query);
}

TokenJob *OAuthClient::passwordGrant(const QString &username, const QString &password)
{
    QUrlQuery form;
    addFormItem(form, QStringLiteral("grant_type"), QStringLiteral("password"));
    addFormItem(form, QStringLiteral("client_id"), m_clientId);
    addFormItem(form, QStringLiteral("username"), username);
    addFormItem(form, QStringLiteral("password"), password);
    return new TokenJob(m_api, tokenUrl(), form, "password");
}

TokenJob *OAuthClient::authorizationCodeGrant(
    const QString &code, const QUrl &redirectUri, const QString &codeVerifier)
{
    QUrlQuery form;
    addFormItem(form, QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    addFormItem(form, QStringLiteral("client_id"), m_clientId);
    addFormItem(form, QStringLiteral("code"), code);
    addFormItem(form, QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    addFormItem(form, QStringLiteral("code_verifier"), codeVerifier);
    return new TokenJob(m_api, tokenUrl(), form, "authorization_code");
}

TokenJob *OAuthClient::refreshGrant(const QString &refreshToken)
{
    QUrlQuery form;
    addFormItem(form, QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    addFormItem(form, QStringLiteral("client_id"), m_clientId);
    addFormItem(form, QStringLiteral("refresh_token"), refreshToken);
    return new TokenJob(m_api, tokenUrl(), form, "refresh_token");
}

ApiJob *OAuthClient::revoke(const QString &token)
{
    QUrlQuery form;
    addFormItem(form, QStringLiteral("client_id"), m_clientId);
    addFormItem(form, QStringLiteral("token"), token);
    return m_api->postForm(revokeUrl(), form);
}
