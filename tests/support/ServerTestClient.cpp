#include "ServerTestClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QTimer>

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

Json HttpResult::json() const
{
    return Json::parse(body.cbegin(), body.cend(), nullptr, false);
}

ServerTestClient::ServerTestClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{ }

QUrl ServerTestClient::url(const QString &pathAndQuery) const
{
    return m_baseUrl.resolved(QUrl(pathAndQuery));
}

HttpResult ServerTestClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
    const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = body.isEmpty() && method != "POST" && method != "PATCH"
        ? m_manager.sendCustomRequest(request, method)
        : m_manager.sendCustomRequest(request, method, body);
    waitForReply(reply, 20000);

    HttpResult result;
    result.elapsedMs = timer.elapsed();
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
    } else {
        result.error = reply->error();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpResult ServerTestClient::get(const QString &pathAndQuery)
{
    return send("GET", url(pathAndQuery));
}

HttpResult ServerTestClient::getUrl(const QUrl &target)
{
    return send("GET", target);
}

HttpResult ServerTestClient::postJson(const QString &path, const QByteArray &json)
{
    return send("POST", url(path), json, "application/json");
}

HttpResult ServerTestClient::patchJson(const QString &path, const QByteArray &json)
{
    return send("PATCH", url(path), json, "application/json");
}

HttpResult ServerTestClient::deleteResource(const QString &path)
{
    return send("DELETE", url(path));
}

HttpResult ServerTestClient::postForm(const QString &path, const QUrlQuery &form)
{
    return send("POST", url(path), form.toString(QUrl::FullyEncoded).toUtf8(),
        "application/x-www-form-urlencoded");
}

QPair<QString, QString> ServerTestClient::passwordGrant(
    const QString &username, const QString &password)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("prefeditor"));
    form.addQueryItem(QStringLiteral("username"), username);
    form.addQueryItem(QStringLiteral("password"), password);
    const QString saved = m_token;
    m_token.clear();
    const HttpResult result = postForm(QStringLiteral("/oauth/token/"), form);
    m_token = saved;
    const Json json = result.json();
    if (result.status != 200 || !json.is_object())
        return {};
    return {jsonString(json, "access_token"), jsonString(json, "refresh_token")};
}

bool ServerTestClient::signIn(const QString &username)
{
    m_token = passwordGrant(username, username).first;
    return !m_token.isEmpty();
}

QNetworkReply *waitForReply(QNetworkReply *reply, int timeoutMs)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply;
}

QUrlQuery encodedForm(std::initializer_list<QPair<QString, QString>> items)
{
    QUrlQuery query;
    for (const auto &[name, value] : items)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return query;
}

QStringList jsonKeys(const Json &object)
{
    QStringList keys;
    if (object.is_object()) {
        for (const auto &item : object.items())
            keys.append(QString::fromStdString(item.key()));
    }
    return keys;
}

QString jsonString(const Json &value, const char *key)
{
    if (!value.is_object() || !value.contains(key) || !value.at(key).is_string())
        return QString();
    return QString::fromStdString(value.at(key).get<std::string>());
}
