#include "DemoEnvironment.h"

#include "Credentials.h"
#include "PrefServer.h"

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
{ }

DemoEnvironment::~DemoEnvironment() = default;

bool DemoEnvironment::start(QString *errorMessage)
{
    ServerOptions options;
    options.host = QHostAddress::LocalHost;
    options.port = 0;
    options.demo = true;
    m_server = std::make_unique<PrefServer>(options);
    if (!m_server->start(errorMessage))
        return false;
    const QString token = m_server->issueAccessToken(demoAccount());
    if (token.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("The demo account \"%1\" is missing.").arg(demoAccount());
        return false;
    }
    m_credentials = new StaticCredentials(token, this);
    return true;
}

QUrl DemoEnvironment::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}
