#pragma once

#include "ApiClient.h"
#include "ApiError.h"
#include "JsonValue.h"
#include "ResultJob.h"
#include "TokenSet.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class ApiJob;

// One request to the token endpoint (see ResultJob).
class TokenJob : public ResultJob
{
    Q_OBJECT

signals:
    void succeeded(const TokenSet &tokens);

private:
    friend class OAuthClient;
    TokenJob(ApiClient *api, const QUrl &url, const QUrlQuery &form, const char *grant);
    ApiJob *createJob(ApiClient *api) override;
    void readBody(const JsonValue &body) override;
    void onFailed(const ApiError &error) override;

    QUrl m_url;
    QUrlQuery m_form; // holds secrets: never logged
    const char *m_grant;
};

// The community's OAuth 2.0 endpoints, for a public client (no secret).
// Requests go through ApiClient::postForm, which never carries the
// Authorization header.
class OAuthClient : public QObject
{
    Q_OBJECT

public:
    // api is not owned; its base URL is the community.
    OAuthClient(ApiClient *api, const QString &clientId, QObject *parent = nullptr);

    ApiClient *apiClient() const { return m_api; }
    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId) { m_clientId = clientId; }

    QUrl tokenUrl() const;
    QUrl revokeUrl() const;
    QUrl authorizeUrl(
        const QUrl &redirectUri, const QString &codeChallenge, const QString &state) const;

    // Unstarted jobs: connect, then start().
    TokenJob *passwordGrant(const QString &username, const QString &password);
    TokenJob *authorizationCodeGrant(
        const QString &code, const QUrl &redirectUri, const QString &codeVerifier);
    TokenJob *refreshGrant(const QString &refreshToken);
    // RFC 7009; the caller starts it. Its outcome only matters for logging.
    ApiJob *revoke(const QString &token);

private:
    QPointer<ApiClient> m_api;
    QString m_clientId;
};
