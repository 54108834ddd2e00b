#include "HttpMessage.h"

QByteArray HttpRequestData::header(const QByteArray &name) const
{
    QByteArray result;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!result.isEmpty())
            result += ", ";
        result += value;
    }
    return result;
}

QUrlQuery HttpRequestData::queryItems() const
{
    QString encoded = query;
    encoded.replace(u'+', QStringLiteral("%20"));
    return QUrlQuery(encoded);
}

QString HttpRequestData::queryValue(const QString &name) const
{
    return queryItems().queryItemValue(name, QUrl::FullyDecoded);
}

bool HttpRequestData::hasQueryItem(const QString &name) const
{
    return queryItems().hasQueryItem(name);
}
