// The authorization code flow of PrefServer: /oauth/authorize/ (approval,
// account chooser, refusals) and the authorization_code grant with PKCE S256,
// which is required; codes expire with the server's clock.
#include "ServerTestCase.h"

#include <QCryptographicHash>
#include <QTest>

class TestServerAuthorizationCode : public ServerTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void authorizationCodeWithPkce();
    void authorizationCodeErrors();
    void authorizationCodeRequiresPkce();
    void authorizationCodeExpiresWithTheClock();
    void authorizeApprovesConfiguredAccount();
    void authorizeShowsAccountChooser();
    void authorizeRefusesBadRequests();

private:
    HttpResult authorize(const QString &extraQuery);
    QString codeFrom(const HttpResult &redirect) const;
    // POST /oauth/token/ with this code (and verifier, unless null).
    HttpResult exchange(const QString &code, const QString &verifier);
};

static const QString kRedirectUri = QStringLiteral("http://127.0.0.1:53682/callback");
static const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

static QString pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The query parameters of PKCE for kVerifier.
static QString pkceQuery()
{
    return u"&code_challenge_method=S256&code_challenge="_qs + pkceChallenge(kVerifier);
}

void TestServerAuthorizationCode::initTestCase()
{
    ServerOptions options;
    options.tokenLifetimeSeconds = 3600;
    QVERIFY(startDemoServer(options));
}

void TestServerAuthorizationCode::init()
{
    m_client->setToken(QString());
    m_server->setAutoApproveUser(QString());
}

HttpResult TestServerAuthorizationCode::authorize(const QString &extraQuery)
{
    return m_client->get(
        u"/oauth/authorize/?response_type=code&client_id=prefeditor&redirect_uri="_qs +
        QString::fromLatin1(QUrl::toPercentEncoding(kRedirectUri)) + extraQuery);
}

QString TestServerAuthorizationCode::codeFrom(const HttpResult &redirect) const
{
    return QUrlQuery(QUrl(QString::fromUtf8(redirect.header("Location"))))
        .queryItemValue(QStringLiteral("code"));
}

HttpResult TestServerAuthorizationCode::exchange(const QString &code, const QString &verifier)
{
    QUrlQuery body = encodedForm(
        {{u"grant_type"_qs, u"authorization_code"_qs}, {u"client_id"_qs, u"prefeditor"_qs},
            {u"code"_qs, code}, {u"redirect_uri"_qs, kRedirectUri}});
    if (!verifier.isNull())
        body.addQueryItem(u"code_verifier"_qs, verifier);
    return m_client->postForm(QStringLiteral("/oauth/token/"), body);
}

void TestServerAuthorizationCode::authorizationCodeWithPkce()
{
    const QString challenge = pkceChallenge(kVerifier);
    QCOMPARE(challenge, u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_qs); // RFC 7636, appendix B
    const HttpResult redirect = authorize(
        u"&state=xyz%20123&code_challenge_method=S256&username=bob&code_challenge="_qs + challenge);
    QCOMPARE(redirect.status, 302);
    const QUrl location(QString::fromUtf8(redirect.header("Location")));
    QCOMPARE(location.toString(QUrl::RemoveQuery), kRedirectUri);
    QCOMPARE(QUrlQuery(location).queryItemValue(u"state"_qs, QUrl::FullyDecoded), u"xyz 123"_qs);
    const QString code = codeFrom(redirect);
    QVERIFY(!code.isEmpty());

    const HttpResult result = m_client->postForm(QStringLiteral("/oauth/token/"),
        encodedForm({{u"grant_type"_qs, u"authorization_code"_qs},
            {u"client_id"_qs, u"prefeditor"_qs}, {u"code"_qs, code},
            {u"redirect_uri"_qs, kRedirectUri}, {u"code_verifier"_qs, kVerifier}}));
    QCOMPARE(result.status, 200);
    QVERIFY(!jsonString(result.json(), "refresh_token").isEmpty());
    ServerTestClient bob(m_server->baseUrl());
    bob.setToken(jsonString(result.json(), "access_token"));
    QCOMPARE(jsonString(bob.get(u"/api/v2/user/me/"_qs).json(), "username"), u"bob"_qs);

    // A code is single-use.
    const HttpResult reuse = m_client->postForm(QStringLiteral("/oauth/token/"),
        encodedForm({{u"grant_type"_qs, u"authorization_code"_qs},
            {u"client_id"_qs, u"prefeditor"_qs}, {u"code"_qs, code},
            {u"redirect_uri"_qs, kRedirectUri}, {u"code_verifier"_qs, kVerifier}}));
    QCOMPARE(reuse.status, 400);
    QCOMPARE(jsonString(reuse.json(), "error"), u"invalid_grant"_qs);
}

