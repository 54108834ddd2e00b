#include "ApiJob.h"

#include "ApiClient.h"
#include "Credentials.h"
#include "Logging.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslError>
#include <QUrlQuery>

#include <cmath>

namespace {

constexpr int MaxRedirects = 5;
constexpr int BaseBackoffMs = 500;

const char *methodName(ApiJob::Method method)
{
    switch (method) {
    case ApiJob::Method::Get:
        return "GET";
    case ApiJob::Method::Post:
        return "POST";
    case ApiJob::Method::Patch:
        return "PATCH";
    case ApiJob::Method::Delete:
        return "DELETE";
    }
    return "GET";
}

// The URL as it may appear in a log: no user info, and query values only for
// the paging parameters (anything else could one day be a secret).
QString loggableUrl(const QUrl &url)
{
    QUrl safe = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment | QUrl::RemoveQuery);
    const QUrlQuery query(url);
    if (!query.isEmpty()) {
        QUrlQuery redacted;
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            const bool harmless = item.first == QLatin1String("limit") ||
                item.first == QLatin1String("offset") || item.first == QLatin1String("page");
            redacted.addQueryItem(item.first, harmless ? item.second : QStringLiteral("..."));
        }
        safe.setQuery(redacted);
    }
    return safe.toString();
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
        a.port(defaultPort(scheme)) == b.port(defaultPort(scheme));
}

bool isBlank(const QByteArray &body)
{
    for (char c : body) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

} // namespace

ApiJob::ApiJob(ApiClient *client, Method method, const QUrl &url, const QByteArray &body,
    const QByteArray &contentType, bool authenticated)
    : QObject(client)
    , m_client(client)
    , m_method(method)
    , m_currentMethod(method)
    , m_url(url)
    , m_currentUrl(url)
    , m_body(body)
    , m_contentType(contentType)
    , m_authenticated(authenticated)
{
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ApiJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::startAttempt);
}

ApiJob::~ApiJob()
{
    cleanupReply();
}

void ApiJob::start()
{
    if (m_started || m_done)
        return;
    m_started = true;
    m_elapsed.start();
    startAttempt();
}

void ApiJob::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_reply && m_reply->isRunning()) {
        m_reply->abort(); // finishes synchronously through onFinished()
        return;
    }
    finishWithError(ApiError(ApiError::Kind::Cancelled, tr("The request was cancelled.")));
}

// A fresh attempt from the original URL and method (the first one, or a
// retry after 429/503 or a token refresh). The timeout covers the attempt,
// redirects included.
void ApiJob::startAttempt()
{
    if (m_done)
        return;
    ++m_attempts;
    m_currentUrl = m_url;
    m_currentMethod = m_method;
    m_redirects = 0;
    if (m_client)
        m_timeoutTimer.start(m_client->timeout());
    sendRequest();
}

void ApiJob::sendRequest()
{
    cleanupReply();
    if (!m_client || !m_client->networkAccessManager()) {
        finishWithError(ApiError(ApiError::Kind::Cancelled, tr("The request was cancelled.")));
        return;
    }
    m_rawBody.clear();
    m_sslErrors.clear();
    m_tooLarge = false;
    m_timedOut = false;
    m_httpStatus = 0;

    QNetworkRequest request = m_client->createRequest(m_currentUrl, m_authenticated);
    // Remember which token this request carried, for the 401 logic.
    const QByteArray authorization = request.rawHeader(QByteArrayLiteral("Authorization"));
    m_sentToken =
        authorization.startsWith("Bearer ") ? QString::fromUtf8(authorization.mid(7)) : QString();
    const bool hasBody = m_currentMethod == Method::Post || m_currentMethod == Method::Patch;
    if (hasBody && !m_contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);

    QNetworkAccessManager *nam = m_client->networkAccessManager();
    QNetworkReply *reply = nullptr;
    switch (m_currentMethod) {
    case Method::Get:
        reply = nam->get(request);
        break;
    case Method::Post:
        reply = nam->post(request, m_body);
        break;
    case Method::Patch:
        reply = nam->sendCustomRequest(request, QByteArrayLiteral("PATCH"), m_body);
        break;
    case Method::Delete:
        reply = nam->deleteResource(request);
        break;
    }
    m_reply = reply;
    qCDebug(lcApi).noquote() << methodName(m_currentMethod) << loggableUrl(m_currentUrl)
                             << "attempt" << m_attempts;

    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiJob::onMetaDataChanged);
    connect(reply, &QIODevice::readyRead, this, &ApiJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    connect(reply, &QObject::destroyed, this, &ApiJob::onReplyDestroyed);
    // Never ignored: the handshake fails and we report Kind::Tls.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
}

