// Every way in, end to end against an in-process prefserver and the real
// Secret Service: password, browser (PKCE), pasted tokens, start-up with a
// stored token (valid and expired), concurrent 401s, invalid_grant, sign-out.
#include "ApiClient.h"
#include "ApiJob.h"
#include "KeychainStore.h"
#include "ProfileStore.h"
#include "Session.h"
#include "SignInController.h"

#include "AuthTestSupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

const QByteArray TokenPath = "/oauth/token/";

// One app instance: its client, keychain, profiles and controller.
struct App
{
    App(QNetworkAccessManager *nam, const QString &service, const QString &settingsFile)
        : api(nam)
        , settings(settingsFile, QSettings::IniFormat)
        , profiles(&settings)
        , controller(&api, &keychain, &profiles)
    {
        keychain.setServiceName(service);
    }
    ApiClient api;
    KeychainStore keychain;
    QSettings settings;
    ProfileStore profiles;
    SignInController controller;
};

} // namespace

class TestSignInFlows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void passwordSignIn();
    void wrongPassword();
    void browserSignIn();
    void browserCancel();
    void pastedOpaqueToken();
    void pastedJwt();
    void pastedTokenRefused();
    void startupWithValidStoredToken();
    void startupWithExpiredStoredTokenRefreshesSilently();
    void startupWithoutProfile();
    void concurrentUnauthorizedShareOneRefresh();
    void invalidGrantRequiresSignInWithoutLoop();
    void signOutRevokes();
    void signOutOffline();
    void profilesAreRemembered();
    void failedSwitchKeepsTheCurrentSignIn_data();
    void failedSwitchKeepsTheCurrentSignIn();

    // Issue 12.
    void twoProcessesSharingASignInDoNotLogEachOtherOut();
    void refreshErrorOtherThanInvalidGrantKeepsTheSignIn_data();
    void refreshErrorOtherThanInvalidGrantKeepsTheSignIn();
    void signOutDuringRefreshRevokesTheRotatedPair();
    void pastedTokenWithLineBreakRefused();

private:
    std::unique_ptr<App> newApp();
    bool signInWithPassword(App &app, const QString &user = QStringLiteral("support"));
    KeychainResult readEntry(App &app, const QString &key);
    bool writeEntry(App &app, const QString &key, const QByteArray &secret);
    QString storedRefreshToken(App &app);
    JsonValue getMe(App &app, ApiError *error = nullptr);

    std::unique_ptr<PrefServer> m_server;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    QString m_service;
    QString m_settingsFile;
    std::unique_ptr<App> m_app;
};

std::unique_ptr<App> TestSignInFlows::newApp()
{
    return std::make_unique<App>(&m_nam, m_service, m_settingsFile);
}

void TestSignInFlows::initTestCase()
{
    if (!AuthTest::hasSessionBus())
        PREF_SKIP_WITHOUT_KEYCHAIN("DBUS_SESSION_BUS_ADDRESS is not set: run inside "
                                   "dbus-run-session with an unlocked gnome-keyring (scripts/test "
                                   "does)");
    m_service = AuthTest::uniqueServiceName("flows");
    KeychainStore probeStore;
    probeStore.setServiceName(m_service);
    KeychainRequest *probe = probeStore.read(QStringLiteral("probe"));
    QSignalSpy spy(probe, &KeychainRequest::finished);
    probe->start();
    QVERIFY(spy.wait(15000));
    if (spy.at(0).at(0).value<KeychainResult>().status == KeychainResult::Status::Unavailable)
        PREF_SKIP_WITHOUT_KEYCHAIN("No usable Secret Service");
    m_server = AuthTest::startServer();
    QVERIFY(m_server);
    m_server->setAutoApproveUser(QStringLiteral("support"));
}

void TestSignInFlows::init()
{
    static int counter = 0;
    m_settingsFile = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++counter));
    m_server->clearRequestLog();
    m_app = newApp();
}

