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
        Cancelled, // the caller stopped waiting (KeychainRequest::cancel())
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
// deadline (or cancel()) only tells the store that the keychain answers again.
class KeychainRequest : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Delete };

    // Waits for the answer as long as the store's deadline(), for writes its
    // writeDeadline() (zero: until cancel()).
    void start();
    // Stops waiting: finished() with Cancelled, from the event loop. The
    // keychain counts as hung until the job underneath answers.
    void cancel();
    Operation operation() const { return m_operation; }
    bool isWaitingForUser() const { return m_waitingForUser; }

signals:
    void finished(const KeychainResult &result);
    // Still no answer after the store's deadline(), and this request waits
    // longer: the keychain most likely shows a prompt (an unlock, or
    // gnome-keyring's "Choose password for new keyring"). Emitted at most once.
    void waitingForUser();

private:
    friend class KeychainStore;
    KeychainRequest(
        KeychainStore *store, Operation operation, const QString &key, const QByteArray &secret);
    void onJobFinished(QKeychain::Job *job);
    void onDeadline();
    void onSlow();
    void stopWaiting(const QString &message, KeychainResult::Status status,
        Qt::ConnectionType delivery = Qt::DirectConnection);
    void listenForLateAnswer();
    void failLater();
    void finish(const KeychainResult &result);

    QPointer<KeychainStore> m_store;
    Operation m_operation;
    QString m_key;
    QByteArray m_secret;
    QPointer<QKeychain::Job> m_job;
    QTimer m_deadline;
    QTimer m_slow;
    bool m_done = false;
    bool m_waitingForUser = false;
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
    // How long a read or delete may take before the caller hears
    // "unavailable"; after as long, a write reports waitingForUser().
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    std::chrono::milliseconds deadline() const { return m_deadline; }
    // Writes may wait for a prompt the user answers: much longer (zero: until
    // cancelled). A write is never given up after deadline().
    void setWriteDeadline(std::chrono::milliseconds deadline) { m_writeDeadline = deadline; }
    std::chrono::milliseconds writeDeadline() const { return m_writeDeadline; }

    static QString entryKey(const QUrl &communityUrl, const QString &account);

    // Unstarted requests: connect to finished(), then start().
    KeychainRequest *read(const QString &key);
    KeychainRequest *write(const QString &key, const QByteArray &secret);
    KeychainRequest *remove(const QString &key);

    // After a request missed its deadline (or was cancelled) the keychain is
    // considered hung: QtKeychain runs its jobs one after another, so every
    // later job would wait behind the stuck one. Further reads and writes
    // fail at once; deletes are still queued behind it (so that a sign-out
    // deletes the entry once the keychain answers) but report unavailable.
    // The flag clears as soon as the keychain answers, the stuck job too.
    bool isKnownUnavailable() const { return m_hung; }
    void resetAvailability() { m_hung = false; }

    static QString unavailableMessage(); // "Your sign-in cannot be saved on this computer."

signals:
    // The keychain answered a job after it had been considered hung.
    void availableAgain();

private:
    friend class KeychainRequest;
    void onAnswer(bool late);

    QString m_serviceName = QStringLiteral("prefeditor");
    std::chrono::milliseconds m_deadline {5000};
    std::chrono::milliseconds m_writeDeadline {10 * 60 * 1000};
    bool m_hung = false;
};
