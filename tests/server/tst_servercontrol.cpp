// The rest of the test control API (--enable-test-control): the request
// log with Authorization and form secrets redacted, kept only with the
// option; minted and expired tokens, approval; its absence without the
// option; and garbage on the socket.
#include "ServerTestCase.h"

#include <QTcpSocket>
#include <QTest>

class TestServerControl : public ServerTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void controlApiAbsentWithoutOption();
    void requestLogRedactsAuthorization();
    void requestLogThroughTheCppApi();
    void requestLogKeptOnlyWithTestControl();
    void requestLogRedactsFormSecrets();
    void redactFormSecrets_data();
    void redactFormSecrets();
    void controlMintsTokens();
    void controlExpiresTokens();
    void controlApprovesAuthorization();
    void garbageOnTheSocketDoesNotHurt();

private:
    // m_client has no token: the control API needs none.
    std::unique_ptr<ServerTestClient> m_alice;
};

static const QString kMe = QStringLiteral("/api/v2/user/me/");
static const QString kList = QStringLiteral("/api/v2/user/me/preference/");

void TestServerControl::initTestCase()
{
    ServerOptions options;
    options.enableTestControl = true;
    QVERIFY(startDemoServer(options));
    m_alice = std::make_unique<ServerTestClient>(m_server->baseUrl());
    QVERIFY(m_alice->signIn(QStringLiteral("alice")));
}

void TestServerControl::init()
{
    QCOMPARE(m_client->deleteResource(QStringLiteral("/_control/faults")).status, 204);
    QCOMPARE(m_client->deleteResource(QStringLiteral("/_control/requests")).status, 204);
}

void TestServerControl::controlApiAbsentWithoutOption()
{
    ServerOptions options;
    options.demo = true;
    PrefServer server(options);
    QVERIFY(server.start());
    ServerTestClient client(server.baseUrl());
    QCOMPARE(client.postJson(u"/_control/faults"_qs, R"({"path":"*","kind":"drop"})").status, 404);
    QCOMPARE(client.get(u"/_control/requests"_qs).status, 404);
    QCOMPARE(client.postJson(u"/_control/token"_qs, R"({"username":"support"})").status, 404);
    QCOMPARE(client.postJson(u"/_control/expire_tokens"_qs, "{}").status, 404);
    QCOMPARE(client.postJson(u"/_control/approve"_qs, R"({"username":"support"})").status, 404);
    QCOMPARE(client.postJson(u"/_control/clock"_qs, R"({"advance_ms":1})").status, 404);
    QCOMPARE(client.get(u"/_control/clock"_qs).status, 404);
}

void TestServerControl::requestLogRedactsAuthorization()
{
    const Json created =
        m_alice->postJson(kList, R"({"key":"logged","value":{"b":1,"a":2}})").json();
    const QString path = kList + QString::number(created.at("id").get<qint64>()) + u'/';
    QCOMPARE(m_client->deleteResource(u"/_control/requests"_qs).status, 204);

    QCOMPARE(m_alice->patchJson(path + u"?trace=1"_qs, R"({"value":"new"})").status, 200);
    ServerTestClient anonymous(m_server->baseUrl());
    QCOMPARE(anonymous.get(kMe).status, 401);

    const HttpResult result = m_client->get(u"/_control/requests"_qs);
    QCOMPARE(result.status, 200);
    const Json log = result.json();
    QCOMPARE(log.size(), size_t(2)); // control requests are not logged
    const Json &patch = log.at(0);
    QCOMPARE(jsonKeys(patch),
        (QStringList {u"method"_qs, u"path"_qs, u"query"_qs, u"headers"_qs, u"body"_qs}));
    QCOMPARE(jsonString(patch, "method"), u"PATCH"_qs);
    QCOMPARE(jsonString(patch, "path"), path);
    QCOMPARE(jsonString(patch, "query"), u"trace=1"_qs);
    QCOMPARE(jsonString(patch, "body"), uR"({"value":"new"})"_qs);
    QCOMPARE(jsonString(patch.at("headers"), "authorization"), u"[redacted]"_qs);
    QCOMPARE(jsonString(patch.at("headers"), "content-type"), u"application/json"_qs);
    QVERIFY(!result.body.contains(m_alice->token().toLatin1()));
    QCOMPARE(jsonString(log.at(1), "method"), u"GET"_qs);
    QVERIFY(!log.at(1).at("headers").contains("authorization"));

    QCOMPARE(m_client->deleteResource(u"/_control/requests"_qs).status, 204);
    QVERIFY(m_client->get(u"/_control/requests"_qs).json().empty());
}

