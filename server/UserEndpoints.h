// /api/v2/user/me/, /api/v2/user/{id}/ and /api/v2/user/search/.
#pragma once

#include "HttpMessage.h"

class ApiContext;
class Router;

class UserEndpoints
{
public:
    explicit UserEndpoints(const ApiContext &context);

    void registerRoutes(Router &router);

private:
    HttpReply search(const HttpRequestData &request) const;
    HttpReply user(const HttpRequestData &request, const QString &segment) const;

    const ApiContext &m_context;
};
