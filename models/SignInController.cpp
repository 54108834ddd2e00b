#include "SignInController.h"

#include "ApiClient.h"
#include "BrowserSignIn.h"
#include "Credentials.h"
#include "Logging.h"
#include "OAuthClient.h"
#include "RestoreOperation.h"
#include "Session.h"
#include "UserJob.h"

#include <utility>

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

SignInController::~SignInController()
{
    abortAttempt();
    abortRestore();
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
    abortAttempt();
    abortRestore();
    ++m_generation;
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
    abortRestore();
    commit(result);
}

// The stored sign-in did not work. A sign-in the app already has stays as it
// is; the user is asked to sign in to the profile that was asked for.
void SignInController::onRestoreFailed(const QString &message)
{
    const Profile profile = m_restore->profile();
    abortRestore();
    if (m_state != State::SignedIn)
        m_profile = profile;
    emit signInRequired(profile, message);
}

// Drops the restore: it stops at once, says nothing more, and goes away
// with everything it started.
void SignInController::abortRestore()
{
    if (RestoreOperation *restore = std::exchange(m_restore, nullptr)) {
        restore->abort();
        restore->deleteLater();
        updateBusy();
    }
}

// The one place where a restored sign-in reaches the app: its client, its
// session, the remembered profiles and the state.
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
    qCInfo(lcAuth) << "signed in with the saved sign-in, user id" << m_user.id;
    emit signedIn(m_user);
}

void SignInController::requireSignIn(const Profile &profile, const QString &message)
{
    abortRestore();
    ++m_generation;
    if (m_userJob) {
        m_userJob->disconnect(this);
        m_userJob->abort();
    }
    m_user = {};
    setState(State::Idle);
    emit signInRequired(profile, message);
}

void SignInController::onSessionSignInRequired(const ApiError &error)
{
    // The refresh token was refused (invalid_grant) during work.
    if (m_state != State::SignedIn)
        return;
    qCInfo(lcAuth) << "the session ended; sign-in required";
    requireSignIn(
        m_profile, tr("Your sign-in has ended: %1 Sign in again.").arg(error.toUserString()));
}

// ---- interactive sign-in ---------------------------------------------------

void SignInController::signInWithPassword(const QUrl &communityUrl, const QString &clientId,
    const QString &username, const QString &password)
{
    beginAttempt(communityUrl, clientId);
    emit progress(tr("Signing in as %1…").arg(username));
    TokenJob *job = m_attemptOAuth->passwordGrant(username, password);
    watchTokenJob(job, true);
    job->start();
}

void SignInController::signInWithBrowser(const QUrl &communityUrl, const QString &clientId)
{
    beginAttempt(communityUrl, clientId);
    m_browser = new BrowserSignIn(m_attemptOAuth, this);
    m_browser->setTimeout(m_browserTimeout);
    const quint64 generation = m_generation;
    connect(m_browser, &BrowserSignIn::openBrowser, this, &SignInController::openBrowser);
    connect(m_browser, &BrowserSignIn::succeeded, this, [this, generation](const TokenSet &tokens) {
        if (generation == m_generation)
            onAttemptTokens(tokens);
    });
    connect(m_browser, &BrowserSignIn::failed, this,
        [this, generation](const QString &message, bool cancelled) {
            if (generation == m_generation)
                failAttempt(message, cancelled);
        });
    emit progress(tr("Waiting for you to sign in in your browser…"));
    m_browser->start();
}

void SignInController::signInWithToken(
    const QUrl &communityUrl, const QString &clientId, const QString &token)
{
    beginAttempt(communityUrl, clientId);
    const TokenSet tokens = TokenSet::fromPastedToken(token);
    if (tokens.isEmpty()) {
        failAttempt(tr("Paste an access token first."));
        return;
    }
    if (!TokenSet::isHeaderSafe(tokens.accessToken)) {
        failAttempt(tr("The token contains spaces, line breaks or other characters that a token "
                       "cannot have."));
        return;
    }
    onAttemptTokens(tokens);
}

