#include "TokenStore.h"

#include "HttpHelpers.h"
#include "Jwt.h"
#include "SecretCompare.h"
#include "ServerClock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace HttpHelpers;

namespace {

constexpr int kTokenLength = 30;
constexpr qint64 kCodeLifetimeMs = 60 * 1000;

} // namespace

TokenStore::TokenStore(int defaultLifetimeSeconds, const ServerClock &clock)
    : m_defaultLifetime(defaultLifetimeSeconds)
    , m_clock(clock)
{
    m_jwtSecret.resize(32);
    QRandomGenerator::system()->fillRange(
        reinterpret_cast<quint32 *>(m_jwtSecret.data()), m_jwtSecret.size() / int(sizeof(quint32)));
}

QString TokenStore::storeAccessToken(
    qint64 userId, int lifetimeSeconds, const QString &refreshToken)
{
    const QString token = randomToken(kTokenLength);
    const int lifetime = lifetimeSeconds < 0 ? m_defaultLifetime : lifetimeSeconds;
    m_accessTokens.insert(token, {userId, m_clock.nowMs() + qint64(lifetime) * 1000, refreshToken});
    return token;
}

TokenStore::TokenPair TokenStore::issueTokenPair(qint64 userId)
{
    TokenPair pair;
    pair.refreshToken = randomToken(kTokenLength);
    pair.accessToken = storeAccessToken(userId, m_defaultLifetime, pair.refreshToken);
    pair.expiresIn = m_defaultLifetime;
    m_refreshTokens.insert(pair.refreshToken, {userId, pair.accessToken});
    return pair;
}

QString TokenStore::issueAccessToken(qint64 userId, int lifetimeSeconds)
{
    return storeAccessToken(userId, lifetimeSeconds, QString());
}

QString TokenStore::issueJwt(qint64 userId, int lifetimeSeconds)
{
    const qint64 now = m_clock.nowSecs();
    const QString jti = randomToken(32);
    const Json claims {{"token_type", "access"},
        {"exp", now + (lifetimeSeconds < 0 ? m_defaultLifetime : lifetimeSeconds)}, {"iat", now},
        {"jti", toStd(jti)}, {"user_id", userId}};
    m_issuedJwtIds.insert(jti);
    return QString::fromLatin1(Jwt::sign(claims, m_jwtSecret));
}

TokenStore::Check TokenStore::verifyAccessToken(const QString &token, qint64 *userId) const
{
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.cend())
        return Jwt::looksLikeJwt(token.toLatin1()) ? verifyJwt(token, userId) : Check::Invalid;
    if (it->expiresMs <= m_clock.nowMs())
        return Check::Expired;
    *userId = it->userId;
    return Check::Valid;
}

TokenStore::Check TokenStore::verifyJwt(const QString &token, qint64 *userId) const
{
    const std::optional<Json> claims = Jwt::verify(token.toLatin1(), m_jwtSecret);
    if (!claims || claims->value("token_type", Json()) != Json("access"))
        return Check::Invalid;
    const Json exp = claims->value("exp", Json());
    const Json uid = claims->value("user_id", Json());
    const Json jti = claims->value("jti", Json());
    if (!exp.is_number() || !uid.is_number_integer())
        return Check::Invalid;
    if (jti.is_string() && m_expiredJwtIds.contains(fromStd(jti.get<std::string>())))
        return Check::Expired;
    if (exp.get<double>() <= double(m_clock.nowSecs()))
        return Check::Expired;
    *userId = uid.get<qint64>();
    return Check::Valid;
}

bool TokenStore::consumeRefreshToken(const QString &refreshToken, qint64 *userId)
{
    const auto it = m_refreshTokens.find(refreshToken);
    if (it == m_refreshTokens.end())
        return false;
    *userId = it->userId;
    m_accessTokens.remove(it->accessToken);
    m_refreshTokens.erase(it);
    return true;
}

void TokenStore::revoke(const QString &token)
{
    if (const auto access = m_accessTokens.find(token); access != m_accessTokens.end()) {
        m_refreshTokens.remove(access->refreshToken);
        m_accessTokens.erase(access);
    } else if (const auto refresh = m_refreshTokens.find(token); refresh != m_refreshTokens.end()) {
        m_accessTokens.remove(refresh->accessToken);
        m_refreshTokens.erase(refresh);
    } else if (const auto claims = Jwt::verify(token.toLatin1(), m_jwtSecret)) {
        const Json jti = claims->value("jti", Json());
        if (jti.is_string())
            m_expiredJwtIds.insert(fromStd(jti.get<std::string>()));
    }
}

int TokenStore::expireAllAccessTokens()
{
    const qint64 now = m_clock.nowMs();
    int count = 0;
    for (AccessToken &token : m_accessTokens) {
        if (token.expiresMs > now) {
            token.expiresMs = now;
            ++count;
        }
    }
    count += int((m_issuedJwtIds - m_expiredJwtIds).size());
    m_expiredJwtIds.unite(m_issuedJwtIds);
    return count;
}

QString TokenStore::createAuthorizationCode(
    qint64 userId, const QString &redirectUri, const QString &codeChallenge)
{
    const QString code = randomToken(kTokenLength);
    m_codes.insert(code, {userId, m_clock.nowMs() + kCodeLifetimeMs, redirectUri, codeChallenge});
    return code;
}

TokenStore::CodeCheck TokenStore::redeemCode(
    const QString &code, const QString &redirectUri, const QString &codeVerifier, qint64 *userId)
{
    const auto it = m_codes.find(code);
    if (it == m_codes.end())
        return CodeCheck::Invalid;
    if (it->expiresMs <= m_clock.nowMs()) {
        m_codes.erase(it);
        return CodeCheck::Invalid;
    }
    if (it->redirectUri != redirectUri)
        return CodeCheck::RedirectMismatch;
    if (codeVerifier.isEmpty())
        return CodeCheck::VerifierMissing;
    if (it->codeChallenge.isEmpty() ||
        !SecretCompare::equalBytes(
            pkceChallenge(codeVerifier).toLatin1(), it->codeChallenge.toLatin1()))
        return CodeCheck::VerifierMismatch;
    *userId = it->userId;
    m_codes.erase(it);
    return CodeCheck::Ok;
}

QString TokenStore::pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
