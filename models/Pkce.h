#pragma once

#include <QString>

// Proof Key for Code Exchange (RFC 7636) with the S256 method, plus the
// random state that ties the redirect to the request. All values come from
// QRandomGenerator::system() and are base64url without padding.
struct Pkce
{
    QString verifier; // 43 characters, secret: never logged
    QString challenge; // BASE64URL(SHA-256(verifier))
    QString state;

    static constexpr const char *method() { return "S256"; }

    static Pkce generate();
    static QString challengeFor(const QString &verifier);
    static QString randomToken(int bytes); // base64url of that many random bytes
};
