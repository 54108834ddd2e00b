// RestoreOperation and SignInAttempt on their own, against an in-process
// prefserver and the real Secret Service: each ends with exactly one outcome,
// an aborted one says nothing more, and SignInController commits only the
// operation it still wants.
#include "ApiClient.h"
#include "KeychainStore.h"
#include "ProfileStore.h"
#include "RestoreOperation.h"
#include "Session.h"
#include "SignInAttempt.h"
#include "SignInController.h"

#include "AuthTestSupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <functional>

namespace {

const QString MePath = QStringLiteral("/api/v2/user/me/");
const QString TokenPath = QStringLiteral("/oauth/token/");

QStringList texts(const QSignalSpy &spy)
{
    QStringList result;
    for (const QList<QVariant> &arguments : spy)
        result << arguments.at(0).toString();
    return result;
}

SignInResult resultOf(const QSignalSpy &succeeded)
{
    return succeeded.at(0).at(0).value<SignInResult>();
}

} // namespace

class TestSignInOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void attemptSucceedsOnceAndSaves();
    void attemptWithoutSavingIsSessionOnly();
    void attemptFailsOnce();
    void unusablePastedTokenFailsAtOnce();
    void cancelledAttemptFailsOnceAsCancelled();
    void abortedAttemptSaysNothingMore();

    void restoreSucceedsOnceWithTheStoredTokens();
    void restoreRenewsAnExpiredToken();
    void restoreWithoutStoredSignInFailsOnce();
    void restoreWithoutKeychainFailsAtOnce();
    void abortedRestoreSaysNothingMore();

    void restoreSupersededBySignInNeverCommits();

private:
    Profile profileFor(const QString &account) const;
    // Stores a fresh token pair of account (the password is the username).
    TokenSet storeSignIn(const QString &account, int expiresInSeconds = 3600);
    KeychainResult readEntry(const QString &key);
    bool writeEntry(const QString &key, const QByteArray &secret);
    // Calls action once, while the first request to path is on its way.
    void onFirstRequestTo(const QString &path, std::function<void()> action);

    std::unique_ptr<PrefServer> m_server;
    QNetworkAccessManager m_nam;
    KeychainStore m_keychain;
    QTemporaryDir m_dir;
    QStringList m_entries; // keychain entries this test may have written
};

void TestSignInOperations::initTestCase()
{
    if (!AuthTest::hasSessionBus())
        PREF_SKIP_WITHOUT_KEYCHAIN("DBUS_SESSION_BUS_ADDRESS is not set: run inside "
                                   "dbus-run-session with an unlocked gnome-keyring (scripts/test "
                                   "does)");
    m_keychain.setServiceName(AuthTest::uniqueServiceName("operations"));
    if (readEntry(QStringLiteral("probe")).status == KeychainResult::Status::Unavailable)
        PREF_SKIP_WITHOUT_KEYCHAIN("No usable Secret Service");
    m_server = AuthTest::startServer();
    QVERIFY(m_server);
    m_server->setAutoApproveUser(QStringLiteral("support"));
    for (const char *account : {"support", "alice", "bob"})
        m_entries << profileFor(QLatin1String(account)).id();
}

void TestSignInOperations::init()
{
    m_server->clearRequestLog();
    m_server->clearFaults();
    m_server->setRequestObserver({});
    for (const QString &key : std::as_const(m_entries))
        QVERIFY(readEntry(key).status == KeychainResult::Status::NotFound);
}

void TestSignInOperations::cleanup()
{
    m_server->setRequestObserver({});
    for (const QString &key : std::as_const(m_entries)) {
        KeychainRequest *request = m_keychain.remove(key);
        QSignalSpy removed(request, &KeychainRequest::finished);
        request->start();
        QVERIFY(removed.wait(15000));
    }
}

Profile TestSignInOperations::profileFor(const QString &account) const
{
    Profile profile;
    profile.communityUrl = m_server->baseUrl();
    profile.account = account;
    return profile;
}

TokenSet TestSignInOperations::storeSignIn(const QString &account, int expiresInSeconds)
{
    ServerTestClient client(m_server->baseUrl());
    const auto pair = client.passwordGrant(account, account);
    TokenSet tokens;
    tokens.accessToken = pair.first;
    tokens.refreshToken = pair.second;
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresInSeconds);
    if (tokens.isEmpty() || !writeEntry(profileFor(account).id(), tokens.toSecret()))
        return {};
    return tokens;
}

KeychainResult TestSignInOperations::readEntry(const QString &key)
{
    KeychainRequest *request = m_keychain.read(key);
    QSignalSpy spy(request, &KeychainRequest::finished);
    request->start();
    if (!spy.wait(15000))
        return {};
    return spy.at(0).at(0).value<KeychainResult>();
}

