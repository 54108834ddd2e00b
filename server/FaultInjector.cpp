#include "FaultInjector.h"

#include "HttpHelpers.h"

namespace {

constexpr qsizetype kMaxLoggedRequests = 10000;
constexpr qsizetype kMaxLoggedBody = 1024 * 1024;

// Form fields whose values are secrets (OAuth passwords, tokens, codes).
bool isSecretField(const QByteArray &encodedName)
{
    const QByteArray name =
        QByteArray::fromPercentEncoding(QByteArray(encodedName).replace('+', ' '));
    for (const char *secret :
        {"password", "refresh_token", "code", "code_verifier", "token", "client_secret"}) {
        if (name == secret)
            return true;
    }
    return false;
}

bool isFormRequest(const HttpRequestData &request)
{
    return request.path.startsWith(QLatin1String("/oauth/")) ||
        HttpHelpers::mediaType(request.header("content-type")) ==
        "application/x-www-form-urlencoded";
}

// Header values come from test scripts; keep them on one line.
QByteArray headerValue(QByteArray value)
{
    value.replace('\r', ' ').replace('\n', ' ');
    return value;
}

QString statusDetail(const Fault &fault, int status)
{
    switch (status) {
    case 429:
        return fault.retryAfter.isEmpty()
            ? QStringLiteral("Request was throttled.")
            : QStringLiteral("Request was throttled. Expected available in %1 seconds.")
                  .arg(QString::fromLatin1(fault.retryAfter));
    case 500:
        return QStringLiteral("A server error occurred.");
    case 503:
        return QStringLiteral("Service temporarily unavailable, try again later.");
    default:
        return QString::fromLatin1(HttpHelpers::reasonPhrase(status)) + u'.';
    }
}

} // namespace

std::optional<Fault::Kind> Fault::kindFromName(const QString &name)
{
    static const QList<QPair<QString, Kind>> kinds {
        {QStringLiteral("status"), Kind::Status},
        {QStringLiteral("drop"), Kind::Drop},
        {QStringLiteral("malformed"), Kind::Malformed},
        {QStringLiteral("html"), Kind::Html},
        {QStringLiteral("redirect"), Kind::Redirect},
        {QStringLiteral("delay"), Kind::Delay},
    };
    for (const auto &[kindName, kind] : kinds) {
        if (kindName == name)
            return kind;
    }
    return std::nullopt;
}

QString Fault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::Drop:
        return QStringLiteral("drop");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Html:
        return QStringLiteral("html");
    case Kind::Redirect:
        return QStringLiteral("redirect");
    case Kind::Delay:
        return QStringLiteral("delay");
    }
    return QString();
}

void FaultInjector::addFault(const Fault &fault)
{
    if (fault.count > 0)
        m_faults.append(fault);
}

void FaultInjector::clearFaults()
{
    m_faults.clear();
}

std::optional<Fault> FaultInjector::takeFault(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        const bool pathMatches = fault.path == QLatin1String("*") || fault.path == path;
        const bool methodMatches =
            fault.method.isEmpty() || fault.method.compare(method, Qt::CaseInsensitive) == 0;
        if (!pathMatches || !methodMatches)
            continue;
        const Fault taken = fault;
        if (--fault.count <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

void FaultInjector::record(const HttpRequestData &request)
{
    RecordedRequest entry;
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.query;
    entry.body = isFormRequest(request) ? redactFormSecrets(request.body.left(kMaxLoggedBody))
                                        : request.body.left(kMaxLoggedBody);
    for (const auto &[name, value] : request.headers) {
        const bool secret = name.compare("authorization", Qt::CaseInsensitive) == 0 ||
            name.compare("cookie", Qt::CaseInsensitive) == 0;
        entry.headers.emplaceBack(name, secret ? QByteArray("[redacted]") : value);
    }
    if (m_log.size() >= kMaxLoggedRequests)
        m_log.removeFirst();
    m_log.append(entry);
}

QByteArray FaultInjector::redactFormSecrets(const QByteArray &body)
{
    QList<QByteArray> fields = body.split('&');
    for (QByteArray &field : fields) {
        const qsizetype equals = field.indexOf('=');
        if (isSecretField(equals < 0 ? field : field.left(equals)))
            field = (equals < 0 ? field : field.left(equals)) + "=[redacted]";
    }
    return fields.join('&');
}

HttpReply FaultInjector::faultReply(const Fault &fault)
{
    HttpReply reply;
    switch (fault.kind) {
    case Fault::Kind::Status: {
        const int status = fault.status > 0 ? fault.status : 500;
        reply = HttpHelpers::detailReply(status, statusDetail(fault, status));
        break;
    }
    case Fault::Kind::Malformed:
        reply.status = fault.status > 0 ? fault.status : 200;
        reply.contentType = "application/json";
        reply.body =
            R"({"count": 3, "next": null, "previous": null, "results": [{"id": 1, "key": "the)";
        break;
    case Fault::Kind::Html: {
        reply.status = fault.status > 0 ? fault.status : 502;
        const QByteArray title =
            QByteArray::number(reply.status) + ' ' + HttpHelpers::reasonPhrase(reply.status);
        reply = HttpHelpers::htmlReply(reply.status,
            "<html>\r\n<head><title>" + title +
                "</title></head>\r\n<body>\r\n"
                "<center><h1>" +
                title +
                "</h1></center>\r\n"
                "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
        break;
    }
    case Fault::Kind::Redirect:
        reply.status = fault.status > 0 ? fault.status : 302;
        reply.headers.emplaceBack("Location", headerValue(fault.location.toUtf8()));
        break;
    case Fault::Kind::Drop:
    case Fault::Kind::Delay:
        break;
    }
    if (!fault.retryAfter.isEmpty())
        reply.headers.emplaceBack("Retry-After", headerValue(fault.retryAfter));
    return reply;
}
