#include "SignInDialog.h"

#include "CommunityUrl.h"
#include "KeychainStore.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "ProfilePicker.h"
#include "SignInController.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(SignInController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_openBrowser([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In"));
    buildUi();
    connect(controller, &SignInController::busyChanged, this, &SignInDialog::onBusyChanged);
    connect(controller, &SignInController::progress, this, &SignInDialog::onProgress);
    connect(controller, &SignInController::openBrowser, this, &SignInDialog::onOpenBrowser);
    connect(controller, &SignInController::signedIn, this, &SignInDialog::onSignedIn);
    connect(controller, &SignInController::signInFailed, this, &SignInDialog::onSignInFailed);
    connect(controller, &SignInController::keychainUnavailable, this,
        &SignInDialog::onKeychainUnavailable);
    connect(controller, &SignInController::signInRequired, this, &SignInDialog::onSignInRequired);
    refreshProfiles(controller->profiles()->currentProfileId());
    if (const auto profile = controller->profiles()->currentProfile())
        setProfile(*profile);
    updateState();
}

SignInDialog::~SignInDialog()
{
    // Children die after this body: a line edit losing focus then must not
    // call back into the half-destroyed dialog.
    for (QObject *child : {static_cast<QObject *>(m_urlEdit),
             static_cast<QObject *>(m_usernameEdit), static_cast<QObject *>(m_passwordEdit),
             static_cast<QObject *>(m_tokenEdit), static_cast<QObject *>(m_methodGroup),
             static_cast<QObject *>(m_advancedButton), static_cast<QObject *>(m_picker)})
        disconnect(child, nullptr, this, nullptr);
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
        if (m_controller->isBusy())
            m_controller->cancel();
    }
}

void SignInDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    m_messageBar = new MessageBar(this);
    m_messageBar->hide();
    layout->addWidget(m_messageBar);

    m_picker = new ProfilePicker(this);
    layout->addWidget(m_picker);
    connect(m_picker, &ProfilePicker::chosen, this, &SignInDialog::onProfileChosen);
    connect(m_picker, &ProfilePicker::continueRequested, this, &SignInDialog::continueWithProfile);
    connect(m_picker, &ProfilePicker::forgetRequested, this, &SignInDialog::forgetProfile);

    auto *form = new QFormLayout;
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("communityUrlEdit"));
    m_urlEdit->setPlaceholderText(tr("https://community.example.org"));
    m_urlEdit->setAccessibleName(tr("Community address"));
    m_urlEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    auto *urlLabel = new QLabel(tr("&Community:"), this);
    urlLabel->setBuddy(m_urlEdit);
    form->addRow(urlLabel, m_urlEdit);
    m_urlError = new QLabel(this);
    m_urlError->setObjectName(QStringLiteral("communityUrlError"));
    m_urlError->setAccessibleName(tr("Community address problem"));
    m_urlError->setWordWrap(true);
    QPalette errorPalette = m_urlError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_urlError->setPalette(errorPalette);
    m_urlError->hide();
    form->addRow(QString(), m_urlError);
    layout->addLayout(form);
    connect(m_urlEdit, &QLineEdit::textEdited, this, [this] { m_urlError->hide(); });
    connect(m_urlEdit, &QLineEdit::editingFinished, this, [this] {
        QUrl url;
        if (!m_urlEdit->text().trimmed().isEmpty())
            validateUrl(&url);
    });

    // The three ways in.
    auto *methods = new QHBoxLayout;
    m_methodGroup = new QButtonGroup(this);
    m_browserRadio = new QRadioButton(tr("Sign in with &browser"), this);
    m_browserRadio->setObjectName(QStringLiteral("browserMethodRadio"));
    m_browserRadio->setAccessibleName(tr("Sign in with browser"));
    m_passwordRadio = new QRadioButton(tr("&Username and password"), this);
    m_passwordRadio->setObjectName(QStringLiteral("passwordMethodRadio"));
    m_passwordRadio->setAccessibleName(tr("Username and password"));
    m_tokenRadio = new QRadioButton(tr("Paste an access &token"), this);
    m_tokenRadio->setObjectName(QStringLiteral("tokenMethodRadio"));
    m_tokenRadio->setAccessibleName(tr("Paste an access token"));
    m_methodGroup->addButton(m_browserRadio, int(Method::Browser));
    m_methodGroup->addButton(m_passwordRadio, int(Method::Password));
    m_methodGroup->addButton(m_tokenRadio, int(Method::Token));
    methods->addWidget(m_browserRadio);
    methods->addWidget(m_passwordRadio);
    methods->addWidget(m_tokenRadio);
    methods->addStretch();
    layout->addLayout(methods);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("methodPages"));
    m_pages->addWidget(buildBrowserPage());
    m_pages->addWidget(buildPasswordPage());
    m_pages->addWidget(buildTokenPage());
    layout->addWidget(m_pages);
    connect(m_methodGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) {
            m_pages->setCurrentIndex(id);
            updateState();
        }
    });

    // Advanced: the OAuth client id.
    m_advancedButton = new QToolButton(this);
    m_advancedButton->setObjectName(QStringLiteral("advancedButton"));
    m_advancedButton->setText(tr("Advanced"));
    m_advancedButton->setAccessibleName(tr("Advanced settings"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setArrowType(Qt::RightArrow);
    m_advancedButton->setAutoRaise(true);
    layout->addWidget(m_advancedButton);
    m_advancedPane = new QWidget(this);
    m_advancedPane->setObjectName(QStringLiteral("advancedPane"));
    auto *advancedForm = new QFormLayout(m_advancedPane);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    m_clientIdEdit = new QLineEdit(QStringLiteral("prefeditor"), m_advancedPane);
    m_clientIdEdit->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientIdEdit->setAccessibleName(tr("OAuth client ID"));
    auto *clientLabel = new QLabel(tr("OAuth c&lient ID:"), m_advancedPane);
    clientLabel->setBuddy(m_clientIdEdit);
    advancedForm->addRow(clientLabel, m_clientIdEdit);
    m_advancedPane->hide();
    layout->addWidget(m_advancedPane);
    connect(m_advancedButton, &QToolButton::toggled, this, [this](bool open) {
        m_advancedPane->setVisible(open);
        m_advancedButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    // Progress.
    auto *progress = new QHBoxLayout;
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("signInProgress"));
    m_progressBar->setAccessibleName(tr("Sign-in progress"));
    m_progressBar->setRange(0, 0);
    m_progressBar->setMaximumWidth(120);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("signInProgressText"));
    m_progressLabel->setAccessibleName(tr("Sign-in status"));
    m_progressLabel->setWordWrap(true);
    progress->addWidget(m_progressBar);
    progress->addWidget(m_progressLabel, 1);
    layout->addLayout(progress);
    m_progressBar->hide();
    m_progressLabel->hide();

    layout->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    m_signInButton = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    m_continueButton =
        buttons->addButton(tr("C&ontinue Without Saving"), QDialogButtonBox::AcceptRole);
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setAccessibleName(tr("Continue without saving the sign-in"));
    m_continueButton->hide();
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_continueButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInDialog::reject);

    m_browserRadio->setChecked(true);
    m_urlEdit->setFocus();
    resize(560, sizeHint().height());
}

QWidget *SignInDialog::buildBrowserPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("browserPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *text =
        new QLabel(tr("Your web browser opens the community's sign-in page. Sign in there, "
                      "then come back here."),
            page);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_browserUrlLabel = new QLabel(page);
    m_browserUrlLabel->setObjectName(QStringLiteral("browserUrlLabel"));
    m_browserUrlLabel->setAccessibleName(tr("Sign-in page address"));
    m_browserUrlLabel->setWordWrap(true);
    m_browserUrlLabel->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_browserUrlLabel->hide();
    layout->addWidget(m_browserUrlLabel);
    return page;
}

QWidget *SignInDialog::buildPasswordPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("passwordPage"));
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_usernameEdit = new QLineEdit(page);
    m_usernameEdit->setObjectName(QStringLiteral("usernameEdit"));
    m_usernameEdit->setAccessibleName(tr("Username"));
    auto *userLabel = new QLabel(tr("User&name:"), page);
    userLabel->setBuddy(m_usernameEdit);
    form->addRow(userLabel, m_usernameEdit);
    m_passwordEdit = new QLineEdit(page);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    auto *passwordLabel = new QLabel(tr("&Password:"), page);
    passwordLabel->setBuddy(m_passwordEdit);
    form->addRow(passwordLabel, m_passwordEdit);
    connect(m_usernameEdit, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    return page;
}

