// A keychain that answers late, as gnome-keyring does while it shows a
// prompt: the session bus is a GatedBus in front of the real one (the
// gnome-keyring of scripts/test), held while the "prompt" is open and
// released when the "user" answers it.
//
// Issue 9: a first write waiting on a prompt is not a failure; a sign-in is
// remembered only once its secret was written. Issue 12: one slow answer
// must not disable the keychain for the rest of the run.
#include "ApiClient.h"
#include "KeychainStore.h"
#include "ProfileStore.h"
#include "Session.h"
#include "SignInController.h"
#include "SignInDialog.h"

#include "AuthTestSupport.h"
#include "GatedBus.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {

// One app instance on the gated bus: a read deadline of 300 ms, the way a
// prompt outlasts the real 5 s.
struct App
{
    App(QNetworkAccessManager *nam, const QString &service, const QString &settingsFile)
        : api(nam)
        , settings(settingsFile, QSettings::IniFormat)
        , profiles(&settings)
        , controller(&api, &keychain, &profiles)
    {
        keychain.setServiceName(service);
        keychain.setDeadline(300ms);
    }
    ApiClient api;
    KeychainStore keychain;
    QSettings settings;
    ProfileStore profiles;
    SignInController controller;
};

} // namespace

class TestSlowKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstWriteWaitsForThePrompt();
    void hungFlagClearsWhenTheKeychainAnswers();
    void signOutWhileHungDeletesOnceTheKeychainAnswers();
    void signInWaitsForTheKeyringAndIsRememberedOnceSaved();
    void cancelWhileWaitingForTheKeyringGoesSessionOnly();
    void signInDialogWaitsForTheKeyringByKeys();

private:
    static KeychainResult run(KeychainRequest *request);
    bool settle(KeychainStore &store);

    QTemporaryDir m_dir;
    GatedBus m_bus;
    std::unique_ptr<PrefServer> m_server;
    QNetworkAccessManager m_nam;
    QString m_service;
    QString m_settingsFile;
    std::unique_ptr<App> m_app;
};

KeychainResult TestSlowKeychain::run(KeychainRequest *request)
{
    QSignalSpy spy(request, &KeychainRequest::finished);
    request->start();
    if (!spy.wait(15000))
        return {};
    return spy.at(0).at(0).value<KeychainResult>();
}

// Lets every queued job through and waits until the store trusts the
// keychain again.
bool TestSlowKeychain::settle(KeychainStore &store)
{
    m_bus.release();
    return QTest::qWaitFor([&store] { return !store.isKnownUnavailable(); }, 15000);
}

void TestSlowKeychain::initTestCase()
{
    if (!AuthTest::hasSessionBus())
        PREF_SKIP_WITHOUT_KEYCHAIN("DBUS_SESSION_BUS_ADDRESS is not set: run inside "
                                   "dbus-run-session with an unlocked gnome-keyring (scripts/test "
                                   "does)");
    QVERIFY(
        m_bus.listen(m_dir.filePath(QStringLiteral("bus")), qgetenv("DBUS_SESSION_BUS_ADDRESS")));
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address());
    m_service = AuthTest::uniqueServiceName("slow");

    // The bus works when open.
    m_bus.release();
    KeychainStore probe;
    probe.setServiceName(m_service);
    const KeychainResult result = run(probe.read(QStringLiteral("probe")));
    if (result.status == KeychainResult::Status::Unavailable)
        PREF_SKIP_WITHOUT_KEYCHAIN(
            qPrintable(QStringLiteral("No usable Secret Service: %1").arg(result.message)));
    QVERIFY(m_bus.connectionCount() > 0); // it really went through the gate

    m_server = AuthTest::startServer();
    QVERIFY(m_server);
}

void TestSlowKeychain::init()
{
    static int counter = 0;
    m_settingsFile = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++counter));
    m_bus.release();
    m_app = std::make_unique<App>(&m_nam, m_service, m_settingsFile);
}

