#pragma once

#include "ApiClient.h"
#include "Credentials.h"
#include "Preference.h"

#include <QNetworkAccessManager>
#include <QString>

#include <optional>

class PrefServer;

// An ApiClient signed in to a test server as one user, with a session-only
// token the server issues directly (no sign-in flow), as the client and GUI
// tests use it.
class SignedInClient
{
public:
    SignedInClient(PrefServer &server, const QString &username);
    SignedInClient(const SignedInClient &) = delete;
    SignedInClient &operator=(const SignedInClient &) = delete;

    ApiClient *api() { return &m_client; }
    const StaticCredentials &credentials() const { return m_credentials; }

    // The account, as the application asks for it (GET /api/v2/user/me/);
    // nullopt, with the test failed, when it does not arrive or parse.
    std::optional<UserInfo> fetchAccount();

private:
    // With QTRY_COMPARE and QVERIFY, which return from a void function.
    void fetchAccountInto(std::optional<UserInfo> *account);

    QNetworkAccessManager m_nam;
    StaticCredentials m_credentials;
    ApiClient m_client;
};
