#include "RestoreOperation.h"

#include "ApiClient.h"
#include "KeychainStore.h"
#include "Logging.h"
#include "Session.h"

RestoreOperation::RestoreOperation(
    const Profile &profile, QNetworkAccessManager *nam, KeychainStore *keychain, QObject *parent)
    : SignInStep(parent)
    , m_profile(profile)
    , m_keychain(keychain)
    , m_api(new ApiClient(nam, this))
    , m_session(new Session(m_api, keychain, this))
{
    m_api->setBaseUrl(profile.communityUrl);
    m_api->setCredentials(m_session);
    m_session->setAccount(profile.communityUrl, profile.account, profile.clientId);
}

RestoreOperation::~RestoreOperation()
{
    stop();
}

void RestoreOperation::setTimeout(std::chrono::milliseconds timeout)
{
    m_api->setTimeout(timeout);
}

void RestoreOperation::start()
{
    qCInfo(lcAuth) << "restoring the saved sign-in of profile" << m_profile.account << "at"
                   << m_profile.communityUrl;
    if (!report(tr("Reading your saved sign-in…")))
        return;
    if (!m_keychain) {
        fail(KeychainStore::unavailableMessage());
        return;
    }
    m_read = m_keychain->read(m_profile.id());
    connect(m_read, &KeychainRequest::finished, this, &RestoreOperation::onStoredTokens);
    m_read->start();
}

void RestoreOperation::cancel()
{
    fail(QString());
}

void RestoreOperation::onStoredTokens(const KeychainResult &result)
{
    if (result.status == KeychainResult::Status::NotFound) {
        qCInfo(lcAuth) << "no saved sign-in for this profile";
        fail(QString());
        return;
    }
    if (!result.isOk()) {
        emit keychainUnavailable(KeychainStore::unavailableMessage());
        fail(KeychainStore::unavailableMessage());
        return;
    }
    const auto tokens = TokenSet::fromSecret(result.secret);
    if (!tokens) {
        qCWarning(lcAuth) << "the saved sign-in is unreadable";
        fail(tr("Your saved sign-in could not be read. Sign in again."));
        return;
    }
    m_session->setTokens(*tokens);
    if (!tokens->isExpired()) {
        loadAccount(m_api);
        return;
    }
    if (!tokens->canRefresh()) {
        qCInfo(lcAuth) << "the saved token expired and cannot be renewed";
        fail(tr("Your sign-in has expired. Sign in again."));
        return;
    }
    qCInfo(lcAuth) << "the saved token expired; renewing it silently";
    if (!report(tr("Renewing your sign-in…")))
        return;
    connect(m_session, &Credentials::refreshFinished, this, &RestoreOperation::onRefreshFinished,
        Qt::SingleShotConnection);
    m_session->refresh();
}

void RestoreOperation::onRefreshFinished(bool ok, const ApiError &error)
{
    if (ok)
        loadAccount(m_api);
    else
        fail(error.toUserString());
}

void RestoreOperation::accountFailed(const ApiError &error, const QString &notUsable)
{
    fail(notUsable.isEmpty() ? error.toUserString() : notUsable);
}

void RestoreOperation::accountLoaded(const UserInfo &user)
{
    SignInResult result;
    result.profile = m_profile;
    result.profile.userId = user.id;
    result.user = user;
    result.tokens = m_session->tokens();
    result.sessionOnly = m_session->isSessionOnly();
    result.remember = true;
    stop();
    emit succeeded(result);
}

void RestoreOperation::fail(const QString &message)
{
    if (m_done)
        return;
    stop();
    emit failed(message);
}

// Cuts every answer still to come, aborts what runs and forgets the tokens.
void RestoreOperation::stop()
{
    if (m_done)
        return;
    m_done = true;
    if (m_read)
        m_read->disconnect(this); // a keychain request is never deleted while it runs
    stopLoadingAccount();
    m_session->disconnect(this);
    m_session->clear(); // aborts a refresh in flight
}
