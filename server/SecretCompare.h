// Comparisons of secrets whose time does not depend on where the inputs
// first differ, so that a client cannot guess a password byte by byte.
#pragma once

#include <QByteArray>
#include <QString>

namespace SecretCompare {

// Equal sizes compare every byte; different sizes are unequal at once (the
// size is no secret when both sides are digests or signatures).
bool equalBytes(const QByteArray &a, const QByteArray &b);
// Compares the SHA-256 digests of the UTF-8 texts with equalBytes, so that
// the time depends neither on the contents nor on the lengths.
bool equalSecrets(const QString &a, const QString &b);

} // namespace SecretCompare
