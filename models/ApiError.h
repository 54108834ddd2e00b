#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

class QNetworkReply;

// One typed error for everything that can go wrong with a request.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network, // connection refused, dropped, host not found...
        Timeout, // our transfer timeout fired
        Tls, // certificate or handshake problem; always fails closed
        Http, // the server answered with a 4xx/5xx status
        MalformedResponse, // 2xx but the body is not what the API promises
        TooLarge, // the body exceeded the client's cap
        Cancelled, // the caller aborted the request
    };

    ApiError() = default;
    ApiError(Kind kind, QString message);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    int httpStatus() const { return m_httpStatus; } // 0 unless Kind::Http
    // The server's own message ("detail", "error_description" or the first
    // field error), or our description for non-HTTP kinds.
    QString message() const { return m_message; }
    // Per-field messages from a DRF-style body, e.g. {"key": ["..."]}.
    QMap<QString, QStringList> fieldErrors() const { return m_fieldErrors; }
    QString oauthError() const { return m_oauthError; } // e.g. "invalid_grant"
    int retryAfterSeconds() const { return m_retryAfter; } // -1 when absent

    bool isAuthenticationError() const { return m_kind == Kind::Http && m_httpStatus == 401; }
    // Worth offering "Retry": network trouble, timeouts, 429 and 5xx.
    bool isTransient() const;
    // No answer came, but the request may have reached the server (a timeout,
    // or a connection dropped after sending): a write may have been applied.
    bool mayHaveReachedServer() const { return m_mayHaveReachedServer; }

    // A translated sentence for people, e.g. "The server refused the request
    // (403 Forbidden): You do not have permission to perform this action."
    QString toUserString() const;

    // Builds the error from an HTTP status and its body (JSON, HTML or empty).
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter = {});

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setFieldErrors(const QMap<QString, QStringList> &errors) { m_fieldErrors = errors; }
    void setOAuthError(const QString &error) { m_oauthError = error; }
    void setRetryAfterSeconds(int seconds) { m_retryAfter = seconds; }
    void setMayHaveReachedServer(bool reached) { m_mayHaveReachedServer = reached; }

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_message;
    QMap<QString, QStringList> m_fieldErrors;
    QString m_oauthError;
    int m_retryAfter = -1;
    bool m_mayHaveReachedServer = false;
};

Q_DECLARE_METATYPE(ApiError)
