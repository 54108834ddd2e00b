// EditorApplication's flows as a user meets them: start-up with a stored
// sign-in (that works, or that the server refuses), File > Sign Out and then
// Cancel, and File > Switch Community (to a second community, and cancelled).
// Against in-process prefservers on loopback and the real Secret Service
// (scripts/test), driven by keys sent to where the focus really is.

#include "AuthTestSupport.h"
#include "EditorApplication.h"
#include "KeychainStore.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MessageBar.h"
#include "PreferenceModel.h"
#include "ProfileStore.h"
#include "SignInController.h"
#include "SignInDialog.h"
#include "TokenSet.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString TokenPath = u"/oauth/token/"_s;
const QString RevokePath = u"/oauth/revoke_token/"_s;
const QString MyPreferences = u"/api/v2/user/me/preference/"_s;

// The only account of the second community, and its only preference.
constexpr qint64 CarlaId = 7;
const QString SecondCommunityKey = u"second.community"_s;

// Where a key press really goes: an open popup first, else the focus.
QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget();
}

} // namespace

class TestEditorApplication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startupRestoresTheStoredSignIn();
    void startupWithARefusedTokenAsksToSignIn();
    void signOutThenCancelQuits();
    void switchCommunityShowsTheOtherCommunity();
    void cancelledSwitchKeepsTheCommunity();

private:
    // A previous run of the editor: a password sign-in that leaves the
    // profile in the settings and its tokens in the keychain.
    std::optional<Profile> rememberSignIn(PrefServer &server, const QString &username);
    KeychainResult run(KeychainRequest *request);
    // rememberSignIn(), then starts the application and waits until its main
    // window shows the account's preferences and has the focus.
    void startSignedIn(const QString &username);
    void startApplication();
    // Waits for the sign-in dialog and the focus in it; null on failure.
    SignInDialog *waitForSignInDialog();
    void waitForFocusIn(const QWidget *window);
    // Gives the window the activation a window manager would (offscreen has
    // none), then waits for the focus in it.
    void activate(QWidget *window);
    // Alt+F, then an item's mnemonic in the File menu.
    void chooseFromFileMenu(Qt::Key mnemonic);
    // Key presses to keyTarget(); fail the test when nothing has the focus.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString &text);
    void startSecondCommunity();

    QTemporaryDir m_dir;
    KeychainStore m_keychain; // the application's service, to look at its entries
    std::unique_ptr<PrefServer> m_server;
    std::unique_ptr<PrefServer> m_second;
    std::unique_ptr<EditorApplication> m_app;
    std::unique_ptr<QSignalSpy> m_quit;
};

void TestEditorApplication::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"PrefEditorTests"_s);
    QCoreApplication::setApplicationName(u"tst_editorapplication"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));

    if (!AuthTest::hasSessionBus())
        PREF_SKIP_WITHOUT_KEYCHAIN("DBUS_SESSION_BUS_ADDRESS is not set: run inside "
                                   "dbus-run-session with an unlocked gnome-keyring (scripts/test "
                                   "does)");
    m_keychain.setServiceName(AuthTest::uniqueServiceName("editorapplication"));
    if (run(m_keychain.read(u"probe"_s)).status == KeychainResult::Status::Unavailable)
        PREF_SKIP_WITHOUT_KEYCHAIN("No usable Secret Service");

    m_server = startDemoServer();
    QVERIFY(m_server);
}

void TestEditorApplication::init()
{
    MainWindowFixture::clearSharedState();
    m_server->clearRequestLog();
    m_app = std::make_unique<EditorApplication>();
    m_app->setKeychainServiceName(m_keychain.serviceName());
    m_quit = std::make_unique<QSignalSpy>(m_app.get(), &EditorApplication::quitRequested);
}

