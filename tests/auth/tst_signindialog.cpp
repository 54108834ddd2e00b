// SignInDialog as a real widget (offscreen) against an in-process prefserver.
#include "ApiClient.h"
#include "KeychainStore.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "ProfileStore.h"
#include "Session.h"
#include "SignInController.h"
#include "SignInDialog.h"

#include "AuthTestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlIsNamed();
    void passwordSignIn();
    void wrongPasswordShownInline();
    void httpUrlRefusedInline();
    void browserSignIn();
    void cancelWhileWaitingForBrowser();
    void profileFillsIn();
    void noKeychainOffersSessionOnly();
    void rememberedProfilesSwitchAndForget();

private:
    template<typename T> T *child(const char *name)
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    void typeUrl(const QString &url);
    bool signInAs(const QString &user);
    void reopenDialog();

    std::unique_ptr<PrefServer> m_server;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SignInController> m_controller;
    std::unique_ptr<SignInDialog> m_dialog;
};

void TestSignInDialog::initTestCase()
{
    m_server = AuthTest::startServer();
    QVERIFY(m_server);
    m_server->setAutoApproveUser(QStringLiteral("alice"));
}

void TestSignInDialog::init()
{
    static int counter = 0;
    m_api = std::make_unique<ApiClient>(&m_nam);
    m_keychain = std::make_unique<KeychainStore>();
    m_keychain->setServiceName(AuthTest::uniqueServiceName("dialog"));
    m_keychain->setDeadline(std::chrono::milliseconds(3000));
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("s%1.ini").arg(++counter)), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_controller =
        std::make_unique<SignInController>(m_api.get(), m_keychain.get(), m_profiles.get());
    m_dialog = std::make_unique<SignInDialog>(m_controller.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSignInDialog::cleanup()
{
    if (m_controller->session()->isSignedIn()) {
        QSignalSpy out(m_controller.get(), &SignInController::signedOut);
        m_controller->signOut();
        out.wait(10000);
    }
    m_dialog.reset();
    m_controller.reset();
    m_profiles.reset();
    m_settings.reset();
    m_keychain.reset();
    m_api.reset();
}

void TestSignInDialog::typeUrl(const QString &url)
{
    auto *edit = child<QLineEdit>("communityUrlEdit");
    edit->clear();
    QTest::keyClicks(edit, url);
}

void TestSignInDialog::everyControlIsNamed()
{
    child<QAbstractButton>("advancedButton")->click();
    const auto controls = m_dialog->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : controls) {
        if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QLineEdit *>(widget))
            continue;
        if (widget->parent() && widget->parent()->inherits("QLineEdit"))
            continue; // the line edit's own clear button
        if (widget->parent() && widget->parent()->inherits("MessageBar"))
            continue; // the shared MessageBar names its own (action named when shown)
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        ++checked;
    }
    QVERIFY(checked >= 10);
    QVERIFY(child<QRadioButton>("browserMethodRadio")->isChecked()); // the default
    QCOMPARE(child<QLineEdit>("clientIdEdit")->text(), QStringLiteral("prefeditor"));
    QCOMPARE(child<QLineEdit>("passwordEdit")->echoMode(), QLineEdit::Password);
}

void TestSignInDialog::passwordSignIn()
{
    typeUrl(m_server->baseUrl().toString());
    QTest::mouseClick(child<QRadioButton>("passwordMethodRadio"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("usernameEdit"), QStringLiteral("support"));
    QTest::keyClicks(child<QLineEdit>("passwordEdit"), QStringLiteral("support"));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    auto *signIn = child<QPushButton>("signInButton");
    QVERIFY(signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);
    auto *continueButton = child<QPushButton>("continueButton");
    QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty() || continueButton->isVisible(), 15000);
    if (continueButton->isVisible()) { // no keychain in this environment
        QVERIFY(m_controller->isSessionOnly());
        QTest::mouseClick(continueButton, Qt::LeftButton);
    }
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->user().username, QStringLiteral("support"));
    QVERIFY(child<QLineEdit>("passwordEdit")->text().isEmpty());
    QVERIFY(m_controller->isSignedIn());
}

