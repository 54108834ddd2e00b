#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class LoopbackRequest;
class QTcpServer;
class QTcpSocket;

// The redirect target of a browser sign-in (RFC 8252, section 7.3): a tiny
// HTTP listener on 127.0.0.1 only, on a random port. It answers exactly one
// GET /callback with a page telling the user to return to the app, checks
// the state, reports the code and closes. Anything else gets 404.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; } // default 5 min
    // Listens on 127.0.0.1 on a random port. False when that fails.
    bool listen(const QString &expectedState);
    void close();
    bool isListening() const;

    quint16 port() const; // the last port listened on, also after close()
    QUrl redirectUri() const; // http://127.0.0.1:<port>/callback

signals:
    // code is secret: never logged.
    void codeReceived(const QString &code);
    // error is a translated sentence (state mismatch, access denied, timeout).
    void failed(const QString &error);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const LoopbackRequest &request);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QString &title,
        const QString &text);
    void onTimeout();
    void finish();

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_expectedState;
    std::chrono::milliseconds m_timeout {5 * 60 * 1000};
    QTimer m_timer;
    quint16 m_port = 0;
    bool m_answered = false;
};
