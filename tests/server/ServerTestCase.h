// What most server tests share: one PrefServer with the demo data for the
// whole test case, its debug log quiet, and a client without a token.
#pragma once

#include "ServerTestClient.h"
#include "TestServer.h"

#include <QLoggingCategory>
#include <QObject>

#include <memory>

class ServerTestCase : public QObject
{
protected:
    // Starts m_server with the demo data and these options, and m_client.
    // Call as QVERIFY(startDemoServer(...)) from initTestCase().
    bool startDemoServer(ServerOptions options = {})
    {
        QLoggingCategory::setFilterRules(QStringLiteral("prefserver.*.debug=false"));
        options.demo = true;
        m_server = startTestServer(options);
        if (!m_server)
            return false;
        m_client = std::make_unique<ServerTestClient>(m_server->baseUrl());
        return true;
    }

    // The status of GET /api/v2/user/me/ with this token.
    int meStatus(const QString &token) const
    {
        ServerTestClient client(m_server->baseUrl());
        client.setToken(token);
        return client.get(QStringLiteral("/api/v2/user/me/")).status;
    }

    // Creates a preference as m_client's user; rawValue is JSON text.
    HttpResult createPreference(const QByteArray &key, const QByteArray &rawValue)
    {
        return m_client->postJson(QStringLiteral("/api/v2/user/me/preference/"),
            "{\"key\":\"" + key + "\",\"value\":" + rawValue + "}");
    }

    // Schedules a fault through the control API (--enable-test-control).
    HttpResult addFault(const QByteArray &json)
    {
        return m_client->postJson(QStringLiteral("/_control/faults"), json);
    }

    std::unique_ptr<PrefServer> m_server;
    std::unique_ptr<ServerTestClient> m_client;
};
