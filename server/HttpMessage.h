// A plain copy of one HTTP request and the answer to it. The server copies
// every request out of QHttpServerRequest at once, so handlers may run later
// (delayed faults) without touching the socket's parser state.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequestData
{
    QByteArray method; // upper case, e.g. "PATCH"
    QString path; // decoded path, e.g. "/api/v2/user/me/"
    QString query; // encoded query string, without '?'
    HttpHeaders headers;
    QByteArray body;
    QString origin; // "http://host:port" as the client addressed the server

    // Case-insensitive header lookup; several values are joined with ", ".
    QByteArray header(const QByteArray &name) const;
    // Decoded value of a query parameter ('+' counts as a space).
    QString queryValue(const QString &name) const;
    bool hasQueryItem(const QString &name) const;
    QUrlQuery queryItems() const;
};

struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    HttpHeaders headers;
};
