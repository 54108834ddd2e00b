#pragma once

#include "JsonValue.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

// The tokens of one sign-in. Secret: never logged, never written anywhere
// but the OS keychain.
struct TokenSet
{
    QString accessToken;
    QString refreshToken; // empty: cannot be refreshed (pasted token, JWT)
    QDateTime expiresAt; // UTC; invalid: unknown
    QString tokenType = QStringLiteral("Bearer");
    QString scope;

    bool isEmpty() const { return accessToken.isEmpty(); }
    bool canRefresh() const { return !refreshToken.isEmpty(); }
    // Expired, or expiring within the margin (to avoid a doomed request).
    bool isExpired(
        const QDateTime &now = QDateTime::currentDateTimeUtc(), int marginSeconds = 30) const;
    void clear();

    // The token endpoint's answer: {"access_token", "expires_in", "token_type",
    // "scope", "refresh_token"}. *error says what is missing.
    static std::optional<TokenSet> fromTokenResponse(const JsonValue &body,
        const QDateTime &now = QDateTime::currentDateTimeUtc(), QString *error = nullptr);
    // A token the user pasted; a JWT's "exp" claim gives the expiry (the
    // signature is not ours to check: the server does that on /user/me/).
    static TokenSet fromPastedToken(const QString &token);
    static std::optional<QDateTime> jwtExpiry(const QString &token);
    // Visible ASCII only (no space, CR, LF or other control characters):
    // what may go into an Authorization header as it is.
    static bool isHeaderSafe(const QString &token);

    // The keychain secret: one small JSON object.
    QByteArray toSecret() const;
    static std::optional<TokenSet> fromSecret(const QByteArray &secret);
};
