#include "GatedTcpServer.h"

#include "BodyLimitGate.h"

#include <QTcpSocket>

GatedTcpServer::GatedTcpServer(qsizetype bodyLimit, QObject *parent)
    : QTcpServer(parent)
    , m_bodyLimit(bodyLimit)
{ }

void GatedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Connected to readyRead before the HTTP server's own slot, so it runs first.
    new BodyLimitGate(socket, m_bodyLimit);
    addPendingConnection(socket);
}
