#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace QKeychain {
class Job;
}

// What a keychain request ended with.
struct KeychainResult
{
    enum class Status {
        Ok,
        NotFound, // read or delete of an entry that does not exist
        Unavailable, // no D-Bus, no Secret Service, locked, denied, or no answer in time
    };
    Status status = Status::Unavailable;
    QByteArray secret; // read: the stored secret
    QString message; // translated, for Unavailable

    bool isOk() const { return status == Status::Ok; }
};
Q_DECLARE_METATYPE(KeychainResult)

class KeychainStore;

// One read, write or delete in the OS keychain. Emits finished() exactly
// once, then deletes itself. The QtKeychain job underneath is never deleted
// by us while it runs (frankosterfeld/qtkeychain#261): it has no parent,
// deletes itself when it finishes, and an answer that comes after our
// deadline is ignored.
class KeychainRequest : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Delete };

    void start();
    Operation operation() const { return m_operation; }

signals:
    void finished(const KeychainResult &result);

private:
    friend class KeychainStore;
    KeychainRequest(
        KeychainStore *store, Operation operation, const QString &key, const QByteArray &secret);
    void onJobFinished(QKeychain::Job *job);
    void onDeadline();
    void finish(const KeychainResult &result);

    QPointer<KeychainStore> m_store;
    Operation m_operation;
    QString m_key;
    QByteArray m_secret;
    QPointer<QKeychain::Job> m_job;
    QTimer m_deadline;
    bool m_done = false;
};

// The OS keychain (Secret Service, macOS Keychain, Windows Credential
// Manager) through QtKeychain. One entry per community URL and account under
// one service name. No plain-text fallback, ever.
class KeychainStore : public QObject
{
    Q_OBJECT

public:
    explicit KeychainStore(QObject *parent = nullptr);

    void setServiceName(const QString &name) { m_serviceName = name; }
    QString serviceName() const { return m_serviceName; } // default "prefeditor"
    // How long a request may take before the caller hears "unavailable".
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    std::chrono::milliseconds deadline() const { return m_deadline; }

    static QString entryKey(const QUrl &communityUrl, const QString &account);

    // Unstarted requests: connect to finished(), then start().
    KeychainRequest *read(const QString &key);
    KeychainRequest *write(const QString &key, const QByteArray &secret);
    KeychainRequest *remove(const QString &key);

    // After a request missed its deadline the keychain is considered hung:
    // QtKeychain runs its jobs one after another, so every later job would
    // wait behind the stuck one. Further requests fail at once.
    bool isKnownUnavailable() const { return m_hung; }
    void resetAvailability() { m_hung = false; }

    static QString unavailableMessage(); // "Your sign-in cannot be saved on this computer."

private:
    friend class KeychainRequest;
    QString m_serviceName = QStringLiteral("prefeditor");
    std::chrono::milliseconds m_deadline {5000};
    bool m_hung = false;
};
