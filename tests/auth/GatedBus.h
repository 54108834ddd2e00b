// A session bus in front of the real one that can hold every message: a
// keychain whose answers wait, as they do while gnome-keyring shows a prompt
// ("Choose password for new keyring", an unlock). While held, the bytes the
// clients send stay unread; release() forwards them, and every later one, to
// the real bus, and its answers come back as usual.
//
//     GatedBus bus;
//     QVERIFY(bus.listen(dir.filePath("bus"), qgetenv("DBUS_SESSION_BUS_ADDRESS")));
//     qputenv("DBUS_SESSION_BUS_ADDRESS", bus.address()); // before the first keychain use
//     ... a keychain request waits ...
//     bus.release();                                      // the user answered
#pragma once

#include <QByteArray>
#include <QList>
#include <QLocalServer>
#include <QLocalSocket>
#include <QObject>
#include <QPointer>

class GatedBus
{
public:
    GatedBus() = default;
    GatedBus(const GatedBus &) = delete;
    GatedBus &operator=(const GatedBus &) = delete;
    ~GatedBus()
    {
        for (const Link &link : std::as_const(m_links)) {
            if (link.client)
                QObject::disconnect(link.client, nullptr, &m_server, nullptr);
            if (link.upstream)
                QObject::disconnect(link.upstream, nullptr, &m_server, nullptr);
        }
    }

    // realAddress: "unix:path=..." or "unix:abstract=...", as dbus-run-session sets it.
    bool listen(const QString &path, const QByteArray &realAddress)
    {
        for (const QByteArray &part : realAddress.split(',')) {
            if (part.startsWith("unix:path=")) {
                m_realPath = QString::fromLocal8Bit(part.mid(10));
            } else if (part.startsWith("unix:abstract=")) {
                m_realPath = QString::fromLocal8Bit(part.mid(14));
                m_abstract = true;
            }
        }
        if (m_realPath.isEmpty())
            return false;
        m_server.setSocketOptions(QLocalServer::UserAccessOption);
        if (!m_server.listen(path))
            return false;
        m_address = "unix:path=" + path.toLocal8Bit();
        QObject::connect(&m_server, &QLocalServer::newConnection, &m_server, [this] {
            while (QLocalSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
        return true;
    }

    QByteArray address() const { return m_address; }
    int connectionCount() const { return int(m_links.size()); }
    bool isHeld() const { return !m_open; }

    // From now on the clients' bytes stay unread (the "prompt" is open).
    void hold() { m_open = false; }

    // Forwards what waited, and everything after it.
    void release()
    {
        m_open = true;
        for (Link &link : m_links)
            pump(link);
    }

private:
    struct Link
    {
        QPointer<QLocalSocket> client;
        QPointer<QLocalSocket> upstream;
    };

    void accept(QLocalSocket *client)
    {
        m_links.append({client, nullptr});
        const qsizetype index = m_links.size() - 1;
        QObject::connect(
            client, &QLocalSocket::readyRead, &m_server, [this, index] { pump(m_links[index]); });
        QObject::connect(client, &QLocalSocket::disconnected, &m_server, [this, index] {
            if (QLocalSocket *upstream = m_links[index].upstream)
                upstream->disconnectFromServer();
        });
        if (m_open)
            pump(m_links[index]);
    }

    // Connects upstream on first use (the daemon times out an idle
    // handshake), then forwards the client's unread bytes.
    void pump(Link &link)
    {
        if (!m_open || !link.client)
            return;
        if (!link.upstream) {
            auto *upstream = new QLocalSocket(link.client);
            link.upstream = upstream;
            if (m_abstract)
                upstream->setSocketOptions(QLocalSocket::AbstractNamespaceOption);
            QPointer<QLocalSocket> client = link.client;
            QObject::connect(upstream, &QLocalSocket::readyRead, &m_server, [client, upstream] {
                if (client)
                    client->write(upstream->readAll());
            });
            QObject::connect(upstream, &QLocalSocket::connected, &m_server, [this, client] {
                for (Link &other : m_links) {
                    if (other.client == client)
                        pump(other);
                }
            });
            QObject::connect(upstream, &QLocalSocket::disconnected, &m_server, [client] {
                if (client)
                    client->disconnectFromServer();
            });
            upstream->connectToServer(m_realPath);
        }
        if (link.upstream->state() == QLocalSocket::ConnectedState)
            link.upstream->write(link.client->readAll());
    }

    QLocalServer m_server;
    QList<Link> m_links;
    QString m_realPath;
    bool m_abstract = false;
    QByteArray m_address;
    bool m_open = false;
};