void TestSignInFlows::cleanup()
{
    if (m_app && m_app->controller.session()->isSignedIn()) {
        QSignalSpy out(&m_app->controller, &SignInController::signedOut);
        m_app->controller.signOut();
        out.wait(10000);
    }
    m_app.reset();
}

bool TestSignInFlows::signInWithPassword(App &app, const QString &user)
{
    QSignalSpy signedIn(&app.controller, &SignInController::signedIn);
    QSignalSpy failed(&app.controller, &SignInController::signInFailed);
    app.controller.signInWithPassword(
        m_server->baseUrl(), QStringLiteral("prefeditor"), user, user);
    if (!signedIn.wait(15000)) {
        qWarning() << "sign-in failed:" << failed;
        return false;
    }
    return true;
}

KeychainResult TestSignInFlows::readEntry(App &app, const QString &key)
{
    KeychainRequest *request = app.keychain.read(key);
    QSignalSpy spy(request, &KeychainRequest::finished);
    request->start();
    if (!spy.wait(15000))
        return {};
    return spy.at(0).at(0).value<KeychainResult>();
}

bool TestSignInFlows::writeEntry(App &app, const QString &key, const QByteArray &secret)
{
    KeychainRequest *request = app.keychain.write(key, secret);
    QSignalSpy spy(request, &KeychainRequest::finished);
    request->start();
    return spy.wait(15000) && spy.at(0).at(0).value<KeychainResult>().isOk();
}

QString TestSignInFlows::storedRefreshToken(App &app)
{
    const auto tokens =
        TokenSet::fromSecret(readEntry(app, app.controller.session()->keychainKey()).secret);
    return tokens ? tokens->refreshToken : QString();
}

JsonValue TestSignInFlows::getMe(App &app, ApiError *error)
{
    ApiJob *job = app.api.get(app.api.url(QStringLiteral("/api/v2/user/me/")));
    QSignalSpy ok(job, &ApiJob::succeeded);
    QSignalSpy failed(job, &ApiJob::failed);
    QSignalSpy finished(job, &ApiJob::finished); // after either
    job->start();
    if (finished.isEmpty())
        finished.wait(15000);
    if (ok.isEmpty()) {
        if (error && !failed.isEmpty())
            *error = failed.at(0).at(0).value<ApiError>();
        return {};
    }
    return ok.at(0).at(0).value<JsonValue>();
}

void TestSignInFlows::passwordSignIn()
{
    QSignalSpy unavailable(&m_app->controller, &SignInController::keychainUnavailable);
    QVERIFY(signInWithPassword(*m_app));
    SignInController &controller = m_app->controller;
    QVERIFY(controller.isSignedIn());
    QCOMPARE(controller.user().username, QStringLiteral("support"));
    QCOMPARE(controller.user().id, 1);
    QCOMPARE(controller.user().role, QStringLiteral("admin"));
    QVERIFY(!controller.isSessionOnly());
    QCOMPARE(unavailable.size(), 0);
    QCOMPARE(
        countRequests(*m_server, "POST", QString::fromLatin1(TokenPath), "grant_type=password"), 1);
    QCOMPARE(countRequests(*m_server, "GET", QStringLiteral("/api/v2/user/me/")), 1);

    // Saved in the keychain, one entry for this community and account.
    const QString key = KeychainStore::entryKey(m_server->baseUrl(), QStringLiteral("support"));
    QCOMPARE(controller.session()->keychainKey(), key);
    const KeychainResult stored = readEntry(*m_app, key);
    QCOMPARE(stored.status, KeychainResult::Status::Ok);
    const auto tokens = TokenSet::fromSecret(stored.secret);
    QVERIFY(tokens);
    QCOMPARE(tokens->accessToken, controller.session()->accessToken());
    QVERIFY(!tokens->refreshToken.isEmpty());
    QVERIFY(tokens->expiresAt > QDateTime::currentDateTimeUtc());

    // The profile: in QSettings, without any secret.
    const auto profile = m_app->profiles.currentProfile();
    QVERIFY(profile);
    QCOMPARE(profile->account, QStringLiteral("support"));
    QCOMPARE(profile->userId, 1);
    QCOMPARE(profile->clientId, QStringLiteral("prefeditor"));
    m_app->settings.sync();
    QFile settingsFile(m_settingsFile);
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settingsFile.readAll();
    QVERIFY(settingsText.contains("support"));
    QVERIFY(!settingsText.contains(tokens->accessToken.toUtf8()));
    QVERIFY(!settingsText.contains(tokens->refreshToken.toUtf8()));

    // The app's client works with it.
    QCOMPARE(getMe(*m_app).value(QStringLiteral("username")).toString(), QStringLiteral("support"));
}

