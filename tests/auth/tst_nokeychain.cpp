// No usable keychain: no D-Bus session bus at all (DBUS_SESSION_BUS_ADDRESS
// and DISPLAY unset; the ctest entry unsets them too). The user hears it
// plainly, signs in session-only, and nothing secret reaches the disk.
#include "ApiClient.h"
#include "ApiJob.h"
#include "KeychainStore.h"
#include "ProfileStore.h"
#include "Session.h"
#include "SignInController.h"

#include "AuthTestSupport.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TestNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keychainReportsUnavailable();
    void signInIsSessionOnly();
    void startupAsksForSignIn();

private:
    std::unique_ptr<PrefServer> m_server;
    QNetworkAccessManager m_nam;
    QStringList m_secrets;
};

void TestNoKeychain::initTestCase()
{
    QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
    m_server = AuthTest::startServer();
    QVERIFY(m_server);
}

void TestNoKeychain::keychainReportsUnavailable()
{
    KeychainStore store;
    store.setServiceName(AuthTest::uniqueServiceName("nokeychain"));
    QElapsedTimer timer;
    timer.start();
    for (KeychainRequest *request : {store.read(QStringLiteral("k")),
             store.write(QStringLiteral("k"), "secret-value"), store.remove(QStringLiteral("k"))}) {
        QSignalSpy spy(request, &KeychainRequest::finished);
        request->start();
        QVERIFY(spy.wait(10000));
        const auto result = spy.at(0).at(0).value<KeychainResult>();
        QCOMPARE(result.status, KeychainResult::Status::Unavailable);
        qInfo() << "keychain says:" << result.message;
    }
    QVERIFY2(timer.elapsed() < 8000, "the keychain must fail fast, not hang");
}

void TestNoKeychain::signInIsSessionOnly()
{
    ApiClient api(&m_nam);
    KeychainStore keychain;
    keychain.setServiceName(AuthTest::uniqueServiceName("nokeychain"));
    ProfileStore profiles; // the default QSettings, under the test's HOME
    SignInController controller(&api, &keychain, &profiles);

    QSignalSpy unavailable(&controller, &SignInController::keychainUnavailable);
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    controller.signInWithPassword(m_server->baseUrl(), QStringLiteral("prefeditor"),
        QStringLiteral("support"), QStringLiteral("support"));
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(unavailable.at(0).at(0).toString(),
        QStringLiteral("Your sign-in cannot be saved on this computer."));
    QVERIFY(controller.isSessionOnly());
    QCOMPARE(controller.user().username, QStringLiteral("support"));
    m_secrets << controller.session()->accessToken();

    // Work goes on: a refresh in session-only mode stays in memory.
    m_server->expireAllAccessTokens();
    ApiJob *job = api.get(api.url(QStringLiteral("/api/v2/user/me/")));
    QSignalSpy ok(job, &ApiJob::succeeded);
    job->start();
    QVERIFY(ok.wait(15000));
    QCOMPARE(countRequests(
                 *m_server, "POST", QStringLiteral("/oauth/token/"), "grant_type=refresh_token"),
        1);
    m_secrets << controller.session()->accessToken();
    QVERIFY(m_secrets.at(0) != m_secrets.at(1));

    // Nothing was saved, so nothing is listed as remembered (issue 9: the
    // next start must not offer a sign-in that has no secret); the tokens
    // are nowhere on disk.
    QVERIFY(profiles.profiles().isEmpty());
    QVERIFY(!profiles.currentProfile());
    const QString home = QDir::homePath();
    QVERIFY(home.contains(QStringLiteral("prefauth-home")));
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(
            AuthTest::filesContaining(home, secret.toUtf8()).isEmpty(), "a token reached the disk");

    QSignalSpy out(&controller, &SignInController::signedOut);
    controller.signOut();
    QVERIFY(out.wait(10000));
    QVERIFY(controller.session()->accessToken().isEmpty());
}

void TestNoKeychain::startupAsksForSignIn()
{
    ApiClient api(&m_nam);
    KeychainStore keychain;
    ProfileStore profiles;
    // Remembered while the keychain still worked.
    Profile saved;
    saved.communityUrl = m_server->baseUrl();
    saved.account = QStringLiteral("support");
    profiles.saveProfile(saved);
    profiles.setCurrentProfile(saved.id());
    SignInController controller(&api, &keychain, &profiles);
    QSignalSpy required(&controller, &SignInController::signInRequired);
    QSignalSpy unavailable(&controller, &SignInController::keychainUnavailable);
    controller.restore();
    QVERIFY(required.wait(10000));
    QCOMPARE(unavailable.size(), 1);
    const auto profile = required.at(0).at(0).value<Profile>();
    QCOMPARE(profile.account, QStringLiteral("support")); // filled in for the dialog
    QCOMPARE(required.at(0).at(1).toString(), KeychainStore::unavailableMessage());
}

int main(int argc, char **argv)
{
    AuthTest::setUpTemporaryHome();
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("XDG_RUNTIME_DIR", QDir::homePath().toLocal8Bit()); // no $XDG_RUNTIME_DIR/bus
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("prefeditor-tests"));
    app.setApplicationName(QStringLiteral("tst_nokeychain"));
    TestNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeychain.moc"
