#include "ApiError.h"

#include "JsonValue.h"

#include <QDateTime>
#include <QLocale>

namespace {

// A clear sentence for a status whose body says nothing useful.
QString statusMessage(int status)
{
    switch (status) {
    case 400:
        return ApiError::tr("The request was not valid");
    case 401:
        return ApiError::tr("Authentication is required or the sign-in has expired");
    case 403:
        return ApiError::tr("You do not have permission to do this");
    case 404:
        return ApiError::tr("Not found");
    case 405:
        return ApiError::tr("The server does not allow this operation");
    case 406:
        return ApiError::tr("The server cannot answer in JSON");
    case 408:
        return ApiError::tr("The server timed out waiting for the request");
    case 409:
        return ApiError::tr("The request conflicts with the current state");
    case 410:
        return ApiError::tr("This no longer exists");
    case 413:
        return ApiError::tr("The request is too large");
    case 415:
        return ApiError::tr("The server does not accept this content type");
    case 429:
        return ApiError::tr("Too many requests");
    case 500:
        return ApiError::tr("The server had an internal error");
    case 502:
        return ApiError::tr("The server's gateway received a bad answer");
    case 503:
        return ApiError::tr("The service is unavailable");
    case 504:
        return ApiError::tr("The server's gateway timed out");
    default:
        return ApiError::tr("Unexpected status %1").arg(status);
    }
}

// The standard reason phrase, shown next to the number.
QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return ApiError::tr("Bad Request");
    case 401:
        return ApiError::tr("Unauthorized");
    case 403:
        return ApiError::tr("Forbidden");
    case 404:
        return ApiError::tr("Not Found");
    case 405:
        return ApiError::tr("Method Not Allowed");
    case 406:
        return ApiError::tr("Not Acceptable");
    case 408:
        return ApiError::tr("Request Timeout");
    case 409:
        return ApiError::tr("Conflict");
    case 410:
        return ApiError::tr("Gone");
    case 413:
        return ApiError::tr("Payload Too Large");
    case 415:
        return ApiError::tr("Unsupported Media Type");
    case 429:
        return ApiError::tr("Too Many Requests");
    case 500:
        return ApiError::tr("Internal Server Error");
    case 502:
        return ApiError::tr("Bad Gateway");
    case 503:
        return ApiError::tr("Service Unavailable");
    case 504:
        return ApiError::tr("Gateway Timeout");
    default:
        return {};
    }
}

// DRF error values are a string, a list of strings, or nested objects.
QStringList messagesOf(const JsonValue &value)
{
    QStringList result;
    switch (value.type()) {
    case JsonValue::Type::String:
        result.append(value.toString());
        break;
    case JsonValue::Type::Array:
        for (const JsonValue &element : value.elements())
            result.append(messagesOf(element));
        break;
    case JsonValue::Type::Object:
        for (const auto &member : value.members()) {
            for (const QString &message : messagesOf(member.second))
                result.append(member.first + QLatin1String(": ") + message);
        }
        break;
    default:
        break;
    }
    return result;
}

// An HTTP-date (RFC 9110): IMF-fixdate "Wed, 21 Oct 2015 07:28:00 GMT", the
// obsolete RFC 850 "Wednesday, 21-Oct-15 07:28:00 GMT" or asctime.
QDateTime parseHttpDate(QString text)
{
    text = text.simplified();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC"))) {
        text.chop(4);
        // RFC 850: the weekday spelled out, the date with dashes.
        // (Qt would check the weekday against a 19yy year: leave it out.)
        const qsizetype comma = text.indexOf(QLatin1String(", "));
        const QDateTime rfc850 = comma < 0
            ? QDateTime()
            : QLocale::c().toDateTime(text.mid(comma + 2), QStringLiteral("dd-MMM-yy hh:mm:ss"));
        if (rfc850.isValid()) {
            QDateTime utc(rfc850.date(), rfc850.time(), Qt::UTC);
            if (utc.date().year() < 1970)
                utc = utc.addYears(100);
            return utc;
        }
        text += QLatin1String(" +0000");
    }
    return QDateTime::fromString(text, Qt::RFC2822Date); // also reads asctime
}