void TestSignInFlows::wrongPassword()
{
    QSignalSpy failed(&m_app->controller, &SignInController::signInFailed);
    m_app->controller.signInWithPassword(m_server->baseUrl(), QStringLiteral("prefeditor"),
        QStringLiteral("support"), QStringLiteral("wrong"));
    QVERIFY(failed.wait(15000));
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("not correct")));
    QCOMPARE(failed.at(0).at(1).toBool(), false);
    QVERIFY(!m_app->controller.isSignedIn());
    QVERIFY(!m_app->controller.isBusy());
    QVERIFY(!m_app->profiles.currentProfile());
}

void TestSignInFlows::browserSignIn()
{
    SignInController &controller = m_app->controller;
    QSignalSpy open(&controller, &SignInController::openBrowser);
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    controller.signInWithBrowser(m_server->baseUrl(), QStringLiteral("prefeditor"));
    QVERIFY(open.wait(5000) || !open.isEmpty());
    const QUrl authorizeUrl = open.at(0).at(0).toUrl();
    const QUrlQuery query(authorizeUrl);
    QCOMPARE(authorizeUrl.path(), QStringLiteral("/oauth/authorize/"));
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("prefeditor"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 22);
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(redirect.path(), QStringLiteral("/callback"));

    // A forged callback with another state is refused and changes nothing.
    QString page;
    QString code;
    QVERIFY(!AuthTest::playBrowser(authorizeUrl, &page, &code, QStringLiteral("forged")));
    QVERIFY(controller.isBusy());
    QCOMPARE(signedIn.size(), 0);

    // The genuine one.
    QVERIFY(AuthTest::playBrowser(authorizeUrl, &page));
    QVERIFY2(
        page.contains(QStringLiteral("You can close this tab and return to Preference Editor")),
        qPrintable(page));
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(controller.user().username, QStringLiteral("support"));
    QVERIFY(!controller.isSessionOnly());

    const QList<RecordedRequest> log = m_server->requestLog();
    int codeGrants = 0;
    for (const RecordedRequest &request : log) {
        if (request.path == QString::fromLatin1(TokenPath) &&
            request.body.contains("grant_type=authorization_code")) {
            ++codeGrants;
            QVERIFY(request.body.contains("code_verifier="));
            QVERIFY(request.body.contains("redirect_uri="));
            for (const auto &header : request.headers)
                QVERIFY(header.first.toLower() != "authorization");
        }
    }
    QCOMPARE(codeGrants, 1);
    QCOMPARE(
        readEntry(*m_app, controller.session()->keychainKey()).status, KeychainResult::Status::Ok);
}

void TestSignInFlows::browserCancel()
{
    SignInController &controller = m_app->controller;
    QSignalSpy open(&controller, &SignInController::openBrowser);
    QSignalSpy failed(&controller, &SignInController::signInFailed);
    controller.signInWithBrowser(m_server->baseUrl(), QStringLiteral("prefeditor"));
    QTRY_COMPARE(open.size(), 1);
    const QUrl redirect(QUrlQuery(open.at(0).at(0).toUrl())
                            .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    controller.cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(1).toBool(), true);
    QVERIFY(!controller.isBusy());
    // The listener is gone.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(!socket.waitForConnected(2000));
}

