#include "KeychainStore.h"

#include "CommunityUrl.h"
#include "Logging.h"

#include <qt6keychain/keychain.h>

namespace {

QString operationName(KeychainRequest::Operation operation)
{
    switch (operation) {
    case KeychainRequest::Operation::Read:
        return QStringLiteral("read");
    case KeychainRequest::Operation::Write:
        return QStringLiteral("write");
    case KeychainRequest::Operation::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

} // namespace

KeychainStore::KeychainStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<KeychainResult>();
}

QString KeychainStore::entryKey(const QUrl &communityUrl, const QString &account)
{
    return account + QLatin1Char('@') + CommunityUrl::toKey(communityUrl);
}

KeychainRequest *KeychainStore::read(const QString &key)
{
    return new KeychainRequest(this, KeychainRequest::Operation::Read, key, {});
}

KeychainRequest *KeychainStore::write(const QString &key, const QByteArray &secret)
{
    return new KeychainRequest(this, KeychainRequest::Operation::Write, key, secret);
}

KeychainRequest *KeychainStore::remove(const QString &key)
{
    return new KeychainRequest(this, KeychainRequest::Operation::Delete, key, {});
}

QString KeychainStore::unavailableMessage()
{
    return tr("Your sign-in cannot be saved on this computer.");
}

void KeychainStore::onAnswer(bool late)
{
    if (!m_hung)
        return;
    qCInfo(lcKeychain) << (late ? "a late keychain answer came" : "the keychain answered")
                       << "; it is usable again";
    m_hung = false;
    emit availableAgain();
}

KeychainRequest::KeychainRequest(
    KeychainStore *store, Operation operation, const QString &key, const QByteArray &secret)
    : QObject(store)
    , m_store(store)
    , m_operation(operation)
    , m_key(key)
    , m_secret(secret)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(
        operation == Operation::Write ? store->writeDeadline() : store->deadline());
    connect(&m_deadline, &QTimer::timeout, this, &KeychainRequest::onDeadline);
    m_slow.setSingleShot(true);
    m_slow.setInterval(store->deadline());
    connect(&m_slow, &QTimer::timeout, this, &KeychainRequest::onSlow);
}

void KeychainRequest::start()
{
    const bool hung = m_store && m_store->m_hung;
    if (hung && m_operation != Operation::Delete) {
        qCWarning(lcKeychain) << "keychain" << operationName(m_operation)
                              << "skipped: an earlier request never got an answer";
        failLater();
        return;
    }

    const QString service = m_store ? m_store->serviceName() : QStringLiteral("prefeditor");
    // No parent: the job must outlive us if it is late, and deletes itself
    // once it finishes (autoDelete). Never setInsecureFallback or setSettings.
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(QString::fromUtf8(m_secret));
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    m_secret.fill('\0');
    m_secret.clear();
    job->setAutoDelete(true);
    job->setKey(m_key);
    m_job = job;
    if (hung) {
        // A delete queued behind the stuck job: it runs once the keychain
        // answers; the caller hears "unavailable" now.
        qCWarning(lcKeychain) << "keychain delete queued behind a request without an answer";
        listenForLateAnswer();
        job->start();
        failLater();
        return;
    }
    connect(job, &QKeychain::Job::finished, this, &KeychainRequest::onJobFinished);
    qCDebug(lcKeychain) << "keychain" << operationName(m_operation) << "started";
    if (m_deadline.interval() > 0)
        m_deadline.start();
    if (m_deadline.interval() <= 0 || m_deadline.interval() > m_slow.interval())
        m_slow.start();
    job->start();
}

void KeychainRequest::failLater()
{
    KeychainResult result;
    result.status = KeychainResult::Status::Unavailable;
    result.message = KeychainStore::tr("The keychain does not answer.");
    // Asynchronous like every other outcome.
    QMetaObject::invokeMethod(
        this, [this, result] { finish(result); }, Qt::QueuedConnection);
}

void KeychainRequest::cancel()
{
    if (m_done)
        return;
    qCInfo(lcKeychain) << "keychain" << operationName(m_operation) << "cancelled while waiting";
    stopWaiting(KeychainStore::tr("You stopped waiting for the keychain."),
        KeychainResult::Status::Cancelled, Qt::QueuedConnection);
}

void KeychainRequest::onJobFinished(QKeychain::Job *job)
{
    if (m_done || job != m_job)
        return;
    KeychainResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = KeychainResult::Status::Ok;
        if (m_operation == Operation::Read)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData().toUtf8();
        break;
    case QKeychain::EntryNotFound:
        result.status = KeychainResult::Status::NotFound;
        break;
    default:
        result.status = KeychainResult::Status::Unavailable;
        result.message = job->errorString();
        qCWarning(lcKeychain).noquote() << "keychain" << operationName(m_operation)
                                        << "failed:" << job->error() << job->errorString();
        break;
    }
    qCDebug(lcKeychain) << "keychain" << operationName(m_operation) << "finished, status"
                        << int(result.status);
    if (m_store)
        m_store->onAnswer(false);
    finish(result);
}

void KeychainRequest::onSlow()
{
    if (m_done || m_waitingForUser)
        return;
    m_waitingForUser = true;
    qCInfo(lcKeychain) << "keychain" << operationName(m_operation)
                       << "waits for the user (a keyring prompt?)";
    emit waitingForUser();
}

void KeychainRequest::onDeadline()
{
    if (m_done)
        return;
    qCWarning(lcKeychain) << "keychain" << operationName(m_operation) << "got no answer within"
                          << m_deadline.interval() << "ms; treating the keychain as unavailable";
    stopWaiting(KeychainStore::tr("The keychain did not answer in time."),
        KeychainResult::Status::Unavailable);
}

// The caller hears now; the job keeps running and deletes itself if it ever
// finishes. Deleting it here would crash (qtkeychain#261). Its answer, if it
// comes, tells the store that the keychain works again.
void KeychainRequest::stopWaiting(
    const QString &message, KeychainResult::Status status, Qt::ConnectionType delivery)
{
    if (m_store)
        m_store->m_hung = true;
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    listenForLateAnswer();
    m_deadline.stop();
    m_slow.stop();
    KeychainResult result;
    result.status = status;
    result.message = message;
    if (delivery == Qt::QueuedConnection) {
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    finish(result);
}

void KeychainRequest::listenForLateAnswer()
{
    if (!m_job || !m_store)
        return;
    KeychainStore *store = m_store;
    connect(m_job, &QKeychain::Job::finished, store,
        [store](QKeychain::Job *) { store->onAnswer(true); });
}

void KeychainRequest::finish(const KeychainResult &result)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_slow.stop();
    m_job.clear();
    emit finished(result);
    deleteLater();
}
