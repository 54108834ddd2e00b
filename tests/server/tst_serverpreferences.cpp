// The preference endpoints of PrefServer over real HTTP: list, pagination,
// filters, get, create, PATCH, DELETE, permissions and every error path.
#include "ServerTestCase.h"

#include "DemoData.h"
#include "PrefStore.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestServerPreferences : public ServerTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void listReturnsPageOfPreferencesInIdOrder();
    void paginationFollowedToTheEnd_data();
    void paginationFollowedToTheEnd();
    void pageSizeDefaultAndCap();
    void filtersAreExactKeyMatches();
    void meAliasMatchesNumericId();
    void getOnePreference();
    void createReturns201();
    void valueRoundTripsByteForByte_data();
    void valueRoundTripsByteForByte();
    void patchKeyOnlyValueOnlyAndBoth();
    void patchTimestampsStrictlyIncrease();
    void deleteAnswers204ThenNotFound();
    void adminMayEditOtherUsers();
    void demoTimestampsAreNeverInTheFuture();

private:
    Json allPreferencesOf(const QString &user, int limit);

    int m_counter = 0;
};

static const QRegularExpression kTimestamp(
    QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));

void TestServerPreferences::initTestCase()
{
    QVERIFY(startDemoServer());
}

void TestServerPreferences::init()
{
    QVERIFY(m_client->signIn(QStringLiteral("alice")));
}

Json TestServerPreferences::allPreferencesOf(const QString &user, int limit)
{
    Json all = Json::array();
    QUrl next =
        m_client->url(QStringLiteral("/api/v2/user/%1/preference/?limit=%2").arg(user).arg(limit));
    while (next.isValid()) {
        const HttpResult page = m_client->getUrl(next);
        if (page.status != 200)
            return Json();
        const Json json = page.json();
        for (const Json &item : json.at("results"))
            all.push_back(item);
        next = json.at("next").is_null()
            ? QUrl()
            : QUrl(QString::fromStdString(json.at("next").get<std::string>()));
    }
    return all;
}

void TestServerPreferences::listReturnsPageOfPreferencesInIdOrder()
{
    const HttpResult result = m_client->get(QStringLiteral("/api/v2/user/me/preference/"));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    const Json page = result.json();
    QCOMPARE(
        jsonKeys(page), (QStringList {u"count"_qs, u"next"_qs, u"previous"_qs, u"results"_qs}));
    QVERIFY(page.at("count").get<int>() >= 12);
    QVERIFY(page.at("previous").is_null());
    const Json &results = page.at("results");
    QVERIFY(results.size() >= 12);
    qint64 lastId = 0;
    for (const Json &preference : results) {
        QCOMPARE(jsonKeys(preference),
            (QStringList {u"id"_qs, u"user_id"_qs, u"key"_qs, u"value"_qs, u"created_at"_qs,
                u"last_updated_at"_qs}));
        QCOMPARE(preference.at("user_id").get<int>(), 2);
        QVERIFY(preference.at("id").get<qint64>() > lastId);
        lastId = preference.at("id").get<qint64>();
        QVERIFY(kTimestamp.match(jsonString(preference, "created_at")).hasMatch());
        QVERIFY(kTimestamp.match(jsonString(preference, "last_updated_at")).hasMatch());
    }
    // The demo data covers every JSON type.
    QSet<int> types;
    for (const Json &preference : results)
        types.insert(int(preference.at("value").type()));
    for (const auto type : {Json::value_t::object, Json::value_t::array, Json::value_t::string,
             Json::value_t::boolean, Json::value_t::null, Json::value_t::number_integer,
             Json::value_t::number_unsigned, Json::value_t::number_float})
        QVERIFY2(types.contains(int(type)), "a JSON type is missing from alice's demo preferences");
}

void TestServerPreferences::paginationFollowedToTheEnd_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("1") << 1;
    QTest::newRow("7") << 7;
    QTest::newRow("13") << 13;
    QTest::newRow("above max") << 1000;
}