void TestEditorApplication::cleanup()
{
    m_quit.reset();
    m_app.reset(); // its windows and dialog with it
    m_second.reset();
    // Forget what the test signed in to: no entry is left in the keychain.
    const QList<Profile> profiles = ProfileStore().profiles();
    for (const Profile &profile : profiles)
        run(m_keychain.remove(profile.id()));
}

std::optional<Profile> TestEditorApplication::rememberSignIn(
    PrefServer &server, const QString &username)
{
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    ProfileStore profiles;
    SignInController controller(&api, &m_keychain, &profiles);
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    controller.signInWithPassword(server.baseUrl(), u"prefeditor"_s, username, username);
    if (!signedIn.wait(15000) || controller.isSessionOnly())
        return std::nullopt;
    return controller.currentProfile();
}

KeychainResult TestEditorApplication::run(KeychainRequest *request)
{
    QSignalSpy finished(request, &KeychainRequest::finished);
    request->start();
    if (!finished.wait(15000))
        return {};
    return finished.at(0).at(0).value<KeychainResult>();
}

void TestEditorApplication::startApplication()
{
    int exitCode = -1;
    QVERIFY(m_app->parseArguments({u"prefeditor"_s}, &exitCode));
    QVERIFY(m_app->start(&exitCode));
}

void TestEditorApplication::startSignedIn(const QString &username)
{
    const std::optional<Profile> profile = rememberSignIn(*m_server, username);
    QVERIFY(profile);
    QVERIFY(run(m_keychain.read(profile->id())).isOk());
    m_server->clearRequestLog();
    startApplication();
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow(), 15000);
    MainWindow *window = m_app->mainWindow();
    QVERIFY(window->isVisible());
    QCOMPARE(window->account().username, username);
    MainWindowFixture::waitForLoad(*window);
    if (QTest::currentTestFailed())
        return;
    activate(window);
}

SignInDialog *TestEditorApplication::waitForSignInDialog()
{
    const auto shown = [this] {
        return m_app->signInDialog() && m_app->signInDialog()->isVisible();
    };
    if (!QTest::qWaitFor(shown, 10000))
        return nullptr;
    waitForFocusIn(m_app->signInDialog());
    return QTest::currentTestFailed() ? nullptr : m_app->signInDialog();
}

void TestEditorApplication::waitForFocusIn(const QWidget *window)
{
    QTRY_VERIFY(QApplication::focusWidget() && window->isAncestorOf(QApplication::focusWidget()));
}

void TestEditorApplication::activate(QWidget *window)
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    waitForFocusIn(window);
}

void TestEditorApplication::chooseFromFileMenu(Qt::Key mnemonic)
{
    press(Qt::Key_F, Qt::AltModifier); // &File
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    QCOMPARE(QApplication::activePopupWidget()->objectName(), u"menuFile"_s);
    press(mnemonic);
    QVERIFY(!QApplication::activePopupWidget());
}

void TestEditorApplication::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = keyTarget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}

void TestEditorApplication::type(const QString &text)
{
    QWidget *target = keyTarget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClicks(target, text);
}

void TestEditorApplication::startSecondCommunity()
{
    const QString dataFile = m_dir.filePath(u"second-community.json"_s);
    QVERIFY(writeServerData(dataFile,
        Json::array({Json {{"id", CarlaId}, {"username", "carla"}, {"password", "carla"},
            {"real_name", "Carla Neri"}, {"role", nullptr}}}),
        Json::array({Json {{"id", 70}, {"user_id", CarlaId},
            {"key", SecondCommunityKey.toStdString()}, {"value", Json {{"here", true}}}}})));
    ServerOptions options;
    options.dataFile = dataFile;
    options.enableTestControl = true;
    m_second = startTestServer(options);
    QVERIFY(m_second);
}

