// bench_load: how fast PreferenceModel loads a large list, how long the
// event loop stalls meanwhile, and how much memory it takes. Driven by
// tests/benchmarks/run, which also measures the curl baseline.
//
//   bench_load --generate FILE [--count N]      write a prefserver --data file
//   bench_load --server URL [--runs N] [--page-size N] [--expect N]
//                                               measure; token in BENCH_TOKEN
//   bench_load --smoke                          200 rows, in-process server
//
// Figures go to stdout as "name value..." lines.

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

int measure(const QUrl &server, const QString &token, int runs, int pageSize, int expected)
{
    const LoadBenchmark benchmark(server, token, pageSize);
    QList<double> times;
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
        longestStall = std::max(longestStall, result.longestStallMs);
        longestBusy = std::max(longestBusy, result.longestBusyMs);
        rows = result.rows;
        if (expected >= 0 && rows != expected) {
            std::fprintf(stderr, "bench_load: loaded %d rows, expected %d\n", rows, expected);
            return 1;
        }
    }
    std::printf("rows %d\n", rows);
    std::printf("load_ms");
    for (double t : times)
        std::printf(" %.1f", t);
    std::printf("\nload_ms_best %.1f\n", *std::min_element(times.cbegin(), times.cend()));
    std::printf("stall_ms_max %.1f\n", longestStall);
    std::printf("busy_ms_max %.1f\n", longestBusy);
    std::printf("peak_rss_mib %.1f\n", LoadBenchmark::peakRssMiB());
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
    options.maxPageSize = 100;
    PrefServer server(options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_load: prefserver: %s\n", qPrintable(error));
        return 1;
    }
    // In one process the server shares the event loop: the figures mean
    // nothing here, only that the benchmark works.
    return measure(
        server.baseUrl(), server.issueAccessToken(QStringLiteral("alice")), 1, 100, Rows);
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
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"), QStringLiteral("200 rows against an in-process server."));
    parser.addOptions({generate, count, serverOption, runs, pageSize, expect, smokeOption});
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
    return measure(QUrl(parser.value(serverOption)), token, std::max(1, parser.value(runs).toInt()),
        parser.value(pageSize).toInt(), parser.value(expect).toInt());
}