void TestServerPreferences::paginationFollowedToTheEnd()
{
    QFETCH(int, limit);
    const Json everything =
        m_client->get(QStringLiteral("/api/v2/user/me/preference/?limit=100")).json();
    const int count = everything.at("count").get<int>();
    QVERIFY(count >= 12);

    QUrl next = m_client->url(QStringLiteral("/api/v2/user/me/preference/?limit=%1").arg(limit));
    const int effective = std::min(limit, m_server->options().maxPageSize);
    Json collected = Json::array();
    int pages = 0;
    QString previousPage;
    while (next.isValid()) {
        const HttpResult result = m_client->getUrl(next);
        QCOMPARE(result.status, 200);
        const Json page = result.json();
        QCOMPARE(page.at("count").get<int>(), count);
        QVERIFY(int(page.at("results").size()) <= effective);
        if (pages == 0)
            QVERIFY(page.at("previous").is_null());
        else
            QVERIFY(!page.at("previous").is_null());
        for (const Json &item : page.at("results"))
            collected.push_back(item);
        ++pages;
        if (page.at("next").is_null())
            break;
        const QString nextUrl = jsonString(page, "next");
        QVERIFY2(
            nextUrl.startsWith(m_server->baseUrl().toString() + u"/api/v2/user/me/preference/?"_qs),
            qPrintable(nextUrl));
        QVERIFY(nextUrl.contains(QStringLiteral("limit=%1").arg(effective)));
        next = QUrl(nextUrl);
        QVERIFY(pages < 200);
    }
    QCOMPARE(pages, (count + effective - 1) / effective);
    QCOMPARE_JSON(collected, everything.at("results"));
}

void TestServerPreferences::pageSizeDefaultAndCap()
{
    ServerOptions options;
    options.demo = true;
    options.pageSize = 3;
    options.maxPageSize = 5;
    PrefServer server(options);
    QVERIFY(server.start());
    ServerTestClient client(server.baseUrl());
    QVERIFY(client.signIn(QStringLiteral("bob")));
    const QString list = QStringLiteral("/api/v2/user/me/preference/");

    Json page = client.get(list).json();
    QCOMPARE(page.at("results").size(), size_t(3));
    QCOMPARE(
        jsonString(page, "next"), server.baseUrl().toString() + list + u"?limit=3&offset=3"_qs);
    page = client.get(list + u"?limit=50"_qs).json();
    QCOMPARE(page.at("results").size(), size_t(5));
    for (const char *bad : {"0", "-4", "abc"})
        QCOMPARE(client.get(list + u"?limit="_qs + QLatin1String(bad)).json().at("results").size(),
            size_t(3));
    page = client.get(list + u"?limit=2&offset=5"_qs).json();
    QCOMPARE(
        jsonString(page, "previous"), server.baseUrl().toString() + list + u"?limit=2&offset=3"_qs);
    page = client.get(list + u"?limit=4&offset=2"_qs).json();
    QCOMPARE(jsonString(page, "previous"), server.baseUrl().toString() + list + u"?limit=4"_qs);
    page = client.get(list + u"?offset=1000"_qs).json();
    QVERIFY(page.at("results").empty());
    QVERIFY(page.at("next").is_null());
    QCOMPARE(page.at("count").get<int>(), 14); // bob's demo preferences
}

void TestServerPreferences::filtersAreExactKeyMatches()
{
    for (const char *parameter : {"search", "key"}) {
        const QString base = u"/api/v2/user/me/preference/?"_qs + QLatin1String(parameter);
        Json page = m_client->get(base + u"=theme"_qs).json();
        QCOMPARE(page.at("count").get<int>(), 1);
        QCOMPARE(jsonString(page.at("results").at(0), "key"), u"theme"_qs);
        QCOMPARE_JSON(page.at("results").at(0).at("value"), Json("light"));
        page = m_client->get(base + u"=them"_qs).json();
        QCOMPARE(page.at("count").get<int>(), 0);
        QVERIFY(page.at("results").empty());
    }
    const int all =
        m_client->get(QStringLiteral("/api/v2/user/me/preference/")).json().at("count").get<int>();
    QCOMPARE(m_client->get(QStringLiteral("/api/v2/user/me/preference/?search=&key="))
                 .json()
                 .at("count")
                 .get<int>(),
        all);
    QCOMPARE(m_client->get(QStringLiteral("/api/v2/user/me/preference/?search=theme&key=language"))
                 .json()
                 .at("count")
                 .get<int>(),
        0);
    // next links keep the filter.
    const Json page =
        m_client->get(QStringLiteral("/api/v2/user/me/preference/?key=language&limit=1")).json();
    QVERIFY(page.at("next").is_null());
}

void TestServerPreferences::meAliasMatchesNumericId()
{
    const Json byAlias = allPreferencesOf(QStringLiteral("me"), 100);
    const Json byId = allPreferencesOf(QStringLiteral("2"), 100);
    QVERIFY(!byAlias.empty());
    QCOMPARE_JSON(byAlias, byId);
    const qint64 id = byAlias.at(0).at("id").get<qint64>();
    const HttpResult viaMe =
        m_client->get(QStringLiteral("/api/v2/user/me/preference/%1/").arg(id));
    const HttpResult viaId = m_client->get(QStringLiteral("/api/v2/user/2/preference/%1/").arg(id));
    QCOMPARE(viaMe.status, 200);
    QCOMPARE(viaMe.body, viaId.body);
}