bool TestSignInOperations::writeEntry(const QString &key, const QByteArray &secret)
{
    KeychainRequest *request = m_keychain.write(key, secret);
    QSignalSpy spy(request, &KeychainRequest::finished);
    request->start();
    return spy.wait(15000) && spy.at(0).at(0).value<KeychainResult>().isOk();
}

void TestSignInOperations::onFirstRequestTo(const QString &path, std::function<void()> action)
{
    // The observer runs on this thread as the request arrives, before it is answered.
    m_server->setRequestObserver(
        [path, action, done = false](const HttpRequestData &request) mutable {
            if (done || request.path != path)
                return;
            done = true;
            action();
        });
}

// ---- SignInAttempt ---------------------------------------------------------

void TestSignInOperations::attemptSucceedsOnceAndSaves()
{
    SignInAttempt attempt(m_server->baseUrl(), QString(), &m_nam, &m_keychain);
    QSignalSpy succeeded(&attempt, &SignInAttempt::succeeded);
    QSignalSpy failed(&attempt, &SignInAttempt::failed);
    QSignalSpy progress(&attempt, &SignInAttempt::progress);
    QSignalSpy unavailable(&attempt, &SignInAttempt::keychainUnavailable);
    attempt.startWithPassword(QStringLiteral("alice"), QStringLiteral("alice"));
    QVERIFY(succeeded.wait(15000));

    const SignInResult result = resultOf(succeeded);
    QCOMPARE(result.user.username, QStringLiteral("alice"));
    QCOMPARE(result.profile.account, QStringLiteral("alice"));
    QCOMPARE(result.profile.userId, 2);
    QCOMPARE(result.profile.communityUrl, m_server->baseUrl());
    QCOMPARE(result.profile.clientId, QStringLiteral("prefeditor"));
    QVERIFY(result.tokens.canRefresh());
    QVERIFY(!result.sessionOnly);
    QVERIFY(result.remember);
    QCOMPARE(texts(progress),
        QStringList({QStringLiteral("Signing in as alice…"),
            QStringLiteral("Loading your account…"), QStringLiteral("Saving your sign-in…")}));
    QCOMPARE(unavailable.size(), 0);
    // Saved before it said so.
    const auto stored = TokenSet::fromSecret(readEntry(result.profile.id()).secret);
    QVERIFY(stored);
    QCOMPARE(stored->accessToken, result.tokens.accessToken);
    QCOMPARE(stored->refreshToken, result.tokens.refreshToken);

    // Done: a late Cancel changes nothing, and nothing else comes.
    attempt.cancel();
    QCOMPARE(failed.size(), 0);
    QVERIFY(!failed.wait(300));
    QCOMPARE(succeeded.size(), 1);
    QVERIFY(!attempt.isSaving());
}

void TestSignInOperations::attemptWithoutSavingIsSessionOnly()
{
    const QString token = m_server->issueAccessToken(QStringLiteral("bob"));
    SignInAttempt attempt(m_server->baseUrl(), QString(), &m_nam, &m_keychain);
    attempt.setSavingAllowed(false);
    QSignalSpy succeeded(&attempt, &SignInAttempt::succeeded);
    QSignalSpy progress(&attempt, &SignInAttempt::progress);
    QSignalSpy unavailable(&attempt, &SignInAttempt::keychainUnavailable);
    attempt.startWithToken(token);
    QVERIFY(succeeded.wait(15000));

    const SignInResult result = resultOf(succeeded);
    QCOMPARE(result.user.username, QStringLiteral("bob"));
    QCOMPARE(result.tokens.accessToken, token);
    QVERIFY(result.sessionOnly);
    QVERIFY(!result.remember);
    QCOMPARE(unavailable.size(), 0); // the caller chose it: no keychain problem
    QVERIFY(!texts(progress).contains(QStringLiteral("Saving your sign-in…")));
    QCOMPARE(readEntry(result.profile.id()).status, KeychainResult::Status::NotFound);
}

void TestSignInOperations::attemptFailsOnce()
{
    SignInAttempt attempt(m_server->baseUrl(), QString(), &m_nam, &m_keychain);
    QSignalSpy succeeded(&attempt, &SignInAttempt::succeeded);
    QSignalSpy failed(&attempt, &SignInAttempt::failed);
    attempt.startWithPassword(QStringLiteral("alice"), QStringLiteral("wrong"));
    QVERIFY(failed.wait(15000));
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("not correct")),
        qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(failed.at(0).at(1).toBool(), false);

    attempt.cancel(); // over already
    QVERIFY(!failed.wait(300));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(countRequests(*m_server, "GET", MePath), 0);
    QCOMPARE(readEntry(profileFor(QStringLiteral("alice")).id()).status,
        KeychainResult::Status::NotFound);
}

