// A synchronous HTTP client for the tests: a QNetworkAccessManager talking
// to a real PrefServer on loopback. Redirects are not followed, so tests see
// 302 answers as they are.
#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

#include <initializer_list>

using Json = nlohmann::ordered_json;

struct HttpResult
{
    int status = 0; // 0 when there was no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    // The body as JSON; a discarded value when it does not parse.
    Json json() const;
};

class ServerTestClient
{
public:
    explicit ServerTestClient(const QUrl &baseUrl);

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    QUrl url(const QString &pathAndQuery) const;

    HttpResult send(const QByteArray &method, const QUrl &url,
        const QByteArray &body = QByteArray(), const QByteArray &contentType = QByteArray(),
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult get(const QString &pathAndQuery);
    HttpResult getUrl(const QUrl &url);
    HttpResult postJson(const QString &path, const QByteArray &json);
    HttpResult patchJson(const QString &path, const QByteArray &json);
    HttpResult deleteResource(const QString &path);
    HttpResult postForm(const QString &path, const QUrlQuery &form);

    // The token pair of the password grant; empty strings on failure.
    QPair<QString, QString> passwordGrant(const QString &username, const QString &password);
    // Signs in with the password grant and uses the access token from then on.
    bool signIn(const QString &username);

private:
    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    QString m_token;
};

// Runs an event loop until reply has finished, at most timeoutMs; returns reply.
QNetworkReply *waitForReply(QNetworkReply *reply, int timeoutMs = 10000);

// A form with its values percent-encoded, as a browser sends them.
QUrlQuery encodedForm(std::initializer_list<QPair<QString, QString>> items);

// The keys of a JSON object, in order.
QStringList jsonKeys(const Json &object);
QString jsonString(const Json &value, const char *key);

// Compares two JSON values by their compact serialization (so key order counts).
#define QCOMPARE_JSON(actual, expected)                                                            \
    QCOMPARE(QString::fromStdString(Json(actual).dump()),                                          \
        QString::fromStdString(Json(expected).dump()))