// A profile whose tokens are in the keychain: start() signs in silently with
// them and shows that account's preferences, without the sign-in dialog.
void TestEditorApplication::startupRestoresTheStoredSignIn()
{
    startSignedIn(u"alice"_s);
    if (QTest::currentTestFailed())
        return;
    const MainWindow *window = m_app->mainWindow();
    QCOMPARE(window->currentUser().username, u"alice"_s); // her own preferences
    QVERIFY(window->preferenceModel()->rowCount() > 0);
    QVERIFY(countRequests(*m_server, "GET", MyPreferences) > 0);

    // Silently: the stored token did it, no dialog and no new token.
    QVERIFY(!m_app->signInDialog());
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (const QWidget *shown : windows)
        QVERIFY(!qobject_cast<const SignInDialog *>(shown) || !shown->isVisible());
    QCOMPARE(countRequests(*m_server, "POST", TokenPath), 0);
    QCOMPARE(m_quit->count(), 0);
}

// The stored pair was revoked meanwhile (signed out on another computer):
// the sign-in dialog comes up with the profile filled in, and no window.
void TestEditorApplication::startupWithARefusedTokenAsksToSignIn()
{
    const std::optional<Profile> profile = rememberSignIn(*m_server, u"alice"_s);
    QVERIFY(profile);
    const auto tokens = TokenSet::fromSecret(run(m_keychain.read(profile->id())).secret);
    QVERIFY(tokens);
    ServerTestClient http(m_server->baseUrl());
    const HttpResult revoked = http.postForm(RevokePath,
        encodedForm({{u"token"_s, tokens->refreshToken}, {u"client_id"_s, u"prefeditor"_s}}));
    QCOMPARE(revoked.status, 200);
    m_server->clearRequestLog();

    startApplication();
    if (QTest::currentTestFailed())
        return;
    SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    QVERIFY(!m_app->mainWindow());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"communityUrlEdit"_s)->text(),
        m_server->baseUrl().toString());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"usernameEdit"_s)->text(), u"alice"_s);
    auto *notice = dialog->findChild<MessageBar *>(u"messageBar"_s);
    QVERIFY(notice->isVisible());
    QVERIFY(!notice->text().isEmpty());
    // The server refused the stored token, and then its refresh token.
    QCOMPARE(countRequests(*m_server, "POST", TokenPath, "grant_type=refresh_token"), 1);

    // Cancel at start-up quits: there is nothing to show without a sign-in.
    QPointer<SignInDialog> closing = dialog;
    press(Qt::Key_Escape);
    QCOMPARE(m_quit->count(), 1);
    QCOMPARE(m_quit->at(0).at(0).toInt(), 0);
    QTRY_VERIFY(closing.isNull());
}

// File > Sign Out by keys: the window goes, the sign-in dialog takes its
// place, and Cancel there quits. The tokens are revoked and the keychain
// entry is gone.
void TestEditorApplication::signOutThenCancelQuits()
{
    startSignedIn(u"alice"_s);
    if (QTest::currentTestFailed())
        return;
    const QString entry = ProfileStore().currentProfileId();
    QVERIFY(!entry.isEmpty());
    QPointer<MainWindow> window = m_app->mainWindow();
    m_server->clearRequestLog();

    chooseFromFileMenu(Qt::Key_O); // File > Sign &Out
    SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    QVERIFY(!m_app->mainWindow());
    QTRY_VERIFY(window.isNull()); // the signed-out account's data is gone
    QCOMPARE(dialog->findChild<MessageBar *>(u"messageBar"_s)->text(),
        EditorApplication::tr("You are signed out. Sign in again, or to another community."));
    QCOMPARE(m_quit->count(), 0);

    QPointer<SignInDialog> closing = dialog;
    press(Qt::Key_Escape); // Cancel
    QCOMPARE(m_quit->count(), 1);
    QCOMPARE(m_quit->at(0).at(0).toInt(), 0);
    QTRY_VERIFY(closing.isNull());
    QVERIFY(!m_app->signInDialog());

    QTRY_COMPARE_WITH_TIMEOUT(countRequests(*m_server, "POST", RevokePath), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        run(m_keychain.read(entry)).status, KeychainResult::Status::NotFound, 15000);
}