void TestSignInFlows::pastedOpaqueToken()
{
    const QString token = m_server->issueAccessToken(QStringLiteral("alice"));
    QVERIFY(!token.isEmpty());
    QSignalSpy signedIn(&m_app->controller, &SignInController::signedIn);
    m_app->controller.signInWithToken(
        m_server->baseUrl(), {}, QStringLiteral("  ") + token + QStringLiteral("\n"));
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(m_app->controller.user().username, QStringLiteral("alice"));
    QCOMPARE(m_app->controller.session()->accessToken(), token);
    QVERIFY(!m_app->controller.session()->canRefresh());
    QCOMPARE(countRequests(*m_server, "GET", QStringLiteral("/api/v2/user/me/")), 1);
}

void TestSignInFlows::pastedJwt()
{
    const QString jwt = m_server->issueJwtAccessToken(QStringLiteral("bob"), 600);
    QCOMPARE(jwt.count(QLatin1Char('.')), 2);
    QSignalSpy signedIn(&m_app->controller, &SignInController::signedIn);
    m_app->controller.signInWithToken(m_server->baseUrl(), {}, jwt);
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(m_app->controller.user().username, QStringLiteral("bob"));
    const QDateTime expiry = m_app->controller.session()->expiresAt();
    QVERIFY(expiry.isValid());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expiry) - 600) < 60);
}

void TestSignInFlows::pastedTokenRefused()
{
    QSignalSpy failed(&m_app->controller, &SignInController::signInFailed);
    m_app->controller.signInWithToken(m_server->baseUrl(), {}, QStringLiteral("not-a-token"));
    QVERIFY(failed.wait(15000));
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("did not accept")));
    QVERIFY(!m_app->controller.isSignedIn());
}

void TestSignInFlows::startupWithValidStoredToken()
{
    QVERIFY(signInWithPassword(*m_app));
    const QString token = m_app->controller.session()->accessToken();
    m_server->clearRequestLog();

    // Next start of the app.
    auto next = newApp();
    QSignalSpy signedIn(&next->controller, &SignInController::signedIn);
    QSignalSpy required(&next->controller, &SignInController::signInRequired);
    next->controller.restore();
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(required.size(), 0);
    QCOMPARE(next->controller.user().username, QStringLiteral("support"));
    QCOMPARE(next->controller.session()->accessToken(), token);
    QCOMPARE(countRequests(*m_server, "POST", QString::fromLatin1(TokenPath)), 0);
    QCOMPARE(countRequests(*m_server, "GET", QStringLiteral("/api/v2/user/me/")), 1);
}

void TestSignInFlows::startupWithExpiredStoredTokenRefreshesSilently()
{
    QVERIFY(signInWithPassword(*m_app));
    const QString key = m_app->controller.session()->keychainKey();
    auto stored = TokenSet::fromSecret(readEntry(*m_app, key).secret);
    QVERIFY(stored);
    // The stored token expired while the app was closed.
    stored->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(writeEntry(*m_app, key, stored->toSecret()));
    m_server->expireAllAccessTokens();
    m_server->clearRequestLog();

    auto next = newApp();
    QSignalSpy signedIn(&next->controller, &SignInController::signedIn);
    QSignalSpy required(&next->controller, &SignInController::signInRequired);
    next->controller.restore();
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(required.size(), 0);
    QCOMPARE(countRequests(
                 *m_server, "POST", QString::fromLatin1(TokenPath), "grant_type=refresh_token"),
        1);
    QVERIFY(next->controller.session()->accessToken() != stored->accessToken);
    // Rotated refresh token saved.
    const QString rotated = storedRefreshToken(*next);
    QVERIFY(!rotated.isEmpty());
    QVERIFY(rotated != stored->refreshToken);
    m_app->controller.session()->clear(); // the old instance's tokens are dead
}

void TestSignInFlows::startupWithoutProfile()
{
    QSignalSpy required(&m_app->controller, &SignInController::signInRequired);
    m_app->controller.restore();
    QTRY_COMPARE(required.size(), 1);
    QVERIFY(!required.at(0).at(0).value<Profile>().isValid());
}