void TestServerAuthorizationCode::authorizationCodeErrors()
{
    const QString challenge = pkceChallenge(kVerifier);
    const auto exchange = [this](const QString &code, const QString &redirectUri,
                              const QString &verifier) {
        QUrlQuery body = encodedForm(
            {{u"grant_type"_qs, u"authorization_code"_qs}, {u"client_id"_qs, u"prefeditor"_qs},
                {u"code"_qs, code}, {u"redirect_uri"_qs, redirectUri}});
        if (!verifier.isNull())
            body.addQueryItem(u"code_verifier"_qs, verifier);
        return m_client->postForm(QStringLiteral("/oauth/token/"), body);
    };
    const QString pkce =
        u"&username=alice&code_challenge_method=S256&code_challenge="_qs + challenge;

    QString code = codeFrom(authorize(pkce));
    HttpResult result =
        exchange(code, kRedirectUri, u"wrong-verifier-wrong-verifier-wrong-verifier"_qs);
    QCOMPARE(result.status, 400);
    QCOMPARE(jsonString(result.json(), "error"), u"invalid_grant"_qs);
    result = exchange(code, kRedirectUri, QString());
    QCOMPARE(result.status, 400);
    QCOMPARE(jsonString(result.json(), "error"), u"invalid_grant"_qs);
    result = exchange(code, u"http://127.0.0.1:53682/other"_qs, kVerifier);
    QCOMPARE(result.status, 400);
    QCOMPARE_JSON(result.json(),
        Json::parse(
            R"({"error":"invalid_grant","error_description":"Mismatching redirect URI."})"));
    // The failed attempts did not use the code up.
    QCOMPARE(exchange(code, kRedirectUri, kVerifier).status, 200);

    result = exchange(u"no-such-code"_qs, kRedirectUri, kVerifier);
    QCOMPARE(result.status, 400);
    QCOMPARE(jsonString(result.json(), "error"), u"invalid_grant"_qs);
    result = exchange(QString(), kRedirectUri, kVerifier);
    QCOMPARE(jsonString(result.json(), "error"), u"invalid_request"_qs);
}

void TestServerAuthorizationCode::authorizationCodeRequiresPkce()
{
    // Without a challenge: refused like other bad requests, with the state.
    HttpResult redirect = authorize(u"&username=support&state=s9"_qs);
    QCOMPARE(redirect.status, 302);
    QUrlQuery query(QUrl(QString::fromUtf8(redirect.header("Location"))));
    QCOMPARE(query.queryItemValue(u"error"_qs), u"invalid_request"_qs);
    QCOMPARE(query.queryItemValue(u"error_description"_qs, QUrl::FullyDecoded),
        u"Code challenge required."_qs);
    QCOMPARE(query.queryItemValue(u"state"_qs), u"s9"_qs);
    QVERIFY(!query.hasQueryItem(u"code"_qs));
    // A challenge without a method would be "plain": refused too.
    redirect = authorize(u"&username=support&code_challenge="_qs + pkceChallenge(kVerifier));
    query = QUrlQuery(QUrl(QString::fromUtf8(redirect.header("Location"))));
    QCOMPARE(query.queryItemValue(u"error"_qs), u"invalid_request"_qs);
    QVERIFY(!query.hasQueryItem(u"code"_qs));

    // With a challenge, the exchange needs the matching verifier.
    const QString code = codeFrom(authorize(u"&username=support"_qs + pkceQuery()));
    QVERIFY(!code.isEmpty());
    HttpResult result = exchange(code, QString());
    QCOMPARE(result.status, 400);
    QCOMPARE_JSON(result.json(),
        Json::parse(R"({"error":"invalid_grant","error_description":"Code verifier required."})"));
    result = exchange(code, pkceChallenge(kVerifier)); // the challenge is no verifier
    QCOMPARE(result.status, 400);
    QCOMPARE(jsonString(result.json(), "error"), u"invalid_grant"_qs);
    result = exchange(code, kVerifier);
    QCOMPARE(result.status, 200);
    QCOMPARE(meStatus(jsonString(result.json(), "access_token")), 200);
}

void TestServerAuthorizationCode::authorizationCodeExpiresWithTheClock()
{
    QString code = codeFrom(authorize(u"&username=alice"_qs + pkceQuery()));
    m_server->advanceClock(59 * 1000);
    QCOMPARE(exchange(code, kVerifier).status, 200);
    code = codeFrom(authorize(u"&username=alice"_qs + pkceQuery()));
    m_server->advanceClock(60 * 1000);
    const HttpResult result = exchange(code, kVerifier);
    QCOMPARE(result.status, 400);
    QCOMPARE_JSON(result.json(),
        Json::parse(
            R"({"error":"invalid_grant","error_description":"Invalid or expired authorization code."})"));
}

