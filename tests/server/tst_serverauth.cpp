// OAuth on PrefServer: the password and refresh_token grants, token expiry,
// revocation and JWT access tokens, expiry by the server's clock (never by
// waiting), constant-time secret comparison (tst_serverauthorizationcode
// covers the authorization code flow).
#include "HttpHelpers.h"
#include "SecretCompare.h"
#include "ServerTestCase.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

class TestServerAuth : public ServerTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void passwordGrantAnswersTokenPair();
    void passwordGrantErrors_data();
    void passwordGrantErrors();
    void oauthEndpointsWantFormBodies();
    void refreshTokensRotate();
    void accessTokensExpireAfterLifetime();
    void clockAdvancesThroughTheControlApi();
    void jwtExpiresWithTheClock();
    void passwordCompareIsConstantTime();
    void expireAllAccessTokens();
    void revokeAccessToken();
    void revokeRefreshToken();
    void revokeErrors();
    void jwtAccessTokenAccepted();
    void expiredOrTamperedJwtRefused();
};

void TestServerAuth::initTestCase()
{
    ServerOptions options;
    options.tokenLifetimeSeconds = 3600;
    QVERIFY(startDemoServer(options));
}

void TestServerAuth::init()
{
    m_client->setToken(QString());
    m_server->setAutoApproveUser(QString());
}

void TestServerAuth::passwordGrantAnswersTokenPair()
{
    const HttpResult result = m_client->postForm(QStringLiteral("/oauth/token/"),
        encodedForm({{u"grant_type"_qs, u"password"_qs}, {u"client_id"_qs, u"prefeditor"_qs},
            {u"username"_qs, u"alice"_qs}, {u"password"_qs, u"alice"_qs}}));
    QCOMPARE(result.status, 200);
    const Json json = result.json();
    QCOMPARE(jsonKeys(json),
        (QStringList {u"access_token"_qs, u"expires_in"_qs, u"token_type"_qs, u"scope"_qs,
            u"refresh_token"_qs}));
    QCOMPARE(json.at("expires_in").get<int>(), 3600);
    QCOMPARE(jsonString(json, "token_type"), u"Bearer"_qs);
    QCOMPARE(jsonString(json, "scope"), u"read write"_qs);
    QVERIFY(jsonString(json, "access_token").size() >= 20);
    QVERIFY(jsonString(json, "access_token") != jsonString(json, "refresh_token"));
    QCOMPARE(result.header("Cache-Control"), QByteArray("no-store"));

    m_client->setToken(jsonString(json, "access_token"));
    const Json me = m_client->get(QStringLiteral("/api/v2/user/me/")).json();
    QCOMPARE(jsonString(me, "username"), u"alice"_qs);
    // The refresh token is no access token.
    QCOMPARE(meStatus(jsonString(json, "refresh_token")), 401);
}

void TestServerAuth::passwordGrantErrors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("wrong password")
        << u"grant_type=password&client_id=prefeditor&username=alice&password=bob"_qs << 400
        << u"invalid_grant"_qs;
    QTest::newRow("unknown user")
        << u"grant_type=password&client_id=prefeditor&username=nobody&password=x"_qs << 400
        << u"invalid_grant"_qs;
    QTest::newRow("user without password")
        << u"grant_type=password&client_id=prefeditor&username=giulia.romano&password=x"_qs << 400
        << u"invalid_grant"_qs;
    QTest::newRow("missing username") << u"grant_type=password&client_id=prefeditor&password=x"_qs
                                      << 400 << u"invalid_request"_qs;
    QTest::newRow("unknown client")
        << u"grant_type=password&client_id=other&username=alice&password=alice"_qs << 401
        << u"invalid_client"_qs;
    QTest::newRow("missing client")
        << u"grant_type=password&username=alice&password=alice"_qs << 401 << u"invalid_client"_qs;
    QTest::newRow("missing grant type")
        << u"client_id=prefeditor&username=alice&password=alice"_qs << 400 << u"invalid_request"_qs;
    QTest::newRow("unsupported grant") << u"grant_type=client_credentials&client_id=prefeditor"_qs
                                       << 400 << u"unsupported_grant_type"_qs;
    QTest::newRow("empty body") << QString() << 401 << u"invalid_client"_qs;
}