void TestSignInFlows::concurrentUnauthorizedShareOneRefresh()
{
    QVERIFY(signInWithPassword(*m_app));
    const QString oldRefresh = storedRefreshToken(*m_app);
    const QString oldAccess = m_app->controller.session()->accessToken();
    m_server->expireAllAccessTokens();
    m_server->clearRequestLog();

    QList<QSignalSpy *> okSpies;
    QList<QSignalSpy *> failSpies;
    for (int i = 0; i < 10; ++i) {
        ApiJob *job = m_app->api.get(m_app->api.url(QStringLiteral("/api/v2/user/me/")));
        okSpies.append(new QSignalSpy(job, &ApiJob::succeeded));
        failSpies.append(new QSignalSpy(job, &ApiJob::failed));
        job->start();
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(okSpies.cbegin(), okSpies.cend(),
                                 [](QSignalSpy *s) { return !s->isEmpty(); }) ||
            std::any_of(
                failSpies.cbegin(), failSpies.cend(), [](QSignalSpy *s) { return !s->isEmpty(); }),
        20000);
    for (QSignalSpy *spy : failSpies)
        QVERIFY2(spy->isEmpty(),
            spy->isEmpty() ? "" : qPrintable(spy->at(0).at(0).value<ApiError>().toUserString()));
    qDeleteAll(okSpies);
    qDeleteAll(failSpies);

    QCOMPARE(countRequests(
                 *m_server, "POST", QString::fromLatin1(TokenPath), "grant_type=refresh_token"),
        1);
    QCOMPARE(countRequests(*m_server, "GET", QStringLiteral("/api/v2/user/me/")), 20);
    QVERIFY(m_app->controller.session()->accessToken() != oldAccess);
    // The rotated refresh token is the one in the keychain.
    const QString newRefresh = storedRefreshToken(*m_app);
    QVERIFY(!newRefresh.isEmpty());
    QVERIFY(newRefresh != oldRefresh);
    const auto stored =
        TokenSet::fromSecret(readEntry(*m_app, m_app->controller.session()->keychainKey()).secret);
    QCOMPARE(stored->accessToken, m_app->controller.session()->accessToken());
}

void TestSignInFlows::invalidGrantRequiresSignInWithoutLoop()
{
    QVERIFY(signInWithPassword(*m_app));
    // The refresh token dies elsewhere (revoked by an admin, used by another device).
    {
        ApiClient other(&m_nam);
        other.setBaseUrl(m_server->baseUrl());
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("prefeditor"));
        form.addQueryItem(QStringLiteral("token"), storedRefreshToken(*m_app));
        ApiJob *job = other.postForm(other.url(QStringLiteral("/oauth/revoke_token/")), form);
        QSignalSpy done(job, &ApiJob::finished);
        job->start();
        QVERIFY(done.wait(10000));
    }
    m_server->expireAllAccessTokens();
    m_server->clearRequestLog();

    QSignalSpy required(&m_app->controller, &SignInController::signInRequired);
    QSignalSpy sessionRequired(m_app->controller.session(), &Session::signInRequired);
    ApiError error;
    QVERIFY(getMe(*m_app, &error).isNull());
    QVERIFY(error.isError());
    QTRY_COMPARE(required.size(), 1);
    QCOMPARE(sessionRequired.size(), 1);
    QCOMPARE(required.at(0).at(0).value<Profile>().account, QStringLiteral("support"));
    QCOMPARE(countRequests(*m_server, "POST", QString::fromLatin1(TokenPath)), 1);
    QVERIFY(!m_app->controller.isSignedIn());
    QVERIFY(!m_app->controller.session()->canRefresh());

    // No loop: another request fails at once, without another refresh.
    QVERIFY(getMe(*m_app, &error).isNull());
    QTest::qWait(200);
    QCOMPARE(countRequests(*m_server, "POST", QString::fromLatin1(TokenPath)), 1);
    QCOMPARE(required.size(), 1);
    // The dead entry is gone from the keychain.
    QTRY_COMPARE(readEntry(*m_app, m_app->controller.session()->keychainKey()).status,
        KeychainResult::Status::NotFound);
}