void TestSignInOperations::unusablePastedTokenFailsAtOnce()
{
    SignInAttempt attempt(m_server->baseUrl(), QString(), &m_nam, &m_keychain);
    QSignalSpy failed(&attempt, &SignInAttempt::failed);
    attempt.startWithToken(QStringLiteral("abc\r\nX-Injected: 1"));
    QCOMPARE(failed.size(), 1); // before start returned
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("line breaks")));
    QVERIFY(!failed.wait(300));
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestSignInOperations::cancelledAttemptFailsOnceAsCancelled()
{
    SignInAttempt attempt(m_server->baseUrl(), QString(), &m_nam, &m_keychain);
    QSignalSpy open(&attempt, &SignInAttempt::openBrowser);
    QSignalSpy succeeded(&attempt, &SignInAttempt::succeeded);
    QSignalSpy failed(&attempt, &SignInAttempt::failed);
    attempt.startWithBrowser();
    QCOMPARE(open.size(), 1);
    const QUrl authorizeUrl = open.at(0).at(0).toUrl();
    const QUrl redirect(
        QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));

    attempt.cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("The sign-in was cancelled."));
    QCOMPARE(failed.at(0).at(1).toBool(), true);
    attempt.abort();
    attempt.cancel();
    QVERIFY(!failed.wait(300));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(succeeded.size(), 0);
    // The listener is closed: the browser's redirect finds nobody.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(!socket.waitForConnected(2000));
}

void TestSignInOperations::abortedAttemptSaysNothingMore()
{
    SignInAttempt attempt(m_server->baseUrl(), QString(), &m_nam, &m_keychain);
    QSignalSpy succeeded(&attempt, &SignInAttempt::succeeded);
    QSignalSpy failed(&attempt, &SignInAttempt::failed);
    QSignalSpy progress(&attempt, &SignInAttempt::progress);
    onFirstRequestTo(MePath, [&attempt] { attempt.abort(); });
    attempt.startWithPassword(QStringLiteral("alice"), QStringLiteral("alice"));

    // The server answers /me after the abort; nobody hears it.
    QVERIFY(!succeeded.wait(1500));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(countRequests(*m_server, "GET", MePath), 1);
    QCOMPARE(texts(progress).last(), QStringLiteral("Loading your account…"));
    QVERIFY(!attempt.isSaving());
    QCOMPARE(readEntry(profileFor(QStringLiteral("alice")).id()).status,
        KeychainResult::Status::NotFound);
}

// ---- RestoreOperation ------------------------------------------------------

void TestSignInOperations::restoreSucceedsOnceWithTheStoredTokens()
{
    const TokenSet stored = storeSignIn(QStringLiteral("bob"));
    QVERIFY(!stored.isEmpty());
    m_server->clearRequestLog();

    RestoreOperation restore(profileFor(QStringLiteral("bob")), &m_nam, &m_keychain);
    QSignalSpy succeeded(&restore, &RestoreOperation::succeeded);
    QSignalSpy failed(&restore, &RestoreOperation::failed);
    QSignalSpy progress(&restore, &RestoreOperation::progress);
    restore.start();
    QVERIFY(succeeded.wait(15000));

    const SignInResult result = resultOf(succeeded);
    QCOMPARE(result.user.username, QStringLiteral("bob"));
    QCOMPARE(result.profile.userId, 3); // the stored profile did not know it
    QCOMPARE(result.profile.id(), profileFor(QStringLiteral("bob")).id());
    QCOMPARE(result.tokens.accessToken, stored.accessToken);
    QCOMPARE(result.tokens.refreshToken, stored.refreshToken);
    QVERIFY(!result.sessionOnly);
    QVERIFY(result.remember);
    QCOMPARE(texts(progress),
        QStringList({QStringLiteral("Reading your saved sign-in…"),
            QStringLiteral("Loading your account…")}));
    QCOMPARE(countRequests(*m_server, "POST", TokenPath), 0);
    QCOMPARE(countRequests(*m_server, "GET", MePath), 1);

    restore.cancel(); // over already
    QCOMPARE(failed.size(), 0);
    QVERIFY(!failed.wait(300));
    QCOMPARE(succeeded.size(), 1);
}