void TestServerAuth::passwordGrantErrors()
{
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    const HttpResult result = m_client->send("POST", m_client->url(QStringLiteral("/oauth/token/")),
        body.toUtf8(), "application/x-www-form-urlencoded");
    QCOMPARE(result.status, status);
    QCOMPARE(jsonString(result.json(), "error"), error);
    QVERIFY(!result.json().contains("access_token"));
}

void TestServerAuth::oauthEndpointsWantFormBodies()
{
    const QByteArray json =
        R"({"grant_type":"password","client_id":"prefeditor","username":"alice","password":"alice"})";
    HttpResult result = m_client->send(
        "POST", m_client->url(QStringLiteral("/oauth/token/")), json, "application/json");
    QCOMPARE(result.status, 400);
    QCOMPARE(jsonString(result.json(), "error"), u"invalid_request"_qs);
    result = m_client->get(QStringLiteral("/oauth/token/"));
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), QByteArray("POST"));
    // '+' is a space in form bodies; a password with spaces and symbols survives.
    QCOMPARE(m_client->passwordGrant(u"alice"_qs, u"alice"_qs).first.isEmpty(), false);
}

void TestServerAuth::refreshTokensRotate()
{
    const auto [access, refresh] = m_client->passwordGrant(u"bob"_qs, u"bob"_qs);
    QVERIFY(!refresh.isEmpty());
    const QUrlQuery refreshForm = encodedForm({{u"grant_type"_qs, u"refresh_token"_qs},
        {u"client_id"_qs, u"prefeditor"_qs}, {u"refresh_token"_qs, refresh}});
    HttpResult result = m_client->postForm(QStringLiteral("/oauth/token/"), refreshForm);
    QCOMPARE(result.status, 200);
    const QString newAccess = jsonString(result.json(), "access_token");
    const QString newRefresh = jsonString(result.json(), "refresh_token");
    QVERIFY(!newAccess.isEmpty());
    QVERIFY(newRefresh != refresh);
    QCOMPARE(meStatus(newAccess), 200);
    QCOMPARE(meStatus(access), 401); // the old access token went with its refresh token

    result = m_client->postForm(QStringLiteral("/oauth/token/"), refreshForm); // reuse
    QCOMPARE(result.status, 400);
    QCOMPARE(jsonString(result.json(), "error"), u"invalid_grant"_qs);
    // The new refresh token works once.
    result = m_client->postForm(QStringLiteral("/oauth/token/"),
        encodedForm({{u"grant_type"_qs, u"refresh_token"_qs}, {u"client_id"_qs, u"prefeditor"_qs},
            {u"refresh_token"_qs, newRefresh}}));
    QCOMPARE(result.status, 200);
    result = m_client->postForm(QStringLiteral("/oauth/token/"),
        encodedForm(
            {{u"grant_type"_qs, u"refresh_token"_qs}, {u"client_id"_qs, u"prefeditor"_qs}}));
    QCOMPARE(jsonString(result.json(), "error"), u"invalid_request"_qs);
}

void TestServerAuth::accessTokensExpireAfterLifetime()
{
    ServerOptions options;
    options.demo = true;
    options.tokenLifetimeSeconds = 1;
    PrefServer server(options);
    QVERIFY(server.start());
    ServerTestClient client(server.baseUrl());
    const QUrlQuery grant =
        encodedForm({{u"grant_type"_qs, u"password"_qs}, {u"client_id"_qs, u"prefeditor"_qs},
            {u"username"_qs, u"alice"_qs}, {u"password"_qs, u"alice"_qs}});
    const Json tokens = client.postForm(QStringLiteral("/oauth/token/"), grant).json();
    QCOMPARE(tokens.at("expires_in").get<int>(), 1);
    client.setToken(jsonString(tokens, "access_token"));
    QCOMPARE(client.get(QStringLiteral("/api/v2/user/me/")).status, 200);
    // The server's clock, not the wall clock: no waiting.
    server.advanceClock(500);
    QCOMPARE(client.get(QStringLiteral("/api/v2/user/me/")).status, 200);
    server.advanceClock(500);
    const HttpResult expired = client.get(QStringLiteral("/api/v2/user/me/"));
    QCOMPARE(expired.status, 401);
    QCOMPARE_JSON(expired.json(), Json::parse(R"({"detail":"Invalid or expired token."})"));
    // The refresh token outlives the access token.
    client.setToken(QString());
    const HttpResult refreshed = client.postForm(QStringLiteral("/oauth/token/"),
        encodedForm({{u"grant_type"_qs, u"refresh_token"_qs}, {u"client_id"_qs, u"prefeditor"_qs},
            {u"refresh_token"_qs, jsonString(tokens, "refresh_token")}}));
    QCOMPARE(refreshed.status, 200);
    client.setToken(jsonString(refreshed.json(), "access_token"));
    QCOMPARE(client.get(QStringLiteral("/api/v2/user/me/")).status, 200);
}

