#include "Session.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "Logging.h"
#include "OAuthClient.h"

#include <QTimer>

Session::Session(ApiClient *api, KeychainStore *keychain, QObject *parent)
    : Credentials(parent)
    , m_api(api)
    , m_keychain(keychain)
    , m_oauth(new OAuthClient(api, QStringLiteral("prefeditor"), this))
{ }

Session::~Session()
{
    if (m_refreshJob)
        m_refreshJob->disconnect(this);
    m_tokens.clear();
}

void Session::setAccount(const QUrl &communityUrl, const QString &account, const QString &clientId)
{
    m_communityUrl = communityUrl;
    m_account = account;
    m_clientId = clientId.isEmpty() ? QStringLiteral("prefeditor") : clientId;
    m_oauth->setClientId(m_clientId);
}

QString Session::keychainKey() const
{
    return KeychainStore::entryKey(m_communityUrl, m_account);
}

bool Session::canRefresh() const
{
    return m_tokens.canRefresh() && m_api;
}

void Session::refresh()
{
    if (m_refreshing) {
        qCDebug(lcAuth) << "refresh already running; joining it";
        return;
    }
    if (!canRefresh()) {
        // Still asynchronous, like every other outcome.
        const ApiError error(
            ApiError::Kind::Http, tr("The session cannot be renewed; sign in again."));
        QMetaObject::invokeMethod(
            this, [this, error] { emit refreshFinished(false, error); }, Qt::QueuedConnection);
        return;
    }
    m_refreshing = true;
    qCInfo(lcAuth) << "refreshing the access token";
    m_refreshJob = m_oauth->refreshGrant(m_tokens.refreshToken);
    const quint64 generation = m_generation;
    connect(m_refreshJob, &TokenJob::succeeded, this, [this, generation](const TokenSet &tokens) {
        if (generation == m_generation)
            onRefreshSucceeded(tokens);
    });
    connect(m_refreshJob, &TokenJob::failed, this, [this, generation](const ApiError &error) {
        if (generation == m_generation)
            onRefreshFailed(error);
    });
    m_refreshJob->start();
}

void Session::onRefreshSucceeded(const TokenSet &received)
{
    m_refreshJob.clear();
    TokenSet tokens = received;
    if (tokens.refreshToken.isEmpty())
        tokens.refreshToken = m_tokens.refreshToken; // not rotated
    if (m_sessionOnly || !m_keychain) {
        applyRefreshedTokens(tokens);
        return;
    }
    // The old refresh token is dead now (rotation): the new one must be in
    // the keychain before anyone uses the new access token.
    KeychainRequest *request = m_keychain->write(keychainKey(), tokens.toSecret());
    const quint64 generation = m_generation;
    const int signOuts = m_signOuts;
    const QString key = keychainKey();
    connect(request, &KeychainRequest::finished, this,
        [this, generation, signOuts, key, tokens](const KeychainResult &result) {
            if (signOuts != m_signOuts) {
                // Signed out while the renewed pair was being saved: it is
                // nobody's now. Revoke it, and delete what was just written.
                revokeForSignOut(tokens.refreshToken);
                revokeForSignOut(tokens.accessToken);
                if (result.isOk() && m_keychain)
                    m_keychain->remove(key)->start();
                return;
            }
            if (generation != m_generation)
                return;
            if (!result.isOk()) {
                qCWarning(lcAuth) << "the renewed tokens could not be saved; session-only now";
                m_sessionOnly = true;
                removeStoredEntry(); // holds a refresh token that no longer works
                emit keychainUnavailable(KeychainStore::unavailableMessage());
            }
            applyRefreshedTokens(tokens);
        });
    request->start();
}

void Session::applyRefreshedTokens(const TokenSet &tokens)
{
    m_tokens = tokens;
    qCInfo(lcAuth) << "access token renewed, expires" << m_tokens.expiresAt;
    emit tokensChanged();
    finishRefresh(true, {});
}

