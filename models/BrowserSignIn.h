#pragma once

#include "Pkce.h"
#include "TokenSet.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class LoopbackRedirectListener;
class OAuthClient;
class TokenJob;

// The authorization-code flow with PKCE (S256) for a desktop app: starts the
// loopback listener, asks for the browser to be opened on the authorize URL
// (the view does that with QDesktopServices; models has no QtGui), waits for
// the redirect, checks the state and redeems the code.
class BrowserSignIn : public QObject
{
    Q_OBJECT

public:
    // oauth is not owned.
    explicit BrowserSignIn(OAuthClient *oauth, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; } // default 5 min
    void start();
    void cancel(); // emits failed() with a "cancelled" message
    bool isRunning() const { return m_running; }
    QUrl redirectUri() const;

signals:
    void openBrowser(const QUrl &authorizeUrl);
    void succeeded(const TokenSet &tokens);
    // message is a translated sentence.
    void failed(const QString &message, bool cancelled);

private:
    void onCodeReceived(const QString &code);
    void onListenerFailed(const QString &message);
    void fail(const QString &message, bool cancelled = false);

    QPointer<OAuthClient> m_oauth;
    LoopbackRedirectListener *m_listener;
    QPointer<TokenJob> m_tokenJob;
    Pkce m_pkce;
    QUrl m_redirectUri; // the listener's, kept after it closes
    std::chrono::milliseconds m_timeout {5 * 60 * 1000};
    bool m_running = false;
};