void TestSlowKeychain::cleanup()
{
    m_bus.release();
    if (m_app && m_app->controller.session()->isSignedIn()) {
        QVERIFY(settle(m_app->keychain));
        QSignalSpy out(&m_app->controller, &SignInController::signedOut);
        m_app->controller.signOut();
        out.wait(10000);
    }
    if (m_app)
        settle(m_app->keychain);
    m_app.reset();
}

void TestSlowKeychain::firstWriteWaitsForThePrompt()
{
    KeychainStore &store = m_app->keychain;
    m_bus.hold(); // "Choose password for new keyring" is on screen
    KeychainRequest *write = store.write(QStringLiteral("first@https://c.example.org"), "s1");
    QSignalSpy waiting(write, &KeychainRequest::waitingForUser);
    QSignalSpy finished(write, &KeychainRequest::finished);
    write->start();

    // Far past the read deadline: still waiting, not failed.
    QVERIFY(waiting.wait(5000));
    QTest::qWait(1000);
    QCOMPARE(finished.size(), 0);
    QVERIFY(write->isWaitingForUser());
    QVERIFY(!store.isKnownUnavailable());

    m_bus.release(); // the user chose a password
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).value<KeychainResult>().status, KeychainResult::Status::Ok);
    const KeychainResult read = run(store.read(QStringLiteral("first@https://c.example.org")));
    QCOMPARE(read.status, KeychainResult::Status::Ok);
    QCOMPARE(read.secret, QByteArray("s1"));
    QCOMPARE(run(store.remove(QStringLiteral("first@https://c.example.org"))).status,
        KeychainResult::Status::Ok);
}

void TestSlowKeychain::hungFlagClearsWhenTheKeychainAnswers()
{
    KeychainStore &store = m_app->keychain;
    m_bus.hold(); // an unlock prompt, slower than the deadline
    QCOMPARE(run(store.read(QStringLiteral("k"))).status, KeychainResult::Status::Unavailable);
    QVERIFY(store.isKnownUnavailable());
    // While it is stuck, later requests fail at once.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(run(store.write(QStringLiteral("k"), "rotated-1")).status,
        KeychainResult::Status::Unavailable);
    QVERIFY(timer.elapsed() < 250);

    QSignalSpy again(&store, &KeychainStore::availableAgain);
    m_bus.release(); // the user unlocked: the stuck read answers late
    QVERIFY(again.wait(15000));
    QVERIFY(!store.isKnownUnavailable());

    // Later rotated tokens are stored again.
    QCOMPARE(run(store.write(QStringLiteral("k"), "rotated-2")).status, KeychainResult::Status::Ok);
    QCOMPARE(run(store.read(QStringLiteral("k"))).secret, QByteArray("rotated-2"));
    QCOMPARE(run(store.remove(QStringLiteral("k"))).status, KeychainResult::Status::Ok);
}

void TestSlowKeychain::signOutWhileHungDeletesOnceTheKeychainAnswers()
{
    KeychainStore &store = m_app->keychain;
    const QString key = QStringLiteral("leaving@https://c.example.org");
    QCOMPARE(run(store.write(key, "secret")).status, KeychainResult::Status::Ok);

    m_bus.hold();
    QCOMPARE(run(store.read(QStringLiteral("other"))).status, KeychainResult::Status::Unavailable);
    QVERIFY(store.isKnownUnavailable());
    // The sign-out's delete is told "unavailable" at once, but still queued.
    QCOMPARE(run(store.remove(key)).status, KeychainResult::Status::Unavailable);

    QVERIFY(settle(store));
    QTRY_COMPARE_WITH_TIMEOUT(run(store.read(key)).status, KeychainResult::Status::NotFound, 15000);
}

