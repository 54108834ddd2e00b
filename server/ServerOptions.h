// How a PrefServer runs; the command line of prefserver maps onto this.
#pragma once

#include <QHostAddress>
#include <QString>

struct ServerOptions
{
    QHostAddress host {QHostAddress::LocalHost};
    quint16 port = 0; // 0: any free port
    bool demo = false; // start with the demo accounts and preferences
    QString dataFile; // load from and save to this JSON file, if set
    int pageSize = 20; // default page size of lists
    int maxPageSize = 100; // upper bound for ?limit=
    int tokenLifetimeSeconds = 36000;
    bool enableTestControl = false; // serve /_control/ (fault injection, request log)
};