void SignInController::cancel()
{
    if (m_attemptActive && m_session->isSaving()) {
        // Signed in, waiting for the keychain: go on session-only.
        m_session->cancelSave();
        return;
    }
    if (m_attemptActive) {
        failAttempt(tr("The sign-in was cancelled."), true);
        return;
    }
    if (m_restore)
        m_restore->cancel();
}

void SignInController::beginAttempt(const QUrl &communityUrl, const QString &clientId)
{
    abortAttempt();
    abortRestore();
    ++m_generation;
    m_attemptApi = new ApiClient(m_api->networkAccessManager(), this);
    m_attemptApi->setBaseUrl(communityUrl);
    m_attemptApi->setTimeout(m_api->timeout());
    m_attemptCredentials = new StaticCredentials(QString(), m_attemptApi);
    m_attemptApi->setCredentials(m_attemptCredentials);
    m_attemptOAuth = new OAuthClient(
        m_attemptApi, clientId.isEmpty() ? QStringLiteral("prefeditor") : clientId, m_attemptApi);
    m_attemptTokens.clear();
    m_attemptActive = true;
    updateBusy();
}

void SignInController::watchTokenJob(TokenJob *job, bool passwordGrant)
{
    m_tokenJob = job;
    const quint64 generation = m_generation;
    connect(job, &TokenJob::succeeded, this, [this, generation](const TokenSet &tokens) {
        if (generation == m_generation)
            onAttemptTokens(tokens);
    });
    connect(job, &TokenJob::failed, this, [this, generation, passwordGrant](const ApiError &error) {
        if (generation != m_generation)
            return;
        if (passwordGrant && error.oauthError() == QLatin1String("invalid_grant"))
            failAttempt(tr("The username or password is not correct."));
        else
            failAttempt(error.toUserString(), error.kind() == ApiError::Kind::Cancelled);
    });
}

void SignInController::onAttemptTokens(const TokenSet &tokens)
{
    m_tokenJob.clear();
    m_attemptTokens = tokens;
    m_attemptCredentials->setAccessToken(tokens.accessToken);
    emit progress(tr("Loading your account…"));
    UserJob *job = m_attemptApi->fetchMe();
    m_userJob = job;
    const quint64 generation = m_generation;
    connect(job, &UserJob::succeeded, this, [this, generation](const UserInfo &user) {
        if (generation != m_generation)
            return;
        if (user.username.isEmpty()) {
            failAttempt(
                tr("The server's answer about your account is not usable: %1").arg(QString()));
            return;
        }
        onAttemptUser(user);
    });
    connect(job, &UserJob::failed, this, [this, job, generation](const ApiError &error) {
        if (generation != m_generation)
            return;
        if (job->bodyRefused())
            failAttempt(tr("The server's answer about your account is not usable: %1")
                            .arg(error.message()));
        else if (error.isAuthenticationError())
            failAttempt(tr("The community did not accept this access token (it may be wrong, "
                           "expired or revoked)."));
        else
            failAttempt(error.toUserString(), error.kind() == ApiError::Kind::Cancelled);
    });
    job->start();
}

void SignInController::onAttemptUser(const UserInfo &user)
{
    m_userJob.clear();
    Profile profile;
    profile.communityUrl = m_attemptApi->baseUrl();
    profile.account = user.username;
    profile.clientId = m_attemptOAuth ? m_attemptOAuth->clientId() : QStringLiteral("prefeditor");
    profile.userId = user.id;
    if (const auto existing = m_profiles->profile(profile.id()))
        profile.lastOpenedUser = existing->lastOpenedUser;

    // Commit: from here on the app's client uses the new sign-in.
    m_session->clear();
    m_session->setAccount(profile.communityUrl, profile.account, profile.clientId);
    m_session->setSessionOnly(!m_savingAllowed || !m_keychain);
    m_api->setBaseUrl(profile.communityUrl);
    m_session->setTokens(m_attemptTokens);
    m_attemptTokens.clear();
    m_profile = profile;
    m_user = user;
    m_state = State::SignedIn;
    qCInfo(lcAuth) << "signed in, user id" << user.id;

    if (m_session->isSessionOnly()) {
        finishAttempt();
        return;
    }
    // Remembered only once the secret is in the keychain (onSaveFinished).
    emit progress(tr("Saving your sign-in…"));
    const quint64 generation = m_generation;
    // A first write may wait for a keyring prompt ("Choose password for new
    // keyring"): not a failure. The dialog's Cancel stops waiting (cancel()).
    connect(
        m_session, &Session::keychainWaiting, this,
        [this, generation] {
            if (generation == m_generation)
                emit progress(tr("Waiting for the keyring… Answer its window, or choose Cancel "
                                 "to continue without saving the sign-in."));
        },
        Qt::SingleShotConnection);
    connect(
        m_session, &Session::saveFinished, this,
        [this, generation](bool saved, const QString &message) {
            if (generation == m_generation)
                onSaveFinished(saved, message);
        },
        Qt::SingleShotConnection);
    m_session->save();
}

