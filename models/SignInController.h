#pragma once

#include "ApiClient.h"
#include "ApiError.h"
#include "KeychainStore.h"
#include "Preference.h"
#include "ProfileStore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class ApiClient;
class RestoreOperation;
class Session;
class SignInAttempt;
struct SignInResult;

// Every way into a community, for the app and for prefctl:
// - start-up: restore() signs in with the stored token of the current
//   profile, refreshing it silently when it expired; when that cannot work
//   it emits signInRequired() with the profile, for the dialog to fill in;
// - interactive: browser (authorization code + PKCE), username and password,
//   or a pasted access token.
// Every way ends by loading /api/v2/user/me/, then signedIn(user). The
// tokens go to the keychain, and the profile is remembered once they are
// there; when it is unusable the sign-in still succeeds session-only (and is
// not remembered) and keychainUnavailable() says so first.
//
// A RestoreOperation or a SignInAttempt does the work, on a client of its
// own; at most one runs, and a new one aborts the one before. What it ends
// with is committed to the app's client and session in one place, commit().
class SignInController : public QObject
{
    Q_OBJECT

public:
    // api: the app's client, not owned; its base URL and credentials are set
    // here (credentials: session()). keychain and profiles: not owned.
    SignInController(
        ApiClient *api, KeychainStore *keychain, ProfileStore *profiles, QObject *parent = nullptr);

    ApiClient *apiClient() const { return m_api; }
    Session *session() const { return m_session; }
    KeychainStore *keychain() const { return m_keychain; }
    ProfileStore *profiles() const { return m_profiles; }

    bool isBusy() const { return !m_restore.isNull() || !m_attempt.isNull(); }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    UserInfo user() const { return m_user; }
    std::optional<Profile> currentProfile() const;
    bool isSessionOnly() const;

    // false: the next sign-ins are session-only (nothing saved), e.g. after
    // the user chose to go on without the keychain.
    void setSavingAllowed(bool allowed) { m_savingAllowed = allowed; }
    bool isSavingAllowed() const { return m_savingAllowed; }
    void setBrowserTimeout(std::chrono::milliseconds timeout) { m_browserTimeout = timeout; }

    // Start-up: the current profile, or the given one.
    void restore();
    void restoreProfile(const Profile &profile);

    // communityUrl must have passed CommunityUrl::validate().
    void signInWithPassword(const QUrl &communityUrl, const QString &clientId,
        const QString &username, const QString &password);
    void signInWithBrowser(const QUrl &communityUrl, const QString &clientId);
    void signInWithToken(const QUrl &communityUrl, const QString &clientId, const QString &token);
    // Stops a sign-in in progress: signInFailed(..., true); a restore:
    // signInRequired() with an empty message. While a new sign-in waits for
    // the keychain (a prompt), stops waiting instead: the sign-in goes on
    // session-only (keychainUnavailable(), signedIn()).
    void cancel();

    // Signs the current session out (revoke, delete the keychain entry, forget).
    void signOut();
    // The same for a stored profile that is not signed in here (prefctl logout).
    void signOutProfile(const Profile &profile);
    // Forgets a remembered profile: its tokens are revoked (best effort), its
    // keychain entry deleted and the profile removed. The session signed in
    // here is untouched unless it is this profile. profileForgotten() follows.
    void forgetProfile(const Profile &profile);

signals:
    void busyChanged(bool busy);
    void progress(const QString &text);
    // The view opens this with QDesktopServices; prefctl prints it.
    void openBrowser(const QUrl &url);
    void signedIn(const UserInfo &user);
    void signInFailed(const QString &message, bool cancelled);
    // The sign-in works but could not be saved (emitted before signedIn), or
    // the stored one could not be read.
    void keychainUnavailable(const QString &message);
    // Start-up found no usable sign-in, or the session ended (invalid_grant).
    // profile may be invalid (no profile yet); message may be empty.
    void signInRequired(const Profile &profile, const QString &message);
    void signedOut();
    void profileForgotten(const QString &profileId);

private:
    enum class State { Idle, SignedIn };

    void setState(State state);
    void updateBusy();
    void stopWork();
    // Reads the profile's stored tokens into session, then signs it out
    // (revoke, delete the entry). The read's answer goes to context.
    KeychainRequest *signOutStored(Session *session, const QString &profileId, QObject *context);
    SignInAttempt *beginAttempt(const QUrl &communityUrl, const QString &clientId);
    void onAttemptSucceeded(const SignInResult &result);
    void onAttemptFailed(const QString &message, bool cancelled);
    void onRestoreKeychainUnavailable(const QString &message);
    void onRestoreSucceeded(const SignInResult &result);
    void onRestoreFailed(const QString &message);
    void commit(SignInResult result);
    void onSessionSignInRequired(const ApiError &error);

    QPointer<ApiClient> m_api;
    QPointer<KeychainStore> m_keychain;
    ProfileStore *m_profiles;
    Session *m_session;
    State m_state = State::Idle;
    UserInfo m_user;
    Profile m_profile; // signed in, or the last one that was asked for
    bool m_savingAllowed = true;
    std::chrono::milliseconds m_browserTimeout {5 * 60 * 1000};
    bool m_lastBusy = false;

    // The work in progress, at most one of them.
    QPointer<RestoreOperation> m_restore;
    QPointer<SignInAttempt> m_attempt;
    // signOutProfile() reading the tokens it revokes.
    QPointer<KeychainRequest> m_signOutRead;
};
