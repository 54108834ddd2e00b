// prefserver: a local implementation of the community platform's REST API
// (OAuth, users, preferences) on loopback, for tests and the demo. It writes
// answers to the socket itself, which lets the test control API delay them or
// drop the connection.
#pragma once

#include "FaultInjector.h"
#include "ServerOptions.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QTcpSocket;

class PrefServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // Bodies above this size are refused with 413.
    static constexpr qsizetype kMaxBodySize = 8 * 1024 * 1024;

    explicit PrefServer(const ServerOptions &options, QObject *parent = nullptr);
    ~PrefServer() override;

    static QString version();

    // Loads the data (--data, --demo) and starts listening.
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
    // The account /oauth/authorize/ approves at once; empty: ask.
    void setAutoApproveUser(const QString &username);
    QList<RecordedRequest> requestLog() const;
    void clearRequestLog();
    void addFault(const Fault &fault);
    void clearFaults();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Private;

    HttpRequestData copyRequest(const QHttpServerRequest &request) const;
    // Runs the request (a write takes effect) and logs it; the answer to send.
    HttpReply process(const HttpRequestData &request);
    HttpReply dispatch(const HttpRequestData &request);
    void answer(const QPointer<QTcpSocket> &socket, const HttpRequestData &request);
    // processed: the answer already computed when the fault has applyFirst.
    void applyFault(const QPointer<QTcpSocket> &socket, const HttpRequestData &request,
        const Fault &fault, const std::optional<HttpReply> &processed);
    void write(
        const QPointer<QTcpSocket> &socket, const HttpRequestData &request, const HttpReply &reply);
    void persist();

    ServerOptions m_options;
    std::unique_ptr<Private> m_d;
    quint16 m_port = 0;
};
