#pragma once

#include "ApiError.h"
#include "JsonValue.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class ApiJob;
class Credentials;
class QNetworkAccessManager;
class UserJob;

// Talks to one community's REST API. Creates one ApiJob per request; the
// jobs share the injected QNetworkAccessManager, the base URL, the
// credentials and the limits set here.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    // nam is not owned and must outlive the client.
    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ApiClient() override;

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    void setBaseUrl(const QUrl &url); // e.g. https://community.example.org
    QUrl baseUrl() const { return m_baseUrl; }

    void setCredentials(Credentials *credentials); // not owned; may be null
    Credentials *credentials() const;

    void setTimeout(std::chrono::milliseconds timeout); // per transfer, default 30 s
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaxBodySize(qint64 bytes); // default 64 MiB
    qint64 maxBodySize() const { return m_maxBodySize; }
    // GET requests answered 429 or 503 are retried up to maxRetries times,
    // waiting Retry-After (or an exponential backoff) with jitter, capped.
    void setRetryPolicy(int maxRetries, std::chrono::milliseconds maxDelay);
    int maxRetries() const { return m_maxRetries; }
    std::chrono::milliseconds maxRetryDelay() const { return m_maxRetryDelay; }

    // path is relative to the base URL, e.g. "/oauth/token/".
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    // user is "me" or a numeric id.
    QUrl preferencesUrl(const QString &user) const;
    QUrl preferenceUrl(const QString &user, qint64 id) const;
    // The first page of a user's preferences: ?limit= when positive, ?key=
    // (an exact-key search) when not empty, percent-encoded (a '+' too).
    QUrl preferenceListUrl(const QString &user, const QString &key = {}, int limit = 0) const;
    QUrl meUrl() const; // the signed-in account: /api/v2/user/me/
    QUrl userUrl(qint64 id) const; // /api/v2/user/{id}/
    // /api/v2/user/search/?user=term, the term percent-encoded (a '+' too);
    // limit and offset are added only when positive.
    QUrl userSearchUrl(const QString &term, int limit = 0, int offset = 0) const;
    // A list page's "next", made safe to follow: only its path and query
    // count (behind a TLS-terminating proxy it may name an internal
    // http://host:8000), put on the base URL's scheme, host and port. The
    // path must lie under apiPath (the list's own path, e.g.
    // preferencesUrl("me").path()). An invalid QUrl when it does not.
    QUrl resolveNext(const QUrl &next, const QString &apiPath) const;

    // The jobs are created unstarted: connect to their signals, then start().
    // They are children of the client: destroying the client aborts the
    // running ones (each emits failed() with Kind::Cancelled, then finished()).
    ApiJob *get(const QUrl &url);
    ApiJob *post(const QUrl &url, const JsonValue &body);
    ApiJob *patch(const QUrl &url, const JsonValue &body);
    ApiJob *deleteResource(const QUrl &url);
    // application/x-www-form-urlencoded, for the OAuth endpoints; never
    // carries the Authorization header, and follows no redirect.
    ApiJob *postForm(const QUrl &url, const QUrlQuery &form);
    // GET meUrl() or userUrl(id), answered as a UserInfo.
    UserJob *fetchMe();
    UserJob *fetchUser(qint64 id);

    // The one place that builds requests: adds Accept, the User-Agent and,
    // only for requests to the base URL's origin, the bearer token.
    QNetworkRequest createRequest(const QUrl &url, bool authenticated = true) const;
    bool isSameOrigin(const QUrl &url) const;

private:
    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QPointer<Credentials> m_credentials;
    std::chrono::milliseconds m_timeout {30000};
    qint64 m_maxBodySize = 64 * 1024 * 1024;
    int m_maxRetries = 3;
    std::chrono::milliseconds m_maxRetryDelay {30000};
};