void TestServerControl::requestLogThroughTheCppApi()
{
    QCOMPARE(m_alice->get(kMe).status, 200);
    const QList<RecordedRequest> log = m_server->requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).method, QByteArray("GET"));
    QCOMPARE(log.at(0).path, kMe);
    bool sawAuthorization = false;
    for (const auto &[name, value] : log.at(0).headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            sawAuthorization = true;
            QCOMPARE(value, QByteArray("[redacted]"));
        }
    }
    QVERIFY(sawAuthorization);
    m_server->clearRequestLog();
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestServerControl::requestLogKeptOnlyWithTestControl()
{
    // As the editor's in-process demo runs it: no log at all.
    ServerOptions options;
    options.demo = true;
    PrefServer server(options);
    QVERIFY(server.start());
    ServerTestClient client(server.baseUrl());
    QVERIFY(client.signIn(u"alice"_qs)); // a password grant
    QCOMPARE(client.get(kMe).status, 200);
    QCOMPARE(client.postJson(kList, R"({"key":"unlogged","value":1})").status, 201);
    QVERIFY(server.requestLog().isEmpty());
}

void TestServerControl::requestLogRedactsFormSecrets()
{
    const auto [access, refresh] = m_client->passwordGrant(u"alice"_qs, u"alice"_qs);
    QVERIFY(!refresh.isEmpty());
    const HttpResult refreshed = m_client->postForm(u"/oauth/token/"_qs,
        encodedForm({{u"grant_type"_qs, u"refresh_token"_qs}, {u"client_id"_qs, u"prefeditor"_qs},
            {u"refresh_token"_qs, refresh}}));
    QCOMPARE(refreshed.status, 200);
    const QString newAccess = jsonString(refreshed.json(), "access_token");
    QCOMPARE(m_client
                 ->postForm(u"/oauth/revoke_token/"_qs,
                     encodedForm({{u"client_id"_qs, u"prefeditor"_qs}, {u"token"_qs, newAccess}}))
                 .status,
        200);
    QCOMPARE(m_client
                 ->postForm(u"/oauth/token/"_qs,
                     encodedForm({{u"grant_type"_qs, u"authorization_code"_qs},
                         {u"client_id"_qs, u"prefeditor"_qs}, {u"code"_qs, u"c0de-value"_qs},
                         {u"code_verifier"_qs, u"verifier-value"_qs},
                         {u"client_secret"_qs, u"s3cret-value"_qs},
                         {u"redirect_uri"_qs, u"http://127.0.0.1:5/cb"_qs}}))
                 .status,
        400);

    const QList<RecordedRequest> log = m_server->requestLog();
    QCOMPARE(log.size(), 4);
    QCOMPARE(log.at(0).body,
        QByteArray("grant_type=password&client_id=prefeditor&username=alice&password=[redacted]"));
    QCOMPARE(log.at(1).body,
        QByteArray("grant_type=refresh_token&client_id=prefeditor&refresh_token=[redacted]"));
    QCOMPARE(log.at(2).path, u"/oauth/revoke_token/"_qs);
    QCOMPARE(log.at(2).body, QByteArray("client_id=prefeditor&token=[redacted]"));
    QCOMPARE(log.at(3).body,
        QByteArray("grant_type=authorization_code&client_id=prefeditor&code=[redacted]&"
                   "code_verifier=[redacted]&client_secret=[redacted]&"
                   "redirect_uri=http%3A%2F%2F127.0.0.1%3A5%2Fcb"));

    // The same over HTTP, and no secret anywhere in the answer.
    const HttpResult result = m_client->get(u"/_control/requests"_qs);
    QCOMPARE(result.status, 200);
    QCOMPARE(jsonString(result.json().at(0), "body"),
        u"grant_type=password&client_id=prefeditor&username=alice&password=[redacted]"_qs);
    for (const QString &secret : {access, refresh, newAccess, u"c0de-value"_qs,
             u"verifier-value"_qs, u"s3cret-value"_qs, u"password=alice"_qs})
        QVERIFY2(!result.body.contains(secret.toLatin1()), qPrintable(secret));
}

void TestServerControl::redactFormSecrets_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("redacted");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("no secrets") << QByteArray("a=1&b=2") << QByteArray("a=1&b=2");
    QTest::newRow("password") << QByteArray("username=x&password=a%2Bb%20%26c")
                              << QByteArray("username=x&password=[redacted]");
    QTest::newRow("encoded name") << QByteArray("pass%77ord=x&to%6Ben=y")
                                  << QByteArray("pass%77ord=[redacted]&to%6Ben=[redacted]");
    QTest::newRow("no value") << QByteArray("token&code=")
                              << QByteArray("token=[redacted]&code=[redacted]");
    QTest::newRow("similar names") << QByteArray("tokens=1&passwords=2&code_challenge=3")
                                   << QByteArray("tokens=1&passwords=2&code_challenge=3");
    QTest::newRow("repeated") << QByteArray("code=1&code=2")
                              << QByteArray("code=[redacted]&code=[redacted]");
}

void TestServerControl::redactFormSecrets()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, redacted);
    QCOMPARE(FaultInjector::redactFormSecrets(body), redacted);
}

