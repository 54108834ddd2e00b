// Minimal HS256 JSON Web Tokens: enough to mint and verify the access tokens
// integrations may hand to users (claims user_id, exp, iat, jti, token_type).
#pragma once

#include "HttpHelpers.h"

#include <QByteArray>

#include <optional>

namespace Jwt {

QByteArray sign(const Json &claims, const QByteArray &secret);
// The claims when the token is well formed, uses HS256 and the signature
// matches. Expiry is left to the caller.
std::optional<Json> verify(const QByteArray &token, const QByteArray &secret);
bool looksLikeJwt(const QByteArray &token);

} // namespace Jwt