void TestServerPreferences::getOnePreference()
{
    const Json page =
        m_client->get(QStringLiteral("/api/v2/user/me/preference/?key=notifications")).json();
    const Json listed = page.at("results").at(0);
    const HttpResult result = m_client->get(
        QStringLiteral("/api/v2/user/me/preference/%1/").arg(listed.at("id").get<qint64>()));
    QCOMPARE(result.status, 200);
    QCOMPARE_JSON(result.json(), listed);
    QVERIFY(result.json().at("value").is_object());
    QCOMPARE(m_client->get(QStringLiteral("/api/v2/user/me/preference/999999/")).status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/api/v2/user/me/preference/abc/")).status, 404);
    QCOMPARE_JSON(m_client->get(QStringLiteral("/api/v2/user/me/preference/999999/")).json(),
        Json::parse(R"({"detail":"Not found."})"));
}

void TestServerPreferences::createReturns201()
{
    const HttpResult result = createPreference("created.one", R"({"nested":{"z":1,"a":2}})");
    QCOMPARE(result.status, 201);
    const Json json = result.json();
    QCOMPARE(jsonKeys(json),
        (QStringList {u"id"_qs, u"user_id"_qs, u"key"_qs, u"value"_qs, u"created_at"_qs,
            u"last_updated_at"_qs}));
    QCOMPARE(json.at("user_id").get<int>(), 2);
    QCOMPARE(jsonString(json, "key"), u"created.one"_qs);
    QCOMPARE(jsonString(json, "created_at"), jsonString(json, "last_updated_at"));
    QCOMPARE_JSON(
        m_client
            ->get(QStringLiteral("/api/v2/user/me/preference/%1/").arg(json.at("id").get<qint64>()))
            .json(),
        json);
}

void TestServerPreferences::valueRoundTripsByteForByte_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("key order and big integer")
        << QByteArray(R"({"b":1,"a":[true,null,"x",9007199254740993]})");
    QTest::newRow("string") << QByteArray(R"("text")");
    QTest::newRow("integer") << QByteArray("42");
    QTest::newRow("true") << QByteArray("true");
    QTest::newRow("false") << QByteArray("false");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("uint64 max") << QByteArray("18446744073709551615");
    QTest::newRow("int64 min") << QByteArray("-9223372036854775808");
    QTest::newRow("float") << QByteArray("3.25");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("unicode") << QByteArray(R"("caffè ✓ \"quoted\" \\ \n")");
    QTest::newRow("nested") << QByteArray(
        R"({"z":{"y":[{"x":[[[]]],"w":-1}]},"a":{"c":0.5,"b":-0.125}})");
}

void TestServerPreferences::valueRoundTripsByteForByte()
{
    QFETCH(QByteArray, value);
    const QByteArray key = "roundtrip." + QByteArray::number(++m_counter);
    const HttpResult created = createPreference(key, value);
    QCOMPARE(created.status, 201);
    QVERIFY2(
        created.body.contains("\"value\":" + value + ",\"created_at\""), created.body.constData());
    const QString path =
        QStringLiteral("/api/v2/user/me/preference/%1/").arg(created.json().at("id").get<qint64>());
    HttpResult fetched = m_client->get(path);
    QVERIFY2(
        fetched.body.contains("\"value\":" + value + ",\"created_at\""), fetched.body.constData());

    // Through PATCH as well, and in the list.
    QCOMPARE(m_client->patchJson(path, R"({"value":0})").status, 200);
    const HttpResult patched = m_client->patchJson(path, "{\"value\":" + value + "}");
    QCOMPARE(patched.status, 200);
    QVERIFY2(
        patched.body.contains("\"value\":" + value + ",\"created_at\""), patched.body.constData());
    fetched = m_client->get(u"/api/v2/user/me/preference/?key="_qs + QString::fromLatin1(key));
    QVERIFY2(
        fetched.body.contains("\"value\":" + value + ",\"created_at\""), fetched.body.constData());
}