void TestServerAuth::clockAdvancesThroughTheControlApi()
{
    // Not the demo data: some of its timestamps lie days ahead, which
    // would hide the clock behind the "strictly increasing" bump.
    QTemporaryDir dir;
    ServerOptions options;
    options.dataFile = dir.filePath(u"data.json"_qs);
    QVERIFY(writeServerData(options.dataFile,
        Json::parse(R"([{"id": 2, "username": "alice", "password": "alice"}])"), Json::array()));
    options.enableTestControl = true;
    options.tokenLifetimeSeconds = 60;
    std::unique_ptr<PrefServer> server = startTestServer(options);
    QVERIFY(server);
    ServerTestClient control(server->baseUrl());
    ServerTestClient alice(server->baseUrl());
    QVERIFY(alice.signIn(u"alice"_qs));
    const Json before = control.get(u"/_control/clock"_qs).json();
    QCOMPARE(jsonKeys(before), (QStringList {u"now"_qs, u"offset_ms"_qs}));
    QCOMPARE(before.at("offset_ms").get<qint64>(), 0);

    HttpResult result = control.postJson(u"/_control/clock"_qs, R"({"advance_ms": 59000})");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().at("offset_ms").get<qint64>(), 59000);
    QVERIFY(HttpHelpers::parseTimestamp(jsonString(result.json(), "now")) >=
        HttpHelpers::parseTimestamp(jsonString(before, "now")) + 59000);
    QCOMPARE(alice.get(u"/api/v2/user/me/"_qs).status, 200);
    result = control.postJson(u"/_control/clock"_qs, R"({"advance_ms": 1000})");
    QCOMPARE(result.json().at("offset_ms").get<qint64>(), 60000);
    QCOMPARE(alice.get(u"/api/v2/user/me/"_qs).status, 401);

    // Timestamps follow the clock and stay strictly increasing.
    QVERIFY(alice.signIn(u"alice"_qs));
    const HttpResult created =
        alice.postJson(u"/api/v2/user/me/preference/"_qs, R"({"key":"clock.test","value":1})");
    QCOMPARE(created.status, 201);
    const qint64 createdAt = HttpHelpers::parseTimestamp(jsonString(created.json(), "created_at"));
    QVERIFY(createdAt >= HttpHelpers::parseTimestamp(jsonString(before, "now")) + 60000);
    const QString path =
        u"/api/v2/user/me/preference/%1/"_qs.arg(created.json().at("id").get<qint64>());
    qint64 last = createdAt;
    for (int i = 0; i < 5; ++i) {
        const Json updated = alice.patchJson(path, R"({"value":2})").json();
        const qint64 stamp = HttpHelpers::parseTimestamp(jsonString(updated, "last_updated_at"));
        QVERIFY2(stamp > last, qPrintable(jsonString(updated, "last_updated_at")));
        last = stamp;
    }
    QCOMPARE(control.postJson(u"/_control/clock"_qs, R"({"advance_ms": 3600000})").status, 200);
    QCOMPARE(alice.get(path).status, 401); // the hour also expired the token
    QVERIFY(alice.signIn(u"alice"_qs));
    const Json updated = alice.patchJson(path, R"({"value":3})").json();
    QVERIFY2(HttpHelpers::parseTimestamp(jsonString(updated, "last_updated_at")) >=
            last + 3600000 - 1000,
        updated.dump().c_str());

    for (const char *bad : {R"({"advance_ms": -1})", R"({"advance_ms": "10"})", R"({})",
             R"({"advance_ms": 1.5})", "[]"})
        QCOMPARE(control.postJson(u"/_control/clock"_qs, bad).status, 400);
    QCOMPARE(control.get(u"/_control/clock"_qs).json().at("offset_ms").get<qint64>(), 3660000);
}

