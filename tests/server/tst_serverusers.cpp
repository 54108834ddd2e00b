// The user endpoints of PrefServer: /user/me/, /user/{id}/ and the paged
// /user/search/.
#include "ServerTestCase.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestServerUsers : public ServerTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void meDescribesTheSignedInUser();
    void demoAccounts_data();
    void demoAccounts();
    void userById();
    void usersNeedAToken();
    void searchMatchesUsernameAndRealName_data();
    void searchMatchesUsernameAndRealName();
    void searchPagesFollowedToTheEnd_data();
    void searchPagesFollowedToTheEnd();
    void wrongMethodsGet405();
};

void TestServerUsers::initTestCase()
{
    QVERIFY(startDemoServer());
    QVERIFY(m_client->signIn(QStringLiteral("alice")));
}

void TestServerUsers::meDescribesTheSignedInUser()
{
    const HttpResult result = m_client->get(QStringLiteral("/api/v2/user/me/"));
    QCOMPARE(result.status, 200);
    const Json me = result.json();
    QCOMPARE(jsonKeys(me),
        (QStringList {u"id"_qs, u"username"_qs, u"real_name"_qs, u"avatar"_qs, u"email"_qs,
            u"role"_qs, u"deleted"_qs, u"date_joined"_qs}));
    QCOMPARE(me.at("id").get<int>(), 2);
    QCOMPARE(jsonString(me, "username"), u"alice"_qs);
    QCOMPARE(jsonString(me, "real_name"), u"Alice Bianchi"_qs);
    QVERIFY(me.at("avatar").is_null());
    QVERIFY(me.at("role").is_null());
    QCOMPARE_JSON(me.at("deleted"), Json(false));
    QVERIFY(jsonString(me, "email").contains(u'@'));
    QVERIFY(QRegularExpression(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"))
                .match(jsonString(me, "date_joined"))
                .hasMatch());
}

void TestServerUsers::demoAccounts_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("role");
    QTest::newRow("support") << u"support"_qs << 1 << u"admin"_qs;
    QTest::newRow("alice") << u"alice"_qs << 2 << QString();
    QTest::newRow("bob") << u"bob"_qs << 3 << QString();
}

void TestServerUsers::demoAccounts()
{
    QFETCH(QString, username);
    QFETCH(int, id);
    QFETCH(QString, role);
    ServerTestClient client(m_server->baseUrl());
    QVERIFY(client.signIn(username)); // the password is the username
    const Json me = client.get(QStringLiteral("/api/v2/user/me/")).json();
    QCOMPARE(me.at("id").get<int>(), id);
    QCOMPARE(jsonString(me, "role"), role);
    QCOMPARE(me.at("role").is_null(), role.isEmpty());
    QVERIFY(
        client.get(QStringLiteral("/api/v2/user/me/preference/")).json().at("count").get<int>() >=
        12);
}

void TestServerUsers::userById()
{
    HttpResult result = m_client->get(QStringLiteral("/api/v2/user/3/"));
    QCOMPARE(result.status, 200);
    QCOMPARE(jsonString(result.json(), "username"), u"bob"_qs);
    QCOMPARE(jsonString(result.json(), "real_name"), u"Bob Rossi"_qs);
    result = m_client->get(QStringLiteral("/api/v2/user/1/"));
    QCOMPARE(jsonString(result.json(), "role"), u"admin"_qs);
    QCOMPARE(m_client->get(QStringLiteral("/api/v2/user/2/")).body,
        m_client->get(QStringLiteral("/api/v2/user/me/")).body);
    for (const char *missing : {"999", "0", "abc", "-1"}) {
        result = m_client->get(u"/api/v2/user/"_qs + QLatin1String(missing) + u"/"_qs);
        QCOMPARE(result.status, 404);
        QCOMPARE_JSON(result.json(), Json::parse(R"({"detail":"Not found."})"));
    }
}