void Session::onRefreshFailed(const ApiError &error)
{
    m_refreshJob.clear();
    // Only invalid_grant says the refresh token is dead. Any other answer
    // (offline, 5xx, a proxy's 401, invalid_client...) keeps the tokens and
    // the keychain entry; a later request may retry.
    const bool refused = error.kind() == ApiError::Kind::Http &&
        error.oauthError() == QLatin1String("invalid_grant");
    if (!refused) {
        qCInfo(lcAuth).noquote() << "the refresh failed, tokens kept:" << error.message();
        finishRefresh(false, error);
        return;
    }
    qCInfo(lcAuth) << "the refresh token was refused: invalid_grant";
    if (m_sessionOnly || !m_keychain || m_account.isEmpty()) {
        giveUpRefresh(error);
        return;
    }
    // Another process sharing this sign-in (the editor and prefctl) may have
    // rotated the pair a moment ago: its new pair is in the keychain.
    const QString refusedToken = m_tokens.refreshToken;
    KeychainRequest *request = m_keychain->read(keychainKey());
    const quint64 generation = m_generation;
    connect(request, &KeychainRequest::finished, this,
        [this, generation, error, refusedToken](const KeychainResult &result) {
            if (generation != m_generation)
                return;
            const std::optional<TokenSet> stored =
                result.isOk() ? TokenSet::fromSecret(result.secret) : std::nullopt;
            if (stored && stored->canRefresh() && stored->refreshToken != refusedToken) {
                qCInfo(lcAuth) << "adopting the tokens another process renewed";
                adoptStoredTokens(*stored);
                return;
            }
            giveUpRefresh(error);
        });
    request->start();
}

void Session::adoptStoredTokens(const TokenSet &stored)
{
    m_tokens = stored;
    emit tokensChanged();
    if (!m_tokens.isExpired() || m_adoptedOnce) {
        finishRefresh(true, {});
        return;
    }
    // The other process's access token has expired too: renew with its
    // refresh token, once; the callers keep waiting for this one refresh.
    m_adoptedOnce = true;
    m_refreshing = false;
    refresh();
}

void Session::giveUpRefresh(const ApiError &error)
{
    m_adoptedOnce = false;
    ++m_generation;
    m_tokens.clear();
    if (!m_sessionOnly)
        removeStoredEntry();
    emit tokensChanged();
    finishRefresh(false, error);
    emit signInRequired(error);
}

void Session::finishRefresh(bool ok, const ApiError &error)
{
    m_refreshing = false;
    m_adoptedOnce = false;
    emit refreshFinished(ok, error);
}

void Session::setTokens(const TokenSet &tokens)
{
    const bool wasRefreshing = m_refreshing;
    ++m_generation;
    if (m_refreshJob) {
        m_refreshJob->disconnect(this);
        m_refreshJob.clear();
    }
    m_tokens = tokens;
    emit tokensChanged();
    if (wasRefreshing)
        finishRefresh(true, {}); // waiting requests retry with the new token
}

void Session::save()
{
    if (m_sessionOnly || !m_keychain) {
        QMetaObject::invokeMethod(
            this, [this] { emit saveFinished(false, KeychainStore::unavailableMessage()); },
            Qt::QueuedConnection);
        return;
    }
    KeychainRequest *request = m_keychain->write(keychainKey(), m_tokens.toSecret());
    m_saveRequest = request;
    const quint64 generation = m_generation;
    connect(request, &KeychainRequest::waitingForUser, this, [this, generation] {
        if (generation == m_generation)
            emit keychainWaiting();
    });
    connect(request, &KeychainRequest::finished, this,
        [this, generation](const KeychainResult &result) {
            if (generation != m_generation)
                return;
            m_saveRequest.clear();
            if (result.isOk()) {
                qCInfo(lcAuth) << "sign-in saved in the keychain";
                emit saveFinished(true, {});
                return;
            }
            m_sessionOnly = true;
            const QString message = KeychainStore::unavailableMessage();
            emit keychainUnavailable(message);
            emit saveFinished(false, message);
        });
    request->start();
}

void Session::cancelSave()
{
    if (!m_saveRequest)
        return;
    m_saveRequest->cancel(); // finished(Cancelled): session-only
    // Should the prompt be answered after all, the write still happens; this
    // delete, queued behind it, takes the entry away again.
    removeStoredEntry();
}