void TestServerAuth::jwtExpiresWithTheClock()
{
    const QString jwt = m_server->issueJwtAccessToken(u"bob"_qs, 120);
    QCOMPARE(meStatus(jwt), 200);
    m_server->advanceClock(118 * 1000);
    QCOMPARE(meStatus(jwt), 200);
    m_server->advanceClock(2 * 1000);
    QCOMPARE(meStatus(jwt), 401);
}

void TestServerAuth::passwordCompareIsConstantTime()
{
    using SecretCompare::equalBytes;
    using SecretCompare::equalSecrets;
    QVERIFY(equalSecrets(u"alice"_qs, u"alice"_qs));
    QVERIFY(equalSecrets(QString(), QString()));
    QVERIFY(equalSecrets(u"pässwörd"_qs, u"pässwörd"_qs));
    QVERIFY(!equalSecrets(u"alice"_qs, u"alicf"_qs));
    QVERIFY(!equalSecrets(u"alice"_qs, u"alice "_qs));
    QVERIFY(!equalSecrets(u"alice"_qs, QString()));
    QVERIFY(equalBytes("abc", "abc"));
    QVERIFY(!equalBytes("abc", "abd"));
    QVERIFY(!equalBytes("abc", "ab"));
    QVERIFY(!equalBytes(QByteArray("a\0c", 3), QByteArray("a\0d", 3)));
    QVERIFY(!equalBytes(QByteArray(1, '\x80'), QByteArray(1, '\x00'))); // high bit counts

    // A difference in the first byte takes as long as one in the last: the
    // loop always runs to the end. Coarse, to stay stable on a busy machine:
    // an early-exit compare is ~1000 times faster on the first-byte case.
    const QByteArray secret(1 << 20, 'x');
    QByteArray first = secret;
    first[0] = 'y';
    QByteArray last = secret;
    last[last.size() - 1] = 'y';
    const auto timeOf = [&secret](const QByteArray &other) {
        QElapsedTimer timer;
        timer.start();
        bool anyEqual = false;
        for (int i = 0; i < 20; ++i)
            anyEqual = equalBytes(secret, other) || anyEqual;
        const qint64 elapsed = timer.nsecsElapsed();
        return anyEqual ? -1 : elapsed;
    };
    const qint64 firstTime = timeOf(first);
    const qint64 lastTime = timeOf(last);
    QVERIFY(firstTime > 0 && lastTime > 0);
    QVERIFY2(firstTime * 20 > lastTime,
        qPrintable(u"first %1 ns, last %2 ns"_qs.arg(firstTime).arg(lastTime)));
}

void TestServerAuth::expireAllAccessTokens()
{
    const auto [access, refresh] = m_client->passwordGrant(u"alice"_qs, u"alice"_qs);
    const QString opaque = m_server->issueAccessToken(u"alice"_qs);
    const QString jwt = m_server->issueJwtAccessToken(u"alice"_qs);
    QCOMPARE(meStatus(access), 200);
    QCOMPARE(meStatus(opaque), 200);
    QCOMPARE(meStatus(jwt), 200);
    m_server->expireAllAccessTokens();
    QCOMPARE(meStatus(access), 401);
    QCOMPARE(meStatus(opaque), 401);
    QCOMPARE(meStatus(jwt), 401);
    const HttpResult refreshed = m_client->postForm(QStringLiteral("/oauth/token/"),
        encodedForm({{u"grant_type"_qs, u"refresh_token"_qs}, {u"client_id"_qs, u"prefeditor"_qs},
            {u"refresh_token"_qs, refresh}}));
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(meStatus(jsonString(refreshed.json(), "access_token")), 200);
    // Tokens issued afterwards work.
    QCOMPARE(meStatus(m_server->issueJwtAccessToken(u"alice"_qs)), 200);
}

void TestServerAuth::revokeAccessToken()
{
    const auto [access, refresh] = m_client->passwordGrant(u"alice"_qs, u"alice"_qs);
    const HttpResult result = m_client->postForm(QStringLiteral("/oauth/revoke_token/"),
        encodedForm({{u"client_id"_qs, u"prefeditor"_qs}, {u"token"_qs, access}}));
    QCOMPARE(result.status, 200);
    QCOMPARE(meStatus(access), 401);
    const HttpResult refreshed = m_client->postForm(QStringLiteral("/oauth/token/"),
        encodedForm({{u"grant_type"_qs, u"refresh_token"_qs}, {u"client_id"_qs, u"prefeditor"_qs},
            {u"refresh_token"_qs, refresh}}));
    QCOMPARE(refreshed.status, 400);
}

