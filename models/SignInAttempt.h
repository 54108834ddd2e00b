#pragma once

#include "ApiError.h"
#include "SignInStep.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class ApiClient;
class BrowserSignIn;
class KeychainStore;
class OAuthClient;
class QNetworkAccessManager;
class Session;
class StaticCredentials;
class TokenJob;

// One interactive sign-in: the browser (authorization code + PKCE), username
// and password, or a pasted access token. Gets the tokens, loads
// /api/v2/user/me/ with them and saves them in the keychain, all on a client
// of its own. The app's client is never touched: the caller commits the result.
//
// Ends with exactly one of succeeded() or failed(), then does nothing more.
// A keychain that cannot take the tokens is no failure: keychainUnavailable(),
// then succeeded() session-only. cancel() ends it with failed(); abort() (or
// deleting it) ends it silently. A listener may abort() from any signal.
class SignInAttempt : public SignInStep
{
    Q_OBJECT

public:
    // nam: not owned, must outlive this. keychain: not owned; null: session-only.
    SignInAttempt(const QUrl &communityUrl, const QString &clientId, QNetworkAccessManager *nam,
        KeychainStore *keychain, QObject *parent = nullptr);
    ~SignInAttempt() override;

    void setTimeout(std::chrono::milliseconds timeout); // per request
    void setBrowserTimeout(std::chrono::milliseconds timeout) { m_browserTimeout = timeout; }
    // false: nothing goes to the keychain, succeeded() is session-only.
    void setSavingAllowed(bool allowed) { m_savingAllowed = allowed; }

    // One of them, once.
    void startWithPassword(const QString &username, const QString &password);
    void startWithBrowser(); // openBrowser() follows
    void startWithToken(const QString &token);

    // Signed in, and the keychain has not taken the tokens yet: most likely
    // it shows a prompt ("Choose password for new keyring").
    bool isSaving() const;
    // While saving: stops waiting; keychainUnavailable(), then succeeded()
    // session-only.
    void continueWithoutSaving();
    // failed(..., true), at once. While saving, the entry the write may
    // still make is deleted again.
    void cancel();

signals:
    // The view opens this with QDesktopServices; prefctl prints it.
    void openBrowser(const QUrl &url);
    void failed(const QString &message, bool cancelled);

private:
    void onTokens(const TokenSet &tokens);
    void accountLoaded(const UserInfo &user) override;
    void accountFailed(const ApiError &error, const QString &notUsable) override;
    void onSaved(bool saved, const QString &message);
    void succeed();
    void fail(const QString &message, bool cancelled = false);
    void stop() override;

    QPointer<KeychainStore> m_keychain;
    ApiClient *m_api;
    StaticCredentials *m_credentials;
    OAuthClient *m_oauth;
    QPointer<BrowserSignIn> m_browser;
    QPointer<TokenJob> m_tokenJob;
    Session *m_saver = nullptr; // made once signed in, to write the keychain entry
    std::chrono::milliseconds m_browserTimeout {5 * 60 * 1000};
    bool m_savingAllowed = true;
    SignInResult m_result; // filled in step by step
};
