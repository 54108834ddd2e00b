// How a PrefServer runs; the command line of prefserver maps onto this.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QUrl>

struct ServerOptions
{
    QHostAddress host {QHostAddress::LocalHost};
    quint16 port = 0; // 0: any free port
    bool demo = false; // start with the demo accounts and preferences
    QString dataFile; // load from and save to this JSON file, if set
    int pageSize = 20; // default page size of lists
    int maxPageSize = 100; // upper bound for ?limit=
    int tokenLifetimeSeconds = 36000;
    // Serve /_control/ (fault injection, clock, request log). Only then are
    // requests recorded, with their secrets redacted. Loopback hosts only.
    bool enableTestControl = false;
    // Allow a host that is not a loopback address (never with test control).
    bool insecureListenAnywhere = false;
    // The origin (http[s]://host[:port], no path) that next/previous links of
    // pages use, and whose host is accepted in the Host header; empty: the
    // origin the client addressed. Listening is unaffected.
    QUrl publicUrl;
    // A deployment's conditions, simulated (RequestScheduler): every answer
    // leaves latencyMs after its request was processed; before that, each
    // request takes one of `workers` workers (0: no limit) for processingMs.
    // Requests to /_control/ are exempt.
    int latencyMs = 0;
    int workers = 0;
    int processingMs = 0;
};
