#include "HttpHelpers.h"

#include "RawJson.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace HttpHelpers {

HttpReply jsonReply(int status, const Json &body)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "application/json";
    reply.body = RawJson::dump(body);
    return reply;
}

HttpReply detailReply(int status, const QString &detail)
{
    return jsonReply(status, Json {{"detail", toStd(detail)}});
}

HttpReply fieldErrorReply(const QString &field, const QString &message)
{
    return jsonReply(400, Json {{toStd(field), Json::array({toStd(message)})}});
}

HttpReply emptyReply(int status)
{
    HttpReply reply;
    reply.status = status;
    return reply;
}

HttpReply htmlReply(int status, const QByteArray &html)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = "text/html; charset=utf-8";
    reply.body = html;
    return reply;
}

HttpReply notFoundReply()
{
    return detailReply(404, QStringLiteral("Not found."));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Request Entity Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

QByteArray serialize(const HttpReply &reply, bool headRequest, bool closeConnection)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    const bool noBody = reply.status == 204 || reply.status == 304 || reply.status < 200;
    if (!noBody)
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "Server: prefserver\r\n";
    if (closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!noBody && !headRequest)
        out += reply.body;
    return out;
}

QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool isJsonMediaType(const QByteArray &contentType)
{
    const QByteArray type = mediaType(contentType);
    return type == "application/json" ||
        (type.startsWith("application/") && type.endsWith("+json"));
}

QUrlQuery parseForm(const QByteArray &body)
{
    QByteArray encoded = body;
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(encoded));
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QString isoTimestamp(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

qint64 parseTimestamp(const QString &text)
{
    const QDateTime stamp = QDateTime::fromString(text, Qt::ISODateWithMs);
    return stamp.isValid() ? stamp.toMSecsSinceEpoch() : -1;
}

QString randomToken(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token;
    token.reserve(length);
    auto *generator = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        token += QLatin1Char(alphabet[generator->bounded(int(sizeof(alphabet) - 1))]);
    return token;
}

} // namespace HttpHelpers
