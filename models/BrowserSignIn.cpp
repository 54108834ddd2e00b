#include "BrowserSignIn.h"

#include "Logging.h"
#include "LoopbackRedirectListener.h"
#include "OAuthClient.h"

BrowserSignIn::BrowserSignIn(OAuthClient *oauth, QObject *parent)
    : QObject(parent)
    , m_oauth(oauth)
    , m_listener(new LoopbackRedirectListener(this))
{
    connect(
        m_listener, &LoopbackRedirectListener::codeReceived, this, &BrowserSignIn::onCodeReceived);
    connect(m_listener, &LoopbackRedirectListener::failed, this, &BrowserSignIn::onListenerFailed);
}

BrowserSignIn::~BrowserSignIn()
{
    if (m_tokenJob)
        m_tokenJob->disconnect(this);
}

QUrl BrowserSignIn::redirectUri() const
{
    return m_redirectUri;
}

void BrowserSignIn::start()
{
    if (m_running)
        return;
    if (!m_oauth) {
        fail(tr("The sign-in could not start."));
        return;
    }
    m_running = true;
    m_pkce = Pkce::generate();
    m_listener->setTimeout(m_timeout);
    if (!m_listener->listen(m_pkce.state)) {
        fail(tr("Could not listen on this computer for the browser's answer."));
        return;
    }
    m_redirectUri = m_listener->redirectUri();
    const QUrl url = m_oauth->authorizeUrl(m_redirectUri, m_pkce.challenge, m_pkce.state);
    qCInfo(lcAuth) << "browser sign-in: waiting for the redirect on port" << m_listener->port();
    emit openBrowser(url);
}

void BrowserSignIn::cancel()
{
    if (!m_running)
        return;
    m_listener->close();
    if (m_tokenJob) {
        m_tokenJob->disconnect(this);
        m_tokenJob->abort();
        m_tokenJob.clear();
    }
    fail(tr("The sign-in was cancelled."), true);
}

void BrowserSignIn::onCodeReceived(const QString &code)
{
    if (!m_running || !m_oauth)
        return;
    m_tokenJob = m_oauth->authorizationCodeGrant(code, m_redirectUri, m_pkce.verifier);
    connect(m_tokenJob, &TokenJob::succeeded, this, [this](const TokenSet &tokens) {
        m_tokenJob.clear();
        m_running = false;
        m_pkce = {};
        emit succeeded(tokens);
    });
    connect(m_tokenJob, &TokenJob::failed, this,
        [this](const ApiError &error) { fail(error.toUserString()); });
    m_tokenJob->start();
}

void BrowserSignIn::onListenerFailed(const QString &message)
{
    if (m_running)
        fail(message);
}

void BrowserSignIn::fail(const QString &message, bool cancelled)
{
    m_running = false;
    m_tokenJob.clear();
    m_pkce = {};
    m_listener->close();
    emit failed(message, cancelled);
}
