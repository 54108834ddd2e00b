// prefserver: a local implementation of the community platform's REST API
// (OAuth, users, preferences) on loopback, for tests and the demo. It writes
// answers to the socket itself, which lets the test control API delay them or
// drop the connection, and a RequestScheduler simulate a deployment's latency
// and workers (control requests are exempt). It answers only requests whose
// Host header names it, and refuses bodies over kMaxBodySize before buffering
// them.
#pragma once

#include "FaultInjector.h"
#include "RequestScheduler.h"
#include "ServerOptions.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

class PrefServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // Bodies above this size are refused with 413: from Content-Length before
    // the body is read, a chunked body as soon as its chunks exceed it.
    static constexpr qsizetype kMaxBodySize = 8 * 1024 * 1024;

    explicit PrefServer(const ServerOptions &options, QObject *parent = nullptr);
    ~PrefServer() override;

    static QString version();

    // Why options must not be used (see HostPolicy::checkOptions); empty if fine.
    static QString checkOptions(const ServerOptions &options);
    // Checks the options, loads the data (--data, --demo) and starts listening.
    bool start(QString *errorMessage = nullptr);
    // http://127.0.0.1:PORT (no trailing slash)
    QUrl baseUrl() const;
    quint16 port() const { return m_port; }
    const ServerOptions &options() const { return m_options; }

    // Test and demo helpers; the control API offers the same over HTTP.
    // An opaque access token without refresh token; lifetime < 0: --token-lifetime.
    // Empty when the user does not exist.
    QString issueAccessToken(const QString &username, int lifetimeSeconds = -1);
    // An HS256 JWT access token (claims user_id, exp, iat, jti, token_type).
    QString issueJwtAccessToken(const QString &username, int lifetimeSeconds = -1);
    void expireAllAccessTokens();
    // Moves the server's clock forward (token and code expiry, timestamps).
    void advanceClock(qint64 milliseconds);
    // The server's clock, in milliseconds since the epoch.
    qint64 nowMs() const;
    // The account /oauth/authorize/ approves at once; empty: ask.
    void setAutoApproveUser(const QString &username);
    // Requests are recorded only with enableTestControl (redacted, see RecordedRequest).
    QList<RecordedRequest> requestLog() const;
    void clearRequestLog();
    // In-process tests that must know every secret a client sent (e.g. to
    // search for them on disk) get each request as received, unredacted.
    // Nothing is stored; the HTTP control API has no equivalent.
    using RequestObserver = std::function<void(const HttpRequestData &)>;
    void setRequestObserver(RequestObserver observer);
    void addFault(const Fault &fault);
    void clearFaults();
    // What --latency-ms, --workers and --processing-ms hold up now.
    RequestScheduler::Counts concurrency() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Private;

    HttpRequestData copyRequest(const QHttpServerRequest &request) const;
    // The request's turn (RequestScheduler): its answer, a fault or a refusal.
    void respond(const QPointer<QTcpSocket> &socket, const HttpRequestData &data);
    // The 400 answer when the Host header is missing or names another host.
    std::optional<HttpReply> checkHost(const HttpRequestData &request) const;
    // Runs the request (a write takes effect) and logs it; the answer to send.
    HttpReply process(const HttpRequestData &request);
    HttpReply dispatch(const HttpRequestData &request);
    void answer(const QPointer<QTcpSocket> &socket, const HttpRequestData &request);
    // processed: the answer already computed when the fault has applyFirst.
    void applyFault(const QPointer<QTcpSocket> &socket, const HttpRequestData &request,
        const Fault &fault, const std::optional<HttpReply> &processed);
    void write(
        const QPointer<QTcpSocket> &socket, const HttpRequestData &request, const HttpReply &reply);
    // Runs send now for a control request, after the latency for any other.
    void deliver(const HttpRequestData &request, std::function<void()> send);
    void persist();

    ServerOptions m_options;
    std::unique_ptr<Private> m_d;
    quint16 m_port = 0;
};
