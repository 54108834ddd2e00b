// prefserver: serves the community platform's preferences API on loopback.
#include "PrefServer.h"
#include "UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <limits>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("prefserver", text);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

bool intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum,
    int maximum, int *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int parsed = parser.value(option).toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        printError(tr("prefserver: invalid value \"%1\" for --%2")
                       .arg(parser.value(option), option.names().constFirst()));
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prefserver"));
    QCoreApplication::setApplicationVersion(PrefServer::version());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serves the community platform's preferences API (OAuth, users, preferences) locally."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption(QStringLiteral("host"),
        tr("Address to listen on; a loopback address unless --insecure-listen-anywhere."),
        tr("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
        tr("Port to listen on; 0 picks a free one."), tr("port"), QStringLiteral("0"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), tr("Start with the demo accounts and preferences."));
    const QCommandLineOption dataOption(QStringLiteral("data"),
        tr("Load users and preferences from this JSON file and save "
           "every change back to it."),
        tr("file"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
        tr("Default page size of lists."), tr("n"), QStringLiteral("20"));
    const QCommandLineOption maxPageSizeOption(QStringLiteral("max-page-size"),
        tr("Largest page a client may ask for with limit."), tr("n"), QStringLiteral("100"));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"),
        tr("Lifetime of access tokens in seconds."), tr("seconds"), QStringLiteral("36000"));
    const QCommandLineOption controlOption(QStringLiteral("enable-test-control"),
        tr("Serve the test control API under /_control/ "
           "(fault injection, clock, request log). Loopback only; never in production."));
    const QCommandLineOption anywhereOption(QStringLiteral("insecure-listen-anywhere"),
        tr("Allow a --host that is not a loopback address, so that other machines can "
           "reach the demo accounts. Not with --enable-test-control."));
    const QCommandLineOption publicUrlOption(QStringLiteral("public-url"),
        tr("Origin (http[s]://host[:port]) for the next and previous links of pages, as "
           "behind a proxy; its host is also accepted in the Host header."),
        tr("url"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
        tr("Send every answer this many milliseconds after its request was processed, as "
           "over a slow network. A timer: other requests are served meanwhile."),
        tr("ms"), QStringLiteral("0"));
    const QCommandLineOption workersOption(QStringLiteral("workers"),
        tr("Simulate a deployment with this many workers: each request takes one for "
           "--processing-ms, and waits for a free one first. 0: no limit."),
        tr("n"), QStringLiteral("0"));
    const QCommandLineOption processingOption(QStringLiteral("processing-ms"),
        tr("Simulated processing time of a request in its worker (a timer; prefserver's "
           "own work still runs on one thread)."),
        tr("ms"), QStringLiteral("0"));
    parser.addOptions({hostOption, portOption, demoOption, dataOption, pageSizeOption,
        maxPageSizeOption, lifetimeOption, controlOption, anywhereOption, publicUrlOption,
        latencyOption, workersOption, processingOption});
    parser.process(app);

    ServerOptions options;
    options.demo = parser.isSet(demoOption);
    options.dataFile = parser.value(dataOption);
    options.enableTestControl = parser.isSet(controlOption);
    options.insecureListenAnywhere = parser.isSet(anywhereOption);
    if (parser.isSet(publicUrlOption))
        options.publicUrl = QUrl(parser.value(publicUrlOption), QUrl::StrictMode);
    if (!options.host.setAddress(parser.value(hostOption))) {
        printError(tr("prefserver: invalid address \"%1\"").arg(parser.value(hostOption)));
        return 2;
    }
    int port = 0;
    constexpr int kMaxInt = std::numeric_limits<int>::max();
    if (!intOption(parser, portOption, 0, 65535, &port) ||
        !intOption(parser, pageSizeOption, 1, kMaxInt, &options.pageSize) ||
        !intOption(parser, maxPageSizeOption, 1, kMaxInt, &options.maxPageSize) ||
        !intOption(parser, lifetimeOption, 1, kMaxInt, &options.tokenLifetimeSeconds) ||
        !intOption(parser, latencyOption, 0, kMaxInt, &options.latencyMs) ||
        !intOption(parser, workersOption, 0, kMaxInt, &options.workers) ||
        !intOption(parser, processingOption, 0, kMaxInt, &options.processingMs))
        return 2;
    if (options.workers > 0 && options.processingMs == 0) {
        printError(tr("prefserver: --workers needs --processing-ms: without a processing time "
                      "a worker is never busy, so the limit would change nothing."));
        return 2;
    }
    options.port = quint16(port);
    if (const QString refusal = PrefServer::checkOptions(options); !refusal.isEmpty()) {
        printError(tr("prefserver: %1").arg(refusal));
        return 2;
    }

    PrefServer server(options);
    QString error;
    if (!server.start(&error)) {
        printError(tr("prefserver: %1").arg(error));
        return 1;
    }
    std::printf("prefserver listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);

    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &app,
        [](int) { QCoreApplication::quit(); });
    signalWatcher.watchTerminationSignals();
    return QCoreApplication::exec();
}
