#include "SecretCompare.h"

#include <QCryptographicHash>

namespace SecretCompare {

bool equalBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

bool equalSecrets(const QString &a, const QString &b)
{
    return equalBytes(QCryptographicHash::hash(a.toUtf8(), QCryptographicHash::Sha256),
        QCryptographicHash::hash(b.toUtf8(), QCryptographicHash::Sha256));
}

} // namespace SecretCompare
