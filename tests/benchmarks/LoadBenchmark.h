#pragma once

#include <QString>
#include <QUrl>

// One full PreferenceModel load against a server, with a fresh network
// manager (cold connections, as the curl baseline has), while a 5 ms
// heartbeat timer measures the longest stall of the event loop.
class LoadBenchmark
{
public:
    struct Result
    {
        bool ok = false;
        QString error;
        double milliseconds = 0;
        // Until the first rows were inserted: a view paints them in the next pass.
        double firstRowsMilliseconds = 0;
        int rows = 0;
        double longestStallMs = 0; // longest gap between heartbeats, minus 5 ms
        // The most CPU time this thread spent between two heartbeats: the
        // part of a stall that is our own work, not waiting for a CPU.
        double longestBusyMs = 0;
        int heartbeats = 0;
    };

    // maxConcurrent 0: PreferenceModel's default.
    LoadBenchmark(const QUrl &server, const QString &token, int pageSize, int maxConcurrent = 0);

    Result run() const;

    // Peak resident set size of this process so far, in MiB (VmHWM).
    static double peakRssMiB();

private:
    QUrl m_server;
    QString m_token;
    int m_pageSize;
    int m_maxConcurrent;
};
