#include "SignInAttempt.h"

#include "ApiClient.h"
#include "BrowserSignIn.h"
#include "Credentials.h"
#include "KeychainStore.h"
#include "Logging.h"
#include "OAuthClient.h"
#include "Session.h"

SignInAttempt::SignInAttempt(const QUrl &communityUrl, const QString &clientId,
    QNetworkAccessManager *nam, KeychainStore *keychain, QObject *parent)
    : SignInStep(parent)
    , m_keychain(keychain)
    , m_api(new ApiClient(nam, this))
    , m_credentials(new StaticCredentials(QString(), this))
    , m_oauth(new OAuthClient(
          m_api, clientId.isEmpty() ? QStringLiteral("prefeditor") : clientId, this))
{
    m_api->setBaseUrl(communityUrl);
    m_api->setCredentials(m_credentials);
}

SignInAttempt::~SignInAttempt()
{
    stop();
}

void SignInAttempt::setTimeout(std::chrono::milliseconds timeout)
{
    m_api->setTimeout(timeout);
}

void SignInAttempt::startWithPassword(const QString &username, const QString &password)
{
    if (!report(tr("Signing in as %1…").arg(username)))
        return;
    m_tokenJob = m_oauth->passwordGrant(username, password);
    connect(m_tokenJob, &TokenJob::succeeded, this, &SignInAttempt::onTokens);
    connect(m_tokenJob, &TokenJob::failed, this, [this](const ApiError &error) {
        if (error.oauthError() == QLatin1String("invalid_grant"))
            fail(tr("The username or password is not correct."));
        else
            fail(error.toUserString(), error.kind() == ApiError::Kind::Cancelled);
    });
    m_tokenJob->start();
}

void SignInAttempt::startWithBrowser()
{
    m_browser = new BrowserSignIn(m_oauth, this);
    m_browser->setTimeout(m_browserTimeout);
    connect(m_browser, &BrowserSignIn::openBrowser, this, &SignInAttempt::openBrowser);
    connect(m_browser, &BrowserSignIn::succeeded, this, &SignInAttempt::onTokens);
    connect(m_browser, &BrowserSignIn::failed, this, &SignInAttempt::fail);
    if (report(tr("Waiting for you to sign in in your browser…")))
        m_browser->start();
}

void SignInAttempt::startWithToken(const QString &token)
{
    const TokenSet tokens = TokenSet::fromPastedToken(token);
    if (tokens.isEmpty()) {
        fail(tr("Paste an access token first."));
        return;
    }
    if (!TokenSet::isHeaderSafe(tokens.accessToken)) {
        fail(tr("The token contains spaces, line breaks or other characters that a token "
                "cannot have."));
        return;
    }
    onTokens(tokens);
}

bool SignInAttempt::isSaving() const
{
    return !m_done && m_saver && m_saver->isSaving();
}

void SignInAttempt::continueWithoutSaving()
{
    if (isSaving())
        m_saver->cancelSave(); // saveFinished(false): onSaved()
}

void SignInAttempt::cancel()
{
    fail(tr("The sign-in was cancelled."), true);
}

void SignInAttempt::onTokens(const TokenSet &tokens)
{
    m_result.tokens = tokens;
    m_credentials->setAccessToken(tokens.accessToken);
    loadAccount(m_api);
}

void SignInAttempt::accountFailed(const ApiError &error, const QString &notUsable)
{
    if (!notUsable.isEmpty())
        fail(notUsable);
    else if (error.isAuthenticationError())
        fail(tr("The community did not accept this access token (it may be wrong, "
                "expired or revoked)."));
    else
        fail(error.toUserString(), error.kind() == ApiError::Kind::Cancelled);
}

void SignInAttempt::accountLoaded(const UserInfo &user)
{
    if (user.username.isEmpty()) {
        fail(accountNotUsable(QString()));
        return;
    }
    Profile &profile = m_result.profile;
    profile.communityUrl = m_api->baseUrl();
    profile.account = user.username;
    profile.clientId = m_oauth->clientId();
    profile.userId = user.id;
    m_result.user = user;
    if (!m_savingAllowed || !m_keychain) {
        m_result.sessionOnly = true;
        succeed();
        return;
    }
    // Remembered only once the secret is in the keychain.
    if (!report(tr("Saving your sign-in…")))
        return;
    m_saver = new Session(m_api, m_keychain, this);
    m_saver->setAccount(profile.communityUrl, profile.account, profile.clientId);
    m_saver->setTokens(m_result.tokens);
    // A first write may wait for a keyring prompt ("Choose password for new
    // keyring"): not a failure. The dialog's Cancel stops waiting
    // (continueWithoutSaving()).
    connect(m_saver, &Session::keychainWaiting, this, [this] {
        emit progress(tr("Waiting for the keyring… Answer its window, or choose Cancel to "
                         "continue without saving the sign-in."));
    });
    connect(m_saver, &Session::keychainUnavailable, this, &SignInAttempt::keychainUnavailable);
    connect(m_saver, &Session::saveFinished, this, &SignInAttempt::onSaved);
    m_saver->save();
}

void SignInAttempt::onSaved(bool saved, const QString &message)
{
    if (!saved)
        qCWarning(lcAuth).noquote() << "the sign-in is session-only:" << message;
    m_result.sessionOnly = !saved;
    m_result.remember = saved;
    succeed();
}

void SignInAttempt::succeed()
{
    const SignInResult result = m_result;
    stop();
    emit succeeded(result);
}

void SignInAttempt::fail(const QString &message, bool cancelled)
{
    if (m_done)
        return;
    stop();
    qCInfo(lcAuth).noquote() << (cancelled ? "sign-in cancelled" : "sign-in failed:") << message;
    emit failed(message, cancelled);
}

// Cuts every answer still to come, stops what runs and forgets the tokens.
void SignInAttempt::stop()
{
    if (m_done)
        return;
    m_done = true;
    if (m_browser) {
        m_browser->disconnect(this);
        m_browser->cancel(); // closes the listener
    }
    if (m_tokenJob) {
        m_tokenJob->disconnect(this);
        m_tokenJob->abort();
    }
    stopLoadingAccount();
    if (m_saver) {
        m_saver->disconnect(this);
        m_saver->cancelSave(); // if still saving: the entry is deleted again
    }
    m_credentials->setAccessToken(QString());
    m_result = {};
}