// Retry-After is delay-seconds or an HTTP-date.
int parseRetryAfter(const QByteArray &header)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, std::numeric_limits<int>::max()));
    const QDateTime when = parseHttpDate(QString::fromLatin1(text));
    if (!when.isValid())
        return -1;
    return int(qBound(qint64(0), QDateTime::currentDateTimeUtc().secsTo(when),
        qint64(std::numeric_limits<int>::max())));
}

} // namespace

ApiError::ApiError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{ }

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return m_httpStatus == 408 || m_httpStatus == 429 || m_httpStatus >= 500;
    default:
        return false;
    }
}

QString ApiError::toUserString() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Could not reach the server: %1").arg(m_message);
    case Kind::Timeout:
        return tr("The server did not answer in time: %1").arg(m_message);
    case Kind::Tls:
        return tr("The secure connection failed: %1").arg(m_message);
    case Kind::MalformedResponse:
        return tr("The server sent an answer that could not be understood: %1").arg(m_message);
    case Kind::TooLarge:
        return tr("The server's answer was too large: %1").arg(m_message);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Http:
        break;
    }

    const QString phrase = reasonPhrase(m_httpStatus);
    const QString status = phrase.isEmpty() ? QString::number(m_httpStatus)
                                            : tr("%1 %2").arg(m_httpStatus).arg(phrase);
    QString text = m_httpStatus >= 500
        ? tr("The server could not handle the request (%1)").arg(status)
        : tr("The server refused the request (%1)").arg(status);
    QStringList details;
    if (!m_message.isEmpty())
        details.append(m_message);
    for (auto it = m_fieldErrors.cbegin(); it != m_fieldErrors.cend(); ++it) {
        for (const QString &message : it.value()) {
            const QString line = it.key() == QLatin1String("non_field_errors")
                ? message
                : tr("%1: %2").arg(it.key(), message);
            if (!details.contains(line))
                details.append(line);
        }
    }
    if (!details.isEmpty())
        text = tr("%1: %2").arg(text, details.join(QLatin1Char(' ')));
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    if (m_retryAfter >= 0 && (m_httpStatus == 429 || m_httpStatus == 503))
        text += QLatin1Char(' ') + tr("Try again in %1 s.").arg(m_retryAfter);
    return text;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError error(Kind::Http, QString());
    error.m_httpStatus = status;
    error.m_retryAfter = parseRetryAfter(retryAfter);

    QString message;
    if (const auto json = JsonValue::parse(body, nullptr)) {
        if (json->isObject()) {
            const JsonValue detail = json->value(QStringLiteral("detail"));
            if (detail.isString())
                message = detail.toString();
            const JsonValue oauth = json->value(QStringLiteral("error"));
            if (oauth.isString()) {
                error.m_oauthError = oauth.toString();
                const JsonValue description = json->value(QStringLiteral("error_description"));
                if (message.isEmpty())
                    message = description.isString() ? description.toString() : oauth.toString();
            }
            for (const auto &member : json->members()) {
                if (member.first == QLatin1String("detail") ||
                    member.first == QLatin1String("error") ||
                    member.first == QLatin1String("error_description"))
                    continue;
                const QStringList messages = messagesOf(member.second);
                if (!messages.isEmpty())
                    error.m_fieldErrors.insert(member.first, messages);
            }
            if (message.isEmpty()) {
                const QStringList general =
                    error.m_fieldErrors.value(QStringLiteral("non_field_errors"));
                if (!general.isEmpty()) {
                    message = general.first();
                } else {
                    // The first field error in the server's order.
                    for (const auto &member : json->members()) {
                        const QStringList messages = error.m_fieldErrors.value(member.first);
                        if (!messages.isEmpty()) {
                            message = tr("%1: %2").arg(member.first, messages.first());
                            break;
                        }
                    }
                }
            }
        } else if (json->isArray() || json->isString()) {
            const QStringList messages = messagesOf(*json);
            if (!messages.isEmpty())
                message = messages.first();
        }
    }
    if (message.isEmpty())
        message = statusMessage(status);
    error.m_message = message;
    return error;
}
