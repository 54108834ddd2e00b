// The test control API of PrefServer (--enable-test-control): scripted
// faults of every kind, the request log, tokens and approval; and its absence
// without the option. Also: garbage on the socket does not hurt the server.
#include "RawHttpConnection.h"
#include "ServerTestCase.h"

#include <QTcpSocket>
#include <QTest>

class TestServerFaults : public ServerTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void statusFaultWithRetryAfter();
    void statusFaultCountsDownAndFiltersByMethod();
    void faultsApplyInSchedulingOrder();
    void wildcardPathMatchesAnyRequest();
    void dropClosesTheConnection();
    void dropSeenByNetworkAccessManager();
    void malformedJsonBody();
    void htmlErrorPage();
    void redirectFault();
    void delayedAnswer();
    void delayCombinesWithOtherKinds();
    void listAndClearFaults();
    void invalidFaultsAreRefused_data();
    void invalidFaultsAreRefused();
    void faultsThroughTheCppApi();
    void appliedThenDropped();
    void appliedThenDelayed();
    void appliedThenAnsweredWithStatus();
    void withoutApplyNothingIsWritten();
    void appliedDropSeenByNetworkAccessManager();
    void applyThroughTheCppApi();

private:
    // alice's preference with this key as JSON, or a discarded value.
    Json alicePreference(const QString &key);

    // m_client has no token: the control API needs none.
    std::unique_ptr<ServerTestClient> m_alice;
};

static const QString kMe = QStringLiteral("/api/v2/user/me/");
static const QString kList = QStringLiteral("/api/v2/user/me/preference/");

void TestServerFaults::initTestCase()
{
    ServerOptions options;
    options.enableTestControl = true;
    QVERIFY(startDemoServer(options));
    m_alice = std::make_unique<ServerTestClient>(m_server->baseUrl());
    QVERIFY(m_alice->signIn(QStringLiteral("alice")));
}

void TestServerFaults::init()
{
    QCOMPARE(m_client->deleteResource(QStringLiteral("/_control/faults")).status, 204);
    QCOMPARE(m_client->deleteResource(QStringLiteral("/_control/requests")).status, 204);
}

Json TestServerFaults::alicePreference(const QString &key)
{
    const Json page = m_alice->get(kList + u"?key="_qs + key).json();
    if (!page.is_object() || page.at("results").empty())
        return Json(Json::value_t::discarded);
    return page.at("results").at(0);
}

void TestServerFaults::statusFaultWithRetryAfter()
{
    const HttpResult scheduled = addFault(
        R"({"path":"/api/v2/user/me/preference/","kind":"status","status":429,"retry_after":"2"})");
    QCOMPARE(scheduled.status, 201);
    QCOMPARE(jsonString(scheduled.json(), "kind"), u"status"_qs);
    HttpResult result = m_alice->get(kList);
    QCOMPARE(result.status, 429);
    QCOMPARE(result.header("Retry-After"), QByteArray("2"));
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE_JSON(result.json(),
        Json::parse(R"({"detail":"Request was throttled. Expected available in 2 seconds."})"));
    result = m_alice->get(kList);
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Retry-After").isEmpty());
}

void TestServerFaults::statusFaultCountsDownAndFiltersByMethod()
{
    QCOMPARE(
        addFault(
            R"({"path":"/api/v2/user/me/preference/","method":"POST","kind":"status","status":503,"count":2})")
            .status,
        201);
    QCOMPARE(m_alice->get(kList).status, 200); // GET passes
    for (int i = 0; i < 2; ++i) {
        const HttpResult result = m_alice->postJson(kList, R"({"key":"fault.503","value":1})");
        QCOMPARE(result.status, 503);
        QCOMPARE_JSON(result.json(),
            Json::parse(R"({"detail":"Service temporarily unavailable, try again later."})"));
    }
    QCOMPARE(m_alice->postJson(kList, R"({"key":"fault.503","value":1})").status, 201);
    // The path must match exactly; the query does not count.
    QCOMPARE(addFault(R"({"path":"/api/v2/user/me/","kind":"status","status":500})").status, 201);
    QCOMPARE(m_alice->get(kList).status, 200);
    const HttpResult result = m_alice->get(kMe + u"?x=1"_qs);
    QCOMPARE(result.status, 500);
    QCOMPARE_JSON(result.json(), Json::parse(R"({"detail":"A server error occurred."})"));
}

