// PrefServer stores each preference value as the text it received and
// answers it byte for byte: big integers, long decimals, exponents as
// written, -0.0, string escapes and key order. Only whitespace outside
// strings goes. Checked through create, get, list pages, PATCH, the --data
// file and the demo data.
#include "ServerTestCase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestServerExactValues : public ServerTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void vectorsRoundTripThroughEveryEndpoint_data();
    void vectorsRoundTripThroughEveryEndpoint();
    void listPagesCarryValuesVerbatim();
    void valueMemberFoundByMeaningNotBySpelling();
    void invalidValuesAreStillRefused();
    void dataFileRoundTrip();
    void demoDataHoldsAPrecisionTest();

private:
    int m_counter = 0;
};

static const QString kList = QStringLiteral("/api/v2/user/me/preference/");

// The object the server must answer for this preference: the fields of
// answer (an answer about it) in API order, with value spliced in as text.
static QByteArray expectedItem(const QByteArray &answer, const QByteArray &value)
{
    const Json json = Json::parse(answer.cbegin(), answer.cend(), nullptr, false);
    if (!json.is_object() || !json.contains("id"))
        return "(no preference in " + answer + ')';
    return "{\"id\":" + QByteArray::fromStdString(json.at("id").dump()) +
        ",\"user_id\":" + QByteArray::fromStdString(json.at("user_id").dump()) +
        ",\"key\":" + QByteArray::fromStdString(json.at("key").dump()) + ",\"value\":" + value +
        ",\"created_at\":" + QByteArray::fromStdString(json.at("created_at").dump()) +
        ",\"last_updated_at\":" + QByteArray::fromStdString(json.at("last_updated_at").dump()) +
        '}';
}

static QString itemPath(const HttpResult &answer)
{
    return kList + QString::number(answer.json().at("id").get<qint64>()) + u'/';
}

void TestServerExactValues::initTestCase()
{
    QVERIFY(startDemoServer());
}

void TestServerExactValues::init()
{
    QVERIFY(m_client->signIn(QStringLiteral("alice")));
}

void TestServerExactValues::vectorsRoundTripThroughEveryEndpoint_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("stored");
    const auto same = [](const char *name, const QByteArray &value) {
        QTest::newRow(name) << value << value;
    };
    same("issue vector",
        R"({"n":123456789012345678901234567890,"d":0.1000000000000000055511151231257827,"e":1E+2})");
    same("negative zero", "-0.0");
    same("exponent", "1E+2");
    same("2^64", "18446744073709551616");
    same("string", R"("text")");
    same("integer", "42");
    same("true", "true");
    same("null", "null");
    same("small exponent", "-1.5e-300");
    same("trailing zeros", "[1.0,1.00,100e0,0.10]");
    same("huge negative", "-98765432109876543210987654321098765432109876543210");
    same("escapes", R"("\u00e9\/\ud83d\ude00 \"q\" \t")");
    same("escaped keys", R"({"\u0061":1,"a\u0062":{"z":[],"y":{}}})");
    same("nested exact", R"([{"b":[9007199254740993,-0.0,{"c":1e300}],"a":null},"x",-1E-7])");
    QTest::newRow("whitespace removed, tokens kept")
        << QByteArray("{ \"a\" :\n\t[ 1E+2 , \"x  y\" , -0.0 ] ,\r\n \"b\" : { } }")
        << QByteArray(R"({"a":[1E+2,"x  y",-0.0],"b":{}})");
    QTest::newRow("scalar with whitespace") << QByteArray(" \n 1.50 \t") << QByteArray("1.50");
}