void TestServerControl::controlMintsTokens()
{
    HttpResult result = m_client->postJson(
        u"/_control/token"_qs, R"({"username":"support","kind":"opaque","expires_in":3600})");
    QCOMPARE(result.status, 200);
    ServerTestClient support(m_server->baseUrl());
    support.setToken(jsonString(result.json(), "access_token"));
    QCOMPARE(jsonString(support.get(kMe).json(), "username"), u"support"_qs);

    result = m_client->postJson(u"/_control/token"_qs, R"({"username":"bob","kind":"jwt"})");
    QCOMPARE(result.status, 200);
    const QString jwt = jsonString(result.json(), "access_token");
    QCOMPARE(jwt.count(u'.'), 2);
    ServerTestClient bob(m_server->baseUrl());
    bob.setToken(jwt);
    QCOMPARE(jsonString(bob.get(kMe).json(), "username"), u"bob"_qs);

    result = m_client->postJson(
        u"/_control/token"_qs, R"({"username":"bob","kind":"jwt","expires_in":0})");
    bob.setToken(jsonString(result.json(), "access_token"));
    QCOMPARE(bob.get(kMe).status, 401);
    QCOMPARE(m_client->postJson(u"/_control/token"_qs, R"({"username":"nobody"})").status, 400);
    QCOMPARE(
        m_client->postJson(u"/_control/token"_qs, R"({"username":"bob","kind":"magic"})").status,
        400);
}

void TestServerControl::controlExpiresTokens()
{
    ServerTestClient client(m_server->baseUrl());
    const auto [access, refresh] = client.passwordGrant(u"bob"_qs, u"bob"_qs);
    client.setToken(access);
    QCOMPARE(client.get(kMe).status, 200);
    const HttpResult result = m_client->postJson(u"/_control/expire_tokens"_qs, QByteArray());
    QCOMPARE(result.status, 200);
    QVERIFY(result.json().at("expired").get<int>() >= 1);
    const HttpResult expired = client.get(kMe);
    QCOMPARE(expired.status, 401);
    QCOMPARE_JSON(expired.json(), Json::parse(R"({"detail":"Invalid or expired token."})"));
    QCOMPARE(m_alice->get(kMe).status, 401);
    QVERIFY(m_alice->signIn(u"alice"_qs));
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_qs, u"refresh_token"_qs);
    form.addQueryItem(u"client_id"_qs, u"prefeditor"_qs);
    form.addQueryItem(u"refresh_token"_qs, refresh);
    client.setToken(QString());
    QCOMPARE(client.postForm(u"/oauth/token/"_qs, form).status, 200);
}

void TestServerControl::controlApprovesAuthorization()
{
    const QString authorize =
        u"/oauth/authorize/?response_type=code&client_id=prefeditor&redirect_uri="
        "http%3A%2F%2F127.0.0.1%3A4000%2Fcb&state=st&code_challenge_method=S256&"
        "code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_qs; // RFC 7636, appendix B
    QCOMPARE(m_client->get(authorize).status, 200); // nobody approved yet: the account chooser
    QCOMPARE(m_client->postJson(u"/_control/approve"_qs, R"({"username":"bob"})").status, 200);
    const HttpResult redirect = m_client->get(authorize);
    QCOMPARE(redirect.status, 302);
    const QUrlQuery query(QUrl(QString::fromUtf8(redirect.header("Location"))));
    QCOMPARE(query.queryItemValue(u"state"_qs), u"st"_qs);
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_qs, u"authorization_code"_qs);
    form.addQueryItem(u"client_id"_qs, u"prefeditor"_qs);
    form.addQueryItem(u"code"_qs, query.queryItemValue(u"code"_qs));
    form.addQueryItem(u"redirect_uri"_qs, u"http%3A%2F%2F127.0.0.1%3A4000%2Fcb"_qs);
    form.addQueryItem(u"code_verifier"_qs, u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_qs);
    const HttpResult tokens = m_client->postForm(u"/oauth/token/"_qs, form);
    QCOMPARE(tokens.status, 200);
    ServerTestClient bob(m_server->baseUrl());
    bob.setToken(jsonString(tokens.json(), "access_token"));
    QCOMPARE(jsonString(bob.get(kMe).json(), "username"), u"bob"_qs);
    QCOMPARE(m_client->postJson(u"/_control/approve"_qs, R"({"username":"nobody"})").status, 400);
    QCOMPARE(m_client->postJson(u"/_control/approve"_qs, R"({"username":null})").status, 200);
    QCOMPARE(m_client->get(authorize).status, 200);
}

void TestServerControl::garbageOnTheSocketDoesNotHurt()
{
    for (const QByteArray &garbage :
        {QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11),
            QByteArray("NOT HTTP AT ALL\r\n\r\n"),
            QByteArray("GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n"),
            QByteArray(
                "POST /oauth/token/ HTTP/1.1\r\nHost: x\r\nContent-Length: 999999\r\n\r\nabc")}) {
        QTcpSocket socket;
        socket.connectToHost(m_server->baseUrl().host(), m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(garbage);
        socket.waitForBytesWritten(1000);
        socket.waitForReadyRead(200);
        socket.abort();
    }
    QCOMPARE(m_alice->get(kMe).status, 200);
}

QTEST_GUILESS_MAIN(TestServerControl)
#include "tst_servercontrol.moc"
