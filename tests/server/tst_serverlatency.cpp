// A deployment's conditions in PrefServer (issue 13): --latency-ms delays
// every answer with a timer, so concurrent requests overlap instead of
// queueing; --workers with --processing-ms lets at most that many requests be
// processed at once. Overlap is asserted from the server's own counts, never
// from how long the test took: a wall-clock bound would flake on a loaded
// machine. Durations are only checked from below, which a timer guarantees.
#include "RawHttpConnection.h"
#include "ServerTestClient.h"
#include "TestServer.h"

#include <QLoggingCategory>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

const QString kMe = QStringLiteral("/api/v2/user/me/");
// Longer than any test runs: an answer this late never comes while it watches.
constexpr int kNever = 600000;

} // namespace

class TestServerLatency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void concurrentRequestsAreAllInFlight();
    void everyAnswerIsDelayed();
    void controlRequestsAreNotDelayed();
    void workersLimitTheRequestsInProcess_data();
    void workersLimitTheRequestsInProcess();
    void oneWorkerServesInTurn();
    void faultsEndTheirRequest();

private:
    // Starts m_server (demo data, test control) with these conditions.
    bool start(int latencyMs, int workers = 0, int processingMs = 0);
    // Opens `count` connections and sends GET /api/v2/user/me/ on each, as alice.
    void sendConcurrently(int count);

    std::unique_ptr<PrefServer> m_server;
    std::vector<std::unique_ptr<RawHttpConnection>> m_connections;
};

void TestServerLatency::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("prefserver.*.debug=false"));
}

void TestServerLatency::cleanup()
{
    m_connections.clear();
    m_server.reset();
}

bool TestServerLatency::start(int latencyMs, int workers, int processingMs)
{
    ServerOptions options;
    options.demo = true;
    options.enableTestControl = true;
    options.latencyMs = latencyMs;
    options.workers = workers;
    options.processingMs = processingMs;
    m_server = startTestServer(options);
    return m_server != nullptr;
}

void TestServerLatency::sendConcurrently(int count)
{
    const QString token = m_server->issueAccessToken(QStringLiteral("alice"));
    for (int i = 0; i < count; ++i) {
        m_connections.push_back(std::make_unique<RawHttpConnection>(m_server->baseUrl()));
        QVERIFY(m_connections.back()->send("GET", kMe, {}, token));
    }
}

void TestServerLatency::concurrentRequestsAreAllInFlight()
{
    // A server that slept through the latency would read the second request
    // only after answering the first: never more than one in flight.
    constexpr int Requests = 8;
    QVERIFY(start(kNever));
    sendConcurrently(Requests);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->concurrency().inFlight, Requests, 30000);
    QCOMPARE(m_server->concurrency().peakInFlight, Requests);
    for (const auto &connection : m_connections)
        QVERIFY(connection->received().isEmpty());
}

void TestServerLatency::everyAnswerIsDelayed()
{
    constexpr int Latency = 300;
    QVERIFY(start(Latency));
    sendConcurrently(4);
    for (const auto &connection : m_connections) {
        QVERIFY(connection->waitForClosed(30000));
        QCOMPARE(connection->status(), 200);
        QVERIFY2(connection->elapsedMs() >= Latency,
            qPrintable(QString::number(connection->elapsedMs())));
    }
    QCOMPARE(m_server->concurrency().inFlight, 0);
}

void TestServerLatency::controlRequestsAreNotDelayed()
{
    QVERIFY(start(kNever));
    sendConcurrently(2);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->concurrency().inFlight, 2, 30000);
    ServerTestClient control(m_server->baseUrl());
    const HttpResult result = control.get(QStringLiteral("/_control/concurrency"));
    QCOMPARE(result.status, 200);
    QCOMPARE_JSON(result.json(),
        Json::parse(R"({"latency_ms":600000,"workers":0,"processing_ms":0,"in_flight":2,
            "waiting":0,"busy_workers":0,"peak_in_flight":2,"peak_busy_workers":0})"));
}

void TestServerLatency::workersLimitTheRequestsInProcess_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("busy");
    QTest::addColumn<int>("waiting");
    QTest::newRow("2 workers, 5 requests") << 2 << 5 << 2 << 3;
    QTest::newRow("1 worker, 3 requests") << 1 << 3 << 1 << 2;
    QTest::newRow("no limit, 4 requests") << 0 << 4 << 4 << 0;
}

void TestServerLatency::workersLimitTheRequestsInProcess()
{
    QFETCH(int, workers);
    QFETCH(int, requests);
    QFETCH(int, busy);
    QFETCH(int, waiting);
    QVERIFY(start(0, workers, kNever));
    sendConcurrently(requests);
    // Every request is accepted at once; the workers take what they can.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->concurrency().inFlight, requests, 30000);
    const RequestScheduler::Counts counts = m_server->concurrency();
    QCOMPARE(counts.busyWorkers, busy);
    QCOMPARE(counts.waiting, waiting);
    QCOMPARE(counts.peakBusyWorkers, busy);
}

void TestServerLatency::oneWorkerServesInTurn()
{
    constexpr int Processing = 100;
    constexpr int Requests = 3;
    QVERIFY(start(0, 1, Processing));
    sendConcurrently(Requests);
    qint64 last = 0;
    for (const auto &connection : m_connections) {
        QVERIFY(connection->waitForClosed(30000));
        QCOMPARE(connection->status(), 200);
        last = std::max(last, connection->elapsedMs());
    }
    // One after the other: the last answer waited for all three.
    QVERIFY2(last >= Requests * Processing, qPrintable(QString::number(last)));
    const RequestScheduler::Counts counts = m_server->concurrency();
    QCOMPARE(counts.peakBusyWorkers, 1);
    QCOMPARE(counts.inFlight, 0);
    QCOMPARE(counts.busyWorkers, 0);
}

void TestServerLatency::faultsEndTheirRequest()
{
    QVERIFY(start(50, 1, 10));
    Fault drop;
    drop.path = kMe;
    drop.kind = Fault::Kind::Drop;
    m_server->addFault(drop);
    Fault status;
    status.path = kMe;
    status.kind = Fault::Kind::Status;
    status.status = 503;
    status.delayMs = 20;
    m_server->addFault(status);
    sendConcurrently(2);
    QList<int> statuses;
    for (const auto &connection : m_connections) {
        QVERIFY(connection->waitForClosed(30000));
        statuses.append(connection->status());
    }
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, QList<int>({0, 503})); // 0: dropped without an answer
    QCOMPARE(m_server->concurrency().inFlight, 0);
}

QTEST_GUILESS_MAIN(TestServerLatency)
#include "tst_serverlatency.moc"
