#pragma once

#include "ApiClient.h"
#include "Credentials.h"
#include "KeychainStore.h"
#include "TokenSet.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiClient;
class OAuthClient;
class TokenJob;

// The signed-in state of one profile: the tokens in memory, kept in the OS
// keychain unless the session is session-only. Implements Credentials for
// ApiClient: refresh() is coalesced (any number of callers share one
// refresh request), the rotated refresh token reaches the keychain before
// refreshFinished(true), and a refused refresh (invalid_grant) ends in
// signInRequired() once, without another attempt, unless the keychain holds
// a newer pair (another process sharing the sign-in rotated it): that pair
// is adopted. Other failures (offline, 5xx, other 4xx) keep the tokens.
class Session : public Credentials
{
    Q_OBJECT

public:
    // api (its base URL is the community) and keychain are not owned.
    Session(ApiClient *api, KeychainStore *keychain, QObject *parent = nullptr);
    ~Session() override;

    void setAccount(const QUrl &communityUrl, const QString &account, const QString &clientId);
    QUrl communityUrl() const { return m_communityUrl; }
    QString account() const { return m_account; }
    QString clientId() const { return m_clientId; }
    QString keychainKey() const;

    // Credentials
    QString accessToken() const override { return m_tokens.accessToken; }
    bool canRefresh() const override;
    void refresh() override;

    bool isSignedIn() const { return !m_tokens.isEmpty(); }
    TokenSet tokens() const { return m_tokens; }
    bool isRefreshing() const { return m_refreshing; }
    bool hasRefreshToken() const { return m_tokens.canRefresh(); }
    QDateTime expiresAt() const { return m_tokens.expiresAt; }
    bool isExpired() const { return m_tokens.isExpired(); }

    // Session-only: tokens in memory, written nowhere. Set when the keychain
    // is unusable or the user chose it.
    void setSessionOnly(bool sessionOnly) { m_sessionOnly = sessionOnly; }
    bool isSessionOnly() const { return m_sessionOnly; }

    // Takes the tokens (in memory). Does not save them: call save().
    void setTokens(const TokenSet &tokens);
    // Writes the tokens to the keychain (unless session-only); then
    // saveFinished(). The write may wait for a keyring prompt as long as the
    // store's writeDeadline() (keychainWaiting() says so). On failure or
    // cancelSave() the session turns session-only.
    void save();
    bool isSaving() const { return !m_saveRequest.isNull(); }
    // Stops waiting for the keychain: saveFinished(false, ...).
    void cancelSave();

    // Best-effort revoke of both tokens at /oauth/revoke_token/, deletion of
    // the keychain entry, tokens cleared from memory at once. signedOut()
    // follows in every case, offline too (revoke waits at most revokeTimeout).
    void signOut();
    void setRevokeTimeout(int milliseconds) { m_revokeTimeoutMs = milliseconds; }
    // Forgets the tokens in memory only (the keychain keeps them).
    void clear();

signals:
    void tokensChanged();
    void saveFinished(bool saved, const QString &message);
    // save() still has no answer: the keychain most likely shows a prompt.
    void keychainWaiting();
    // The keychain could not take the tokens: now session-only.
    void keychainUnavailable(const QString &message);
    // The refresh token was refused; the user must sign in again.
    void signInRequired(const ApiError &error);
    void signedOut();

private:
    void onRefreshSucceeded(const TokenSet &tokens);
    void onRefreshFailed(const ApiError &error);
    void adoptStoredTokens(const TokenSet &stored);
    void giveUpRefresh(const ApiError &error);
    void applyRefreshedTokens(const TokenSet &tokens);
    void finishRefresh(bool ok, const ApiError &error);
    void removeStoredEntry();
    void revokeForSignOut(const QString &token);
    void checkSignOutDone();

    QPointer<ApiClient> m_api;
    QPointer<KeychainStore> m_keychain;
    OAuthClient *m_oauth;
    QUrl m_communityUrl;
    QString m_account;
    QString m_clientId = QStringLiteral("prefeditor");
    TokenSet m_tokens;
    bool m_sessionOnly = false;
    bool m_refreshing = false;
    bool m_adoptedOnce = false; // this refresh already took another process's pair
    quint64 m_generation = 0; // bumped by sign-out, clear and setTokens
    QPointer<TokenJob> m_refreshJob;
    QPointer<KeychainRequest> m_saveRequest;
    int m_revokeTimeoutMs = 5000;
    int m_signOutPending = 0;
    quint64 m_signOutGeneration = 0;
    int m_signOuts = 0; // sign-outs so far, for answers that arrive after one
};
