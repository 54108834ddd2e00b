#include "RawHttpConnection.h"

#include <QEventLoop>
#include <QTimer>

RawHttpConnection::RawHttpConnection(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{
    QObject::connect(
        &m_socket, &QTcpSocket::readyRead, [this] { m_received += m_socket.readAll(); });
    QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] {
        if (m_socket.isOpen())
            m_received += m_socket.readAll();
        m_closedAfterMs = m_timer.elapsed();
    });
}

bool RawHttpConnection::send(
    const QByteArray &method, const QString &path, const QByteArray &body, const QString &token)
{
    m_socket.connectToHost(m_baseUrl.host(), quint16(m_baseUrl.port()));
    if (!m_socket.waitForConnected(5000))
        return false;
    QByteArray request = method + ' ' + path.toUtf8() +
        " HTTP/1.1\r\nHost: " + m_baseUrl.authority().toLatin1() + "\r\nConnection: close\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PATCH")
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    request += "\r\n" + body;
    m_timer.start();
    m_closedAfterMs = -1;
    return m_socket.write(request) == request.size();
}

bool RawHttpConnection::sendRaw(const QByteArray &bytes)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        m_socket.connectToHost(m_baseUrl.host(), quint16(m_baseUrl.port()));
        if (!m_socket.waitForConnected(5000))
            return false;
        m_timer.start();
        m_closedAfterMs = -1;
    }
    return m_socket.write(bytes) == bytes.size();
}

bool RawHttpConnection::waitForStatus(int timeoutMs)
{
    return waitForReceived("\r\n\r\n", timeoutMs) && status() != 0;
}

bool RawHttpConnection::waitForReceived(const QByteArray &needle, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    // Woken by the socket's signals (whose handlers fill m_received), not by polling.
    while (!m_received.contains(needle) && !isClosed() && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(int(timeoutMs - timer.elapsed()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_received.contains(needle);
}

bool RawHttpConnection::waitForClosed(int timeoutMs)
{
    if (!isClosed()) {
        QEventLoop loop;
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return isClosed();
}

void RawHttpConnection::wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool RawHttpConnection::isClosed() const
{
    return m_closedAfterMs >= 0;
}

int RawHttpConnection::status() const
{
    // "HTTP/1.1 200 OK"
    if (!m_received.startsWith("HTTP/1.1 ") || m_received.size() < 12)
        return 0;
    return m_received.mid(9, 3).toInt();
}

QByteArray RawHttpConnection::body() const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : m_received.mid(end + 4);
}

qint64 RawHttpConnection::elapsedMs() const
{
    return isClosed() ? m_closedAfterMs : m_timer.elapsed();
}
