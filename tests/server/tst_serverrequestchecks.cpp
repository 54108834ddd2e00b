// What PrefServer checks before a request reaches an endpoint: the address
// it listens on (loopback unless --insecure-listen-anywhere, never with test
// control), the Host header (DNS rebinding), and the body limit before the
// body is buffered. Also --public-url, the origin of next/previous links.
#include "ServerTestCase.h"

#include "RawHttpConnection.h"

#include <QTest>

class TestServerRequestChecks : public ServerTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void nonLoopbackHostRefused_data();
    void nonLoopbackHostRefused();
    void hostHeaderOfAnotherHostRefused_data();
    void hostHeaderOfAnotherHostRefused();
    void missingHostHeaderRefused();
    void bodyLimitFromContentLengthBeforeBuffering();
    void bodyLimitForChunkedBodyAsItArrives();
    void bodiesUnderTheLimitKeepTheConnection();
    void publicUrlOriginInPageLinks();
    void publicUrlMustBeAnOrigin_data();
    void publicUrlMustBeAnOrigin();

private:
    // One GET of /api/v2/user/me/ with this Host header line (none if null).
    RawHttpConnection *getWithHost(const QByteArray &hostLine);
    std::unique_ptr<RawHttpConnection> m_raw;
};

static const QString kMe = QStringLiteral("/api/v2/user/me/");

void TestServerRequestChecks::initTestCase()
{
    ServerOptions options;
    options.enableTestControl = true;
    QVERIFY(startDemoServer(options));
}

void TestServerRequestChecks::nonLoopbackHostRefused_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<bool>("control");
    QTest::addColumn<QString>("expected"); // part of the message; empty: accepted
    const QString hint = QStringLiteral("--insecure-listen-anywhere");
    const QString control = QStringLiteral("test control");
    QTest::newRow("0.0.0.0") << u"0.0.0.0"_qs << false << false << hint;
    QTest::newRow("::") << u"::"_qs << false << false << hint;
    QTest::newRow("LAN") << u"192.168.1.20"_qs << false << false << hint;
    QTest::newRow("0.0.0.0 insecure") << u"0.0.0.0"_qs << true << false << QString();
    QTest::newRow("LAN insecure") << u"192.168.1.20"_qs << true << false << QString();
    QTest::newRow("0.0.0.0 control") << u"0.0.0.0"_qs << false << true << control;
    QTest::newRow("0.0.0.0 insecure control") << u"0.0.0.0"_qs << true << true << control;
    QTest::newRow("127.0.0.1 control") << u"127.0.0.1"_qs << false << true << QString();
    QTest::newRow("127.0.0.2") << u"127.0.0.2"_qs << false << false << QString();
    QTest::newRow("::1 control") << u"::1"_qs << false << true << QString();
}

void TestServerRequestChecks::nonLoopbackHostRefused()
{
    QFETCH(QString, host);
    QFETCH(bool, insecure);
    QFETCH(bool, control);
    QFETCH(QString, expected);
    ServerOptions options;
    QVERIFY(options.host.setAddress(host));
    options.insecureListenAnywhere = insecure;
    options.enableTestControl = control;
    const QString refusal = PrefServer::checkOptions(options);
    if (expected.isEmpty()) {
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        return; // not started: accepted hosts other than loopback would face the network
    }
    QVERIFY2(refusal.contains(expected), qPrintable(refusal));
    QVERIFY(refusal.contains(options.host.toString()));
    // start() refuses too, before it listens.
    PrefServer server(options);
    QString error;
    QVERIFY(!server.start(&error));
    QCOMPARE(error, refusal);
    QCOMPARE(server.port(), quint16(0));
}

RawHttpConnection *TestServerRequestChecks::getWithHost(const QByteArray &hostLine)
{
    m_raw = std::make_unique<RawHttpConnection>(m_server->baseUrl());
    QByteArray request = "GET " + kMe.toLatin1() + " HTTP/1.1\r\n";
    if (!hostLine.isNull())
        request += "Host: " + hostLine + "\r\n";
    request += "Connection: close\r\n\r\n";
    if (!m_raw->sendRaw(request) || !m_raw->waitForClosed())
        qWarning("no answer to %s", request.constData());
    return m_raw.get();
}

void TestServerRequestChecks::hostHeaderOfAnotherHostRefused_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("status");
    const QByteArray port = QByteArray::number(m_server->port());
    const QByteArray other = QByteArray::number(m_server->port() == 1 ? 2 : m_server->port() - 1);
    // 401: accepted (GET /me without a token); 400: refused before the endpoint.
    QTest::newRow("127.0.0.1") << "127.0.0.1:" + port << 401;
    QTest::newRow("localhost") << "localhost:" + port << 401;
    QTest::newRow("LOCALHOST") << "LOCALHOST:" + port << 401;
    QTest::newRow("[::1]") << "[::1]:" + port << 401;
    QTest::newRow("rebound name") << "evil.example:" + port << 400;
    QTest::newRow("rebound, no port") << QByteArray("evil.example") << 400;
    QTest::newRow("other port") << "127.0.0.1:" + other << 400;
    QTest::newRow("no port") << QByteArray("127.0.0.1") << 400;
    QTest::newRow("localhost.evil") << "localhost.evil.example:" + port << 400;
    QTest::newRow("garbage") << QByteArray("[::1") << 400;
    QTest::newRow("LAN address") << "192.168.1.20:" + port << 400;
}

