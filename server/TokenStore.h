// OAuth state: opaque access tokens, rotating refresh tokens, single-use
// authorization codes with PKCE (required, S256), and HS256 JWT access
// tokens. Expiry follows the server's clock.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

class ServerClock;

class TokenStore
{
public:
    struct TokenPair
    {
        QString accessToken;
        QString refreshToken;
        int expiresIn = 0;
    };
    enum class Check { Valid, Invalid, Expired };
    enum class CodeCheck { Ok, Invalid, RedirectMismatch, VerifierMissing, VerifierMismatch };

    // The clock must outlive the store.
    TokenStore(int defaultLifetimeSeconds, const ServerClock &clock);

    int defaultLifetime() const { return m_defaultLifetime; }

    TokenPair issueTokenPair(qint64 userId);
    // An opaque access token without refresh token; lifetime < 0: the default.
    QString issueAccessToken(qint64 userId, int lifetimeSeconds = -1);
    QString issueJwt(qint64 userId, int lifetimeSeconds = -1);

    // Opaque or JWT. Sets *userId when valid.
    Check verifyAccessToken(const QString &token, qint64 *userId) const;
    // For rotation: the refresh token and its access token stop working; the
    // caller issues a new pair for *userId.
    bool consumeRefreshToken(const QString &refreshToken, qint64 *userId);
    // Revokes an access or refresh token together with its pair (RFC 7009).
    void revoke(const QString &token);
    // Every access token (opaque and JWT) expires now; refresh tokens stay valid.
    int expireAllAccessTokens();

    QString createAuthorizationCode(
        qint64 userId, const QString &redirectUri, const QString &codeChallenge);
    // Consumes the code when it is redeemed successfully. Every code has a
    // challenge, so a missing verifier fails like a wrong one.
    CodeCheck redeemCode(const QString &code, const QString &redirectUri,
        const QString &codeVerifier, qint64 *userId);

    static QString pkceChallenge(const QString &verifier);

private:
    struct AccessToken
    {
        qint64 userId = 0;
        qint64 expiresMs = 0;
        QString refreshToken;
    };
    struct RefreshToken
    {
        qint64 userId = 0;
        QString accessToken;
    };
    struct AuthorizationCode
    {
        qint64 userId = 0;
        qint64 expiresMs = 0;
        QString redirectUri;
        QString codeChallenge;
    };

    QString storeAccessToken(qint64 userId, int lifetimeSeconds, const QString &refreshToken);
    Check verifyJwt(const QString &token, qint64 *userId) const;

    int m_defaultLifetime;
    const ServerClock &m_clock;
    QByteArray m_jwtSecret;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, AuthorizationCode> m_codes;
    QSet<QString> m_issuedJwtIds;
    QSet<QString> m_expiredJwtIds;
};
