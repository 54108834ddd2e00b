#include "ApiClient.h"

#include "ApiJob.h"
#include "Credentials.h"
#include "Logging.h"
#include "TokenSet.h"
#include "UserJob.h"

#include <QNetworkAccessManager>

namespace {

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

QByteArray userAgent()
{
    // "prefeditor/0.1 (Qt 6.4)"
    const QByteArray qt(qVersion());
    const QList<QByteArray> parts = qt.split('.');
    const QByteArray qtShort = parts.size() >= 2 ? parts.at(0) + '.' + parts.at(1) : qt;
    return QByteArrayLiteral("prefeditor/0.1 (Qt ") + qtShort + ')';
}

using QueryItems = QList<std::pair<QString, QString>>;

// QUrlQuery leaves '+' alone, which a form decoder reads as a space:
// percent-encode everything but the unreserved characters instead. For form
// bodies and for query strings alike.
QByteArray formEncode(const QueryItems &items)
{
    QByteArray encoded;
    for (const auto &[name, value] : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

QUrl withQuery(QUrl url, const QueryItems &items)
{
    url.setQuery(QString::fromLatin1(formEncode(items)), QUrl::StrictMode);
    return url;
}

QueryItems pagingItems(int limit, int offset)
{
    QueryItems items;
    if (limit > 0)
        items.append({QStringLiteral("limit"), QString::number(limit)});
    if (offset > 0)
        items.append({QStringLiteral("offset"), QString::number(offset)});
    return items;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{ }

ApiClient::~ApiClient()
{
    // Jobs are our children: give every running one its single outcome
    // (Cancelled) before QObject deletes them.
    const auto jobs = findChildren<ApiJob *>(Qt::FindDirectChildrenOnly);
    for (ApiJob *job : jobs) {
        if (!job->isFinished())
            job->abort();
    }
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
}

void ApiClient::setCredentials(Credentials *credentials)
{
    m_credentials = credentials;
}

Credentials *ApiClient::credentials() const
{
    return m_credentials;
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void ApiClient::setMaxBodySize(qint64 bytes)
{
    m_maxBodySize = bytes;
}

void ApiClient::setRetryPolicy(int maxRetries, std::chrono::milliseconds maxDelay)
{
    m_maxRetries = qMax(0, maxRetries);
    m_maxRetryDelay = maxDelay;
}

QUrl ApiClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl result = m_baseUrl;
    QString base = result.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    result.setPath(base + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    if (!query.isEmpty())
        result.setQuery(query);
    return result;
}

QUrl ApiClient::preferencesUrl(const QString &user) const
{
    return url(QStringLiteral("/api/v2/user/%1/preference/")
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(user))));
}

QUrl ApiClient::preferenceUrl(const QString &user, qint64 id) const
{
    return url(QStringLiteral("/api/v2/user/%1/preference/%2/")
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(user)))
                   .arg(id));
}

QUrl ApiClient::meUrl() const
{
    return url(QStringLiteral("/api/v2/user/me/"));
}

QUrl ApiClient::userUrl(qint64 id) const
{
    return url(QStringLiteral("/api/v2/user/%1/").arg(id));
}

QUrl ApiClient::preferenceListUrl(const QString &user, const QString &key, int limit) const
{
    QueryItems items = pagingItems(limit, 0);
    if (!key.isEmpty())
        items.append({QStringLiteral("key"), key});
    return withQuery(preferencesUrl(user), items);
}

QUrl ApiClient::userSearchUrl(const QString &term, int limit, int offset) const
{
    return withQuery(url(QStringLiteral("/api/v2/user/search/")),
        QueryItems {{QStringLiteral("user"), term}} + pagingItems(limit, offset));
}

QUrl ApiClient::resolveNext(const QUrl &next, const QString &apiPath) const
{
    if (!next.isValid() || next.isEmpty() || !m_baseUrl.isValid() || apiPath.isEmpty())
        return {};
    // A relative next ("?offset=20") is relative to the list itself.
    QUrl anchor = m_baseUrl;
    anchor.setPath(apiPath);
    const QUrl resolved = anchor.resolved(next); // also removes "." and ".." segments
    const QString path = resolved.path();
    QString prefix = apiPath;
    if (!prefix.endsWith(QLatin1Char('/')))
        prefix += QLatin1Char('/');
    const bool under = path == apiPath || path.startsWith(prefix);
    // "%2e%2e" decodes to a segment a server may still read as "..".
    const QStringList segments = path.split(QLatin1Char('/'));
    if (!under || segments.contains(QLatin1String("..")) || segments.contains(QLatin1String(".")))
        return {};
    QUrl result = m_baseUrl;
    result.setPath(resolved.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    result.setQuery(resolved.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    return result;
}

ApiJob *ApiClient::get(const QUrl &url)
{
    return new ApiJob(this, ApiJob::Method::Get, url);
}

ApiJob *ApiClient::post(const QUrl &url, const JsonValue &body)
{
    return new ApiJob(this, ApiJob::Method::Post, url, body.toJson(JsonValue::Format::Compact),
        QByteArrayLiteral("application/json"));
}

ApiJob *ApiClient::patch(const QUrl &url, const JsonValue &body)
{
    return new ApiJob(this, ApiJob::Method::Patch, url, body.toJson(JsonValue::Format::Compact),
        QByteArrayLiteral("application/json"));
}

ApiJob *ApiClient::deleteResource(const QUrl &url)
{
    return new ApiJob(this, ApiJob::Method::Delete, url);
}

ApiJob *ApiClient::postForm(const QUrl &url, const QUrlQuery &form)
{
    auto *job =
        new ApiJob(this, ApiJob::Method::Post, url, formEncode(form.queryItems(QUrl::FullyDecoded)),
            QByteArrayLiteral("application/x-www-form-urlencoded"), false);
    job->setFollowRedirects(false); // the body holds a password or a token
    return job;
}

UserJob *ApiClient::fetchMe()
{
    return new UserJob(this, meUrl());
}

UserJob *ApiClient::fetchUser(qint64 id)
{
    return new UserJob(this, userUrl(id));
}

QNetworkRequest ApiClient::createRequest(const QUrl &url, bool authenticated) const
{
    QNetworkRequest request(url);
    // We follow redirects ourselves, so that a hop to another origin is built
    // here again, without the token.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (authenticated && m_credentials && isSameOrigin(url)) {
        const QString token = m_credentials->accessToken();
        // A CR or LF would end the header and start another one of the
        // token's choosing: such a token is not sent at all.
        if (TokenSet::isHeaderSafe(token))
            request.setRawHeader(
                QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8());
        else if (!token.isEmpty())
            qCWarning(lcApi) << "the access token has characters a header cannot carry; not sent";
    }
    return request;
}

bool ApiClient::isSameOrigin(const QUrl &url) const
{
    if (!url.isValid() || !m_baseUrl.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme != m_baseUrl.scheme().toLower())
        return false;
    if (url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) != 0)
        return false;
    return url.port(defaultPort(scheme)) == m_baseUrl.port(defaultPort(scheme));
}
