// /api/v2/user/{user}/preference/ and /api/v2/user/{user}/preference/{id}/.
#pragma once

#include "HttpMessage.h"

class ApiContext;
class Router;
struct PreferenceRecord;
struct UserRecord;

class PreferenceEndpoints
{
public:
    explicit PreferenceEndpoints(const ApiContext &context);

    void registerRoutes(Router &router);

private:
    HttpReply list(const HttpRequestData &request, const QString &userSegment) const;
    HttpReply create(const HttpRequestData &request, const QString &userSegment) const;
    HttpReply get(const HttpRequestData &request, const QStringList &captures) const;
    HttpReply patch(const HttpRequestData &request, const QStringList &captures) const;
    HttpReply remove(const HttpRequestData &request, const QStringList &captures) const;

    // Authenticates and checks permission; nullptr with the answer in *error.
    const UserRecord *owner(
        const HttpRequestData &request, const QString &userSegment, HttpReply *error) const;
    // As owner(), then finds preference {id} of that user.
    const PreferenceRecord *preference(
        const HttpRequestData &request, const QStringList &captures, HttpReply *error) const;

    const ApiContext &m_context;
};
