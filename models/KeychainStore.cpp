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

KeychainRequest::KeychainRequest(
    KeychainStore *store, Operation operation, const QString &key, const QByteArray &secret)
    : QObject(store)
    , m_store(store)
    , m_operation(operation)
    , m_key(key)
    , m_secret(secret)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(store->deadline());
    connect(&m_deadline, &QTimer::timeout, this, &KeychainRequest::onDeadline);
}

void KeychainRequest::start()
{
    if (m_store && m_store->m_hung) {
        qCWarning(lcKeychain) << "keychain" << operationName(m_operation)
                              << "skipped: an earlier request never got an answer";
        KeychainResult result;
        result.status = KeychainResult::Status::Unavailable;
        result.message = KeychainStore::tr("The keychain does not answer.");
        // Asynchronous like every other outcome.
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
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
    connect(job, &QKeychain::Job::finished, this, &KeychainRequest::onJobFinished);
    qCDebug(lcKeychain) << "keychain" << operationName(m_operation) << "started";
    m_deadline.start();
    job->start();
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
    finish(result);
}

void KeychainRequest::onDeadline()
{
    if (m_done)
        return;
    qCWarning(lcKeychain) << "keychain" << operationName(m_operation) << "got no answer within"
                          << m_deadline.interval() << "ms; treating the keychain as unavailable";
    if (m_store)
        m_store->m_hung = true;
    // The job keeps running and deletes itself if it ever finishes; we only
    // stop listening. Deleting it here would crash (qtkeychain#261).
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    KeychainResult result;
    result.status = KeychainResult::Status::Unavailable;
    result.message = KeychainStore::tr("The keychain did not answer in time.");
    finish(result);
}

void KeychainRequest::finish(const KeychainResult &result)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_job.clear();
    emit finished(result);
    deleteLater();
}
