// A keyring that never answers: the session bus address points at a socket
// that accepts connections and says nothing. Every keychain request must end
// at its deadline with "unavailable", sign-in must go on session-only, and the
// late QtKeychain jobs must not crash anything (qtkeychain#261).
#include "ApiClient.h"
#include "KeychainStore.h"
#include "ProfileStore.h"
#include "Session.h"
#include "SignInController.h"

#include "AuthTestSupport.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TestHungKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requestHitsDeadline();
    void laterRequestsFailFast();
    void signInGoesOnSessionOnly();
    void lateJobsDoNotCrash();

private:
    QTemporaryDir m_dir;
    QLocalServer m_silentBus;
    QList<QLocalSocket *> m_clients;
    std::unique_ptr<PrefServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KeychainStore> m_store;
};

void TestHungKeychain::initTestCase()
{
    m_silentBus.setSocketOptions(QLocalServer::UserAccessOption);
    const QString path = m_dir.filePath(QStringLiteral("bus"));
    QVERIFY(m_silentBus.listen(path));
    connect(&m_silentBus, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_silentBus.nextPendingConnection())
            m_clients.append(socket); // read nothing, answer nothing
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(path));
    m_server = AuthTest::startServer();
    QVERIFY(m_server);
    m_store = std::make_unique<KeychainStore>();
    m_store->setServiceName(AuthTest::uniqueServiceName("hung"));
    m_store->setDeadline(400ms);
}

void TestHungKeychain::requestHitsDeadline()
{
    QElapsedTimer timer;
    timer.start();
    KeychainRequest *request = m_store->read(QStringLiteral("k"));
    QSignalSpy spy(request, &KeychainRequest::finished);
    request->start();
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.at(0).at(0).value<KeychainResult>().status, KeychainResult::Status::Unavailable);
    QVERIFY(timer.elapsed() >= 350);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(m_store->isKnownUnavailable());
    QTRY_VERIFY(!m_clients.isEmpty()); // it really tried our silent bus
}

void TestHungKeychain::laterRequestsFailFast()
{
    QElapsedTimer timer;
    timer.start();
    KeychainRequest *request = m_store->write(QStringLiteral("k"), "secret");
    QSignalSpy spy(request, &KeychainRequest::finished);
    request->start();
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.at(0).at(0).value<KeychainResult>().status, KeychainResult::Status::Unavailable);
    QVERIFY(timer.elapsed() < 350);
}

void TestHungKeychain::signInGoesOnSessionOnly()
{
    ApiClient api(&m_nam);
    KeychainStore keychain; // a fresh store: it has to find out by itself
    keychain.setServiceName(AuthTest::uniqueServiceName("hung"));
    keychain.setDeadline(400ms);
    // A first write waits for a prompt far longer than a read; still not for ever.
    keychain.setWriteDeadline(1500ms);
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    SignInController controller(&api, &keychain, &profiles);

    QSignalSpy unavailable(&controller, &SignInController::keychainUnavailable);
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    QSignalSpy progress(&controller, &SignInController::progress);
    QElapsedTimer timer;
    timer.start();
    controller.signInWithPassword(m_server->baseUrl(), QStringLiteral("prefeditor"),
        QStringLiteral("support"), QStringLiteral("support"));
    QVERIFY(signedIn.wait(10000));
    QVERIFY(timer.elapsed() >= 1400); // not given up at the read deadline
    QVERIFY(timer.elapsed() < 8000);
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(controller.isSessionOnly());
    QVERIFY(!controller.session()->accessToken().isEmpty());
    bool waitedForKeyring = false;
    for (const QList<QVariant> &args : std::as_const(progress))
        waitedForKeyring |=
            args.at(0).toString().startsWith(QStringLiteral("Waiting for the keyring"));
    QVERIFY(waitedForKeyring);
    // Nothing was saved: the next start must not list it as remembered.
    QVERIFY(profiles.profiles().isEmpty());
    QVERIFY(profiles.currentProfileId().isEmpty());

    QSignalSpy out(&controller, &SignInController::signedOut);
    controller.signOut();
    QVERIFY(out.wait(10000));
}

void TestHungKeychain::lateJobsDoNotCrash()
{
    // QtKeychain jobs really are stuck on our silent bus.
    QVERIFY(!m_clients.isEmpty());
    QVERIFY(m_store->isKnownUnavailable());
    // Drop the store (and with it our requests) while they are stuck, then
    // let the "bus" hang up so that they finish late, into nobody.
    m_store.reset();
    QTest::qWait(200);
    qDeleteAll(m_clients);
    m_clients.clear();
    m_silentBus.close();

    // The late jobs did finish: QtKeychain runs its jobs one after another,
    // so a new request gets its own answer (no bus now: an error at once)
    // instead of queueing behind them until its deadline.
    KeychainStore fresh;
    fresh.setServiceName(AuthTest::uniqueServiceName("hung"));
    fresh.setDeadline(4000ms);
    QElapsedTimer timer;
    timer.start();
    KeychainRequest *request = fresh.read(QStringLiteral("k"));
    QSignalSpy spy(request, &KeychainRequest::finished);
    request->start();
    QVERIFY(spy.wait(10000));
    const KeychainResult result = spy.at(0).at(0).value<KeychainResult>();
    QCOMPARE(result.status, KeychainResult::Status::Unavailable);
    QVERIFY2(result.message != KeychainStore::tr("The keychain did not answer in time."),
        qPrintable(result.message));
    QVERIFY(timer.elapsed() < 3500);
    QVERIFY(!fresh.isKnownUnavailable());
}

QTEST_GUILESS_MAIN(TestHungKeychain)
#include "tst_hungkeychain.moc"