// File > Switch Community by keys, then a password sign-in to a second
// community: its account and preferences replace the first window.
void TestEditorApplication::switchCommunityShowsTheOtherCommunity()
{
    startSecondCommunity();
    if (QTest::currentTestFailed())
        return;
    startSignedIn(u"alice"_s);
    if (QTest::currentTestFailed())
        return;
    QPointer<MainWindow> first = m_app->mainWindow();

    chooseFromFileMenu(Qt::Key_C); // File > Switch &Community…
    SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    auto *url = dialog->findChild<QLineEdit *>(u"communityUrlEdit"_s);
    QCOMPARE(QApplication::focusWidget(), url);
    QCOMPARE(url->text(), m_server->baseUrl().toString()); // the current one, to replace
    press(Qt::Key_A, Qt::ControlModifier);
    type(m_second->baseUrl().toString());
    press(Qt::Key_U, Qt::AltModifier); // &Username and password
    QTRY_VERIFY(dialog->findChild<QRadioButton *>(u"passwordMethodRadio"_s)->isChecked());
    press(Qt::Key_N, Qt::AltModifier); // User&name:
    QCOMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(u"usernameEdit"_s));
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"carla"_s);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(u"passwordEdit"_s));
    type(u"carla"_s);
    press(Qt::Key_Return); // Sign In

    QTRY_VERIFY_WITH_TIMEOUT(
        m_app->mainWindow() && m_app->mainWindow()->account().username == u"carla"_s, 15000);
    MainWindow *second = m_app->mainWindow();
    QVERIFY(second->isVisible());
    MainWindowFixture::waitForLoad(*second);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(second->currentUser().id, CarlaId);
    const PreferenceModel *model = second->preferenceModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->preferenceAt(0).key, SecondCommunityKey);
    QVERIFY(countRequests(*m_second, "GET", MyPreferences) > 0);

    QTRY_VERIFY(first.isNull()); // the first community's window is gone, its dialog with it
    QVERIFY(!m_app->signInDialog());
    QCOMPARE(m_quit->count(), 0);
    // Remembered: the next start opens the second community.
    const std::optional<Profile> current = ProfileStore().currentProfile();
    QVERIFY(current);
    QCOMPARE(current->communityUrl, m_second->baseUrl());
    QCOMPARE(current->account, u"carla"_s);
}

// Cancel in Switch Community: the first community's window stays, signed in
// there (F5 loads its preferences from the first server again).
void TestEditorApplication::cancelledSwitchKeepsTheCommunity()
{
    startSignedIn(u"alice"_s);
    if (QTest::currentTestFailed())
        return;
    QPointer<MainWindow> window = m_app->mainWindow();

    chooseFromFileMenu(Qt::Key_C); // File > Switch &Community…
    QPointer<SignInDialog> dialog = waitForSignInDialog();
    QVERIFY(dialog);
    press(Qt::Key_Escape); // Cancel
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!m_app->signInDialog());
    QCOMPARE(m_quit->count(), 0);
    QVERIFY(window);
    QCOMPARE(m_app->mainWindow(), window.data());
    QVERIFY(window->isVisible());
    QCOMPARE(window->account().username, u"alice"_s);

    activate(window);
    if (QTest::currentTestFailed())
        return;
    m_server->clearRequestLog();
    QSignalSpy loaded(window->preferenceModel(), &PreferenceModel::loadFinished);
    QSignalSpy failed(window->preferenceModel(), &PreferenceModel::loadFailed);
    press(Qt::Key_F5); // Refresh
    QVERIFY(loaded.wait(10000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(window->preferenceModel()->rowCount() > 0);
    QVERIFY(countRequests(*m_server, "GET", MyPreferences) > 0);
    QCOMPARE(countRequests(*m_server, "POST", TokenPath), 0); // no new sign-in either
}

QTEST_MAIN(TestEditorApplication)
#include "tst_editorapplication.moc"
