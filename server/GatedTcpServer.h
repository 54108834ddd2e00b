// The QTcpServer prefserver listens with: every connection gets a
// BodyLimitGate before QAbstractHttpServer sees it.
#pragma once

#include <QTcpServer>

class GatedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GatedTcpServer(qsizetype bodyLimit, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qsizetype m_bodyLimit;
};