void SignInController::onSaveFinished(bool saved, const QString &message)
{
    if (saved) {
        m_profiles->saveProfile(m_profile);
        m_profiles->setCurrentProfile(m_profile.id());
    } else {
        qCWarning(lcAuth).noquote() << "the sign-in is session-only:" << message;
    }
    finishAttempt();
}

void SignInController::finishAttempt()
{
    abortAttempt();
    updateBusy();
    emit signedIn(m_user);
}

void SignInController::failAttempt(const QString &message, bool cancelled)
{
    ++m_generation;
    abortAttempt();
    updateBusy();
    qCInfo(lcAuth).noquote() << (cancelled ? "sign-in cancelled" : "sign-in failed:") << message;
    emit signInFailed(message, cancelled);
}

void SignInController::abortAttempt()
{
    m_attemptActive = false;
    if (m_browser) {
        m_browser->disconnect(this);
        m_browser->cancel();
        m_browser->deleteLater();
        m_browser.clear();
    }
    if (m_tokenJob) {
        m_tokenJob->disconnect(this);
        m_tokenJob->abort();
        m_tokenJob.clear();
    }
    if (m_userJob) {
        m_userJob->disconnect(this);
        m_userJob->abort();
        m_userJob.clear();
    }
    if (m_attemptCredentials)
        m_attemptCredentials->setAccessToken(QString());
    if (m_attemptApi) {
        m_attemptApi->deleteLater();
        m_attemptApi.clear();
    }
    m_attemptTokens.clear();
}

// ---- sign-out --------------------------------------------------------------

void SignInController::signOut()
{
    if (m_attemptActive)
        failAttempt(tr("The sign-in was cancelled."), true);
    ++m_generation;
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
    if (!m_keychain) {
        session->signOut();
        return;
    }
    KeychainRequest *request = m_keychain->read(id);
    connect(request, &KeychainRequest::finished, session, [session](const KeychainResult &result) {
        if (result.isOk()) {
            if (const auto tokens = TokenSet::fromSecret(result.secret))
                session->setTokens(*tokens);
        }
        session->signOut();
    });
    request->start();
}

void SignInController::signOutProfile(const Profile &profile)
{
    if (m_profile.id() == profile.id() && m_session->isSignedIn()) {
        signOut();
        return;
    }
    abortAttempt();
    const quint64 generation = ++m_generation;
    m_user = {};
    setState(State::Idle);
    m_profile = profile;
    m_session->clear();
    m_session->setAccount(profile.communityUrl, profile.account, profile.clientId);
    m_session->setSessionOnly(false);
    m_api->setBaseUrl(profile.communityUrl);
    if (!m_keychain) {
        m_session->signOut();
        return;
    }
    KeychainRequest *request = m_keychain->read(profile.id());
    connect(request, &KeychainRequest::finished, this,
        [this, generation](const KeychainResult &result) {
            if (generation != m_generation)
                return;
            if (result.isOk()) {
                if (const auto tokens = TokenSet::fromSecret(result.secret))
                    m_session->setTokens(*tokens);
            }
            m_session->signOut();
        });
    request->start();
}