void ApiJob::onMetaDataChanged()
{
    if (!m_reply || !m_client)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_client->maxBodySize()) {
        m_tooLarge = true;
        m_reply->abort(); // finishes synchronously through onFinished()
    }
}

void ApiJob::onReadyRead()
{
    if (!m_reply || !m_client || m_tooLarge)
        return;
    m_rawBody += m_reply->readAll();
    if (m_rawBody.size() > m_client->maxBodySize()) {
        m_tooLarge = true;
        m_rawBody.clear();
        m_reply->abort(); // finishes synchronously through onFinished()
    }
}

void ApiJob::onTimeout()
{
    if (m_done)
        return;
    m_timedOut = true;
    if (m_reply && m_reply->isRunning()) {
        m_reply->abort(); // finishes synchronously through onFinished()
        return;
    }
    // Not waiting for a reply (e.g. between redirect hops): fail now.
    onFinished();
}

void ApiJob::onReplyDestroyed()
{
    // The network access manager went away under us.
    if (!m_done)
        finishWithError(ApiError(ApiError::Kind::Cancelled, tr("The request was cancelled.")));
}

void ApiJob::onFinished()
{
    if (m_done)
        return;
    QNetworkReply *reply = m_reply;
    const QNetworkReply::NetworkError code =
        reply ? reply->error() : QNetworkReply::OperationCanceledError;
    if (reply && reply->isOpen() && !m_tooLarge) {
        m_rawBody += reply->readAll();
        if (m_client && m_rawBody.size() > m_client->maxBodySize())
            m_tooLarge = true;
    }
    const int status =
        reply ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    const QByteArray retryAfter =
        reply ? reply->rawHeader(QByteArrayLiteral("Retry-After")) : QByteArray();
    const QByteArray location =
        reply ? reply->rawHeader(QByteArrayLiteral("Location")) : QByteArray();
    m_httpStatus = status;
    cleanupReply();

    // Our own reasons first: Qt reports all three as OperationCanceledError.
    if (m_aborted) {
        finishWithError(ApiError(ApiError::Kind::Cancelled, tr("The request was cancelled.")));
        return;
    }
    if (m_timedOut) {
        const qint64 seconds =
            m_client ? qMax<qint64>(1, (m_client->timeout().count() + 999) / 1000) : 0;
        ApiError error(ApiError::Kind::Timeout, tr("no answer within %1 s").arg(seconds));
        error.setMayHaveReachedServer(true);
        finishWithError(error);
        return;
    }
    if (m_tooLarge) {
        const qint64 cap = m_client ? m_client->maxBodySize() : 0;
        m_rawBody.clear();
        finishWithError(ApiError(ApiError::Kind::TooLarge,
            tr("the answer is larger than %1").arg(QLocale::system().formattedDataSize(cap))));
        return;
    }

    // Then the HTTP status, whatever QNetworkReply's error enum says.
    if (status > 0) {
        // The body was cut off after the headers (dropped connection).
        const bool transportFailed = code != QNetworkReply::NoError && int(code) < 200;
        if (status >= 200 && status < 300 && transportFailed) {
            finishWithError(transportError(code));
            return;
        }
        if (isRedirect(status)) {
            if (location.isEmpty()) {
                finishWithError(ApiError(
                    ApiError::Kind::MalformedResponse, tr("a redirect without a Location header")));
                return;
            }
            followRedirect(m_currentUrl.resolved(QUrl::fromEncoded(location)), status);
            return;
        }
        if (status >= 200 && status < 300) {
            if (status == 204 || isBlank(m_rawBody)) {
                finishWithSuccess(JsonValue());
                return;
            }
            JsonParseError parseError;
            const auto body = JsonValue::parse(m_rawBody, &parseError);
            if (!body) {
                finishWithError(ApiError(ApiError::Kind::MalformedResponse,
                    tr("the body is not valid JSON (%1)").arg(parseError.toString())));
                return;
            }
            finishWithSuccess(*body);
            return;
        }
        ApiError error = ApiError::fromHttp(status, m_rawBody, retryAfter);
        m_error = error;
        if (status == 401 && maybeRefreshAndRetry())
            return;
        if ((status == 429 || status == 503) && maybeRetry(error))
            return;
        finishWithError(error);
        return;
    }

    finishWithError(transportError(code));
}