void TestServerRequestChecks::hostHeaderOfAnotherHostRefused()
{
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    RawHttpConnection *raw = getWithHost(host);
    QCOMPARE(raw->status(), status);
    if (status == 400) {
        const Json body = Json::parse(raw->body().toStdString());
        QCOMPARE(jsonKeys(body), QStringList {u"detail"_qs});
        QVERIFY2(jsonString(body, "detail").startsWith(u"Invalid Host header"_qs),
            raw->body().constData());
    }
    // The control API is guarded the same way.
    m_raw = std::make_unique<RawHttpConnection>(m_server->baseUrl());
    QVERIFY(m_raw->sendRaw(
        "GET /_control/faults HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"));
    QVERIFY(m_raw->waitForClosed());
    QCOMPARE(m_raw->status(), status == 400 ? 400 : 200);
}

void TestServerRequestChecks::missingHostHeaderRefused()
{
    RawHttpConnection *raw = getWithHost(QByteArray());
    QCOMPARE(raw->status(), 400);
    QCOMPARE_JSON(Json::parse(raw->body().toStdString()),
        Json::parse(R"({"detail":"Missing Host header."})"));
}

void TestServerRequestChecks::bodyLimitFromContentLengthBeforeBuffering()
{
    // Only the head: the answer comes without waiting for 100 MiB.
    RawHttpConnection raw(m_server->baseUrl());
    QVERIFY(raw.sendRaw("POST /api/v2/user/me/preference/ HTTP/1.1\r\nHost: " +
        m_server->baseUrl().authority().toLatin1() +
        "\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{\"key\":"));
    QVERIFY(raw.waitForStatus(5000));
    QCOMPARE(raw.status(), 413);
    QVERIFY(raw.received().contains("Connection: close\r\n"));
    QCOMPARE_JSON(Json::parse(raw.body().toStdString()),
        Json::parse(R"({"detail":"Request body too large (at most 8388608 bytes)."})"));
    // What the client still sends is discarded, never answered.
    QVERIFY(raw.sendRaw(QByteArray(100000, 'x') + "\r\n\r\nGET / HTTP/1.1\r\n\r\n"));
    QVERIFY(!raw.waitForReceived("HTTP/1.1 404", 300));
    QCOMPARE(raw.received().count("HTTP/1.1 "), 1);
    // One byte over the limit is refused the same way; the limit itself is not.
    RawHttpConnection over(m_server->baseUrl());
    QVERIFY(over.sendRaw("PUT /x HTTP/1.1\r\nHost: " + m_server->baseUrl().authority().toLatin1() +
        "\r\nContent-Length: " + QByteArray::number(PrefServer::kMaxBodySize + 1) + "\r\n\r\n"));
    QVERIFY(over.waitForStatus(5000));
    QCOMPARE(over.status(), 413);
    RawHttpConnection at(m_server->baseUrl());
    QVERIFY(at.sendRaw("PUT /x HTTP/1.1\r\nHost: " + m_server->baseUrl().authority().toLatin1() +
        "\r\nContent-Length: " + QByteArray::number(PrefServer::kMaxBodySize) + "\r\n\r\n"));
    QVERIFY(!at.waitForStatus(300)); // it waits for the body
}