void TestServerExactValues::vectorsRoundTripThroughEveryEndpoint()
{
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, stored);
    const QByteArray key = "exact." + QByteArray::number(++m_counter);

    const HttpResult created = createPreference(key, sent);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.body, expectedItem(created.body, stored));
    const QString path = itemPath(created);

    HttpResult fetched = m_client->get(path);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.body, expectedItem(fetched.body, stored));

    HttpResult listed = m_client->get(kList + u"?key="_qs + QString::fromLatin1(key));
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.body,
        R"({"count":1,"next":null,"previous":null,"results":[)" +
            expectedItem(fetched.body, stored) + "]}");

    // PATCH to something else, then back to the vector: value only, then with the key.
    QCOMPARE(m_client->patchJson(path, R"({"value":0})").status, 200);
    const HttpResult patched = m_client->patchJson(path, "{\"value\":" + sent + "}");
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.body, expectedItem(patched.body, stored));
    fetched = m_client->get(path);
    QCOMPARE(fetched.body, expectedItem(patched.body, stored));

    QCOMPARE(m_client->patchJson(path, R"({"value":"other"})").status, 200);
    const HttpResult renamed =
        m_client->patchJson(path, "{\"value\":" + sent + ",\"key\":\"" + key + ".renamed\"}");
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.body, expectedItem(renamed.body, stored));
    listed = m_client->get(kList + u"?search="_qs + QString::fromLatin1(key) + u".renamed"_qs);
    QCOMPARE(listed.body,
        R"({"count":1,"next":null,"previous":null,"results":[)" +
            expectedItem(renamed.body, stored) + "]}");
    QCOMPARE(m_client->get(path).body, expectedItem(renamed.body, stored));
}

void TestServerExactValues::listPagesCarryValuesVerbatim()
{
    ServerTestClient bob(m_server->baseUrl());
    QVERIFY(bob.signIn(QStringLiteral("bob")));
    const QList<QByteArray> values {"1E+2", "-0.0", "123456789012345678901234567890",
        R"({"d":0.1000000000000000055511151231257827})", R"("\u00e9")"};
    QList<QByteArray> expected;
    for (const QByteArray &value : values) {
        const HttpResult created = bob.postJson(kList,
            "{\"key\":\"paged." + QByteArray::number(expected.size()) + "\",\"value\":" + value +
                "}");
        QCOMPARE(created.status, 201);
        expected.append(expectedItem(created.body, value));
    }
    // Every item of every page, two per page, as one text.
    QByteArray everything;
    QUrl next = bob.url(kList + u"?limit=2"_qs);
    while (next.isValid()) {
        const HttpResult page = bob.getUrl(next);
        QCOMPARE(page.status, 200);
        everything += page.body;
        const Json json = page.json();
        next = json.at("next").is_null()
            ? QUrl()
            : QUrl(QString::fromStdString(json.at("next").get<std::string>()));
    }
    for (const QByteArray &item : std::as_const(expected))
        QVERIFY2(everything.contains(item), item.constData());
}

void TestServerExactValues::valueMemberFoundByMeaningNotBySpelling()
{
    // "\u0076alue" is the member "value"; a key that contains "value" is not.
    HttpResult created =
        m_client->postJson(kList, R"({"key":"\"value\":7,","\u0076alue" : 1E+2 })");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.body, expectedItem(created.body, "1E+2"));
    QCOMPARE(jsonString(created.json(), "key"), u"\"value\":7,"_qs);

    // The value after other members, strings with braces and brackets before it.
    created = m_client->postJson(
        kList, R"({"extra":{"value":"no]}","x":[{"value":0}]},"key":"after.extra","value":-0.0})");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.body, expectedItem(created.body, "-0.0"));
    const HttpResult patched =
        m_client->patchJson(itemPath(created), R"({"unknown":"\"value\":1","value":[1E+2]})");
    QCOMPARE(patched.body, expectedItem(patched.body, "[1E+2]"));
}

void TestServerExactValues::invalidValuesAreStillRefused()
{
    for (const QByteArray &value :
        {QByteArray("01"), QByteArray("1."), QByteArray("+1"), QByteArray("NaN"),
            QByteArray(R"({"a":1,"a":2})"), QByteArray("[1,]"), QByteArray(R"("\x")"),
            // Beyond the range of a double: refused, as nlohmann does.
            QByteArray("1e400")}) {
        const HttpResult result = createPreference("invalid.value", value);
        QCOMPARE(result.status, 400);
        QVERIFY2(jsonString(result.json(), "detail").startsWith(u"JSON parse error - "_qs),
            result.body.constData());
    }
    QByteArray deep = QByteArray(300, '[') + QByteArray(300, ']');
    QCOMPARE(createPreference("invalid.value", deep).status, 400);
    QCOMPARE(m_client->get(kList + u"?key=invalid.value"_qs).json().at("count").get<int>(), 0);
}