ApiError ApiJob::transportError(QNetworkReply::NetworkError code) const
{
    ApiError error = describeTransportError(code);
    // Whether the request can have left: not when no connection was made.
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::NoError:
        break;
    default:
        error.setMayHaveReachedServer(m_sslErrors.isEmpty());
        break;
    }
    return error;
}

ApiError ApiJob::describeTransportError(QNetworkReply::NetworkError code) const
{
    using Kind = ApiError::Kind;
    const QString host = m_currentUrl.host();
    if (!m_sslErrors.isEmpty())
        return ApiError(Kind::Tls, m_sslErrors.join(QLatin1String("; ")));
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(Kind::Tls, tr("the TLS handshake with %1 failed").arg(host));
    case QNetworkReply::ConnectionRefusedError:
        return ApiError(Kind::Network, tr("the server %1 refused the connection").arg(host));
    case QNetworkReply::RemoteHostClosedError:
        return ApiError(
            Kind::Network, tr("the server %1 closed the connection unexpectedly").arg(host));
    case QNetworkReply::HostNotFoundError:
        return ApiError(Kind::Network, tr("the server %1 could not be found").arg(host));
    case QNetworkReply::TimeoutError:
        return ApiError(Kind::Timeout, tr("the connection to %1 timed out").arg(host));
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return ApiError(Kind::Network, tr("the network is not available"));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ApiError(Kind::Network, tr("the proxy could not be used"));
    case QNetworkReply::ProtocolUnknownError:
        return ApiError(Kind::Network,
            tr("the address %1 does not use http or https").arg(m_currentUrl.toDisplayString()));
    case QNetworkReply::OperationCanceledError:
        return ApiError(Kind::Network, tr("the connection was interrupted"));
    case QNetworkReply::NoError:
        return ApiError(Kind::MalformedResponse, tr("the server sent no HTTP status"));
    default:
        return ApiError(Kind::Network, tr("the connection to %1 failed").arg(host));
    }
}

void ApiJob::followRedirect(const QUrl &target, int status)
{
    if (++m_redirects > MaxRedirects) {
        finishWithError(ApiError(ApiError::Kind::Network, tr("too many redirects")));
        return;
    }
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        finishWithError(
            ApiError(ApiError::Kind::MalformedResponse, tr("a redirect to an invalid address")));
        return;
    }
    if (m_currentUrl.scheme().toLower() == QLatin1String("https") &&
        scheme == QLatin1String("http")) {
        finishWithError(ApiError(
            ApiError::Kind::Tls, tr("the server redirected to an insecure (http) address")));
        return;
    }
    if (!m_followRedirects) {
        // A form post carries a password or a token in its body: it goes to
        // the address it was written for, or nowhere.
        finishWithError(ApiError(ApiError::Kind::MalformedResponse,
            tr("the server answered a sign-in request with a redirect (%1), which is not "
               "followed")
                .arg(status)));
        return;
    }
    Method nextMethod = m_currentMethod;
    if (status == 303 || ((status == 301 || status == 302) && m_currentMethod == Method::Post))
        nextMethod = Method::Get;
    const bool resendsBody = nextMethod == Method::Post || nextMethod == Method::Patch;
    if (resendsBody && !isSameOrigin(target, m_url)) {
        finishWithError(ApiError(ApiError::Kind::MalformedResponse,
            tr("the server redirected the request to another address (%1), which is not "
               "followed with its body")
                .arg(target.host())));
        return;
    }
    qCDebug(lcApi).noquote() << methodName(m_currentMethod) << loggableUrl(m_currentUrl) << "->"
                             << status << "redirect to" << loggableUrl(target);
    m_currentMethod = nextMethod;
    m_currentUrl = target;
    // createRequest() decides again whether this origin gets the token.
    sendRequest();
}

