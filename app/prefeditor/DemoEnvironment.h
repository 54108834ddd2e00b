#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class Credentials;
class PrefServer;

// The demo: prefserver in-process on 127.0.0.1 (a free port) with the demo
// data, and a session-only token for the demo admin "support". Nothing of it
// reaches the keychain; the journal of the changes made in the demo (History,
// undo) lives in a temporary directory that is removed at exit, like the data.
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
    // Where the demo's change journal goes (ChangeJournal's directory).
    QString journalDirectory() const { return m_journalDir.path(); }

    static QString demoAccount() { return QStringLiteral("support"); }

private:
    std::unique_ptr<PrefServer> m_server;
    Credentials *m_credentials = nullptr;
    QTemporaryDir m_journalDir;
};
