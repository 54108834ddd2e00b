#include "TokenSet.h"

#include <QCoreApplication>

namespace {

// Beyond this a lifetime or an expiry means "never" in practice, and a
// double that large would not fit the qint64 it is cast to (undefined).
constexpr qint64 MaxLifetimeSeconds = qint64(100) * 366 * 24 * 3600;
constexpr qint64 MaxEpochSeconds = 253402300799; // 9999-12-31T23:59:59Z

qint64 clampedSeconds(double value, qint64 max)
{
    if (!(value > 0)) // also NaN
        return 0;
    if (value >= double(max))
        return max;
    return static_cast<qint64>(value);
}

} // namespace

bool TokenSet::isExpired(const QDateTime &now, int marginSeconds) const
{
    if (!expiresAt.isValid())
        return false;
    return now.addSecs(marginSeconds) >= expiresAt;
}

void TokenSet::clear()
{
    accessToken.clear();
    refreshToken.clear();
    expiresAt = {};
    tokenType = QStringLiteral("Bearer");
    scope.clear();
}

std::optional<TokenSet> TokenSet::fromTokenResponse(
    const JsonValue &body, const QDateTime &now, QString *error)
{
    const JsonValue access = body.value(QStringLiteral("access_token"));
    if (!body.isObject() || !access.isString() || access.toString().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                "TokenSet", "The server's answer carries no access token.");
        return std::nullopt;
    }
    TokenSet tokens;
    tokens.accessToken = access.toString();
    tokens.refreshToken = body.value(QStringLiteral("refresh_token")).toString();
    const JsonValue type = body.value(QStringLiteral("token_type"));
    if (type.isString() && !type.toString().isEmpty())
        tokens.tokenType = type.toString();
    tokens.scope = body.value(QStringLiteral("scope")).toString();
    const JsonValue expiresIn = body.value(QStringLiteral("expires_in"));
    if (expiresIn.isNumber() && expiresIn.toDouble() > 0)
        tokens.expiresAt = now.addSecs(clampedSeconds(expiresIn.toDouble(), MaxLifetimeSeconds));
    else if (auto exp = jwtExpiry(tokens.accessToken))
        tokens.expiresAt = *exp;
    return tokens;
}

TokenSet TokenSet::fromPastedToken(const QString &token)
{
    TokenSet tokens;
    tokens.accessToken = token.trimmed();
    if (tokens.accessToken.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        tokens.accessToken = tokens.accessToken.mid(7).trimmed();
    if (auto exp = jwtExpiry(tokens.accessToken))
        tokens.expiresAt = *exp;
    return tokens;
}

bool TokenSet::isHeaderSafe(const QString &token)
{
    if (token.isEmpty())
        return false;
    for (const QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

std::optional<QDateTime> TokenSet::jwtExpiry(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const auto claims = JsonValue::parse(*decoded);
    if (!claims || !claims->isObject())
        return std::nullopt;
    const JsonValue exp = claims->value(QStringLiteral("exp"));
    if (!exp.isNumber())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(clampedSeconds(exp.toDouble(), MaxEpochSeconds), Qt::UTC);
}

QByteArray TokenSet::toSecret() const
{
    JsonValue object =
        JsonValue::object()
            .inserted(QStringLiteral("access_token"), JsonValue::fromString(accessToken))
            .inserted(QStringLiteral("token_type"), JsonValue::fromString(tokenType));
    if (!refreshToken.isEmpty())
        object =
            object.inserted(QStringLiteral("refresh_token"), JsonValue::fromString(refreshToken));
    if (expiresAt.isValid())
        object = object.inserted(
            QStringLiteral("expires_at"), JsonValue::fromInteger(expiresAt.toSecsSinceEpoch()));
    if (!scope.isEmpty())
        object = object.inserted(QStringLiteral("scope"), JsonValue::fromString(scope));
    return object.toJson(JsonValue::Format::Compact);
}

std::optional<TokenSet> TokenSet::fromSecret(const QByteArray &secret)
{
    const auto object = JsonValue::parse(secret);
    if (!object || !object->isObject())
        return std::nullopt;
    TokenSet tokens;
    tokens.accessToken = object->value(QStringLiteral("access_token")).toString();
    if (tokens.accessToken.isEmpty())
        return std::nullopt;
    tokens.refreshToken = object->value(QStringLiteral("refresh_token")).toString();
    tokens.tokenType =
        object->value(QStringLiteral("token_type")).toString(QStringLiteral("Bearer"));
    tokens.scope = object->value(QStringLiteral("scope")).toString();
    const JsonValue expiresAt = object->value(QStringLiteral("expires_at"));
    if (expiresAt.isNumber())
        tokens.expiresAt = QDateTime::fromSecsSinceEpoch(
            clampedSeconds(expiresAt.toDouble(), MaxEpochSeconds), Qt::UTC);
    return tokens;
}
