#pragma once

#include "Preference.h"
#include "ProfileStore.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <functional>

class MessageBar;
class ProfilePicker;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QToolButton;
class SignInController;

// Signs in to a community: its address, then one of three ways in (browser,
// username and password, a pasted access token). The work is done by
// SignInController; this dialog collects the input, shows progress and
// errors in place, and opens the system browser when asked to.
//
// Accepted once signed in. When the keychain cannot keep the sign-in, the
// dialog says so and stays open until the user chooses "Continue" (a
// session-only sign-in) or signs out with Cancel.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Method { Browser, Password, Token };
    Q_ENUM(Method)

    // controller is not owned.
    explicit SignInDialog(SignInController *controller, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Fills in a remembered profile (e.g. after signInRequired()) and selects
    // it under "Remembered sign-ins" when it is one of them.
    void setProfile(const Profile &profile);
    // An explanation shown above the form (e.g. why sign-in is needed).
    void showNotice(const QString &text);

    void setMethod(Method method);
    Method method() const;
    UserInfo user() const { return m_user; }

    // How the browser is opened; QDesktopServices::openUrl by default. Tests
    // replace it to play the browser themselves.
    void setBrowserOpener(std::function<bool(const QUrl &)> opener)
    {
        m_openBrowser = std::move(opener);
    }

public slots:
    void signIn();
    void reject() override;

private:
    void buildUi();
    QWidget *buildBrowserPage();
    QWidget *buildPasswordPage();
    QWidget *buildTokenPage();
    void updateState();
    bool validateUrl(QUrl *url);
    void onBusyChanged(bool busy);
    void onProgress(const QString &text);
    void onOpenBrowser(const QUrl &url);
    void onSignedIn(const UserInfo &user);
    void onSignInFailed(const QString &message, bool cancelled);
    void onKeychainUnavailable(const QString &message);
    void refreshProfiles(const QString &selectedId);
    void onProfileChosen(const Profile &profile);
    void continueWithProfile(const Profile &profile);
    void forgetProfile(const Profile &profile);
    void onSignInRequired(const Profile &profile, const QString &message);

    QPointer<SignInController> m_controller;
    std::function<bool(const QUrl &)> m_openBrowser;
    UserInfo m_user;
    bool m_keychainProblem = false;
    bool m_waitingForContinue = false;
    bool m_restoring = false; // Continue with a remembered profile in progress

    MessageBar *m_messageBar = nullptr;
    ProfilePicker *m_picker = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_urlError = nullptr;
    QToolButton *m_advancedButton = nullptr;
    QWidget *m_advancedPane = nullptr;
    QLineEdit *m_clientIdEdit = nullptr;
    QButtonGroup *m_methodGroup = nullptr;
    QRadioButton *m_browserRadio = nullptr;
    QRadioButton *m_passwordRadio = nullptr;
    QRadioButton *m_tokenRadio = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_usernameEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLabel *m_browserUrlLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_continueButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
