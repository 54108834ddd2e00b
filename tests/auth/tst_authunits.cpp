// Pure functions of sign-in: the community URL check, PKCE, token sets.
#include "CommunityUrl.h"
#include "Pkce.h"
#include "TokenSet.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestAuthUnits : public QObject
{
    Q_OBJECT

private slots:
    void communityUrl_data();
    void communityUrl();
    void loopbackHosts_data();
    void loopbackHosts();
    void pkceKnownVector();
    void pkceGenerate();
    void tokenResponse();
    void tokenResponseWithoutAccessToken();
    void secretRoundTrip();
    void pastedJwtExpiry();
    void pastedOpaqueToken();
    void hugeExpiryIsClampedNotUndefined_data();
    void hugeExpiryIsClampedNotUndefined();
    void tokenWithControlCharactersIsNotHeaderSafe_data();
    void tokenWithControlCharactersIsNotHeaderSafe();
};

void TestAuthUnits::communityUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("https") << "https://community.example.org"
                           << "https://community.example.org";
    QTest::newRow("trailing slash") << "https://community.example.org/"
                                    << "https://community.example.org";
    QTest::newRow("no scheme") << "community.example.org"
                               << "https://community.example.org";
    QTest::newRow("upper case") << "HTTPS://Community.Example.ORG"
                                << "https://community.example.org";
    QTest::newRow("path kept") << "https://example.org/community/"
                               << "https://example.org/community";
    QTest::newRow("port") << "https://example.org:8443"
                          << "https://example.org:8443";
    QTest::newRow("default port dropped") << "https://example.org:443/"
                                          << "https://example.org";
    QTest::newRow("query dropped") << "https://example.org/?a=b#x"
                                   << "https://example.org";
    QTest::newRow("http refused") << "http://community.example.org"
                                  << "";
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080"
                                    << "http://127.0.0.1:8080";
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3:8080/"
                                    << "http://127.1.2.3:8080";
    QTest::newRow("http ::1") << "http://[::1]:8080"
                              << "http://[::1]:8080";
    QTest::newRow("http localhost") << "http://localhost:8080"
                                    << "http://localhost:8080";
    QTest::newRow("http localhost.evil") << "http://localhost.evil.org"
                                         << "";
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1"
                                    << "";
    QTest::newRow("http 10.0.0.1") << "http://10.0.0.1"
                                   << "";
    QTest::newRow("http 127.example") << "http://127.0.0.1.example.org"
                                      << "";
    QTest::newRow("ftp") << "ftp://example.org"
                         << "";
    QTest::newRow("file") << "file:///etc/passwd"
                          << "";
    QTest::newRow("user info") << "https://user:pw@example.org"
                               << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("blank") << "   "
                           << "";
    QTest::newRow("garbage") << "https://"
                             << "";
}

void TestAuthUnits::communityUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    const QUrl url = CommunityUrl::validate(input, &error);
    if (expected.isEmpty()) {
        QVERIFY2(!url.isValid(), qPrintable(url.toString()));
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(url.isValid(), qPrintable(error));
        QCOMPARE(url.toString(), expected);
        QVERIFY(error.isEmpty());
    }
}

void TestAuthUnits::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.255.255.254") << "127.255.255.254" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("[::1]") << "[::1]" << true;
    QTest::newRow("localhost") << "LOCALHOST" << true;
    QTest::newRow("0.0.0.0") << "0.0.0.0" << false;
    QTest::newRow("192.168.1.1") << "192.168.1.1" << false;
    QTest::newRow("example.org") << "example.org" << false;
    QTest::newRow("sub.localhost") << "a.localhost" << false;
}

void TestAuthUnits::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(CommunityUrl::isLoopbackHost(host), loopback);
}

void TestAuthUnits::pkceKnownVector()
{
    // Cross-checked with: printf VERIFIER | openssl dgst -sha256 -binary | base64url
    QCOMPARE(Pkce::challengeFor(QStringLiteral("dBjftJeZ4CVP-mJ92IXtYpwmEyFq2jvvrV2jrqf5ANQ")),
        QStringLiteral("XH3S3Gx6OE6xqyJSWUXjldzk6o438IwogqkTrL1aC6k"));
}

void TestAuthUnits::pkceGenerate()
{
    const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9_-]+$"));
    QSet<QString> verifiers;
    QSet<QString> states;
    for (int i = 0; i < 50; ++i) {
        const Pkce pkce = Pkce::generate();
        QVERIFY(pkce.verifier.size() >= 43 && pkce.verifier.size() <= 128);
        QVERIFY(unreserved.match(pkce.verifier).hasMatch());
        QVERIFY(unreserved.match(pkce.state).hasMatch());
        QVERIFY(pkce.state.size() >= 22);
        QCOMPARE(pkce.challenge, Pkce::challengeFor(pkce.verifier));
        verifiers.insert(pkce.verifier);
        states.insert(pkce.state);
    }
    QCOMPARE(verifiers.size(), 50);
    QCOMPARE(states.size(), 50);
}

void TestAuthUnits::tokenResponse()
{
    const auto body = JsonValue::parse(QByteArrayLiteral(
        R"({"access_token":"at","expires_in":36000,"token_type":"Bearer","scope":"read write","refresh_token":"rt"})"));
    QVERIFY(body);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const auto tokens = TokenSet::fromTokenResponse(*body, now);
    QVERIFY(tokens);
    QCOMPARE(tokens->accessToken, QStringLiteral("at"));
    QCOMPARE(tokens->refreshToken, QStringLiteral("rt"));
    QCOMPARE(tokens->expiresAt, now.addSecs(36000));
    QVERIFY(!tokens->isExpired(now));
    QVERIFY(tokens->isExpired(now.addSecs(36000 - 10)));
    QVERIFY(tokens->canRefresh());
}

