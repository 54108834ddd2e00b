#include "BaselineClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>

#include <memory>

BaselineClient::BaselineClient(const QUrl &server, const QString &token, int pageSize)
    : m_server(server)
    , m_token(token)
    , m_pageSize(pageSize)
{ }

BaselineClient::Result BaselineClient::run(Mode mode) const
{
    // prefserver writes count and next first; the first match is the page's own.
    static const QRegularExpression head(
        QStringLiteral(R"re(^\{"count":(\d+),"next":(null|"([^"]*)"))re"));
    QNetworkAccessManager nam;
    QUrl url = m_server.resolved(QUrl(QStringLiteral("/api/v2/user/me/preference/")));
    url.setQuery(QUrlQuery {{QStringLiteral("limit"), QString::number(m_pageSize)}});

    Result result;
    QElapsedTimer clock;
    clock.start();
    while (url.isValid()) {
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        const std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        ++result.requests;
        if (reply->error() != QNetworkReply::NoError) {
            result.error = QStringLiteral("%1: %2").arg(url.toString(), reply->errorString());
            return result;
        }
        const QRegularExpressionMatch match = head.match(QString::fromUtf8(reply->read(4096)));
        if (!match.hasMatch()) {
            result.error = QStringLiteral("%1: not a page of preferences").arg(url.toString());
            return result;
        }
        result.count = match.captured(1).toInt();
        url = match.captured(2) == QLatin1String("null") ? QUrl() : QUrl(match.captured(3));
        result.complete = !url.isValid();
        if (mode == Mode::OneRequest)
            break;
    }
    result.milliseconds = double(clock.nsecsElapsed()) / 1e6;
    result.ok = true;
    return result;
}