void TestServerFaults::faultsApplyInSchedulingOrder()
{
    QCOMPARE(addFault(R"({"path":"/api/v2/user/me/","kind":"status","status":500})").status, 201);
    QCOMPARE(addFault(R"({"path":"/api/v2/user/me/","kind":"status","status":503})").status, 201);
    QCOMPARE(addFault(R"({"path":"/api/v2/user/me/","kind":"status","status":410})").status, 201);
    QCOMPARE(m_alice->get(kMe).status, 500);
    QCOMPARE(m_alice->get(kMe).status, 503);
    const HttpResult gone = m_alice->get(kMe);
    QCOMPARE(gone.status, 410);
    QCOMPARE_JSON(gone.json(), Json::parse(R"({"detail":"Gone."})"));
    QCOMPARE(m_alice->get(kMe).status, 200);
}

void TestServerFaults::wildcardPathMatchesAnyRequest()
{
    QCOMPARE(addFault(R"({"path":"*","kind":"status","status":500,"count":2})").status, 201);
    QCOMPARE(m_alice->get(kMe).status, 500);
    QCOMPARE(m_client->postForm(u"/oauth/token/"_qs, QUrlQuery()).status, 500);
    // Control requests are never faulted.
    QCOMPARE(addFault(R"({"path":"*","kind":"drop"})").status, 201);
    QCOMPARE(m_client->get(u"/_control/requests"_qs).status, 200);
    QCOMPARE(m_client->get(u"/_control/faults"_qs).json().size(), size_t(1));
}

void TestServerFaults::dropClosesTheConnection()
{
    QCOMPARE(addFault(R"({"path":"/api/v2/user/me/","kind":"drop"})").status, 201);
    QTcpSocket socket;
    socket.connectToHost(m_server->baseUrl().host(), m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/v2/user/me/ HTTP/1.1\r\nHost: " +
        m_server->baseUrl().authority().toLatin1() + "\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(socket.readAll().isEmpty());
    QCOMPARE(m_alice->get(kMe).status, 200);
}

void TestServerFaults::dropSeenByNetworkAccessManager()
{
    // QNetworkAccessManager (Qt 6.4) silently resends a request once when the
    // connection closes before any answer: one drop goes unnoticed, two reach
    // the application as RemoteHostClosedError.
    QCOMPARE(addFault(R"({"path":"/api/v2/user/me/","kind":"drop","count":1})").status, 201);
    HttpResult result = m_alice->get(kMe);
    QCOMPARE(result.status, 200);
    QCOMPARE(m_server->requestLog().size(), 2);

    m_server->clearRequestLog();
    QCOMPARE(addFault(R"({"path":"/api/v2/user/me/","kind":"drop","count":2})").status, 201);
    result = m_alice->get(kMe);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_server->requestLog().size(), 2);
    QVERIFY(m_client->get(u"/_control/faults"_qs).json().empty());
    QCOMPARE(m_alice->get(kMe).status, 200);
}

void TestServerFaults::malformedJsonBody()
{
    QCOMPARE(addFault(R"({"path":"/api/v2/user/me/preference/","kind":"malformed"})").status, 201);
    const HttpResult result = m_alice->get(kList);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(!result.body.isEmpty());
    QVERIFY(result.json().is_discarded());
    QVERIFY(!m_alice->get(kList).json().is_discarded());
}

void TestServerFaults::htmlErrorPage()
{
    QCOMPARE(addFault(R"({"path":"/api/v2/user/me/preference/","kind":"html"})").status, 201);
    HttpResult result = m_alice->get(kList);
    QCOMPARE(result.status, 502);
    QVERIFY(result.header("Content-Type").startsWith("text/html"));
    QVERIFY(result.body.contains("<html>"));
    QVERIFY(result.body.contains("502 Bad Gateway"));
    QVERIFY(result.json().is_discarded());
    QCOMPARE(
        addFault(
            R"({"path":"/api/v2/user/me/preference/","kind":"html","status":503,"retry_after":"30"})")
            .status,
        201);
    result = m_alice->get(kList);
    QCOMPARE(result.status, 503);
    QCOMPARE(result.header("Retry-After"), QByteArray("30"));
    QVERIFY(result.body.contains("503 Service Unavailable"));
}