void TestServerExactValues::dataFileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"exact.json"_qs);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({
  "users": [{"id": 5, "username": "erin", "password": "erin", "real_name": "Erin"}],
  "preferences": [
    {"id": 1, "user_id": 5, "key": "vector",
     "value": {"n": 123456789012345678901234567890,
               "d": 0.1000000000000000055511151231257827, "e": 1E+2}},
    {"id": 2, "user_id": 5, "key": "zero", "value": -0.0},
    {"user_id": 5, "value": "\u00e9", "key": "escaped"}
  ]
})");
    }
    const QByteArray vector =
        R"({"n":123456789012345678901234567890,"d":0.1000000000000000055511151231257827,"e":1E+2})";
    ServerOptions options;
    options.dataFile = file;
    {
        std::unique_ptr<PrefServer> server = startTestServer(options);
        QVERIFY(server);
        ServerTestClient erin(server->baseUrl());
        QVERIFY(erin.signIn(u"erin"_qs));
        HttpResult result = erin.get(kList + u"1/"_qs);
        QCOMPARE(result.body, expectedItem(result.body, vector));
        result = erin.get(kList + u"2/"_qs);
        QCOMPARE(result.body, expectedItem(result.body, "-0.0"));
        result = erin.get(kList + u"3/"_qs);
        QCOMPARE(result.body, expectedItem(result.body, R"("\u00e9")"));
        // A write rewrites the file; every value keeps its text.
        QCOMPARE(
            erin.patchJson(kList + u"2/"_qs, R"({"value":[ 18446744073709551616, 1E+2 ]})").status,
            200);
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY2(text.contains("\"value\": " + vector + ",\n"), text.constData());
        QVERIFY2(text.contains(R"("value": [18446744073709551616,1E+2],)"), text.constData());
        QVERIFY2(text.contains(R"("value": "\u00e9",)"), text.constData());
        QVERIFY(!Json::parse(text.cbegin(), text.cend(), nullptr, false).is_discarded());
    }
    // A new server reads the rewritten file back unchanged.
    std::unique_ptr<PrefServer> server = startTestServer(options);
    QVERIFY(server);
    ServerTestClient erin(server->baseUrl());
    QVERIFY(erin.signIn(u"erin"_qs));
    HttpResult result = erin.get(kList + u"1/"_qs);
    QCOMPARE(result.body, expectedItem(result.body, vector));
    result = erin.get(kList + u"2/"_qs);
    QCOMPARE(result.body, expectedItem(result.body, "[18446744073709551616,1E+2]"));
    result = erin.get(kList + u"3/"_qs);
    QCOMPARE(result.body, expectedItem(result.body, R"("\u00e9")"));
}

void TestServerExactValues::demoDataHoldsAPrecisionTest()
{
    ServerTestClient bob(m_server->baseUrl());
    QVERIFY(bob.signIn(u"bob"_qs));
    const HttpResult listed = bob.get(kList + u"?key=precision_test"_qs);
    QCOMPARE(listed.json().at("count").get<int>(), 1);
    QVERIFY2(
        listed.body.contains(
            R"("value":{"n":123456789012345678901234567890,"d":0.1000000000000000055511151231257827,"e":1E+2})"),
        listed.body.constData());
    // The other demo values keep the digits they were written with.
    const HttpResult quota = bob.get(kList + u"?key=storage_quota_bytes"_qs);
    QVERIFY(quota.body.contains(R"("value":18446744073709551615,)"));
    const HttpResult width = bob.get(kList + u"?key=sidebar_width"_qs);
    QVERIFY(width.body.contains(R"("value":280.5,)"));
}

QTEST_GUILESS_MAIN(TestServerExactValues)
#include "tst_serverexactvalues.moc"
