// The error paths of the preference endpoints: 400 (validation, duplicate
// keys, empty PATCH, bad JSON), 401, 403, 404, 405, 413 and 415.
#include "ServerTestCase.h"

#include <QTest>

class TestServerPreferenceErrors : public ServerTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void preferenceOfAnotherUserIsNotFound();
    void createValidationErrors();
    void duplicateKeyIsRefused();
    void emptyPatchIsRefused();
    void unauthenticatedRequestsGet401();
    void otherUsersPreferencesAre403();
    void wrongMethodsGet405WithAllow();
    void wrongContentTypeGets415();
    void hugeBodyGets413();
    void badJsonBodiesGet400_data();
    void badJsonBodiesGet400();
};

void TestServerPreferenceErrors::initTestCase()
{
    QVERIFY(startDemoServer());
}

void TestServerPreferenceErrors::init()
{
    QVERIFY(m_client->signIn(QStringLiteral("alice")));
}

void TestServerPreferenceErrors::preferenceOfAnotherUserIsNotFound()
{
    ServerTestClient support(m_server->baseUrl());
    QVERIFY(support.signIn(QStringLiteral("support")));
    const qint64 supportPreference = support.get(QStringLiteral("/api/v2/user/me/preference/"))
                                         .json()
                                         .at("results")
                                         .at(0)
                                         .at("id")
                                         .get<qint64>();
    const QString path = QStringLiteral("/api/v2/user/me/preference/%1/").arg(supportPreference);
    QCOMPARE(m_client->get(path).status, 404);
    QCOMPARE(m_client->patchJson(path, R"({"value":1})").status, 404);
    QCOMPARE(m_client->deleteResource(path).status, 404);
    // An admin addressing it under the wrong user gets 404 as well.
    QCOMPARE(
        support.get(QStringLiteral("/api/v2/user/2/preference/%1/").arg(supportPreference)).status,
        404);
    QCOMPARE(support.get(path).status, 200);
}

void TestServerPreferenceErrors::createValidationErrors()
{
    const QString list = QStringLiteral("/api/v2/user/me/preference/");
    HttpResult result = m_client->postJson(list, "{}");
    QCOMPARE(result.status, 400);
    QCOMPARE_JSON(result.json(),
        Json::parse(R"({"key":["This field is required."],"value":["This field is required."]})"));
    result = m_client->postJson(list, R"({"value":1})");
    QCOMPARE_JSON(result.json(), Json::parse(R"({"key":["This field is required."]})"));
    result = m_client->postJson(list, R"({"key":"only.key"})");
    QCOMPARE_JSON(result.json(), Json::parse(R"({"value":["This field is required."]})"));
    result = m_client->postJson(list, R"({"key":"","value":1})");
    QCOMPARE_JSON(result.json(), Json::parse(R"({"key":["This field may not be blank."]})"));
    result = m_client->postJson(list, R"({"key":5,"value":1})");
    QCOMPARE_JSON(result.json(), Json::parse(R"({"key":["Not a valid string."]})"));
    result = m_client->postJson(list, R"({"key":null,"value":1})");
    QCOMPARE_JSON(result.json(), Json::parse(R"({"key":["This field may not be null."]})"));
    result = createPreference(QByteArray(256, 'k'), "1");
    QCOMPARE(result.status, 400);
    QCOMPARE_JSON(result.json(),
        Json::parse(R"({"key":["Ensure this field has no more than 255 characters."]})"));
    QCOMPARE(createPreference(QByteArray(255, 'k'), "1").status, 201);
    // Unknown fields are ignored, and null is a value like any other.
    result = m_client->postJson(list, R"({"key":"with.extra","value":null,"id":1,"colour":"red"})");
    QCOMPARE(result.status, 201);
    QVERIFY(result.json().at("value").is_null());
    QVERIFY(result.json().at("id").get<int>() != 1);
}

