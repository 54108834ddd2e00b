#include "RequestScheduler.h"

#include <QTimer>

#include <algorithm>

RequestScheduler::RequestScheduler(int latencyMs, int workers, int processingMs, QObject *parent)
    : QObject(parent)
    , m_latencyMs(std::max(0, latencyMs))
    , m_workers(std::max(0, workers))
    , m_processingMs(std::max(0, processingMs))
{ }

void RequestScheduler::admit(std::function<void()> process)
{
    ++m_counts.inFlight;
    m_counts.peakInFlight = std::max(m_counts.peakInFlight, m_counts.inFlight);
    if (m_processingMs == 0) {
        process();
        return;
    }
    m_waiting.push_back(std::move(process));
    startWaiting();
}

void RequestScheduler::answer(std::function<void()> send)
{
    const auto deliver = [this, send = std::move(send)] {
        --m_counts.inFlight;
        send();
    };
    if (m_latencyMs == 0)
        deliver();
    else
        QTimer::singleShot(m_latencyMs, Qt::PreciseTimer, this, deliver);
}

RequestScheduler::Counts RequestScheduler::counts() const
{
    Counts counts = m_counts;
    counts.waiting = int(m_waiting.size());
    return counts;
}

void RequestScheduler::startWaiting()
{
    while (!m_waiting.empty() && (m_workers == 0 || m_counts.busyWorkers < m_workers)) {
        std::function<void()> process = std::move(m_waiting.front());
        m_waiting.pop_front();
        ++m_counts.busyWorkers;
        m_counts.peakBusyWorkers = std::max(m_counts.peakBusyWorkers, m_counts.busyWorkers);
        QTimer::singleShot(
            m_processingMs, Qt::PreciseTimer, this, [this, process = std::move(process)] {
                process();
                --m_counts.busyWorkers;
                startWaiting();
            });
    }
}
