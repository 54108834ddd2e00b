#include "LoadBenchmark.h"

#include "ApiClient.h"
#include "BenchClock.h"
#include "Credentials.h"
#include "PreferenceModel.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

namespace {

constexpr int HeartbeatMs = 5;

} // namespace

LoadBenchmark::LoadBenchmark(
    const QUrl &server, const QString &token, int pageSize, int maxConcurrent)
    : m_server(server)
    , m_token(token)
    , m_pageSize(pageSize)
    , m_maxConcurrent(maxConcurrent)
{ }

LoadBenchmark::Result LoadBenchmark::run() const
{
    QNetworkAccessManager nam;
    StaticCredentials credentials(m_token);
    ApiClient client(&nam);
    client.setBaseUrl(m_server);
    client.setCredentials(&credentials);
    PreferenceModel model(&client);
    model.setPageSize(m_pageSize);
    if (m_maxConcurrent > 0)
        model.setMaxConcurrentPages(m_maxConcurrent);

    Result result;
    QEventLoop loop;
    QObject::connect(&model, &PreferenceModel::loadFinished, &loop, [&] {
        result.ok = true;
        loop.quit();
    });
    QObject::connect(&model, &PreferenceModel::loadFailed, &loop, [&](const ApiError &error) {
        result.error = error.toUserString();
        loop.quit();
    });

    // BENCH_TRACE=1 prints every stall over 10 ms.
    const bool trace = qEnvironmentVariableIntValue("BENCH_TRACE") != 0;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    qint64 longestGapNs = 0;
    qint64 longestBusyNs = 0;
    qint64 cpuAtTick = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(HeartbeatMs);
    QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&] {
        const qint64 gap = sinceTick.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        longestGapNs = std::max(longestGapNs, gap);
        longestBusyNs = std::max(longestBusyNs, cpu - cpuAtTick);
        if (trace && gap > 10000000)
            std::fprintf(stderr, "stall %.1f ms (%.1f ms CPU) at %.1f ms, %d rows\n",
                double(gap) / 1e6, double(cpu - cpuAtTick) / 1e6,
                double(clock.nsecsElapsed()) / 1e6, model.rowCount());
        sinceTick.restart();
        cpuAtTick = cpu;
        ++result.heartbeats;
    });

    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, [&] {
        if (result.firstRowsMilliseconds == 0)
            result.firstRowsMilliseconds = double(clock.nsecsElapsed()) / 1e6;
    });

    clock.start();
    sinceTick.start();
    cpuAtTick = threadCpuNs();
    heartbeat.start();
    model.reload();
    if (model.isLoading())
        loop.exec();
    result.milliseconds = double(clock.nsecsElapsed()) / 1e6;
    // The gap still open at the end counts too.
    longestGapNs = std::max(longestGapNs, sinceTick.nsecsElapsed());
    heartbeat.stop();

    result.rows = model.rowCount();
    result.longestStallMs = std::max(0.0, double(longestGapNs) / 1e6 - HeartbeatMs);
    result.longestBusyMs = double(longestBusyNs) / 1e6;
    return result;
}

double LoadBenchmark::peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmHWM:")) {
                const QByteArray kb = line.mid(6).trimmed().split(' ').value(0);
                return kb.toDouble() / 1024.0;
            }
        }
    }
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}