void TestServerUsers::usersNeedAToken()
{
    ServerTestClient anonymous(m_server->baseUrl());
    for (const QString &path :
        {u"/api/v2/user/me/"_qs, u"/api/v2/user/1/"_qs, u"/api/v2/user/search/?user=a"_qs}) {
        const HttpResult result = anonymous.get(path);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.header("WWW-Authenticate"), QByteArray(R"(Bearer realm="api")"));
    }
}

void TestServerUsers::searchMatchesUsernameAndRealName_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QStringList>("usernames");
    QTest::newRow("username") << u"ali"_qs << QStringList {u"alice"_qs};
    QTest::newRow("real name, any case") << u"BIANCHI"_qs << QStringList {u"alice"_qs};
    QTest::newRow("first name") << u"sara"_qs << QStringList {u"support"_qs};
    QTest::newRow("several") << u"rossi"_qs << QStringList {u"bob"_qs};
    QTest::newRow("surname shared")
        << u"lombard"_qs << QStringList {u"davide.lombardi"_qs, u"tommaso.lombardo"_qs};
    QTest::newRow("no match") << u"zzz"_qs << QStringList();
}

void TestServerUsers::searchMatchesUsernameAndRealName()
{
    QFETCH(QString, term);
    QFETCH(QStringList, usernames);
    const HttpResult result = m_client->get(u"/api/v2/user/search/?user="_qs + term);
    QCOMPARE(result.status, 200);
    const Json page = result.json();
    QCOMPARE(page.at("count").get<int>(), usernames.size());
    QStringList found;
    for (const Json &user : page.at("results")) {
        found.append(jsonString(user, "username"));
        QVERIFY(user.contains("real_name"));
        QVERIFY(user.contains("avatar"));
        QCOMPARE_JSON(user.at("deleted"), Json(false));
    }
    QCOMPARE(found, usernames);
}

void TestServerUsers::searchPagesFollowedToTheEnd_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("1") << 1;
    QTest::newRow("7") << 7;
    QTest::newRow("default") << 0;
}

void TestServerUsers::searchPagesFollowedToTheEnd()
{
    QFETCH(int, limit);
    QUrl next =
        m_client->url(limit > 0 ? QStringLiteral("/api/v2/user/search/?user=a&limit=%1").arg(limit)
                                : QStringLiteral("/api/v2/user/search/?user=a"));
    QStringList usernames;
    int count = -1;
    int pages = 0;
    while (next.isValid()) {
        const Json page = m_client->getUrl(next).json();
        if (count < 0)
            count = page.at("count").get<int>();
        QCOMPARE(page.at("count").get<int>(), count);
        for (const Json &user : page.at("results")) {
            const QString name = jsonString(user, "username") + jsonString(user, "real_name");
            QVERIFY(name.contains(u'a', Qt::CaseInsensitive));
            usernames.append(jsonString(user, "username"));
        }
        ++pages;
        next = page.at("next").is_null() ? QUrl() : QUrl(jsonString(page, "next"));
        if (next.isValid())
            QVERIFY(next.query().contains(u"user=a"_qs));
    }
    QVERIFY(count > 20); // the thirty extra demo users make several pages
    QCOMPARE(usernames.size(), count);
    QCOMPARE(QSet<QString>(usernames.begin(), usernames.end()).size(), count);
    const int pageSize = limit > 0 ? limit : m_server->options().pageSize;
    QCOMPARE(pages, (count + pageSize - 1) / pageSize);
    // An empty term lists everybody.
    QCOMPARE(m_client->get(u"/api/v2/user/search/?user="_qs).json().at("count").get<int>(), 33);
}

void TestServerUsers::wrongMethodsGet405()
{
    const HttpResult result = m_client->postJson(QStringLiteral("/api/v2/user/me/"), "{}");
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), QByteArray("GET, HEAD"));
    QCOMPARE(m_client->deleteResource(QStringLiteral("/api/v2/user/search/")).status, 405);
}

QTEST_GUILESS_MAIN(TestServerUsers)
#include "tst_serverusers.moc"
