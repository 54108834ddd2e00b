#include "SignInController.h"

#include "ApiClient.h"
#include "Logging.h"
#include "RestoreOperation.h"
#include "Session.h"
#include "SignInAttempt.h"

#include <utility>

namespace {

// Drops a restore or an attempt that is no longer wanted: it stops at once,
// says nothing more, and goes away with everything it started.
template<typename Operation> void discard(QPointer<Operation> &operation)
{
    if (Operation *running = std::exchange(operation, nullptr)) {
        running->abort();
        running->deleteLater();
    }
}

} // namespace

SignInController::SignInController(
    ApiClient *api, KeychainStore *keychain, ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_keychain(keychain)
    , m_profiles(profiles)
    , m_session(new Session(api, keychain, this))
{
    qRegisterMetaType<UserInfo>();
    api->setCredentials(m_session);
    connect(m_session, &Session::signInRequired, this, &SignInController::onSessionSignInRequired);
    connect(m_session, &Session::keychainUnavailable, this, &SignInController::keychainUnavailable);
    connect(m_session, &Session::signedOut, this, &SignInController::signedOut);
}

std::optional<Profile> SignInController::currentProfile() const
{
    if (m_profile.isValid())
        return m_profile;
    return m_profiles->currentProfile();
}

bool SignInController::isSessionOnly() const
{
    return m_session->isSessionOnly();
}

void SignInController::setState(State state)
{
    m_state = state;
    updateBusy();
}

void SignInController::updateBusy()
{
    if (m_lastBusy == isBusy())
        return;
    m_lastBusy = isBusy();
    emit busyChanged(m_lastBusy);
}

// Stops whatever runs, without a word: the restore or attempt, and the
// keychain read of a signOutProfile().
void SignInController::stopWork()
{
    discard(m_restore);
    discard(m_attempt);
    if (m_signOutRead)
        m_signOutRead->disconnect(this); // a keychain request is never deleted while it runs
}

// The one place where a sign-in reaches the app: its client, its session,
// the remembered profiles and the state.
void SignInController::commit(SignInResult result)
{
    Profile &profile = result.profile;
    if (const auto stored = m_profiles->profile(profile.id()))
        profile.lastOpenedUser = stored->lastOpenedUser;
    if (result.remember) {
        m_profiles->saveProfile(profile);
        m_profiles->setCurrentProfile(profile.id());
    }
    m_session->clear();
    m_session->setAccount(profile.communityUrl, profile.account, profile.clientId);
    m_session->setSessionOnly(result.sessionOnly);
    m_api->setBaseUrl(profile.communityUrl);
    m_session->setTokens(result.tokens);
    m_profile = profile;
    m_user = result.user;
    setState(State::SignedIn);
    qCInfo(lcAuth) << "signed in, user id" << m_user.id;
    emit signedIn(m_user);
}

// ---- start-up --------------------------------------------------------------

void SignInController::restore()
{
    const auto profile = m_profiles->currentProfile();
    if (!profile) {
        qCInfo(lcAuth) << "no remembered profile; sign-in required";
        emit signInRequired(Profile(), QString());
        return;
    }
    restoreProfile(*profile);
}

void SignInController::restoreProfile(const Profile &profile)
{
    stopWork();
    m_restore = new RestoreOperation(profile, m_api->networkAccessManager(), m_keychain, this);
    m_restore->setTimeout(m_api->timeout());
    connect(m_restore, &RestoreOperation::progress, this, &SignInController::progress);
    connect(m_restore, &RestoreOperation::keychainUnavailable, this,
        &SignInController::onRestoreKeychainUnavailable);
    connect(m_restore, &RestoreOperation::succeeded, this, &SignInController::onRestoreSucceeded);
    connect(m_restore, &RestoreOperation::failed, this, &SignInController::onRestoreFailed);
    updateBusy();
    m_restore->start();
}

void SignInController::onRestoreKeychainUnavailable(const QString &message)
{
    if (m_state != State::SignedIn)
        m_session->setSessionOnly(true);
    emit keychainUnavailable(message);
}

void SignInController::onRestoreSucceeded(const SignInResult &result)
{
    discard(m_restore);
    commit(result);
}

// The stored sign-in did not work. A sign-in the app already has stays as it
// is; the user is asked to sign in to the profile that was asked for.
void SignInController::onRestoreFailed(const QString &message)
{
    const Profile profile = m_restore->profile();
    discard(m_restore);
    updateBusy();
    if (m_state != State::SignedIn)
        m_profile = profile;
    emit signInRequired(profile, message);
}

void SignInController::onSessionSignInRequired(const ApiError &error)
{
    // The refresh token was refused (invalid_grant) during work.
    if (m_state != State::SignedIn)
        return;
    qCInfo(lcAuth) << "the session ended; sign-in required";
    discard(m_restore);
    m_user = {};
    setState(State::Idle);
    emit signInRequired(
        m_profile, tr("Your sign-in has ended: %1 Sign in again.").arg(error.toUserString()));
}

// ---- interactive sign-in ---------------------------------------------------

void SignInController::signInWithPassword(const QUrl &communityUrl, const QString &clientId,
    const QString &username, const QString &password)
{
    beginAttempt(communityUrl, clientId)->startWithPassword(username, password);
}

void SignInController::signInWithBrowser(const QUrl &communityUrl, const QString &clientId)
{
    beginAttempt(communityUrl, clientId)->startWithBrowser();
}

void SignInController::signInWithToken(
    const QUrl &communityUrl, const QString &clientId, const QString &token)
{
    beginAttempt(communityUrl, clientId)->startWithToken(token);
}

SignInAttempt *SignInController::beginAttempt(const QUrl &communityUrl, const QString &clientId)
{
    stopWork();
    m_attempt =
        new SignInAttempt(communityUrl, clientId, m_api->networkAccessManager(), m_keychain, this);
    m_attempt->setTimeout(m_api->timeout());
    m_attempt->setBrowserTimeout(m_browserTimeout);
    m_attempt->setSavingAllowed(m_savingAllowed);
    connect(m_attempt, &SignInAttempt::progress, this, &SignInController::progress);
    connect(m_attempt, &SignInAttempt::openBrowser, this, &SignInController::openBrowser);
    connect(m_attempt, &SignInAttempt::keychainUnavailable, this,
        &SignInController::keychainUnavailable);
    connect(m_attempt, &SignInAttempt::succeeded, this, &SignInController::onAttemptSucceeded);
    connect(m_attempt, &SignInAttempt::failed, this, &SignInController::onAttemptFailed);
    updateBusy();
    return m_attempt;
}

void SignInController::cancel()
{
    if (m_attempt && m_attempt->isSaving())
        m_attempt->continueWithoutSaving(); // signed in, waiting for the keychain
    else if (m_attempt)
        m_attempt->cancel();
    else if (m_restore)
        m_restore->cancel();
}

void SignInController::onAttemptSucceeded(const SignInResult &result)
{
    discard(m_attempt);
    commit(result);
}

void SignInController::onAttemptFailed(const QString &message, bool cancelled)
{
    discard(m_attempt);
    updateBusy();
    emit signInFailed(message, cancelled);
}

// ---- sign-out --------------------------------------------------------------

void SignInController::signOut()
{
    if (m_attempt)
        m_attempt->cancel();
    stopWork();
    m_user = {};
    setState(State::Idle);
    m_session->signOut();
}

void SignInController::forgetProfile(const Profile &profile)
{
    const QString id = profile.id();
    m_profiles->removeProfile(id);
    if (m_profile.id() == id && m_session->isSignedIn()) {
        connect(
            m_session, &Session::signedOut, this, [this, id] { emit profileForgotten(id); },
            Qt::SingleShotConnection);
        signOut();
        return;
    }
    // A session of its own, so that the app's client and session stay as they are.
    auto *api = new ApiClient(m_api->networkAccessManager(), this);
    api->setBaseUrl(profile.communityUrl);
    api->setTimeout(m_api->timeout());
    auto *session = new Session(api, m_keychain, api);
    session->setAccount(profile.communityUrl, profile.account, profile.clientId);
    connect(session, &Session::signedOut, this, [this, api, id] {
        api->deleteLater();
        emit profileForgotten(id);
    });
    signOutStored(session, id, session);
}

void SignInController::signOutProfile(const Profile &profile)
{
    if (m_profile.id() == profile.id() && m_session->isSignedIn()) {
        signOut();
        return;
    }
    stopWork();
    m_user = {};
    setState(State::Idle);
    m_profile = profile;
    m_session->clear();
    m_session->setAccount(profile.communityUrl, profile.account, profile.clientId);
    m_session->setSessionOnly(false);
    m_api->setBaseUrl(profile.communityUrl);
    m_signOutRead = signOutStored(m_session, profile.id(), this);
}

KeychainRequest *SignInController::signOutStored(
    Session *session, const QString &profileId, QObject *context)
{
    if (!m_keychain) {
        session->signOut();
        return nullptr;
    }
    KeychainRequest *request = m_keychain->read(profileId);
    connect(request, &KeychainRequest::finished, context, [session](const KeychainResult &result) {
        if (result.isOk()) {
            if (const auto tokens = TokenSet::fromSecret(result.secret))
                session->setTokens(*tokens);
        }
        session->signOut();
    });
    request->start();
    return request;
}