void TestServerAuth::revokeRefreshToken()
{
    const auto [access, refresh] = m_client->passwordGrant(u"alice"_qs, u"alice"_qs);
    QCOMPARE(m_client
                 ->postForm(QStringLiteral("/oauth/revoke_token/"),
                     encodedForm({{u"client_id"_qs, u"prefeditor"_qs}, {u"token"_qs, refresh}}))
                 .status,
        200);
    QCOMPARE(meStatus(access), 401);
    const QString jwt = m_server->issueJwtAccessToken(u"bob"_qs);
    QCOMPARE(meStatus(jwt), 200);
    QCOMPARE(m_client
                 ->postForm(QStringLiteral("/oauth/revoke_token/"),
                     encodedForm({{u"client_id"_qs, u"prefeditor"_qs}, {u"token"_qs, jwt}}))
                 .status,
        200);
    QCOMPARE(meStatus(jwt), 401);
}

void TestServerAuth::revokeErrors()
{
    // RFC 7009: an unknown token is not an error.
    QCOMPARE(
        m_client
            ->postForm(QStringLiteral("/oauth/revoke_token/"),
                encodedForm({{u"client_id"_qs, u"prefeditor"_qs}, {u"token"_qs, u"unknown"_qs}}))
            .status,
        200);
    HttpResult result = m_client->postForm(QStringLiteral("/oauth/revoke_token/"),
        encodedForm({{u"client_id"_qs, u"other"_qs}, {u"token"_qs, u"unknown"_qs}}));
    QCOMPARE(result.status, 401);
    QCOMPARE(jsonString(result.json(), "error"), u"invalid_client"_qs);
    result = m_client->postForm(
        QStringLiteral("/oauth/revoke_token/"), encodedForm({{u"client_id"_qs, u"prefeditor"_qs}}));
    QCOMPARE(result.status, 400);
    QCOMPARE(jsonString(result.json(), "error"), u"invalid_request"_qs);
}

void TestServerAuth::jwtAccessTokenAccepted()
{
    const QString jwt = m_server->issueJwtAccessToken(u"bob"_qs, 600);
    const QStringList parts = jwt.split(u'.');
    QCOMPARE(parts.size(), 3);
    const auto decode = [](const QString &part) {
        const QByteArray bytes =
            QByteArray::fromBase64(part.toLatin1(), QByteArray::Base64UrlEncoding);
        return Json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
    };
    QCOMPARE_JSON(decode(parts.at(0)), Json::parse(R"({"alg":"HS256","typ":"JWT"})"));
    const Json claims = decode(parts.at(1));
    QCOMPARE(claims.at("user_id").get<int>(), 3);
    QCOMPARE(jsonString(claims, "token_type"), u"access"_qs);
    QCOMPARE(claims.at("exp").get<qint64>() - claims.at("iat").get<qint64>(), qint64(600));
    QVERIFY(!jsonString(claims, "jti").isEmpty());

    ServerTestClient client(m_server->baseUrl());
    client.setToken(jwt);
    QCOMPARE(jsonString(client.get(u"/api/v2/user/me/"_qs).json(), "username"), u"bob"_qs);
    QCOMPARE(client.get(u"/api/v2/user/me/preference/"_qs).status, 200);
}

void TestServerAuth::expiredOrTamperedJwtRefused()
{
    QCOMPARE(meStatus(m_server->issueJwtAccessToken(u"bob"_qs, 0)), 401);
    const QStringList parts = m_server->issueJwtAccessToken(u"bob"_qs).split(u'.');
    // Claim to be the admin with bob's signature.
    Json claims =
        Json::parse(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding)
                        .toStdString());
    claims["user_id"] = 1;
    const QString forged = parts.at(0) + u'.' +
        QString::fromLatin1(
            QByteArray::fromStdString(claims.dump())
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
        u'.' + parts.at(2);
    QCOMPARE(meStatus(forged), 401);
    QCOMPARE(meStatus(parts.at(0) + u'.' + parts.at(1) + u".AAAA"_qs), 401);
    QCOMPARE(meStatus(u"a.b.c"_qs), 401);
    QCOMPARE(meStatus(parts.join(u'.')), 200);
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_serverauth.moc"