void TestSignInFlows::signOutRevokes()
{
    QVERIFY(signInWithPassword(*m_app));
    const QString key = m_app->controller.session()->keychainKey();
    const QString access = m_app->controller.session()->accessToken();
    m_server->clearRequestLog();

    QSignalSpy out(&m_app->controller, &SignInController::signedOut);
    m_app->controller.signOut();
    QVERIFY(m_app->controller.session()->accessToken().isEmpty()); // at once
    QVERIFY(out.wait(10000));
    QVERIFY(countRequests(*m_server, "POST", QStringLiteral("/oauth/revoke_token/")) >= 1);
    QCOMPARE(readEntry(*m_app, key).status, KeychainResult::Status::NotFound);
    QVERIFY(!m_app->controller.isSignedIn());

    // The token is dead on the server too.
    ApiClient other(&m_nam);
    other.setBaseUrl(m_server->baseUrl());
    StaticCredentials credentials(access);
    other.setCredentials(&credentials);
    ApiJob *job = other.get(other.url(QStringLiteral("/api/v2/user/me/")));
    QSignalSpy failed(job, &ApiJob::failed);
    job->start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().httpStatus(), 401);

    // The profile stays, for the next sign-in to be filled in.
    QVERIFY(m_app->profiles.currentProfile());
}

void TestSignInFlows::signOutOffline()
{
    QVERIFY(signInWithPassword(*m_app));
    const QString key = m_app->controller.session()->keychainKey();
    // The network is gone: point the client at a closed port.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl dead = m_server->baseUrl();
    dead.setPort(closed.serverPort());
    closed.close();
    m_app->api.setBaseUrl(dead);

    QSignalSpy out(&m_app->controller, &SignInController::signedOut);
    m_app->controller.signOut();
    QVERIFY(out.wait(10000));
    QCOMPARE(readEntry(*m_app, key).status, KeychainResult::Status::NotFound);
    QVERIFY(m_app->controller.session()->accessToken().isEmpty());
}

void TestSignInFlows::profilesAreRemembered()
{
    QVERIFY(signInWithPassword(*m_app, QStringLiteral("alice")));
    QVERIFY(signInWithPassword(*m_app, QStringLiteral("bob")));
    const QList<Profile> profiles = m_app->profiles.profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(m_app->profiles.currentProfile()->account, QStringLiteral("bob"));
    // Switch back to alice without a password: her sign-in is still stored.
    const auto alice = m_app->profiles.profile(
        KeychainStore::entryKey(m_server->baseUrl(), QStringLiteral("alice")));
    QVERIFY(alice);
    QSignalSpy signedIn(&m_app->controller, &SignInController::signedIn);
    m_app->controller.restoreProfile(*alice);
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(m_app->controller.user().username, QStringLiteral("alice"));
    // Clean up bob's entry too.
    m_app->controller.signOutProfile(*m_app->profiles.profile(
        KeychainStore::entryKey(m_server->baseUrl(), QStringLiteral("bob"))));
    QSignalSpy out(&m_app->controller, &SignInController::signedOut);
    QVERIFY(out.wait(10000));
}

void TestSignInFlows::failedSwitchKeepsTheCurrentSignIn_data()
{
    QTest::addColumn<bool>("storeRefusedToken");
    QTest::newRow("no stored sign-in") << false;
    QTest::newRow("stored token refused") << true;
}