void TestSlowKeychain::signInWaitsForTheKeyringAndIsRememberedOnceSaved()
{
    SignInController &controller = m_app->controller;
    QSignalSpy progress(&controller, &SignInController::progress);
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    QSignalSpy unavailable(&controller, &SignInController::keychainUnavailable);

    m_bus.hold();
    controller.signInWithPassword(m_server->baseUrl(), QStringLiteral("prefeditor"),
        QStringLiteral("support"), QStringLiteral("support"));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() &&
            progress.last().at(0).toString().startsWith(QStringLiteral("Waiting for the keyring")),
        10000);
    QTest::qWait(500); // well past the store's deadline
    QVERIFY(controller.isBusy());
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(m_app->profiles.profiles().isEmpty()); // nothing saved yet: not remembered

    m_bus.release();
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(unavailable.size(), 0);
    QVERIFY(!controller.isSessionOnly());
    QCOMPARE(m_app->profiles.profiles().size(), 1);
    QCOMPARE(m_app->profiles.currentProfile()->account, QStringLiteral("support"));
    const KeychainResult stored = run(m_app->keychain.read(controller.session()->keychainKey()));
    QCOMPARE(stored.status, KeychainResult::Status::Ok);
    QCOMPARE(TokenSet::fromSecret(stored.secret)->accessToken, controller.session()->accessToken());
}

void TestSlowKeychain::cancelWhileWaitingForTheKeyringGoesSessionOnly()
{
    SignInController &controller = m_app->controller;
    QSignalSpy progress(&controller, &SignInController::progress);
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    QSignalSpy failed(&controller, &SignInController::signInFailed);
    QSignalSpy unavailable(&controller, &SignInController::keychainUnavailable);

    m_bus.hold();
    controller.signInWithPassword(m_server->baseUrl(), QStringLiteral("prefeditor"),
        QStringLiteral("support"), QStringLiteral("support"));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() &&
            progress.last().at(0).toString().startsWith(QStringLiteral("Waiting for the keyring")),
        10000);
    controller.cancel(); // the dialog's Cancel
    QVERIFY(signedIn.wait(5000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(controller.isSignedIn());
    QVERIFY(controller.isSessionOnly());
    QVERIFY(m_app->profiles.profiles().isEmpty()); // nothing saved: not remembered
    QVERIFY(m_app->keychain.isKnownUnavailable());

    // The user answers the prompt after all: the write goes through late,
    // and the delete queued behind it takes it away again.
    const QString key = controller.session()->keychainKey();
    QVERIFY(settle(m_app->keychain));
    QTRY_COMPARE_WITH_TIMEOUT(
        run(m_app->keychain.read(key)).status, KeychainResult::Status::NotFound, 15000);
}

// The dialog, by keys only: Alt+U, Enter, "Waiting for the keyring…" with
// Cancel; Escape stops waiting and offers Continue Without Saving.
void TestSlowKeychain::signInDialogWaitsForTheKeyringByKeys()
{
    SignInDialog dialog(&m_app->controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("communityUrlEdit"));
    QCOMPARE(QApplication::focusWidget(), url);
    QTest::keyClicks(url, m_server->baseUrl().toString());
    QTest::keyClick(url, Qt::Key_U, Qt::AltModifier); // "&Username and password"
    QTRY_VERIFY(
        dialog.findChild<QRadioButton *>(QStringLiteral("passwordMethodRadio"))->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier); // "User&name:"
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("support"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("support"));

    m_bus.hold(); // "Choose password for new keyring" opens
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("signInProgressText"));
    QTRY_VERIFY_WITH_TIMEOUT(
        status->isVisible() && status->text().startsWith(QStringLiteral("Waiting for the keyring")),
        10000);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"))->isVisible());
    QVERIFY(dialog.isVisible()); // no give-up: it keeps waiting
    QVERIFY(m_app->profiles.profiles().isEmpty());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // Cancel
    auto *continueButton = dialog.findChild<QPushButton *>(QStringLiteral("continueButton"));
    QTRY_VERIFY_WITH_TIMEOUT(continueButton->isVisible(), 5000);
    QVERIFY(dialog.isVisible());
    QVERIFY(m_app->controller.isSessionOnly());
    QVERIFY(m_app->profiles.profiles().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Continue Without Saving
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestSlowKeychain)
#include "tst_slowkeychain.moc"