void TestServerPreferenceErrors::duplicateKeyIsRefused()
{
    const Json duplicate =
        Json::parse(R"({"key":["A preference with this key already exists for this user."]})");
    HttpResult result = createPreference("theme", R"("again")");
    QCOMPARE(result.status, 400);
    QCOMPARE_JSON(result.json(), duplicate);

    const HttpResult created = createPreference("rename.me", "1");
    QCOMPARE(created.status, 201);
    const QString path =
        QStringLiteral("/api/v2/user/me/preference/%1/").arg(created.json().at("id").get<qint64>());
    result = m_client->patchJson(path, R"({"key":"language"})");
    QCOMPARE(result.status, 400);
    QCOMPARE_JSON(result.json(), duplicate);
    // Renaming to its own key is fine; another user may have the same key.
    QCOMPARE(m_client->patchJson(path, R"({"key":"rename.me"})").status, 200);
    ServerTestClient bob(m_server->baseUrl());
    QVERIFY(bob.signIn(QStringLiteral("bob")));
    QCOMPARE(bob.postJson(QStringLiteral("/api/v2/user/me/preference/"),
                    R"({"key":"rename.me","value":2})")
                 .status,
        201);
}

void TestServerPreferenceErrors::emptyPatchIsRefused()
{
    const Json created = createPreference("empty.patch", "1").json();
    const QString path =
        QStringLiteral("/api/v2/user/me/preference/%1/").arg(created.at("id").get<qint64>());
    const Json expected = Json::parse(R"({"non_field_errors":["Provide key and/or value."]})");
    for (const QByteArray &body :
        {QByteArray("{}"), QByteArray(R"({"unknown":1})"), QByteArray()}) {
        const HttpResult result = m_client->patchJson(path, body);
        QCOMPARE(result.status, 400);
        QCOMPARE_JSON(result.json(), expected);
    }
    QCOMPARE_JSON(m_client->get(path).json(), created);
}

void TestServerPreferenceErrors::unauthenticatedRequestsGet401()
{
    ServerTestClient anonymous(m_server->baseUrl());
    const QString list = QStringLiteral("/api/v2/user/me/preference/");
    HttpResult result = anonymous.get(list);
    QCOMPARE(result.status, 401);
    QCOMPARE_JSON(result.json(),
        Json::parse(R"({"detail":"Authentication credentials were not provided."})"));
    QCOMPARE(result.header("WWW-Authenticate"), QByteArray(R"(Bearer realm="api")"));
    QCOMPARE(anonymous.postJson(list, R"({"key":"a","value":1})").status, 401);
    QCOMPARE(anonymous.patchJson(list + u"1/"_qs, R"({"value":1})").status, 401);
    QCOMPARE(anonymous.deleteResource(list + u"1/"_qs).status, 401);

    result = anonymous.send(
        "GET", anonymous.url(list), {}, {}, {{"Authorization", "Basic YWxpY2U6YWxpY2U="}});
    QCOMPARE(result.status, 401);
    QCOMPARE_JSON(result.json(),
        Json::parse(R"({"detail":"Authentication credentials were not provided."})"));

    anonymous.setToken(QStringLiteral("not-a-token"));
    result = anonymous.get(list);
    QCOMPARE(result.status, 401);
    QCOMPARE_JSON(result.json(), Json::parse(R"({"detail":"Invalid or expired token."})"));
    QCOMPARE(result.header("WWW-Authenticate"), QByteArray(R"(Bearer realm="api")"));

    anonymous.setToken(m_server->issueAccessToken(QStringLiteral("alice"), 0));
    result = anonymous.get(list);
    QCOMPARE(result.status, 401);
    QCOMPARE_JSON(result.json(), Json::parse(R"({"detail":"Invalid or expired token."})"));
}

void TestServerPreferenceErrors::otherUsersPreferencesAre403()
{
    const Json forbidden =
        Json::parse(R"({"detail":"You do not have permission to perform this action."})");
    for (const QString &path : {u"/api/v2/user/1/preference/"_qs, u"/api/v2/user/3/preference/"_qs,
             u"/api/v2/user/1/preference/1/"_qs, u"/api/v2/user/999/preference/"_qs}) {
        const HttpResult result = m_client->get(path);
        QCOMPARE(result.status, 403);
        QCOMPARE_JSON(result.json(), forbidden);
    }
    QCOMPARE(
        m_client->postJson(QStringLiteral("/api/v2/user/1/preference/"), R"({"key":"x","value":1})")
            .status,
        403);
    QCOMPARE(m_client->patchJson(QStringLiteral("/api/v2/user/1/preference/1/"), R"({"value":1})")
                 .status,
        403);
    QCOMPARE(m_client->deleteResource(QStringLiteral("/api/v2/user/1/preference/1/")).status, 403);
}