void TestSignInDialog::wrongPasswordShownInline()
{
    typeUrl(m_server->baseUrl().toString());
    m_dialog->setMethod(SignInDialog::Method::Password);
    QTest::keyClicks(child<QLineEdit>("usernameEdit"), QStringLiteral("support"));
    QTest::keyClicks(child<QLineEdit>("passwordEdit"), QStringLiteral("nope"));
    QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
    auto *bar = child<MessageBar>("messageBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->type() == MessageBar::Type::Error, 15000);
    QVERIFY(bar->text().contains(QStringLiteral("not correct")));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(child<QPushButton>("signInButton")->isEnabled());
}

void TestSignInDialog::httpUrlRefusedInline()
{
    typeUrl(QStringLiteral("http://community.example.org"));
    m_dialog->setMethod(SignInDialog::Method::Password);
    QTest::keyClicks(child<QLineEdit>("usernameEdit"), QStringLiteral("support"));
    QTest::keyClicks(child<QLineEdit>("passwordEdit"), QStringLiteral("support"));
    m_server->clearRequestLog();
    QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
    auto *error = child<QLabel>("communityUrlError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("https://")), qPrintable(error->text()));
    QVERIFY(!m_controller->isBusy());
    QVERIFY(m_dialog->isVisible());
    QTest::qWait(100);
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestSignInDialog::browserSignIn()
{
    QUrl opened;
    m_dialog->setBrowserOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    typeUrl(m_server->baseUrl().toString());
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
    QTRY_VERIFY(opened.isValid());
    QVERIFY(child<QWidget>("signInProgress")->isVisible());
    QVERIFY(!child<QLabel>("signInProgressText")->text().isEmpty());
    QString page;
    QVERIFY(AuthTest::playBrowser(opened, &page));
    auto *continueButton = child<QPushButton>("continueButton");
    QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty() || continueButton->isVisible(), 15000);
    if (continueButton->isVisible())
        QTest::mouseClick(continueButton, Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(m_dialog->user().username, QStringLiteral("alice"));
}

void TestSignInDialog::cancelWhileWaitingForBrowser()
{
    QUrl opened;
    m_dialog->setBrowserOpener([&opened](const QUrl &url) {
        opened = url;
        return false; // no browser here: the address is shown instead
    });
    typeUrl(m_server->baseUrl().toString());
    QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
    QTRY_VERIFY(opened.isValid());
    QVERIFY(child<QLabel>("browserUrlLabel")->isVisible());
    QVERIFY(m_controller->isBusy());
    QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
    QVERIFY(!m_controller->isBusy());
    QVERIFY(m_dialog->isVisible()); // cancelling the work keeps the dialog
    QVERIFY(child<QPushButton>("signInButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

void TestSignInDialog::profileFillsIn()
{
    Profile profile;
    profile.communityUrl = m_server->baseUrl();
    profile.account = QStringLiteral("bob");
    profile.clientId = QStringLiteral("other-client");
    m_dialog->setProfile(profile);
    m_dialog->showNotice(QStringLiteral("Your sign-in has expired."));
    QCOMPARE(child<QLineEdit>("communityUrlEdit")->text(), m_server->baseUrl().toString());
    QCOMPARE(child<QLineEdit>("usernameEdit")->text(), QStringLiteral("bob"));
    QCOMPARE(child<QLineEdit>("clientIdEdit")->text(), QStringLiteral("other-client"));
    QVERIFY(child<QWidget>("advancedPane")->isVisible());
    QCOMPARE(child<MessageBar>("messageBar")->text(), QStringLiteral("Your sign-in has expired."));
}

void TestSignInDialog::noKeychainOffersSessionOnly()
{
    if (AuthTest::hasSessionBus())
        QSKIP("Needs a run without D-Bus (the tst_signindialog_nokeychain entry)");
    typeUrl(m_server->baseUrl().toString());
    m_dialog->setMethod(SignInDialog::Method::Password);
    QTest::keyClicks(child<QLineEdit>("usernameEdit"), QStringLiteral("support"));
    QTest::keyClicks(child<QLineEdit>("passwordEdit"), QStringLiteral("support"));
    QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
    auto *continueButton = child<QPushButton>("continueButton");
    QTRY_VERIFY_WITH_TIMEOUT(continueButton->isVisible(), 15000);
    auto *bar = child<MessageBar>("messageBar");
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("Your sign-in cannot be saved on this computer")),
        qPrintable(bar->text()));
    QVERIFY(!child<QPushButton>("signInButton")->isVisible());
    QVERIFY(m_controller->isSessionOnly());
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(continueButton, Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QVERIFY(m_controller->isSignedIn());
}

bool TestSignInDialog::signInAs(const QString &user)
{
    QSignalSpy signedIn(m_controller.get(), &SignInController::signedIn);
    m_controller->signInWithPassword(m_server->baseUrl(), QStringLiteral("prefeditor"), user, user);
    return signedIn.wait(15000) && !m_controller->isSessionOnly();
}

void TestSignInDialog::reopenDialog()
{
    m_dialog = std::make_unique<SignInDialog>(m_controller.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSignInDialog::rememberedProfilesSwitchAndForget()
{
    if (!AuthTest::hasSessionBus())
        PREF_SKIP_WITHOUT_KEYCHAIN("Needs the keychain (a D-Bus session with a Secret Service)");
    QVERIFY(!child<QWidget>("profilePicker")->isVisible()); // nothing remembered yet
    QVERIFY(signInAs(QStringLiteral("alice")));
    QVERIFY(signInAs(QStringLiteral("bob")));
    const auto bob = m_controller->currentProfile();
    QVERIFY(bob && bob->account == QStringLiteral("bob"));

    reopenDialog();
    QVERIFY(child<QWidget>("profilePicker")->isVisible());
    auto *combo = child<QComboBox>("rememberedProfilesCombo");
    QCOMPARE(combo->count(), 3); // alice, bob, "New sign-in…"
    const QString base = m_server->baseUrl().toString();
    QVERIFY2(
        combo->currentText().startsWith(QStringLiteral("bob")), qPrintable(combo->currentText()));
    QVERIFY(combo->currentText().contains(base));
    QCOMPARE(child<QLineEdit>("usernameEdit")->text(), QStringLiteral("bob"));
    QVERIFY(!child<QPushButton>("forgetProfileButton")->isEnabled()); // signed in with it
    for (QWidget *widget : {static_cast<QWidget *>(combo), child<QWidget>("continueProfileButton"),
             child<QWidget>("forgetProfileButton")})
        QVERIFY(!widget->accessibleName().isEmpty());

    // Pick alice: filled in; Continue signs in from the keychain, no password.
    const int aliceIndex = combo->findText(QStringLiteral("alice"), Qt::MatchStartsWith);
    QVERIFY(aliceIndex >= 0);
    combo->setCurrentIndex(aliceIndex);
    emit combo->activated(aliceIndex);
    QCOMPARE(child<QLineEdit>("usernameEdit")->text(), QStringLiteral("alice"));
    QCOMPARE(child<QLineEdit>("communityUrlEdit")->text(), base);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    m_server->clearRequestLog();
    QTest::mouseClick(child<QPushButton>("continueProfileButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 15000);
    QCOMPARE(m_dialog->user().username, QStringLiteral("alice"));
    QCOMPARE(m_controller->user().username, QStringLiteral("alice"));
    QVERIFY(child<QLineEdit>("passwordEdit")->text().isEmpty());
    QCOMPARE(m_profiles->currentProfile()->account, QStringLiteral("alice"));

    // Forget bob, after saying yes: profile and keychain entry gone.
    reopenDialog();
    combo = child<QComboBox>("rememberedProfilesCombo");
    const int bobIndex = combo->findText(QStringLiteral("bob"), Qt::MatchStartsWith);
    QVERIFY(bobIndex >= 0);
    combo->setCurrentIndex(bobIndex);
    emit combo->activated(bobIndex);
    auto *forget = child<QPushButton>("forgetProfileButton");
    QVERIFY(forget->isEnabled());
    QSignalSpy forgotten(m_controller.get(), &SignInController::profileForgotten);
    MessageBox::clearAskedQuestions();
    MessageBox::setNextAnswers({QMessageBox::Yes});
    QTest::mouseClick(forget, Qt::LeftButton);
    QCOMPARE(MessageBox::askedQuestions().size(), 1);
    QVERIFY(forgotten.wait(15000));
    QCOMPARE(forgotten.first().first().toString(), bob->id());
    QVERIFY(!m_profiles->profile(bob->id()));
    QCOMPARE(combo->count(), 2); // alice, "New sign-in…"
    QVERIFY(m_controller->isSignedIn()); // alice's session is untouched
    QCOMPARE(m_controller->user().username, QStringLiteral("alice"));
    KeychainRequest *request = m_keychain->read(bob->id());
    QSignalSpy readDone(request, &KeychainRequest::finished);
    request->start();
    QVERIFY(readDone.wait(10000));
    QCOMPARE(
        readDone.first().first().value<KeychainResult>().status, KeychainResult::Status::NotFound);
}

int main(int argc, char **argv)
{
    AuthTest::setUpTemporaryHome();
    QApplication app(argc, argv);
    TestSignInDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_signindialog.moc"
