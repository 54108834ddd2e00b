// The conditions of a deployment, simulated with timers (--latency-ms,
// --workers, --processing-ms): each request first takes a worker for
// processingMs (at most `workers` at once, 0: no limit; the others wait in
// arrival order), is then processed, and its answer leaves latencyMs later.
// Nothing blocks the event loop, so delayed requests overlap. prefserver's
// own work still runs on its one thread, one request at a time.
#pragma once

#include <QObject>

#include <deque>
#include <functional>

class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    struct Counts
    {
        int inFlight = 0; // admitted, not yet answered
        int waiting = 0; // admitted, waiting for a free worker
        int busyWorkers = 0;
        int peakInFlight = 0;
        int peakBusyWorkers = 0;
    };

    RequestScheduler(int latencyMs, int workers, int processingMs, QObject *parent = nullptr);

    // A request arrived: runs process once a worker has spent processingMs on
    // it (at once without a processing time). Every admitted request ends with
    // exactly one call of answer().
    void admit(std::function<void()> process);
    // Runs send, the answer to an admitted request, latencyMs from now.
    void answer(std::function<void()> send);

    Counts counts() const;
    int latencyMs() const { return m_latencyMs; }
    int workers() const { return m_workers; }
    int processingMs() const { return m_processingMs; }

private:
    void startWaiting();

    const int m_latencyMs;
    const int m_workers;
    const int m_processingMs;
    std::deque<std::function<void()>> m_waiting;
    Counts m_counts; // its waiting is filled in by counts(): m_waiting.size()
};