// Continue with a remembered profile whose sign-in does not work: the app's
// current sign-in, its client and its token stay exactly as they were.
void TestSignInFlows::failedSwitchKeepsTheCurrentSignIn()
{
    QFETCH(bool, storeRefusedToken);
    QVERIFY(signInWithPassword(*m_app, QStringLiteral("bob")));
    const QString token = m_app->controller.session()->accessToken();
    const QUrl baseUrl = m_app->api.baseUrl();

    Profile other;
    other.communityUrl = m_server->baseUrl();
    other.account = QStringLiteral("carol"); // nothing of hers is stored unless the row does
    if (storeRefusedToken) {
        TokenSet refused;
        refused.accessToken = QStringLiteral("not-a-token-the-server-knows");
        refused.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(writeEntry(*m_app, other.id(), refused.toSecret()));
    }
    QSignalSpy required(&m_app->controller, &SignInController::signInRequired);
    QSignalSpy signedIn(&m_app->controller, &SignInController::signedIn);
    m_app->controller.restoreProfile(other);
    QVERIFY(m_app->controller.isBusy());
    QVERIFY(required.wait(15000));
    QCOMPARE(required.at(0).at(0).value<Profile>().account, QStringLiteral("carol"));
    QVERIFY(signedIn.isEmpty());
    QVERIFY(!m_app->controller.isBusy());

    QVERIFY(m_app->controller.isSignedIn());
    QCOMPARE(m_app->controller.user().username, QStringLiteral("bob"));
    QCOMPARE(m_app->controller.session()->accessToken(), token);
    QCOMPARE(m_app->api.baseUrl(), baseUrl);
    ApiError error;
    QCOMPARE(
        getMe(*m_app, &error).value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
    if (storeRefusedToken) {
        KeychainRequest *removal = m_app->keychain.remove(other.id());
        QSignalSpy removed(removal, &KeychainRequest::finished);
        removal->start();
        QVERIFY(removed.wait(15000));
    }
}

// Issue 12: the editor and prefctl share one keychain entry. One rotates the
// pair; the other's refresh then gets invalid_grant, and used to delete the
// fresh entry. Now it re-reads the entry and adopts the newer pair.
void TestSignInFlows::twoProcessesSharingASignInDoNotLogEachOtherOut()
{
    QVERIFY(signInWithPassword(*m_app));
    auto other = newApp(); // the second process: same keychain entry, same profile
    QSignalSpy restored(&other->controller, &SignInController::signedIn);
    other->controller.restore();
    QVERIFY(restored.wait(15000));
    QCOMPARE(
        other->controller.session()->accessToken(), m_app->controller.session()->accessToken());
    const QString oldRefresh = storedRefreshToken(*m_app);

    // Both access tokens expire; the first process renews (and rotates).
    m_server->expireAllAccessTokens();
    QVERIFY(!getMe(*m_app).isNull());
    const QString rotated = storedRefreshToken(*m_app);
    QVERIFY(!rotated.isEmpty());
    QVERIFY(rotated != oldRefresh);
    m_server->clearRequestLog();

    // The second still holds the old pair: refused, then the newer pair adopted.
    QSignalSpy required(&other->controller, &SignInController::signInRequired);
    ApiError error;
    QVERIFY2(!getMe(*other, &error).isNull(), qPrintable(error.toUserString()));
    QCOMPARE(required.size(), 0);
    QVERIFY(other->controller.isSignedIn());
    QCOMPARE(other->controller.session()->tokens().refreshToken, rotated);
    QCOMPARE(
        other->controller.session()->accessToken(), m_app->controller.session()->accessToken());
    QCOMPARE(countRequests(
                 *m_server, "POST", QString::fromLatin1(TokenPath), "grant_type=refresh_token"),
        1);
    // The entry was not deleted, and the first process still works.
    QCOMPARE(storedRefreshToken(*m_app), rotated);
    QVERIFY(!getMe(*m_app).isNull());
    other->controller.session()->clear(); // cleanup() signs out the first only
}

// Issue 12: any 400/401 on refresh used to delete the keychain entry.
void TestSignInFlows::refreshErrorOtherThanInvalidGrantKeepsTheSignIn_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("400 without invalid_grant") << 400;
    QTest::newRow("401 from a proxy") << 401;
    QTest::newRow("503") << 503;
}

