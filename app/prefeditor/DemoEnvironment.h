#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

class Credentials;
class PrefServer;

// The demo: prefserver in-process on 127.0.0.1 (a free port) with the demo
// data, and a session-only token for the demo admin "support". Nothing of it
// reaches the keychain or the disk.
class DemoEnvironment : public QObject
{
    Q_OBJECT

public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    bool start(QString *errorMessage);
    QUrl baseUrl() const;
    Credentials *credentials() const { return m_credentials; }
    PrefServer *server() const { return m_server.get(); }

    static QString demoAccount() { return QStringLiteral("support"); }

private:
    std::unique_ptr<PrefServer> m_server;
    Credentials *m_credentials = nullptr;
};