void Session::clear()
{
    ++m_generation;
    if (m_refreshJob) {
        m_refreshJob->disconnect(this);
        m_refreshJob->abort();
        m_refreshJob.clear();
    }
    const bool wasRefreshing = m_refreshing;
    m_tokens.clear();
    emit tokensChanged();
    if (wasRefreshing)
        finishRefresh(false, ApiError(ApiError::Kind::Cancelled, tr("Signed out.")));
}

void Session::signOut()
{
    const TokenSet tokens = m_tokens;
    const bool persisted = !m_sessionOnly;
    // A refresh in flight may already have rotated the pair on the server:
    // let it finish, and revoke the pair it brings (clear() would abort it,
    // leaving that pair alive and unknown).
    const QPointer<TokenJob> lateRefresh = m_refreshJob;
    if (lateRefresh) {
        lateRefresh->disconnect(this);
        m_refreshJob.clear();
    }
    clear();
    ++m_signOuts;
    m_signOutGeneration = m_generation;
    m_signOutPending = 0;
    qCInfo(lcAuth) << "signing out";

    // Revoke both tokens; best effort, each answer (or none) is fine.
    revokeForSignOut(tokens.refreshToken);
    revokeForSignOut(tokens.accessToken);
    if (lateRefresh) {
        ++m_signOutPending;
        const quint64 generation = m_signOutGeneration;
        connect(lateRefresh, &TokenJob::succeeded, this, [this](const TokenSet &late) {
            qCInfo(lcAuth) << "a refresh answered after sign-out; revoking its tokens";
            revokeForSignOut(late.refreshToken);
            revokeForSignOut(late.accessToken);
        });
        connect(lateRefresh, &TokenJob::finished, this, [this, generation] {
            if (generation != m_signOutGeneration)
                return;
            --m_signOutPending;
            checkSignOutDone();
        });
    }
    if (persisted && m_keychain && !m_account.isEmpty()) {
        ++m_signOutPending;
        KeychainRequest *request = m_keychain->remove(keychainKey());
        const quint64 generation = m_signOutGeneration;
        connect(request, &KeychainRequest::finished, this,
            [this, generation](const KeychainResult &result) {
                if (result.status == KeychainResult::Status::Unavailable)
                    qCWarning(lcAuth) << "the keychain entry could not be deleted";
                if (generation != m_signOutGeneration)
                    return;
                --m_signOutPending;
                checkSignOutDone();
            });
        request->start();
    }
    // Offline or a slow server: sign-out completes anyway.
    const quint64 generation = m_signOutGeneration;
    QTimer::singleShot(m_revokeTimeoutMs, this, [this, generation] {
        if (generation == m_signOutGeneration && m_signOutPending > 0) {
            m_signOutPending = 0;
            checkSignOutDone();
        }
    });
    checkSignOutDone();
}

void Session::revokeForSignOut(const QString &token)
{
    if (token.isEmpty() || !m_api)
        return;
    ApiJob *job = m_oauth->revoke(token);
    // Counted only while the sign-out waits (a late pair is revoked anyway).
    const quint64 generation = m_signOutGeneration;
    if (generation != 0)
        ++m_signOutPending;
    connect(job, &ApiJob::succeeded, this,
        [](const JsonValue &) { qCInfo(lcAuth) << "token revoked"; });
    connect(job, &ApiJob::failed, this, [](const ApiError &error) {
        qCInfo(lcAuth).noquote() << "revoke failed (ignored):" << error.message();
    });
    connect(job, &ApiJob::finished, this, [this, generation] {
        if (generation == 0 || generation != m_signOutGeneration)
            return;
        --m_signOutPending;
        checkSignOutDone();
    });
    job->start();
}

void Session::checkSignOutDone()
{
    if (m_signOutPending > 0 || m_signOutGeneration == 0)
        return;
    m_signOutGeneration = 0;
    qCInfo(lcAuth) << "signed out";
    emit signedOut();
}

void Session::removeStoredEntry()
{
    if (!m_keychain || m_account.isEmpty())
        return;
    KeychainRequest *request = m_keychain->remove(keychainKey());
    request->start();
}