void TestServerRequestChecks::bodyLimitForChunkedBodyAsItArrives()
{
    RawHttpConnection raw(m_server->baseUrl());
    QVERIFY(raw.sendRaw("POST /api/v2/user/me/preference/ HTTP/1.1\r\nHost: " +
        m_server->baseUrl().authority().toLatin1() +
        "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
    const QByteArray chunk = "100000\r\n" + QByteArray(0x100000, ' ') + "\r\n"; // 1 MiB
    for (int i = 0; i < 8; ++i)
        QVERIFY(raw.sendRaw(chunk)); // exactly 8 MiB so far: still accepted
    QVERIFY(!raw.waitForStatus(300));
    QVERIFY(raw.sendRaw("1\r\n \r\n")); // one byte over, and no final chunk
    QVERIFY(raw.waitForStatus(5000));
    QCOMPARE(raw.status(), 413);
}

void TestServerRequestChecks::bodiesUnderTheLimitKeepTheConnection()
{
    // Three requests on one connection, whose bodies look like heads with a
    // huge Content-Length: the gate follows the real boundaries (chunked
    // with an extension, Content-Length, none) and refuses nothing. (No
    // chunked trailer: Qt 6.4's parser drops the connection after one.)
    const QByteArray host = "Host: " + m_server->baseUrl().authority().toLatin1() + "\r\n";
    const QByteArray fake = "\r\n\r\nPOST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n";
    RawHttpConnection raw(m_server->baseUrl());
    QVERIFY(raw.sendRaw("POST /_control/clock HTTP/1.1\r\n" + host +
        "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n" +
        QByteArray::number(fake.size(), 16) + ";ext=1\r\n" + fake + "\r\n0\r\n\r\n"));
    QVERIFY(raw.waitForStatus());
    QCOMPARE(raw.status(), 400); // not JSON; answered, not refused
    QVERIFY(raw.sendRaw("POST /_control/clock HTTP/1.1\r\n" + host +
        "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(fake.size()) +
        "\r\n\r\n" + fake));
    const QByteArray body = R"({"advance_ms": 0})";
    QVERIFY(raw.sendRaw("POST /_control/clock HTTP/1.1\r\n" + host +
        "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n\r\n" + body));
    QVERIFY(raw.waitForClosed());
    const QByteArray received = raw.received();
    QVERIFY2(received.count("HTTP/1.1 400 Bad Request") == 2, received.constData());
    QVERIFY2(received.count("HTTP/1.1 200 OK") == 1, received.constData());
    QVERIFY(!received.contains("413"));
}

void TestServerRequestChecks::publicUrlOriginInPageLinks()
{
    ServerOptions options;
    options.demo = true;
    options.pageSize = 1;
    options.publicUrl = QUrl(u"http://internal-host:8000"_qs);
    std::unique_ptr<PrefServer> server = startTestServer(options);
    QVERIFY(server);
    QCOMPARE(server->baseUrl().host(), u"127.0.0.1"_qs); // still listening where it did
    ServerTestClient alice(server->baseUrl());
    QVERIFY(alice.signIn(u"alice"_qs));
    Json page = alice.get(u"/api/v2/user/me/preference/?offset=1"_qs).json();
    QCOMPARE(jsonString(page, "next"),
        u"http://internal-host:8000/api/v2/user/me/preference/?limit=1&offset=2"_qs);
    QCOMPARE(jsonString(page, "previous"),
        u"http://internal-host:8000/api/v2/user/me/preference/?limit=1"_qs);
    page = alice.get(u"/api/v2/user/search/?user=a"_qs).json();
    QVERIFY2(
        jsonString(page, "next").startsWith(u"http://internal-host:8000/api/v2/user/search/?"_qs),
        qPrintable(jsonString(page, "next")));

    // The proxy's Host is accepted; other hosts still are not.
    const QByteArray path = "GET /api/v2/user/me/ HTTP/1.1\r\nConnection: close\r\nHost: ";
    RawHttpConnection proxied(server->baseUrl());
    QVERIFY(proxied.sendRaw(path + "internal-host:8000\r\n\r\n"));
    QVERIFY(proxied.waitForClosed());
    QCOMPARE(proxied.status(), 401);
    RawHttpConnection wrongPort(server->baseUrl());
    QVERIFY(wrongPort.sendRaw(path + "internal-host:8001\r\n\r\n"));
    QVERIFY(wrongPort.waitForClosed());
    QCOMPARE(wrongPort.status(), 400);

    // An https public URL without a port means 443, and no port in the links.
    options.publicUrl = QUrl(u"https://community.example.org/"_qs);
    server = startTestServer(options);
    QVERIFY(server);
    ServerTestClient bob(server->baseUrl());
    QVERIFY(bob.signIn(u"bob"_qs));
    QCOMPARE(jsonString(bob.get(u"/api/v2/user/me/preference/"_qs).json(), "next"),
        u"https://community.example.org/api/v2/user/me/preference/?limit=1&offset=1"_qs);
    RawHttpConnection https(server->baseUrl());
    QVERIFY(https.sendRaw(path + "community.example.org:443\r\n\r\n"));
    QVERIFY(https.waitForClosed());
    QCOMPARE(https.status(), 401);
}

void TestServerRequestChecks::publicUrlMustBeAnOrigin_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("http port") << u"http://internal-host:8000"_qs << true;
    QTest::newRow("https slash") << u"https://community.example.org/"_qs << true;
    QTest::newRow("path") << u"http://internal-host:8000/api"_qs << false;
    QTest::newRow("query") << u"http://internal-host:8000/?a=1"_qs << false;
    QTest::newRow("user") << u"http://user@internal-host:8000"_qs << false;
    QTest::newRow("ftp") << u"ftp://internal-host"_qs << false;
    QTest::newRow("no host") << u"http://"_qs << false;
    QTest::newRow("relative") << u"internal-host:8000"_qs << false;
}

void TestServerRequestChecks::publicUrlMustBeAnOrigin()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    ServerOptions options;
    options.publicUrl = QUrl(url, QUrl::StrictMode);
    const QString refusal = PrefServer::checkOptions(options);
    QVERIFY2(refusal.isEmpty() == accepted, qPrintable(refusal));
}

QTEST_GUILESS_MAIN(TestServerRequestChecks)
#include "tst_serverrequestchecks.moc"