void TestServerPreferences::patchKeyOnlyValueOnlyAndBoth()
{
    const Json created = createPreference("patch.me", R"({"v":1})").json();
    const QString path =
        QStringLiteral("/api/v2/user/me/preference/%1/").arg(created.at("id").get<qint64>());

    HttpResult result = m_client->patchJson(path, R"({"value":[1,2,3]})");
    QCOMPARE(result.status, 200);
    Json json = result.json();
    QCOMPARE(jsonString(json, "key"), u"patch.me"_qs);
    QCOMPARE_JSON(json.at("value"), Json::parse("[1,2,3]"));
    QCOMPARE_JSON(json.at("created_at"), created.at("created_at"));
    QVERIFY(jsonString(json, "last_updated_at") > jsonString(created, "last_updated_at"));
    const Json afterValue = json;

    result = m_client->patchJson(path, R"({"key":"patched.key","ignored":true})");
    QCOMPARE(result.status, 200);
    json = result.json();
    QCOMPARE(jsonString(json, "key"), u"patched.key"_qs);
    QCOMPARE_JSON(json.at("value"), Json::parse("[1,2,3]"));
    QVERIFY(jsonString(json, "last_updated_at") > jsonString(afterValue, "last_updated_at"));
    const Json afterKey = json;

    result = m_client->patchJson(path, R"({"key":"both.changed","value":"both"})");
    QCOMPARE(result.status, 200);
    json = result.json();
    QCOMPARE(jsonString(json, "key"), u"both.changed"_qs);
    QCOMPARE_JSON(json.at("value"), Json("both"));
    QVERIFY(jsonString(json, "last_updated_at") > jsonString(afterKey, "last_updated_at"));
    QCOMPARE_JSON(m_client->get(path).json(), json);
    QCOMPARE_JSON(m_client->patchJson(path, R"({"key":""})").json(),
        Json::parse(R"({"key":["This field may not be blank."]})"));
}

void TestServerPreferences::patchTimestampsStrictlyIncrease()
{
    const Json created = createPreference("rapid", "0").json();
    const QString path =
        QStringLiteral("/api/v2/user/me/preference/%1/").arg(created.at("id").get<qint64>());
    QString last = jsonString(created, "last_updated_at");
    for (int i = 1; i <= 20; ++i) {
        // The same value each time: a write is a write.
        const Json json = m_client->patchJson(path, R"({"value":1})").json();
        const QString stamp = jsonString(json, "last_updated_at");
        QVERIFY2(stamp > last, qPrintable(stamp + u" <= "_qs + last));
        last = stamp;
    }
}

void TestServerPreferences::deleteAnswers204ThenNotFound()
{
    const Json created = createPreference("delete.me", "1").json();
    const QString path =
        QStringLiteral("/api/v2/user/me/preference/%1/").arg(created.at("id").get<qint64>());
    HttpResult result = m_client->deleteResource(path);
    QCOMPARE(result.status, 204);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(m_client->get(path).status, 404);
    result = m_client->deleteResource(path);
    QCOMPARE(result.status, 404);
    QCOMPARE_JSON(result.json(), Json::parse(R"({"detail":"Not found."})"));
    QCOMPARE(m_client->get(QStringLiteral("/api/v2/user/me/preference/?key=delete.me"))
                 .json()
                 .at("count")
                 .get<int>(),
        0);
}

void TestServerPreferences::adminMayEditOtherUsers()
{
    ServerTestClient support(m_server->baseUrl());
    QVERIFY(support.signIn(QStringLiteral("support")));
    const Json page = support.get(QStringLiteral("/api/v2/user/2/preference/?key=language")).json();
    QCOMPARE(page.at("count").get<int>(), 1);
    const QString path = QStringLiteral("/api/v2/user/2/preference/%1/")
                             .arg(page.at("results").at(0).at("id").get<qint64>());
    HttpResult result = support.patchJson(path, R"({"value":"fr"})");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().at("user_id").get<int>(), 2);
    QCOMPARE_JSON(m_client->get(QStringLiteral("/api/v2/user/me/preference/?key=language"))
                      .json()
                      .at("results")
                      .at(0)
                      .at("value"),
        Json("fr"));
    result = support.postJson(
        QStringLiteral("/api/v2/user/3/preference/"), R"({"key":"set.by.support","value":true})");
    QCOMPARE(result.status, 201);
    QCOMPARE(result.json().at("user_id").get<int>(), 3);
    QCOMPARE(support.get(QStringLiteral("/api/v2/user/999/preference/")).status, 404);
    QCOMPARE(support.get(QStringLiteral("/api/v2/user/bogus/preference/")).status, 404);
}

// Every demo user's preferences were created and updated in the past, however
// many there are (the 39th used to be created in the future).
void TestServerPreferences::demoTimestampsAreNeverInTheFuture()
{
    PrefStore store;
    DemoData::populate(store);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int checked = 0;
    for (const UserRecord *user : store.users()) {
        for (const PreferenceRecord *preference : store.preferences(user->id)) {
            QVERIFY2(preference->createdMs <= now, qPrintable(preference->key));
            QVERIFY2(preference->updatedMs <= now, qPrintable(preference->key));
            QVERIFY2(preference->createdMs <= preference->updatedMs, qPrintable(preference->key));
            ++checked;
        }
    }
    QVERIFY2(checked > 38, qPrintable(QString::number(checked))); // past the 38th
}

QTEST_GUILESS_MAIN(TestServerPreferences)
#include "tst_serverpreferences.moc"
