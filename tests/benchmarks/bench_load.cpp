// bench_load: how fast PreferenceModel loads a large list, how soon its
// first rows are there, how long the event loop stalls meanwhile, and how
// much memory it takes; and the same list through BaselineClient. Driven by
// tests/benchmarks/run, which also measures the curl baseline.
//
//   bench_load --generate FILE [--count N]      write a prefserver --data file
//   bench_load --server URL [--runs N] [--page-size N] [--expect N]
//              [--baseline sequential|one-request] [--max-concurrent N]
//                                               measure; token in BENCH_TOKEN
//   bench_load --smoke                          200 rows, in-process server
//
// Figures go to stdout as "name value..." lines.

#include "BaselineClient.h"
#include "DataGenerator.h"
#include "LoadBenchmark.h"
#include "PrefServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

void printTimes(const char *name, const QList<double> &times)
{
    std::printf("%s", name);
    for (double t : times)
        std::printf(" %.1f", t);
    std::printf("\n%s_best %.1f\n", name, *std::min_element(times.cbegin(), times.cend()));
}

int measure(const QUrl &server, const QString &token, int runs, int pageSize, int expected,
    int maxConcurrent = 0)
{
    const LoadBenchmark benchmark(server, token, pageSize, maxConcurrent);
    QList<double> times;
    QList<double> firstRows;
    double longestStall = 0;
    double longestBusy = 0;
    int rows = 0;
    for (int i = 0; i < runs; ++i) {
        const LoadBenchmark::Result result = benchmark.run();
        if (!result.ok) {
            std::fprintf(stderr, "bench_load: load failed: %s\n", qPrintable(result.error));
            return 1;
        }
        times.append(result.milliseconds);
        firstRows.append(result.firstRowsMilliseconds);
        longestStall = std::max(longestStall, result.longestStallMs);
        longestBusy = std::max(longestBusy, result.longestBusyMs);
        rows = result.rows;
        if (expected >= 0 && rows != expected) {
            std::fprintf(stderr, "bench_load: loaded %d rows, expected %d\n", rows, expected);
            return 1;
        }
    }
    std::printf("rows %d\n", rows);
    printTimes("load_ms", times);
    printTimes("first_rows_ms", firstRows);
    std::printf("stall_ms_max %.1f\n", longestStall);
    std::printf("busy_ms_max %.1f\n", longestBusy);
    std::printf("peak_rss_mib %.1f\n", LoadBenchmark::peakRssMiB());
    return 0;
}

// expected < 0: any count. One request of at least `expected` rows must hold them all.
int measureBaseline(const QUrl &server, const QString &token, BaselineClient::Mode mode, int runs,
    int pageSize, int expected)
{
    const BaselineClient client(server, token, pageSize);
    QList<double> times;
    int requests = 0;
    for (int i = 0; i < runs; ++i) {
        const BaselineClient::Result result = client.run(mode);
        if (!result.ok) {
            std::fprintf(stderr, "bench_load: baseline failed: %s\n", qPrintable(result.error));
            return 1;
        }
        if (expected >= 0 && result.count != expected) {
            std::fprintf(
                stderr, "bench_load: the list has %d rows, expected %d\n", result.count, expected);
            return 1;
        }
        if (expected >= 0 && pageSize >= expected && !result.complete) {
            std::fprintf(stderr, "bench_load: the server cut the page (raise --max-page-size)\n");
            return 1;
        }
        times.append(result.milliseconds);
        requests = result.requests;
    }
    std::printf("baseline_requests %d\n", requests);
    printTimes("baseline_ms", times);
    return 0;
}

int smoke()
{
    constexpr int Rows = 200;
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("data.json"));
    QString error;
    if (!dir.isValid() || !DataGenerator::write(fileName, Rows, &error)) {
        std::fprintf(stderr, "bench_load: cannot write the data: %s\n", qPrintable(error));
        return 1;
    }
    ServerOptions options;
    options.dataFile = fileName;
    options.pageSize = 100;
    options.maxPageSize = Rows;
    PrefServer server(options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_load: prefserver: %s\n", qPrintable(error));
        return 1;
    }
    // In one process the server shares the event loop: the figures mean
    // nothing here, only that the benchmark works.
    const QUrl url = server.baseUrl();
    const QString token = server.issueAccessToken(QStringLiteral("alice"));
    if (const int failed = measure(url, token, 1, 100, Rows))
        return failed;
    if (const int failed =
            measureBaseline(url, token, BaselineClient::Mode::Sequential, 1, 100, Rows))
        return failed;
    return measureBaseline(url, token, BaselineClient::Mode::OneRequest, 1, Rows, Rows);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("prefeditor.*.info=false\nprefserver=false\nprefserver.*=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures PreferenceModel's full load."));
    parser.addHelpOption();
    const QCommandLineOption generate(QStringLiteral("generate"),
        QStringLiteral("Write a prefserver data file."), QStringLiteral("file"));
    const QCommandLineOption count(QStringLiteral("count"),
        QStringLiteral("Preferences to generate."), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("Base URL."), QStringLiteral("url"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Loads to time."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
        QStringLiteral("limit to ask for."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption expect(QStringLiteral("expect"), QStringLiteral("Rows expected."),
        QStringLiteral("n"), QStringLiteral("-1"));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
        QStringLiteral("Measure BaselineClient instead of the model: sequential (every page) "
                       "or one-request (the first page only)."),
        QStringLiteral("mode"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"), QStringLiteral("200 rows against an in-process server."));
    const QCommandLineOption maxConcurrent(QStringLiteral("max-concurrent"),
        QStringLiteral("Pages the model fetches at once (default: the model's own)."),
        QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({generate, count, serverOption, runs, pageSize, expect, baseline, smokeOption,
        maxConcurrent});
    parser.process(app);

    if (parser.isSet(smokeOption))
        return smoke();
    if (parser.isSet(generate)) {
        QString error;
        if (!DataGenerator::write(parser.value(generate), parser.value(count).toInt(), &error)) {
            std::fprintf(stderr, "bench_load: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    if (!parser.isSet(serverOption)) {
        parser.showHelp(2);
    }
    const QString token = qEnvironmentVariable("BENCH_TOKEN");
    if (token.isEmpty()) {
        std::fprintf(stderr, "bench_load: set BENCH_TOKEN\n");
        return 2;
    }
    const QUrl server(parser.value(serverOption));
    const int runCount = std::max(1, parser.value(runs).toInt());
    if (!parser.isSet(baseline))
        return measure(server, token, runCount, parser.value(pageSize).toInt(),
            parser.value(expect).toInt(), parser.value(maxConcurrent).toInt());
    const QString mode = parser.value(baseline);
    if (mode != QLatin1String("sequential") && mode != QLatin1String("one-request")) {
        std::fprintf(stderr, "bench_load: unknown baseline %s\n", qPrintable(mode));
        return 2;
    }
    return measureBaseline(server, token,
        mode == QLatin1String("sequential") ? BaselineClient::Mode::Sequential
                                            : BaselineClient::Mode::OneRequest,
        runCount, parser.value(pageSize).toInt(), parser.value(expect).toInt());
}
