#pragma once

#include "Credentials.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QStringList>
#include <QUrl>

#include <memory>

class ApiClient;
class KeychainStore;
class ProfileStore;
class SignInController;

// prefctl's side of sign-in: the same profiles (QSettings of the desktop
// app) and keychain entries as the editor, through SignInController.
//
//   prefctl --server URL login [--username U] [--password-stdin] [--browser] [--client-id ID]
//   prefctl --server URL logout [--username U]
namespace CtlSignIn {

// True when the command line's command is "login" or "logout".
bool handles(const QStringList &arguments);
// Runs login or logout; returns the exit code (see ExitCode in CtlOptions.h).
int run(const QStringList &arguments);

} // namespace CtlSignIn

// The stored sign-in for a community, as Credentials for prefctl's other
// commands: restored from the keychain (refreshed when expired), renewed on
// a 401 like in the app, the rotated refresh token saved back.
class StoredCredentials : public Credentials
{
    Q_OBJECT

public:
    ~StoredCredentials() override;

    // Blocks (running an event loop) until the stored sign-in is usable.
    // Null with *error set when there is none or it cannot be used.
    static std::unique_ptr<StoredCredentials> load(const QUrl &server, QString *error);

    QString accessToken() const override;
    bool canRefresh() const override;
    void refresh() override;

private:
    StoredCredentials();

    QNetworkAccessManager m_nam;
    QSettings m_settings;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SignInController> m_controller;
};