void TestAuthUnits::tokenResponseWithoutAccessToken()
{
    QString error;
    QVERIFY(
        !TokenSet::fromTokenResponse(JsonValue::object(), QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(!error.isEmpty());
    const auto body = JsonValue::parse(QByteArrayLiteral(R"({"access_token": 5})"));
    QVERIFY(!TokenSet::fromTokenResponse(*body));
}

void TestAuthUnits::secretRoundTrip()
{
    TokenSet tokens;
    tokens.accessToken = QStringLiteral("access-\"quoted\"");
    tokens.refreshToken = QStringLiteral("refresh");
    tokens.expiresAt = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    tokens.scope = QStringLiteral("read write");
    const auto back = TokenSet::fromSecret(tokens.toSecret());
    QVERIFY(back);
    QCOMPARE(back->accessToken, tokens.accessToken);
    QCOMPARE(back->refreshToken, tokens.refreshToken);
    QCOMPARE(back->expiresAt, tokens.expiresAt);
    QCOMPARE(back->scope, tokens.scope);
    QVERIFY(!TokenSet::fromSecret("not json"));
    QVERIFY(!TokenSet::fromSecret("{}"));
}

void TestAuthUnits::pastedJwtExpiry()
{
    const QByteArray header =
        QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray claims =
        QByteArrayLiteral(R"({"user_id":1,"exp":1900000000,"token_type":"access"})")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString jwt = QString::fromLatin1(header + '.' + claims + ".c2lnbmF0dXJl");
    const TokenSet tokens =
        TokenSet::fromPastedToken(QStringLiteral("  Bearer ") + jwt + QStringLiteral("\n"));
    QCOMPARE(tokens.accessToken, jwt);
    QCOMPARE(tokens.expiresAt, QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC));
    QVERIFY(!tokens.canRefresh());
}

void TestAuthUnits::pastedOpaqueToken()
{
    const TokenSet tokens = TokenSet::fromPastedToken(QStringLiteral("abc.def"));
    QCOMPARE(tokens.accessToken, QStringLiteral("abc.def"));
    QVERIFY(!tokens.expiresAt.isValid());
    QVERIFY(!tokens.isExpired());
}

// Issue 12: a double beyond qint64 was cast to it (undefined behaviour).
void TestAuthUnits::hugeExpiryIsClampedNotUndefined_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::newRow("1e300") << QByteArray("1e300");
    QTest::newRow("2^63") << QByteArray("9223372036854775808");
    QTest::newRow("2^64 + 1") << QByteArray("18446744073709551617");
    QTest::newRow("1e19") << QByteArray("1e19");
}

void TestAuthUnits::hugeExpiryIsClampedNotUndefined()
{
    QFETCH(QByteArray, number);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

    // expires_in: "practically never" (a century at least), not the past.
    const auto body = JsonValue::parse(R"({"access_token":"at","expires_in":)" + number + '}');
    QVERIFY(body);
    const auto tokens = TokenSet::fromTokenResponse(*body, now);
    QVERIFY(tokens);
    QVERIFY(tokens->expiresAt.isValid());
    QVERIFY2(tokens->expiresAt > now.addYears(99), qPrintable(tokens->expiresAt.toString()));
    QVERIFY(!tokens->isExpired(now));

    // A JWT's exp: the last second of year 9999 at most.
    const QByteArray header =
        QByteArrayLiteral(R"({"alg":"HS256"})")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray claims =
        (R"({"exp":)" + number + '}')
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const auto exp = TokenSet::jwtExpiry(QString::fromLatin1(header + '.' + claims + ".c2ln"));
    QVERIFY(exp);
    QVERIFY(exp->isValid());
    QCOMPARE(exp->date().year(), 9999);
    QVERIFY(!TokenSet::fromPastedToken(QString::fromLatin1(header + '.' + claims + ".c2ln"))
                 .isExpired(now));

    // The keychain's expires_at, the same.
    const auto stored =
        TokenSet::fromSecret(R"({"access_token":"at","expires_at":)" + number + '}');
    QVERIFY(stored);
    QCOMPARE(stored->expiresAt.date().year(), 9999);
}

// Issue 12: a pasted token with CR/LF would go into a header as it is.
void TestAuthUnits::tokenWithControlCharactersIsNotHeaderSafe_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("safe");
    QTest::newRow("jwt-like") << QStringLiteral("abc.DEF-_~+/=") << true;
    QTest::newRow("CR LF") << QStringLiteral("abc\r\nX-Injected: 1") << false;
    QTest::newRow("LF") << QStringLiteral("abc\ndef") << false;
    QTest::newRow("NUL") << QStringLiteral("abc") + QChar(0) + QStringLiteral("def") << false;
    QTest::newRow("tab") << QStringLiteral("abc\tdef") << false;
    QTest::newRow("space") << QStringLiteral("abc def") << false;
    QTest::newRow("DEL") << QStringLiteral("abc\x7f") << false;
    QTest::newRow("non-ASCII") << QStringLiteral("abc\u00e9") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAuthUnits::tokenWithControlCharactersIsNotHeaderSafe()
{
    QFETCH(QString, token);
    QFETCH(bool, safe);
    QCOMPARE(TokenSet::isHeaderSafe(token), safe);
}

QTEST_GUILESS_MAIN(TestAuthUnits)
#include "tst_authunits.moc"
