// What the /api/v2 endpoints share: the stores, the options, and the checks
// every request goes through (bearer token, JSON body, {user} in the path).
#pragma once

#include "HttpHelpers.h"

#include <functional>
#include <optional>

class PrefStore;
class TokenStore;
struct ServerOptions;
struct UserRecord;

class ApiContext
{
public:
    ApiContext(PrefStore &store, TokenStore &tokens, const ServerOptions &options,
        std::function<void()> persist);

    PrefStore &store() const { return m_store; }
    const ServerOptions &options() const { return m_options; }
    // Writes the store to the --data file, if there is one.
    void persist() const;

    // The signed-in user, or nullptr with the 401 answer in *error.
    const UserRecord *authenticate(const HttpRequestData &request, HttpReply *error) const;
    // The JSON object in the body, or false with a 415/400 answer in *error.
    // An empty body counts as {}.
    bool jsonObjectBody(const HttpRequestData &request, Json *body, HttpReply *error) const;
    // {user} in the path: "me" or a numeric id. nullptr with 403/404 in *error.
    // Only the user themselves or an admin gets past this.
    const UserRecord *targetUser(
        const QString &segment, const UserRecord &caller, HttpReply *error) const;

    static std::optional<qint64> parseId(const QString &segment);

private:
    PrefStore &m_store;
    TokenStore &m_tokens;
    const ServerOptions &m_options;
    std::function<void()> m_persist;
};