void TestServerAuthorizationCode::authorizeApprovesConfiguredAccount()
{
    m_server->setAutoApproveUser(u"alice"_qs);
    const HttpResult redirect = authorize(u"&state=s1"_qs + pkceQuery());
    QCOMPARE(redirect.status, 302);
    QVERIFY(!codeFrom(redirect).isEmpty());
    const HttpResult result = exchange(codeFrom(redirect), kVerifier);
    ServerTestClient alice(m_server->baseUrl());
    alice.setToken(jsonString(result.json(), "access_token"));
    QCOMPARE(jsonString(alice.get(u"/api/v2/user/me/"_qs).json(), "username"), u"alice"_qs);
    // An explicit username wins over the configured account.
    const QString code = codeFrom(authorize(u"&username=bob"_qs + pkceQuery()));
    const HttpResult bobTokens = exchange(code, kVerifier);
    ServerTestClient bob(m_server->baseUrl());
    bob.setToken(jsonString(bobTokens.json(), "access_token"));
    QCOMPARE(jsonString(bob.get(u"/api/v2/user/me/"_qs).json(), "username"), u"bob"_qs);
}

void TestServerAuthorizationCode::authorizeShowsAccountChooser()
{
    const HttpResult page = authorize(u"&state=abc"_qs + pkceQuery());
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    for (const char *name : {"support", "alice", "bob"})
        QVERIFY2(page.body.contains(QByteArray("username=") + name + "\">" + name + "</a>"),
            page.body.constData());
    QVERIFY(page.body.contains("state=abc"));
    QVERIFY(!page.body.contains("giulia.romano")); // accounts without password are not offered
    const HttpResult unknown = authorize(u"&username=nobody"_qs + pkceQuery());
    QCOMPARE(unknown.status, 400);
    QVERIFY(unknown.body.contains("Unknown account"));
}

void TestServerAuthorizationCode::authorizeRefusesBadRequests()
{
    HttpResult result = m_client->get(
        u"/oauth/authorize/?response_type=code&client_id=other&username=alice&redirect_uri="_qs +
        QString::fromLatin1(QUrl::toPercentEncoding(kRedirectUri)));
    QCOMPARE(result.status, 400);
    QVERIFY(result.header("Location").isEmpty());
    for (const char *uri : {"http://example.com/cb", "ftp://127.0.0.1/cb", "not a uri", ""}) {
        result = m_client->get(
            u"/oauth/authorize/?response_type=code&client_id=prefeditor&username=alice&redirect_uri="_qs +
            QString::fromLatin1(QUrl::toPercentEncoding(QLatin1String(uri))));
        QCOMPARE(result.status, 400);
    }
    for (const char *uri :
        {"http://localhost:8123/cb", "https://editor.example.org/cb", "http://[::1]:9000/"}) {
        result = m_client->get(
            u"/oauth/authorize/?response_type=code&client_id=prefeditor&username=alice&redirect_uri="_qs +
            QString::fromLatin1(QUrl::toPercentEncoding(QLatin1String(uri))) + pkceQuery());
        QCOMPARE(result.status, 302);
        QVERIFY(result.header("Location").startsWith(uri));
        QVERIFY(result.header("Location").contains("code="));
    }
    result =
        authorize(u"&username=alice&state=q&code_challenge=abc&code_challenge_method=plain"_qs);
    QCOMPARE(result.status, 302);
    QUrlQuery query(QUrl(QString::fromUtf8(result.header("Location"))));
    QCOMPARE(query.queryItemValue(u"error"_qs), u"invalid_request"_qs);
    QCOMPARE(query.queryItemValue(u"state"_qs), u"q"_qs);
    QVERIFY(!query.hasQueryItem(u"code"_qs));
    result = m_client->get(
        u"/oauth/authorize/?response_type=token&client_id=prefeditor&username=alice&redirect_uri="_qs +
        QString::fromLatin1(QUrl::toPercentEncoding(kRedirectUri)));
    QCOMPARE(result.status, 302);
    QCOMPARE(
        QUrlQuery(QUrl(QString::fromUtf8(result.header("Location")))).queryItemValue(u"error"_qs),
        u"unsupported_response_type"_qs);
}

QTEST_GUILESS_MAIN(TestServerAuthorizationCode)
#include "tst_serverauthorizationcode.moc"