QWidget *SignInDialog::buildTokenPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("tokenPage"));
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_tokenEdit = new QLineEdit(page);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setAccessibleName(tr("Access token"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("An access token or JWT from your community"));
    auto *tokenLabel = new QLabel(tr("Access to&ken:"), page);
    tokenLabel->setBuddy(m_tokenEdit);
    form->addRow(tokenLabel, m_tokenEdit);
    connect(m_tokenEdit, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    return page;
}

void SignInDialog::setProfile(const Profile &profile)
{
    if (profile.communityUrl.isValid())
        m_urlEdit->setText(profile.communityUrl.toString());
    if (!profile.clientId.isEmpty())
        m_clientIdEdit->setText(profile.clientId);
    if (!profile.account.isEmpty())
        m_usernameEdit->setText(profile.account);
    if (profile.clientId != QLatin1String("prefeditor") && !profile.clientId.isEmpty())
        m_advancedButton->setChecked(true);
    if (profile.isValid())
        m_picker->select(profile.id());
}

void SignInDialog::refreshProfiles(const QString &selectedId)
{
    m_picker->setProfiles(m_controller->profiles()->profiles(), selectedId);
    const auto signedIn =
        m_controller->isSignedIn() ? m_controller->currentProfile() : std::nullopt;
    m_picker->setActiveProfileId(signedIn ? signedIn->id() : QString());
}

void SignInDialog::onProfileChosen(const Profile &profile)
{
    m_urlError->hide();
    m_passwordEdit->clear();
    m_tokenEdit->clear();
    m_advancedButton->setChecked(false);
    if (profile.isValid()) {
        setProfile(profile);
        return;
    }
    // New sign-in: another community or account.
    m_urlEdit->clear();
    m_usernameEdit->clear();
    m_clientIdEdit->setText(QStringLiteral("prefeditor"));
    m_urlEdit->setFocus();
}

void SignInDialog::continueWithProfile(const Profile &profile)
{
    if (!m_controller || m_controller->isBusy())
        return;
    setProfile(profile);
    m_messageBar->clear();
    m_messageBar->hide();
    m_keychainProblem = false;
    m_restoring = true;
    m_controller->restoreProfile(profile); // signedIn() or signInRequired()
}

void SignInDialog::onSignInRequired(const Profile &profile, const QString &message)
{
    if (!m_restoring)
        return;
    m_restoring = false;
    setProfile(profile);
    updateState();
    m_messageBar->showMessage(MessageBar::Type::Information,
        message.isEmpty() ? tr("Sign in again as %1 to continue.").arg(profile.account) : message);
    m_messageBar->show();
}

void SignInDialog::forgetProfile(const Profile &profile)
{
    if (!m_controller ||
        MessageBox::question(this, tr("Forget Sign-In"),
            tr("Forget the sign-in of %1 at %2? You will be signed out there and have to sign in "
               "again next time.")
                .arg(profile.account, profile.communityUrl.toString()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_controller->forgetProfile(profile);
    refreshProfiles(m_controller->profiles()->currentProfileId());
    onProfileChosen(m_picker->chosenProfile().value_or(Profile()));
}

void SignInDialog::showNotice(const QString &text)
{
    if (text.isEmpty())
        return;
    m_messageBar->showMessage(MessageBar::Type::Information, text);
    m_messageBar->show();
}

void SignInDialog::setMethod(Method method)
{
    m_methodGroup->button(int(method))->setChecked(true);
}

SignInDialog::Method SignInDialog::method() const
{
    return Method(m_methodGroup->checkedId());
}

bool SignInDialog::validateUrl(QUrl *url)
{
    QString error;
    *url = CommunityUrl::validate(m_urlEdit->text(), &error);
    if (url->isValid()) {
        m_urlError->hide();
        return true;
    }
    m_urlError->setText(error);
    m_urlError->show();
    return false;
}

void SignInDialog::signIn()
{
    if (!m_controller || m_controller->isBusy())
        return;
    QUrl url;
    if (!validateUrl(&url)) {
        m_messageBar->showMessage(MessageBar::Type::Error, m_urlError->text());
        m_messageBar->show();
        m_urlEdit->setFocus();
        return;
    }
    m_urlEdit->setText(url.toString());
    m_messageBar->clear();
    m_messageBar->hide();
    m_browserUrlLabel->hide();
    m_keychainProblem = false;
    const QString clientId = m_clientIdEdit->text().trimmed();
    switch (method()) {
    case Method::Browser:
        m_controller->signInWithBrowser(url, clientId);
        break;
    case Method::Password:
        m_controller->signInWithPassword(
            url, clientId, m_usernameEdit->text().trimmed(), m_passwordEdit->text());
        break;
    case Method::Token:
        m_controller->signInWithToken(url, clientId, m_tokenEdit->text());
        break;
    }
}

void SignInDialog::reject()
{
    if (m_controller && m_controller->isBusy()) {
        m_controller->cancel(); // stays open; the user may try again
        return;
    }
    if (m_waitingForContinue && m_controller) {
        // Declined a session-only sign-in: end it.
        m_waitingForContinue = false;
        m_controller->signOut();
    }
    QDialog::reject();
}

void SignInDialog::updateState()
{
    const bool busy = m_controller && m_controller->isBusy();
    const bool inputEnabled = !busy && !m_waitingForContinue;
    for (QWidget *widget :
        {static_cast<QWidget *>(m_urlEdit), static_cast<QWidget *>(m_clientIdEdit),
            static_cast<QWidget *>(m_browserRadio), static_cast<QWidget *>(m_passwordRadio),
            static_cast<QWidget *>(m_tokenRadio), static_cast<QWidget *>(m_pages)})
        widget->setEnabled(inputEnabled);
    bool ready = true;
    if (method() == Method::Password)
        ready = !m_usernameEdit->text().trimmed().isEmpty() && !m_passwordEdit->text().isEmpty();
    else if (method() == Method::Token)
        ready = !m_tokenEdit->text().trimmed().isEmpty();
    m_signInButton->setEnabled(inputEnabled && ready);
    m_signInButton->setVisible(!m_waitingForContinue);
    m_continueButton->setVisible(m_waitingForContinue);
    m_progressBar->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_picker->setBusy(!inputEnabled);
}

void SignInDialog::onBusyChanged(bool)
{
    updateState();
}

void SignInDialog::onProgress(const QString &text)
{
    m_progressLabel->setText(text);
}

void SignInDialog::onOpenBrowser(const QUrl &url)
{
    if (!m_openBrowser || !m_openBrowser(url)) {
        m_browserUrlLabel->setText(
            tr("Your browser could not be opened. Open this address in it:\n%1")
                .arg(url.toString()));
        m_browserUrlLabel->show();
    }
}

void SignInDialog::onKeychainUnavailable(const QString &)
{
    m_keychainProblem = true;
}

void SignInDialog::onSignedIn(const UserInfo &user)
{
    m_user = user;
    m_restoring = false;
    m_passwordEdit->clear();
    m_tokenEdit->clear();
    if (m_keychainProblem && m_controller && m_controller->isSessionOnly()) {
        m_waitingForContinue = true;
        m_messageBar->showMessage(MessageBar::Type::Warning,
            tr("%1 You are signed in as %2 for this session only; next time you will have to sign "
               "in again.")
                .arg(KeychainStore::unavailableMessage(), user.displayName()));
        m_messageBar->show();
        updateState();
        m_continueButton->setFocus();
        return;
    }
    updateState();
    accept();
}

void SignInDialog::onSignInFailed(const QString &message, bool cancelled)
{
    m_restoring = false;
    updateState();
    if (cancelled) {
        m_messageBar->showMessage(MessageBar::Type::Information, tr("The sign-in was cancelled."));
    } else {
        m_messageBar->showMessage(MessageBar::Type::Error, message);
    }
    m_messageBar->show();
}