void TestSignInFlows::refreshErrorOtherThanInvalidGrantKeepsTheSignIn()
{
    QFETCH(int, status);
    QVERIFY(signInWithPassword(*m_app));
    const QString refresh = storedRefreshToken(*m_app);
    QVERIFY(!refresh.isEmpty());
    m_server->expireAllAccessTokens();
    Fault fault;
    fault.path = QString::fromLatin1(TokenPath);
    fault.method = "POST";
    fault.kind = Fault::Kind::Status;
    fault.status = status;
    m_server->addFault(fault);

    QSignalSpy required(&m_app->controller, &SignInController::signInRequired);
    QSignalSpy sessionRequired(m_app->controller.session(), &Session::signInRequired);
    ApiError error;
    QVERIFY(getMe(*m_app, &error).isNull());
    QCOMPARE(error.httpStatus(), 401); // the request's own answer
    QTest::qWait(100);
    QCOMPARE(required.size(), 0);
    QCOMPARE(sessionRequired.size(), 0);
    QVERIFY(m_app->controller.session()->canRefresh());
    QCOMPARE(storedRefreshToken(*m_app), refresh);

    // Once the token endpoint answers again, the same sign-in renews.
    QVERIFY(!getMe(*m_app).isNull());
    QVERIFY(m_app->controller.isSignedIn());
}

// Issue 12: a refresh in flight during sign-out was aborted, but the server
// had already rotated: the new pair stayed alive, unknown to anyone.
void TestSignInFlows::signOutDuringRefreshRevokesTheRotatedPair()
{
    QVERIFY(signInWithPassword(*m_app));
    m_server->expireAllAccessTokens();
    Fault slow;
    slow.path = QString::fromLatin1(TokenPath);
    slow.method = "POST";
    slow.kind = Fault::Kind::Delay;
    slow.delayMs = 1500;
    slow.applyFirst = true; // rotated at once, answered late
    m_server->addFault(slow);
    m_server->clearRequestLog();

    ApiJob *job = m_app->api.get(m_app->api.url(QStringLiteral("/api/v2/user/me/")));
    QSignalSpy jobDone(job, &ApiJob::finished);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(countRequests(*m_server, "POST", QString::fromLatin1(TokenPath),
                                  "grant_type=refresh_token"),
        1, 10000);
    QVERIFY(m_app->controller.session()->isRefreshing());

    QSignalSpy out(&m_app->controller, &SignInController::signedOut);
    m_app->controller.signOut();
    QVERIFY(out.wait(10000));
    QVERIFY(jobDone.size() == 1 || jobDone.wait(5000));
    // The old pair and the pair the late refresh brought: four revocations.
    QTRY_COMPARE_WITH_TIMEOUT(
        countRequests(*m_server, "POST", QStringLiteral("/oauth/revoke_token/")), 4, 5000);
    QTest::qWait(200);
    QCOMPARE(countRequests(*m_server, "POST", QStringLiteral("/oauth/revoke_token/")), 4);
    QVERIFY(!m_app->controller.isSignedIn());
    QVERIFY(m_app->controller.session()->accessToken().isEmpty());
}

// Issue 12: a pasted token with a line break went into the header as it was.
void TestSignInFlows::pastedTokenWithLineBreakRefused()
{
    const QString token = m_server->issueAccessToken(QStringLiteral("support"));
    m_server->clearRequestLog();
    QSignalSpy failed(&m_app->controller, &SignInController::signInFailed);
    m_app->controller.signInWithToken(m_server->baseUrl(), QStringLiteral("prefeditor"),
        token + QStringLiteral("\r\nX-Injected: 1"));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("line breaks")),
        qPrintable(failed.at(0).at(0).toString()));
    QTest::qWait(100);
    QVERIFY(m_server->requestLog().isEmpty());
    QVERIFY(!m_app->controller.isSignedIn());
}

QTEST_GUILESS_MAIN(TestSignInFlows)
#include "tst_signinflows.moc"