void TestServerPreferenceErrors::wrongMethodsGet405WithAllow()
{
    HttpResult result =
        m_client->send("PUT", m_client->url(QStringLiteral("/api/v2/user/me/preference/1/")),
            R"({"key":"a","value":1})", "application/json");
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), QByteArray("GET, HEAD, PATCH, DELETE"));
    QCOMPARE_JSON(result.json(), Json::parse(R"({"detail":"Method \"PUT\" not allowed."})"));
    result = m_client->deleteResource(QStringLiteral("/api/v2/user/me/preference/"));
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), QByteArray("GET, HEAD, POST"));
    result = m_client->patchJson(QStringLiteral("/api/v2/user/me/preference/"), R"({"value":1})");
    QCOMPARE(result.status, 405);
    QCOMPARE(m_client->get(QStringLiteral("/api/v2/nothing/here/")).status, 404);
}

void TestServerPreferenceErrors::wrongContentTypeGets415()
{
    const QString list = QStringLiteral("/api/v2/user/me/preference/");
    for (const QByteArray &type :
        {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded")}) {
        const HttpResult result =
            m_client->send("POST", m_client->url(list), R"({"key":"ct","value":1})", type);
        QCOMPARE(result.status, 415);
        const Json expected {
            {"detail", "Unsupported media type \"" + type.toStdString() + "\" in request."}};
        QCOMPARE_JSON(result.json(), expected);
    }
    QCOMPARE(m_client
                 ->send("POST", m_client->url(list), R"({"key":"ct","value":1})",
                     "application/json; charset=utf-8")
                 .status,
        201);
}

void TestServerPreferenceErrors::hugeBodyGets413()
{
    QByteArray body = R"({"key":"huge","value":")";
    body += QByteArray(PrefServer::kMaxBodySize, 'x');
    body += "\"}";
    const HttpResult result =
        m_client->postJson(QStringLiteral("/api/v2/user/me/preference/"), body);
    QCOMPARE(result.status, 413);
    QVERIFY(result.json().contains("detail"));
    QCOMPARE(m_client->get(QStringLiteral("/api/v2/user/me/preference/?key=huge"))
                 .json()
                 .at("count")
                 .get<int>(),
        0);
}

void TestServerPreferenceErrors::badJsonBodiesGet400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected"); // substring of the error body
    QTest::newRow("garbage") << QByteArray("{garbage") << QByteArray("JSON parse error");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << QByteArray("JSON parse error");
    QTest::newRow("truncated") << QByteArray(R"({"key":"a","value":[1,2)")
                               << QByteArray("JSON parse error");
    QTest::newRow("trailing") << QByteArray(R"({"key":"a","value":1} x)")
                              << QByteArray("JSON parse error");
    QTest::newRow("invalid utf-8")
        << QByteArray("{\"key\":\"\xc3\x28\",\"value\":1}") << QByteArray("JSON parse error");
    QTest::newRow("duplicate key")
        << QByteArray(R"({"key":"a","key":"b","value":1})") << QByteArray("duplicate");
    QTest::newRow("nested duplicate")
        << QByteArray(R"({"key":"a","value":{"x":1,"y":{"z":1,"z":2}}})")
        << QByteArray("duplicate");
    QTest::newRow("too deep") << QByteArray(R"({"key":"deep","value":)") + QByteArray(300, '[') +
            QByteArray(300, ']') +
            "}" << QByteArray("nesting");
    QTest::newRow("array body") << QByteArray("[1,2]")
                                << QByteArray("Expected a dictionary, but got list");
    QTest::newRow("string body") << QByteArray(R"("text")")
                                 << QByteArray("Expected a dictionary, but got str");
}

void TestServerPreferenceErrors::badJsonBodiesGet400()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    const HttpResult result =
        m_client->postJson(QStringLiteral("/api/v2/user/me/preference/"), body);
    QCOMPARE(result.status, 400);
    QVERIFY2(result.body.contains(expected), result.body.constData());
    QVERIFY(result.json().is_object());
    // Deep but within the limit is fine.
    const QByteArray deep =
        R"({"key":"deep.ok","value":)" + QByteArray(200, '[') + QByteArray(200, ']') + "}";
    const HttpResult ok = m_client->postJson(QStringLiteral("/api/v2/user/me/preference/"), deep);
    QVERIFY(ok.status == 201 || ok.status == 400);
    if (ok.status == 400)
        QCOMPARE_JSON(ok.json(),
            Json::parse(R"({"key":["A preference with this key already exists for this user."]})"));
}

QTEST_GUILESS_MAIN(TestServerPreferenceErrors)
#include "tst_serverpreferenceerrors.moc"
