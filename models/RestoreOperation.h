#pragma once

#include "ApiError.h"
#include "ProfileStore.h"
#include "SignInStep.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class ApiClient;
class KeychainRequest;
class KeychainStore;
class QNetworkAccessManager;
class Session;
struct KeychainResult;

// One restore of a stored sign-in: reads the profile's tokens from the
// keychain, renews them silently when they expired, and loads
// /api/v2/user/me/ with them, all on a client and session of its own. The
// app's client is never touched: the caller commits the result.
//
// Ends with exactly one of succeeded() or failed(), then does nothing more.
// cancel() ends it with failed(); abort() (or deleting it) ends it silently.
// A listener may abort() from any signal.
class RestoreOperation : public SignInStep
{
    Q_OBJECT

public:
    // nam: not owned, must outlive this. keychain: not owned; null fails.
    RestoreOperation(const Profile &profile, QNetworkAccessManager *nam, KeychainStore *keychain,
        QObject *parent = nullptr);
    ~RestoreOperation() override;

    Profile profile() const { return m_profile; }
    void setTimeout(std::chrono::milliseconds timeout); // per request

    void start();
    void cancel(); // failed() with an empty message, at once

signals:
    // (keychainUnavailable(): the keychain could not be read; failed() follows.)
    // The stored sign-in cannot be used: the user has to sign in. message
    // may be empty (nothing stored, or cancelled).
    void failed(const QString &message);

private:
    void onStoredTokens(const KeychainResult &result);
    void onRefreshFinished(bool ok, const ApiError &error);
    void accountLoaded(const UserInfo &user) override;
    void accountFailed(const ApiError &error, const QString &notUsable) override;
    void fail(const QString &message);
    void stop() override;

    Profile m_profile;
    QPointer<KeychainStore> m_keychain;
    ApiClient *m_api;
    Session *m_session;
    QPointer<KeychainRequest> m_read;
};
