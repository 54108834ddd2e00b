#pragma once

#include "Preference.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTranslator>
#include <QUrl>

#include <memory>

class ApiClient;
class ApiError;
class DemoEnvironment;
class KeychainStore;
class MainWindow;
class ProfileStore;
class SignInController;
class SignInDialog;
struct Profile;

// Wires the editor together: the command line, the translations, the demo or
// the sign-in, and the main window. It never ends the application itself:
// main() connects quitRequested() to QCoreApplication::exit().
class EditorApplication : public QObject
{
    Q_OBJECT

public:
    explicit EditorApplication(QObject *parent = nullptr);
    ~EditorApplication() override;

    // Installs the translators for --lang (or the system locale) before
    // anything user-visible is built. Call first.
    void installTranslators(const QStringList &arguments);
    // Parses the command line. False when the application should exit at
    // once with *exitCode (--help, --version, a bad option). Needs only a
    // QCoreApplication: --help and --version work without a display.
    bool parseArguments(const QStringList &arguments, int *exitCode);
    // After parseArguments(): the demo or the sign-in, then the main window.
    // False when the application should exit at once with *exitCode.
    bool start(int *exitCode);

    // The keychain service the sign-in uses ("prefeditor" by default). Call
    // before start(); tests use a service of their own.
    void setKeychainServiceName(const QString &name) { m_keychainService = name; }

    // What the application shows now; null when it shows none.
    MainWindow *mainWindow() const { return m_window.get(); }
    SignInDialog *signInDialog() const;

signals:
    // Nothing is left to show (the sign-in was cancelled without a window),
    // or the account could not be loaded: the application should end.
    void quitRequested(int exitCode);

private:
    void ensureSignIn();
    void startSignIn(const QUrl &server);
    void showSignInDialog(const Profile &profile, const QString &notice);
    void onSignedIn(const UserInfo &account);
    void onSignedOut();
    void switchCommunity();
    bool windowShowsSignIn() const;
    void fetchAccount();
    void showMainWindow(const UserInfo &account);
    static void discardWindow(std::unique_ptr<MainWindow> window);
    void fail(const QString &message);

    QNetworkAccessManager m_nam;
    ApiClient *m_client;
    DemoEnvironment *m_demo = nullptr;
    KeychainStore *m_keychain = nullptr;
    QString m_keychainService;
    std::unique_ptr<ProfileStore> m_profiles;
    SignInController *m_signIn = nullptr;
    QPointer<SignInDialog> m_signInDialog;
    std::unique_ptr<MainWindow> m_window;
    QUrl m_windowServer; // the community m_window shows
    QTranslator m_translator;
    QTranslator m_qtTranslator;
    QString m_initialUser;
    QUrl m_initialServer; // --server
    bool m_demoMode = false;
};