void TestServerFaults::redirectFault()
{
    const QByteArray location = m_server->baseUrl().toString().toLatin1() + "/api/v2/user/me/";
    const QByteArray body =
        R"({"path":"/api/v2/user/me/preference/","kind":"redirect","location":")" + location +
        "\"}";
    QCOMPARE(addFault(body).status, 201);
    HttpResult result = m_alice->get(kList);
    QCOMPARE(result.status, 302);
    QCOMPARE(result.header("Location"), location);
    const QByteArray temporary =
        "{\"path\":\"/api/v2/user/me/preference/\",\"kind\":\"redirect\",\"status\":307,"
        "\"location\":\"https:/"
        "/elsewhere.example/\"}";
    QCOMPARE(addFault(temporary).status, 201);
    result = m_alice->get(kList);
    QCOMPARE(result.status, 307);
    QCOMPARE(result.header("Location"), QByteArray("https://elsewhere.example/"));
    QCOMPARE(m_alice->get(kList).status, 200);
}

void TestServerFaults::delayedAnswer()
{
    QCOMPARE(addFault(R"({"path":"/api/v2/user/me/","kind":"delay","delay_ms":400})").status, 201);
    HttpResult result = m_alice->get(kMe);
    QCOMPARE(result.status, 200);
    QCOMPARE(jsonString(result.json(), "username"), u"alice"_qs);
    QVERIFY2(result.elapsedMs >= 390, qPrintable(QString::number(result.elapsedMs)));
    result = m_alice->get(kMe);
    QVERIFY(result.elapsedMs < 390);
    // A delayed write happens after the delay.
    QCOMPARE(
        addFault(
            R"({"path":"/api/v2/user/me/preference/","method":"POST","kind":"delay","delay_ms":200})")
            .status,
        201);
    result = m_alice->postJson(kList, R"({"key":"delayed.create","value":[1]})");
    QCOMPARE(result.status, 201);
    QVERIFY(result.elapsedMs >= 190);
}

void TestServerFaults::delayCombinesWithOtherKinds()
{
    QCOMPARE(addFault(R"({"path":"/api/v2/user/me/","kind":"status","status":503,"delay_ms":300})")
                 .status,
        201);
    HttpResult result = m_alice->get(kMe);
    QCOMPARE(result.status, 503);
    QVERIFY(result.elapsedMs >= 290);
    QCOMPARE(
        addFault(R"({"path":"/api/v2/user/me/","kind":"drop","delay_ms":200,"count":2})").status,
        201);
    result = m_alice->get(kMe);
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(result.elapsedMs >= 390);
}

void TestServerFaults::listAndClearFaults()
{
    QCOMPARE(addFault(R"({"path":"/a/","kind":"status","status":500,"count":4,"method":"patch"})")
                 .status,
        201);
    QCOMPARE(addFault(R"({"path":"*","kind":"delay"})").status, 201);
    const Json faults = m_client->get(u"/_control/faults"_qs).json();
    QCOMPARE(faults.size(), size_t(2));
    QCOMPARE_JSON(faults.at(0),
        Json::parse(R"({"path":"/a/","method":"PATCH","count":4,"kind":"status","status":500,
                        "retry_after":null,"delay_ms":0,"location":null,"apply":false})"));
    QCOMPARE(faults.at(1).at("delay_ms").get<int>(), 1000); // the default delay
    QCOMPARE(m_client->deleteResource(u"/_control/faults"_qs).status, 204);
    QVERIFY(m_client->get(u"/_control/faults"_qs).json().empty());
    QCOMPARE(m_alice->get(kMe).status, 200);
}

void TestServerFaults::invalidFaultsAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no path") << QByteArray(R"({"kind":"drop"})");
    QTest::newRow("relative path") << QByteArray(R"({"path":"api","kind":"drop"})");
    QTest::newRow("unknown kind") << QByteArray(R"({"path":"*","kind":"explode"})");
    QTest::newRow("no kind") << QByteArray(R"({"path":"*"})");
    QTest::newRow("zero count") << QByteArray(R"({"path":"*","kind":"drop","count":0})");
    QTest::newRow("bad status") << QByteArray(R"({"path":"*","kind":"status","status":42})");
    QTest::newRow("redirect without location") << QByteArray(R"({"path":"*","kind":"redirect"})");
    QTest::newRow("negative delay") << QByteArray(R"({"path":"*","kind":"delay","delay_ms":-1})");
    QTest::newRow("apply not a boolean")
        << QByteArray(R"({"path":"*","kind":"drop","apply":"yes"})");
    QTest::newRow("garbage") << QByteArray("{nope");
    QTest::newRow("array") << QByteArray("[]");
}

