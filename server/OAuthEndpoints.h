// /oauth/token/, /oauth/authorize/ and /oauth/revoke_token/ for the public
// client "prefeditor", with RFC 6749 style errors. The authorization code
// grant requires PKCE (S256); passwords are compared in constant time.
#pragma once

#include "HttpMessage.h"

class PrefStore;
class Router;
class TokenStore;

class OAuthEndpoints
{
public:
    static constexpr char kClientId[] = "prefeditor";

    OAuthEndpoints(PrefStore &store, TokenStore &tokens);

    void registerRoutes(Router &router);
    // The account /oauth/authorize/ approves when the request names none.
    void setAutoApproveUser(const QString &username) { m_autoApproveUser = username; }
    QString autoApproveUser() const { return m_autoApproveUser; }

    static bool isAllowedRedirectUri(const QString &uri);

private:
    HttpReply token(const HttpRequestData &request);
    HttpReply authorize(const HttpRequestData &request);
    HttpReply revoke(const HttpRequestData &request);

    HttpReply passwordGrant(const QUrlQuery &form);
    HttpReply refreshGrant(const QUrlQuery &form);
    HttpReply codeGrant(const QUrlQuery &form);
    HttpReply tokenReply(qint64 userId);
    HttpReply accountChooser(const HttpRequestData &request, const QString &notice) const;

    PrefStore &m_store;
    TokenStore &m_tokens;
    QString m_autoApproveUser;
};
