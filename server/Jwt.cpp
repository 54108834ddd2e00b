#include "Jwt.h"

#include "SecretCompare.h"
#include "StrictJson.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodePart(const Json &json)
{
    return QByteArray::fromStdString(json.dump()).toBase64(kBase64Url);
}

std::optional<Json> decodePart(const QByteArray &part)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(part, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    StrictJson::Result parsed = StrictJson::parse(*decoded, 16);
    if (!parsed.ok || !parsed.value.is_object())
        return std::nullopt;
    return parsed.value;
}

QByteArray signature(const QByteArray &signingInput, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256)
        .toBase64(kBase64Url);
}

} // namespace

namespace Jwt {

QByteArray sign(const Json &claims, const QByteArray &secret)
{
    const Json header {{"alg", "HS256"}, {"typ", "JWT"}};
    const QByteArray signingInput = encodePart(header) + '.' + encodePart(claims);
    return signingInput + '.' + signature(signingInput, secret);
}

std::optional<Json> verify(const QByteArray &token, const QByteArray &secret)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const std::optional<Json> header = decodePart(parts.at(0));
    if (!header || header->value("alg", Json()) != Json("HS256"))
        return std::nullopt;
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    if (!SecretCompare::equalBytes(signature(signingInput, secret), parts.at(2)))
        return std::nullopt;
    return decodePart(parts.at(1));
}

bool looksLikeJwt(const QByteArray &token)
{
    return token.count('.') == 2;
}

} // namespace Jwt
