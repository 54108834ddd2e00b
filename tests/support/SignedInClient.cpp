#include "SignedInClient.h"

#include "ApiJob.h"
#include "PrefServer.h"

#include <QSignalSpy>
#include <QTest>

SignedInClient::SignedInClient(PrefServer &server, const QString &username)
    : m_credentials(server.issueAccessToken(username))
    , m_client(&m_nam)
{
    m_client.setBaseUrl(server.baseUrl());
    m_client.setCredentials(&m_credentials);
}

std::optional<UserInfo> SignedInClient::fetchAccount()
{
    std::optional<UserInfo> account;
    fetchAccountInto(&account);
    return account;
}

void SignedInClient::fetchAccountInto(std::optional<UserInfo> *account)
{
    ApiJob *job = m_client.get(m_client.url(QStringLiteral("/api/v2/user/me/")));
    QSignalSpy succeeded(job, &ApiJob::succeeded);
    job->start();
    QTRY_COMPARE(succeeded.count(), 1);
    *account = UserInfo::fromJson(succeeded.first().at(0).value<JsonValue>());
    QVERIFY(*account);
}
