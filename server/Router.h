// A small path router: patterns such as "/api/v2/user/{user}/preference/{id}/"
// with literal segments and captures. The first pattern that matches the path
// decides: a handler for the method, or 405 with an Allow header.
#pragma once

#include "HttpMessage.h"

#include <QList>
#include <QStringList>

#include <functional>

class Router
{
public:
    using Handler = std::function<HttpReply(const HttpRequestData &, const QStringList &)>;

    void addRoute(const QString &pattern, const QByteArray &method, Handler handler);
    // 404 when no pattern matches; HEAD runs the GET handler.
    HttpReply dispatch(const HttpRequestData &request) const;

private:
    struct Route
    {
        QStringList segments;
        QList<QPair<QByteArray, Handler>> handlers;
    };

    static bool matches(const Route &route, const QStringList &segments, QStringList *captures);

    QList<Route> m_routes;
};