void TestSignInOperations::restoreRenewsAnExpiredToken()
{
    const TokenSet stored = storeSignIn(QStringLiteral("bob"), -60);
    QVERIFY(!stored.isEmpty());
    m_server->clearRequestLog();

    RestoreOperation restore(profileFor(QStringLiteral("bob")), &m_nam, &m_keychain);
    QSignalSpy succeeded(&restore, &RestoreOperation::succeeded);
    QSignalSpy progress(&restore, &RestoreOperation::progress);
    restore.start();
    QVERIFY(succeeded.wait(15000));

    const SignInResult result = resultOf(succeeded);
    QCOMPARE(result.user.username, QStringLiteral("bob"));
    QVERIFY(result.tokens.accessToken != stored.accessToken);
    QVERIFY(result.tokens.refreshToken != stored.refreshToken); // rotated
    QVERIFY(!result.tokens.isExpired());
    QVERIFY(texts(progress).contains(QStringLiteral("Renewing your sign-in…")));
    QCOMPARE(countRequests(*m_server, "POST", TokenPath, "grant_type=refresh_token"), 1);
    // The rotated pair replaced the dead one in the keychain.
    const auto saved = TokenSet::fromSecret(readEntry(result.profile.id()).secret);
    QVERIFY(saved);
    QCOMPARE(saved->refreshToken, result.tokens.refreshToken);
}

void TestSignInOperations::restoreWithoutStoredSignInFailsOnce()
{
    RestoreOperation restore(profileFor(QStringLiteral("alice")), &m_nam, &m_keychain);
    QSignalSpy succeeded(&restore, &RestoreOperation::succeeded);
    QSignalSpy failed(&restore, &RestoreOperation::failed);
    QSignalSpy unavailable(&restore, &RestoreOperation::keychainUnavailable);
    restore.start();
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.at(0).at(0).toString(), QString()); // nothing to explain: sign in
    QVERIFY(!failed.wait(300));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(unavailable.size(), 0);
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestSignInOperations::restoreWithoutKeychainFailsAtOnce()
{
    RestoreOperation restore(profileFor(QStringLiteral("alice")), &m_nam, nullptr);
    QSignalSpy failed(&restore, &RestoreOperation::failed);
    restore.start();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), KeychainStore::unavailableMessage());
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestSignInOperations::abortedRestoreSaysNothingMore()
{
    QVERIFY(!storeSignIn(QStringLiteral("bob")).isEmpty());
    m_server->clearRequestLog();

    RestoreOperation restore(profileFor(QStringLiteral("bob")), &m_nam, &m_keychain);
    QSignalSpy succeeded(&restore, &RestoreOperation::succeeded);
    QSignalSpy failed(&restore, &RestoreOperation::failed);
    onFirstRequestTo(MePath, [&restore] { restore.abort(); });
    restore.start();

    QVERIFY(!succeeded.wait(1500));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(countRequests(*m_server, "GET", MePath), 1); // it was on its way
    restore.cancel(); // aborted is over too
    QCOMPARE(failed.size(), 0);
}

// ---- SignInController ------------------------------------------------------

// Signed in as alice, the app restores bob's stored sign-in; while the
// restore waits for /me, a password sign-in as support takes over. The app
// stays alice's until support's sign-in commits, and bob's never does.
void TestSignInOperations::restoreSupersededBySignInNeverCommits()
{
    QSettings settings(m_dir.filePath(QStringLiteral("superseded.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    ApiClient api(&m_nam);
    SignInController controller(&api, &m_keychain, &profiles);
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    controller.signInWithPassword(
        m_server->baseUrl(), QString(), QStringLiteral("alice"), QStringLiteral("alice"));
    QVERIFY(signedIn.wait(15000));
    const QString alice = controller.session()->accessToken();
    const TokenSet bob = storeSignIn(QStringLiteral("bob"));
    QVERIFY(!bob.isEmpty());
    signedIn.clear();

    QStringList tokensSeen;
    connect(controller.session(), &Session::tokensChanged, this,
        [&] { tokensSeen << controller.session()->accessToken(); });
    QString appTokenDuringRestore;
    onFirstRequestTo(MePath, [&] {
        appTokenDuringRestore = api.credentials()->accessToken();
        controller.signInWithPassword(
            m_server->baseUrl(), QString(), QStringLiteral("support"), QStringLiteral("support"));
    });
    QSignalSpy required(&controller, &SignInController::signInRequired);
    QSignalSpy failed(&controller, &SignInController::signInFailed);
    controller.restoreProfile(profileFor(QStringLiteral("bob")));
    QVERIFY(controller.isBusy());
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(signedIn.at(0).at(0).value<UserInfo>().username, QStringLiteral("support"));

    QVERIFY(!signedIn.wait(1000)); // bob's /me was answered by now; nothing follows
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(required.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!controller.isBusy());
    QCOMPARE(appTokenDuringRestore, alice);
    QVERIFY(!tokensSeen.contains(bob.accessToken));
    QCOMPARE(controller.user().username, QStringLiteral("support"));
    QCOMPARE(controller.session()->keychainKey(), profileFor(QStringLiteral("support")).id());
    QCOMPARE(profiles.currentProfile()->account, QStringLiteral("support"));
    QCOMPARE(countRequests(*m_server, "GET", MePath), 3); // alice, bob, support
}

QTEST_GUILESS_MAIN(TestSignInOperations)
#include "tst_signinoperations.moc"
