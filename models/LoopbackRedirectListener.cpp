#include "LoopbackRedirectListener.h"

#include "Logging.h"
#include "LoopbackRequest.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LoopbackRedirectListener::onTimeout);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener()
{
    close();
}

bool LoopbackRedirectListener::listen(const QString &expectedState)
{
    close();
    m_expectedState = expectedState;
    m_answered = false;
    // 127.0.0.1 only, never QHostAddress::Any: nobody else on the network
    // may deliver (or steal) the code.
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        qCWarning(lcAuth) << "loopback listener: cannot listen:" << m_server->errorString();
        return false;
    }
    m_port = m_server->serverPort();
    qCDebug(lcAuth) << "loopback listener on port" << m_port;
    m_timer.start(m_timeout);
    return true;
}

void LoopbackRedirectListener::close()
{
    m_timer.stop();
    m_server->close();
    const auto sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackRedirectListener::port() const
{
    return m_port;
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/callback"));
    return url;
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_answered) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());
    const LoopbackRequest request = LoopbackRequest::parse(*it);
    switch (request.status()) {
    case LoopbackRequest::Status::Incomplete:
        return;
    case LoopbackRequest::Status::TooLarge:
        m_buffers.erase(it);
        socket->abort();
        return;
    case LoopbackRequest::Status::Malformed:
        m_buffers.erase(it);
        respond(
            socket, 400, "Bad Request", tr("Bad request"), tr("This request was not understood."));
        return;
    case LoopbackRequest::Status::Complete:
        m_buffers.erase(it);
        handleRequest(socket, request);
        return;
    }
}

void LoopbackRedirectListener::handleRequest(QTcpSocket *socket, const LoopbackRequest &request)
{
    if (!request.isCallback() || m_answered) {
        // The browser may ask for /favicon.ico and such; that is not the callback.
        respond(socket, 404, "Not Found", tr("Not found"), tr("There is nothing here."));
        return;
    }

    const QString state = request.queryItem(QStringLiteral("state"));
    const QString code = request.queryItem(QStringLiteral("code"));
    const QString error = request.queryItem(QStringLiteral("error"));

    if (state.isEmpty() || state != m_expectedState) {
        // Not our request (or forged): refuse it and keep waiting for the
        // genuine redirect until the timeout.
        qCWarning(lcAuth) << "loopback listener: callback with a wrong state refused";
        respond(socket, 400, "Bad Request", tr("Sign-in failed"),
            tr("This sign-in request does not come from Preference Editor. "
               "Start the sign-in again from the app."));
        return;
    }

    m_answered = true;
    if (!error.isEmpty() || code.isEmpty()) {
        const QString description = request.queryItem(QStringLiteral("error_description"));
        qCInfo(lcAuth) << "loopback listener: authorization refused:" << error;
        respond(socket, 200, "OK", tr("Sign-in failed"),
            tr("The sign-in was not completed. You can close this tab and return to "
               "Preference Editor."));
        finish();
        QString message = error == QLatin1String("access_denied")
            ? tr("Access was denied in the browser.")
            : tr("The community refused the sign-in (%1).")
                  .arg(error.isEmpty() ? tr("no code") : error);
        if (!description.isEmpty())
            message += QLatin1Char(' ') + description;
        emit failed(message);
        return;
    }

    qCDebug(lcAuth) << "loopback listener: callback received";
    respond(socket, 200, "OK", tr("Signed in"),
        tr("You can close this tab and return to Preference Editor."));
    finish();
    emit codeReceived(code);
}

void LoopbackRedirectListener::respond(QTcpSocket *socket, int status, const QByteArray &reason,
    const QString &title, const QString &text)
{
    const QByteArray body = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                           "<title>%1</title></head><body><h1>%1</h1><p>%2</p>"
                                           "</body></html>\n")
                                .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                                .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Cache-Control: no-store\r\n";
    response += "Referrer-Policy: no-referrer\r\n";
    response += "Connection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost(); // flushes, then disconnected() deletes it
}

void LoopbackRedirectListener::onTimeout()
{
    if (m_answered)
        return;
    qCInfo(lcAuth) << "loopback listener: timed out";
    m_answered = true;
    close();
    emit failed(tr("The sign-in in the browser took too long. Try again."));
}

void LoopbackRedirectListener::finish()
{
    m_timer.stop();
    m_server->close(); // no new connections; the answered socket flushes and closes
}
