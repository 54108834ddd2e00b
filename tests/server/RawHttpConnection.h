// One HTTP/1.1 request written by hand on its own TCP connection, for the
// fault tests. Unlike QNetworkAccessManager it never resends a request whose
// connection closed, so a test sees exactly what the server did. It waits
// with the event loop, so it works against an in-process PrefServer.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QTcpSocket>
#include <QUrl>

class RawHttpConnection
{
public:
    explicit RawHttpConnection(const QUrl &baseUrl);
    RawHttpConnection(const RawHttpConnection &) = delete;
    RawHttpConnection &operator=(const RawHttpConnection &) = delete;

    // Connects and writes the request with "Connection: close" (and a JSON
    // Content-Type when there is a body). False when it cannot connect.
    bool send(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QString &token = {});
    // Writes these bytes as they are, connecting first if needed (the first
    // call starts the clock of elapsedMs). False when it cannot connect.
    bool sendRaw(const QByteArray &bytes);
    // Runs the event loop until the answer has a status line (or the
    // connection closed), at most timeoutMs; true when there is a status.
    bool waitForStatus(int timeoutMs = 10000);
    // Runs the event loop until received() contains needle, at most timeoutMs.
    bool waitForReceived(const QByteArray &needle, int timeoutMs = 10000);
    // Runs the event loop for timeoutMs, or until the server has closed the
    // connection; true when it did.
    bool waitForClosed(int timeoutMs = 10000);
    // Runs the event loop for ms milliseconds.
    static void wait(int ms);

    bool isClosed() const;
    // Everything the server sent so far.
    QByteArray received() const { return m_received; }
    // The status of the answer, 0 while there is none.
    int status() const;
    // The body of the answer (what follows the empty line).
    QByteArray body() const;
    // Milliseconds from send() to the close of the connection (or to now).
    qint64 elapsedMs() const;

private:
    QUrl m_baseUrl;
    QTcpSocket m_socket;
    QByteArray m_received;
    QElapsedTimer m_timer;
    qint64 m_closedAfterMs = -1;
};
