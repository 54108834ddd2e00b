#include "Router.h"

#include "HttpHelpers.h"

void Router::addRoute(const QString &pattern, const QByteArray &method, Handler handler)
{
    const QStringList segments = pattern.split(u'/');
    for (Route &route : m_routes) {
        if (route.segments == segments) {
            route.handlers.append({method, std::move(handler)});
            return;
        }
    }
    m_routes.append({segments, {{method, std::move(handler)}}});
}

bool Router::matches(const Route &route, const QStringList &segments, QStringList *captures)
{
    if (route.segments.size() != segments.size())
        return false;
    captures->clear();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (expected.startsWith(u'{')) {
            if (segments.at(i).isEmpty())
                return false;
            captures->append(segments.at(i));
        } else if (expected != segments.at(i)) {
            return false;
        }
    }
    return true;
}

HttpReply Router::dispatch(const HttpRequestData &request) const
{
    const QStringList segments = request.path.split(u'/');
    QStringList captures;
    for (const Route &route : m_routes) {
        if (!matches(route, segments, &captures))
            continue;
        const QByteArray method = request.method == "HEAD" ? QByteArray("GET") : request.method;
        QByteArrayList allowed;
        for (const auto &[routeMethod, handler] : route.handlers) {
            if (routeMethod == method)
                return handler(request, captures);
            allowed.append(routeMethod);
            if (routeMethod == "GET")
                allowed.append("HEAD");
        }
        HttpReply reply = HttpHelpers::detailReply(405,
            QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(request.method)));
        reply.headers.emplaceBack("Allow", allowed.join(", "));
        return reply;
    }
    return HttpHelpers::notFoundReply();
}