bool ApiJob::maybeRetry(const ApiError &error)
{
    // Only GET is safe to send again on its own.
    if (m_method != Method::Get || !m_client || m_attempts > m_client->maxRetries())
        return false;
    const qint64 cap = m_client->maxRetryDelay().count();
    qint64 delay;
    if (error.retryAfterSeconds() >= 0) {
        // Never earlier than asked; a wait beyond the cap is not worth it.
        delay = qint64(error.retryAfterSeconds()) * 1000;
        if (delay > cap)
            return false;
        delay =
            qMin(cap, delay + qint64(delay * 0.2 * QRandomGenerator::global()->generateDouble()));
    } else {
        const double backoff = BaseBackoffMs * std::pow(2.0, m_attempts - 1);
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        delay = qMin<qint64>(cap, qint64(backoff * jitter));
    }
    qCInfo(lcApi).noquote() << methodName(m_method) << loggableUrl(m_url) << "->" << m_httpStatus
                            << "retrying in" << delay << "ms";
    m_timeoutTimer.stop();
    m_retryTimer.start(int(qBound(qint64(0), delay, qint64(std::numeric_limits<int>::max()))));
    return true;
}

bool ApiJob::maybeRefreshAndRetry()
{
    if (m_refreshed || !m_authenticated || !m_client || m_sentToken.isEmpty())
        return false;
    Credentials *credentials = m_client->credentials();
    if (!credentials || !credentials->canRefresh())
        return false;
    m_refreshed = true;
    m_timeoutTimer.stop();
    if (credentials->accessToken() != m_sentToken) {
        // Someone refreshed while we were waiting: just try the new token.
        qCInfo(lcApi).noquote() << methodName(m_method) << loggableUrl(m_url)
                                << "-> 401, retrying with the renewed token";
        startAttempt();
        return true;
    }
    qCInfo(lcApi).noquote() << methodName(m_method) << loggableUrl(m_url)
                            << "-> 401, renewing the token";
    m_waitingForRefresh = true;
    connect(credentials, &Credentials::refreshFinished, this, &ApiJob::onRefreshFinished,
        Qt::SingleShotConnection);
    credentials->refresh(); // coalesced by the credentials; may finish synchronously
    return true;
}

void ApiJob::onRefreshFinished(bool ok, const ApiError &error)
{
    if (m_done || !m_waitingForRefresh)
        return;
    m_waitingForRefresh = false;
    if (ok) {
        startAttempt();
        return;
    }
    // An invalid_grant means the sign-in is over: say so rather than 401.
    if (error.oauthError() == QLatin1String("invalid_grant"))
        finishWithError(error);
    else
        finishWithError(m_error);
}

void ApiJob::finishWithError(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    m_timeoutTimer.stop();
    m_retryTimer.stop();
    cleanupReply();
    qCInfo(lcApi).noquote() << describeForLog() << "failed:" << error.message();
    emit failed(error);
    emit finished();
    deleteLater();
}

void ApiJob::finishWithSuccess(const JsonValue &body)
{
    if (m_done)
        return;
    m_done = true;
    m_error = ApiError();
    m_timeoutTimer.stop();
    m_retryTimer.stop();
    cleanupReply();
    qCDebug(lcApi).noquote() << describeForLog();
    emit succeeded(body);
    emit finished();
    deleteLater();
}

QString ApiJob::describeForLog() const
{
    return QStringLiteral("%1 %2 -> %3 in %4 ms (attempt %5)")
        .arg(QLatin1String(methodName(m_method)), loggableUrl(m_url))
        .arg(m_httpStatus)
        .arg(m_elapsed.isValid() ? m_elapsed.elapsed() : 0)
        .arg(m_attempts);
}

void ApiJob::cleanupReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}
