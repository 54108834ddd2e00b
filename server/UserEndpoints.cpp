#include "UserEndpoints.h"

#include "ApiContext.h"
#include "Pagination.h"
#include "PrefStore.h"
#include "Router.h"
#include "ServerOptions.h"

using namespace HttpHelpers;

UserEndpoints::UserEndpoints(const ApiContext &context)
    : m_context(context)
{ }

void UserEndpoints::registerRoutes(Router &router)
{
    router.addRoute(QStringLiteral("/api/v2/user/search/"), "GET",
        [this](const HttpRequestData &request, const QStringList &) { return search(request); });
    router.addRoute(QStringLiteral("/api/v2/user/{user}/"), "GET",
        [this](const HttpRequestData &request, const QStringList &captures) {
            return user(request, captures.at(0));
        });
}

HttpReply UserEndpoints::search(const HttpRequestData &request) const
{
    HttpReply error;
    if (!m_context.authenticate(request, &error))
        return error;
    const QString term = request.queryValue(QStringLiteral("user")).trimmed();
    const Pagination pagination(
        request, m_context.options().pageSize, m_context.options().maxPageSize);
    return jsonReply(
        200, pagination.page(m_context.store().searchUsers(term), &PrefStore::userJson));
}

HttpReply UserEndpoints::user(const HttpRequestData &request, const QString &segment) const
{
    HttpReply error;
    const UserRecord *caller = m_context.authenticate(request, &error);
    if (!caller)
        return error;
    if (segment == QLatin1String("me"))
        return jsonReply(200, PrefStore::userJson(*caller));
    const std::optional<qint64> id = ApiContext::parseId(segment);
    const UserRecord *user = id ? m_context.store().user(*id) : nullptr;
    if (!user)
        return notFoundReply();
    return jsonReply(200, PrefStore::userJson(*user));
}
