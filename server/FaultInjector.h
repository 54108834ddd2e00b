// Scripted misbehaviour for tests (--enable-test-control): the next N requests
// to a path get an error status, a dropped connection, a malformed body, an
// HTML error page, a redirect, or a delay. Also keeps the log of requests.
#pragma once

#include "HttpMessage.h"

#include <QList>
#include <QString>

#include <optional>

struct Fault
{
    enum class Kind { Status, Drop, Malformed, Html, Redirect, Delay };

    QString path; // exact request path (query ignored), or "*" for any path
    QByteArray method; // empty: any method
    int count = 1;
    Kind kind = Kind::Status;
    int status = 0; // 0: the kind's default (500, 200, 502 or 302)
    QByteArray retryAfter; // Retry-After header value, if not empty
    int delayMs = 0; // wait before the fault (or, for Delay, the normal answer)
    QString location; // for Redirect
    // Process the request normally first (a write is stored), then apply the
    // fault to its answer: Drop closes the connection without sending it,
    // Delay sends it after delayMs, the other kinds replace it. Without it,
    // the request is processed only after the delay, and never for the
    // kinds other than Delay.
    bool applyFirst = false;

    static std::optional<Kind> kindFromName(const QString &name);
    static QString kindName(Kind kind);
};

struct RecordedRequest
{
    QByteArray method;
    QString path;
    QString query; // encoded, without '?'
    HttpHeaders headers; // Authorization and Cookie values replaced by "[redacted]"
    // At most 1 MiB. In form bodies (and any body to /oauth/), the values of
    // password, refresh_token, code, code_verifier, token and client_secret
    // are replaced by "[redacted]".
    QByteArray body;
};

class FaultInjector
{
public:
    void addFault(const Fault &fault);
    void clearFaults();
    QList<Fault> faults() const { return m_faults; }
    // The first scheduled fault that matches, counted down by one.
    std::optional<Fault> takeFault(const QByteArray &method, const QString &path);

    // Keeps a redacted copy; the log holds the last 10,000 requests.
    void record(const HttpRequestData &request);
    QList<RecordedRequest> requestLog() const { return m_log; }
    void clearRequestLog() { m_log.clear(); }

    // "grant_type=password&password=x" -> "grant_type=password&password=[redacted]"
    static QByteArray redactFormSecrets(const QByteArray &body);

    // The answer for Status, Malformed, Html and Redirect faults.
    static HttpReply faultReply(const Fault &fault);

private:
    QList<Fault> m_faults;
    QList<RecordedRequest> m_log;
};