void TestServerFaults::invalidFaultsAreRefused()
{
    QFETCH(QByteArray, body);
    QCOMPARE(addFault(body).status, 400);
    QVERIFY(m_client->get(u"/_control/faults"_qs).json().empty());
}

void TestServerFaults::faultsThroughTheCppApi()
{
    Fault fault;
    fault.path = kMe;
    fault.kind = Fault::Kind::Status;
    fault.status = 429;
    fault.retryAfter = "7";
    fault.count = 2;
    m_server->addFault(fault);
    QCOMPARE(m_alice->get(kMe).status, 429);
    QCOMPARE(m_alice->get(kMe).header("Retry-After"), QByteArray("7"));
    QCOMPARE(m_alice->get(kMe).status, 200);
    m_server->addFault(fault);
    m_server->clearFaults();
    QCOMPARE(m_alice->get(kMe).status, 200);
}

void TestServerFaults::appliedThenDropped()
{
    // A create: stored, then the connection closes without an answer.
    const HttpResult scheduled = addFault(
        R"({"path":"/api/v2/user/me/preference/","method":"POST","kind":"drop","apply":true})");
    QCOMPARE(scheduled.status, 201);
    QCOMPARE_JSON(scheduled.json().at("apply"), Json(true));
    RawHttpConnection create(m_server->baseUrl());
    QVERIFY(create.send("POST", kList, R"({"key":"applied.drop","value":1E+2})", m_alice->token()));
    QVERIFY(create.waitForClosed());
    QVERIFY2(create.received().isEmpty(), create.received().constData());
    const Json stored = alicePreference(u"applied.drop"_qs);
    QVERIFY(stored.is_object());
    QCOMPARE(requestsTo(*m_server, "POST", kList).size(), 1);

    // A PATCH: the store has the new value, the client got nothing.
    const QString path = kList + QString::number(stored.at("id").get<qint64>()) + u'/';
    QCOMPARE(addFault("{\"path\":\"" + path.toLatin1() + R"(","kind":"drop","apply":true})").status,
        201);
    RawHttpConnection patch(m_server->baseUrl());
    QVERIFY(patch.send("PATCH", path, R"({"value":"patched"})", m_alice->token()));
    QVERIFY(patch.waitForClosed());
    QVERIFY(patch.received().isEmpty());
    const HttpResult fetched = m_alice->get(path);
    QCOMPARE(fetched.status, 200);
    QVERIFY(fetched.body.contains(R"("value":"patched")"));
    QVERIFY(jsonString(fetched.json(), "last_updated_at") >
        QString::fromStdString(stored.at("last_updated_at").get<std::string>()));
    QVERIFY(m_client->get(u"/_control/faults"_qs).json().empty());
}

void TestServerFaults::appliedThenDelayed()
{
    QCOMPARE(
        addFault(
            R"({"path":"/api/v2/user/me/preference/","method":"POST","kind":"delay","delay_ms":800,"apply":true})")
            .status,
        201);
    RawHttpConnection create(m_server->baseUrl());
    QVERIFY(
        create.send("POST", kList, R"({"key":"applied.delay","value":-0.0})", m_alice->token()));
    // While the answer waits, the preference already exists.
    QTRY_VERIFY_WITH_TIMEOUT(alicePreference(u"applied.delay"_qs).is_object(), 5000);
    QVERIFY(create.received().isEmpty());
    QVERIFY(!create.isClosed());
    QVERIFY(create.waitForClosed());
    QVERIFY2(create.elapsedMs() >= 790, qPrintable(QString::number(create.elapsedMs())));
    QCOMPARE(create.status(), 201);
    const Json answer = Json::parse(create.body().cbegin(), create.body().cend(), nullptr, false);
    QCOMPARE_JSON(answer, alicePreference(u"applied.delay"_qs)); // the answer computed at once
    QVERIFY(create.body().contains(R"("value":-0.0,)"));
    QCOMPARE(countRequests(*m_server, "POST", kList, "applied.delay"), 1);
}

