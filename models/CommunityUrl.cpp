#include "CommunityUrl.h"

#include <QHostAddress>

QUrl CommunityUrl::validate(const QString &input, QString *error)
{
    QString text = input.trimmed();
    if (text.isEmpty()) {
        if (error)
            *error = tr("Enter the address of your community.");
        return {};
    }
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    return validate(QUrl(text, QUrl::StrictMode), error);
}

QUrl CommunityUrl::validate(const QUrl &url, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QUrl();
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("This is not a valid web address."));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(tr("The address must start with https://."));
    if (!url.userInfo().isEmpty())
        return fail(tr("The address must not contain a user name or password."));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return fail(tr("The address must use https://. Plain http:// is only allowed for "
                       "this computer (localhost)."));

    QUrl normalized;
    normalized.setScheme(scheme);
    normalized.setHost(url.host().toLower());
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        normalized.setPort(url.port());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    normalized.setPath(path);
    if (error)
        error->clear();
    return normalized;
}

bool CommunityUrl::isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    return address.isLoopback();
}

QString CommunityUrl::toKey(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash).toString(QUrl::FullyEncoded);
}
