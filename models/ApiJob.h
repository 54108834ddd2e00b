#pragma once

#include "ApiError.h"
#include "JsonValue.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class ApiClient;

// One HTTP request to the API, from start to a single outcome: exactly one
// of succeeded() or failed() is emitted, then finished(), then the job
// deletes itself. Handles the transfer timeout, redirects (following them
// itself so that a cross-origin hop never carries the token, and a body
// never goes to another origin), the body cap, Retry-After on GET, and one
// retry after a token refresh on 401.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    enum class Method { Get, Post, Patch, Delete };

    ApiJob(ApiClient *client, Method method, const QUrl &url, const QByteArray &body = {},
        const QByteArray &contentType = {}, bool authenticated = true);
    ~ApiJob() override;

    // False: a redirect fails the job instead (the OAuth form posts, whose
    // bodies carry passwords and tokens). Set before start().
    void setFollowRedirects(bool follow) { m_followRedirects = follow; }
    bool followsRedirects() const { return m_followRedirects; }

    void start();
    // Stops the request; emits failed() with Kind::Cancelled.
    void abort();

    Method method() const { return m_method; }
    QUrl url() const { return m_url; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray rawBody() const { return m_rawBody; }
    ApiError error() const { return m_error; }
    // Requests sent: 1, plus one per retry (429/503 on GET, or after a token
    // refresh). Redirect hops do not count.
    int attempts() const { return m_attempts; }
    QUrl finalUrl() const { return m_currentUrl; } // after redirects
    bool isFinished() const { return m_done; }

signals:
    // body is the parsed JSON answer; null for an empty body (e.g. 204).
    void succeeded(const JsonValue &body);
    void failed(const ApiError &error);
    void finished();

private:
    void startAttempt();
    void sendRequest();
    void onReadyRead();
    void onMetaDataChanged();
    void onFinished();
    void onTimeout();
    void onReplyDestroyed();
    void onRefreshFinished(bool ok, const ApiError &error);
    void finishWithError(const ApiError &error);
    void finishWithSuccess(const JsonValue &body);
    bool maybeRetry(const ApiError &error);
    bool maybeRefreshAndRetry();
    void followRedirect(const QUrl &target, int status);
    void cleanupReply();
    ApiError transportError(QNetworkReply::NetworkError code) const;
    ApiError describeTransportError(QNetworkReply::NetworkError code) const;
    QString describeForLog() const;

    QPointer<ApiClient> m_client;
    Method m_method;
    Method m_currentMethod; // GET after a 303
    QUrl m_url; // the original URL
    QUrl m_currentUrl; // after redirects
    QByteArray m_body;
    QByteArray m_contentType;
    bool m_authenticated;
    bool m_followRedirects = true;

    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed; // since start()
    bool m_started = false;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_tooLarge = false;
    bool m_refreshed = false;
    bool m_waitingForRefresh = false;
    bool m_done = false;
    int m_attempts = 0;
    int m_redirects = 0;
    int m_httpStatus = 0;
    QString m_sentToken;
    QStringList m_sslErrors;
    QByteArray m_rawBody;
    ApiError m_error;
};