void TestServerFaults::appliedThenAnsweredWithStatus()
{
    // A proxy that fails after the backend wrote: the store has it, the answer is a 502.
    QCOMPARE(
        addFault(
            R"({"path":"/api/v2/user/me/preference/","kind":"html","method":"POST","apply":true})")
            .status,
        201);
    const HttpResult result = m_alice->postJson(kList, R"({"key":"applied.502","value":[1]})");
    QCOMPARE(result.status, 502);
    QVERIFY(result.header("Content-Type").startsWith("text/html"));
    QVERIFY(alicePreference(u"applied.502"_qs).is_object());
}

void TestServerFaults::withoutApplyNothingIsWritten()
{
    // drop without apply: the request is never processed.
    QCOMPARE(
        addFault(R"({"path":"/api/v2/user/me/preference/","method":"POST","kind":"drop"})").status,
        201);
    QCOMPARE_JSON(m_client->get(u"/_control/faults"_qs).json().at(0).at("apply"), Json(false));
    RawHttpConnection dropped(m_server->baseUrl());
    QVERIFY(dropped.send("POST", kList, R"({"key":"not.applied","value":1})", m_alice->token()));
    QVERIFY(dropped.waitForClosed());
    QVERIFY(dropped.received().isEmpty());
    QVERIFY(alicePreference(u"not.applied"_qs).is_discarded());

    // delay without apply: processed only when the delay is over.
    QCOMPARE(
        addFault(
            R"({"path":"/api/v2/user/me/preference/","method":"POST","kind":"delay","delay_ms":600})")
            .status,
        201);
    RawHttpConnection delayed(m_server->baseUrl());
    QVERIFY(delayed.send("POST", kList, R"({"key":"applied.later","value":2})", m_alice->token()));
    RawHttpConnection::wait(300);
    QVERIFY(alicePreference(u"applied.later"_qs).is_discarded());
    QVERIFY(delayed.waitForClosed());
    QCOMPARE(delayed.status(), 201);
    QVERIFY(alicePreference(u"applied.later"_qs).is_object());
}

void TestServerFaults::appliedDropSeenByNetworkAccessManager()
{
    // What a Qt 6.4 client sees: QNetworkAccessManager resends the POST once
    // after the drop, and the resent request is processed too. The first
    // attempt created the key, so the second answers 400 "key exists".
    QCOMPARE(
        addFault(
            R"({"path":"/api/v2/user/me/preference/","method":"POST","kind":"drop","apply":true})")
            .status,
        201);
    HttpResult result = m_alice->postJson(kList, R"({"key":"resent.create","value":1})");
    QCOMPARE(requestsTo(*m_server, "POST", kList).size(), 2);
    QCOMPARE(result.status, 400);
    QCOMPARE_JSON(result.json(),
        Json::parse(R"({"key":["A preference with this key already exists for this user."]})"));
    const Json created = alicePreference(u"resent.create"_qs);
    QVERIFY(created.is_object());

    // A PATCH is applied twice, and the resend's answer arrives.
    const QString path = kList + QString::number(created.at("id").get<qint64>()) + u'/';
    QCOMPARE(addFault("{\"path\":\"" + path.toLatin1() + R"(","kind":"drop","apply":true})").status,
        201);
    result = m_alice->patchJson(path, R"({"value":2})");
    QCOMPARE(result.status, 200);
    QCOMPARE(requestsTo(*m_server, "PATCH", path).size(), 2);

    // With count 2 both attempts are processed and both answers dropped.
    QCOMPARE(
        addFault("{\"path\":\"" + path.toLatin1() + R"(","kind":"drop","apply":true,"count":2})")
            .status,
        201);
    result = m_alice->patchJson(path, R"({"value":3})");
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(requestsTo(*m_server, "PATCH", path).size(), 4);
    QVERIFY(m_alice->get(path).body.contains(R"("value":3,)"));
}

void TestServerFaults::applyThroughTheCppApi()
{
    Fault fault;
    fault.path = kList;
    fault.method = "POST";
    fault.kind = Fault::Kind::Drop;
    fault.applyFirst = true;
    m_server->addFault(fault);
    const Json listed = m_client->get(u"/_control/faults"_qs).json();
    QCOMPARE_JSON(listed.at(0).at("apply"), Json(true));
    RawHttpConnection create(m_server->baseUrl());
    QVERIFY(create.send("POST", kList, R"({"key":"applied.cpp","value":true})", m_alice->token()));
    QVERIFY(create.waitForClosed());
    QVERIFY(create.received().isEmpty());
    QVERIFY(alicePreference(u"applied.cpp"_qs).is_object());
}

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_serverfaults.moc"
