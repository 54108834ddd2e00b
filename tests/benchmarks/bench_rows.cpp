// bench_rows: the editor with a very large list (issue 13): a filter
// keystroke, a sort by each column, the peak memory, all on the real
// PreferenceModel (loaded from prefserver), PreferenceFilterModel and a
// PreferenceTableView shown offscreen, as the main window wires them; and the
// start-up of the real prefeditor --demo to its first painted window.
// Driven by tests/benchmarks/run.
//
//   bench_rows --server URL [--page-size N] [--expect N] [--runs N]
//                                     load, then filter and sort; token in BENCH_TOKEN
//   bench_rows --startup PREFEDITOR [--runs N]
//                                     prefeditor --demo, process start to first paint,
//                                     next to a trivial Qt widgets window (this
//                                     program with --first-paint)
//   bench_rows --first-paint          the trivial window: prints the time of its first paint
//   bench_rows --smoke                2,000 rows, in-process server
//
// Figures go to stdout as "name value..." lines.

#include "ApiClient.h"
#include "BenchClock.h"
#include "Credentials.h"
#include "DataGenerator.h"
#include "LoadBenchmark.h"
#include "PrefServer.h"
#include "PreferenceFilterModel.h"
#include "PreferenceModel.h"
#include "PreferenceTableView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPaintEvent>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int HeartbeatMs = 2;

double msSince(qint64 startNs)
{
    return double(monotonicNs() - startNs) / 1e6;
}

// The keystrokes: a word typed letter by letter (each extends the one
// before), one letter that matches nothing, every letter erased again (each
// widens), then a rare letter and a non-ASCII word, each typed and cleared.
QStringList keystrokes()
{
    QStringList texts;
    const QString word = QStringLiteral("sourdough.7x");
    for (int i = 1; i <= word.size(); ++i)
        texts.append(word.left(i));
    for (int i = word.size() - 1; i >= 0; --i)
        texts.append(word.left(i));
    for (const QString &typed :
        {QStringLiteral("q"), QString(), QStringLiteral("C"), QStringLiteral("CA"),
            QStringLiteral("CAF"), QStringLiteral("CAFF"), QStringLiteral("CAFFÈ"), QString()})
        texts.append(typed);
    return texts;
}

// Counts the paint events of a widget.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// The table as the main window has it: the model behind the filter proxy, a
// PreferenceTableView sorted by key, shown (offscreen) at a desktop size.
struct Table
{
    QNetworkAccessManager nam;
    StaticCredentials credentials;
    ApiClient client {&nam};
    PreferenceModel model {&client};
    PreferenceFilterModel proxy;
    PreferenceTableView view;
    PaintCounter viewportPaints;

    Table(const QUrl &server, const QString &token, int pageSize)
        : credentials(token)
    {
        client.setBaseUrl(server);
        client.setCredentials(&credentials);
        model.setPageSize(pageSize);
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        view.viewport()->installEventFilter(&viewportPaints);
        view.resize(1200, 800);
        view.show();
        settle();
    }

    // Until the view has laid out and painted what changed: the delayed
    // layout is a zero timer, the paint a posted update request, so a few
    // passes of the event loop. A view that had nothing to paint is made
    // to paint once, as a frame would: never less, and never twice.
    void settle()
    {
        const int before = viewportPaints.paints;
        for (int pass = 0; pass < 3; ++pass) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        if (viewportPaints.paints == before) {
            view.viewport()->update();
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }
};

// Measures how long the event loop goes without a pass while `work` runs
// and until `settled` says the view shows the result: the longest gap
// between two passes (a 2 ms precise timer), and the total.
struct Stall
{
    double totalMs = 0;
    double longestMs = 0;
    double cpuMs = 0; // this thread's CPU time in totalMs
};

template<typename Work, typename Settled>
Stall timeToSettled(Table &table, Work work, Settled settled)
{
    Stall stall;
    qint64 lastPass = monotonicNs();
    qint64 longest = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(HeartbeatMs);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = monotonicNs();
        longest = std::max(longest, now - lastPass);
        lastPass = now;
    });
    const qint64 start = lastPass;
    const qint64 cpuStart = threadCpuNs();
    heartbeat.start();
    work();
    while (!settled())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    table.settle();
    const qint64 end = monotonicNs();
    longest = std::max(longest, end - lastPass);
    heartbeat.stop();
    stall.totalMs = double(end - start) / 1e6;
    stall.cpuMs = double(threadCpuNs() - cpuStart) / 1e6;
    // A pass that came on time is no stall.
    stall.longestMs = std::max(0.0, double(longest) / 1e6 - HeartbeatMs);
    return stall;
}

bool load(Table &table, int expected)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&table.model, &PreferenceModel::loadFinished, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&table.model, &PreferenceModel::loadFailed, &loop, [&](const ApiError &e) {
        std::fprintf(stderr, "bench_rows: load failed: %s\n", qPrintable(e.toUserString()));
        loop.quit();
    });
    const qint64 start = monotonicNs();
    table.model.reload();
    if (table.model.isLoading())
        loop.exec();
    if (!ok)
        return false;
    table.settle();
    std::printf("rows %d\nload_ms %.1f\n", table.model.rowCount(), msSince(start));
    if (expected >= 0 && table.model.rowCount() != expected) {
        std::fprintf(
            stderr, "bench_rows: loaded %d rows, expected %d\n", table.model.rowCount(), expected);
        return false;
    }
    return true;
}

// One keystroke as MainWindow::setFilterText handles it: the filter, then
// the current row kept or the first match made current.
void type(Table &table, const QString &text)
{
    const qint64 current = table.view.currentPreferenceId();
    table.proxy.setFilterText(text);
    if (!table.view.selectPreferenceId(current) && table.proxy.rowCount() > 0)
        table.view.selectPreferenceId(
            table.proxy.index(0, 0).data(PreferenceModel::IdRole).toLongLong());
}

void measureFilter(Table &table, int runs)
{
    double worstTotal = 0;
    double worstStall = 0;
    double worstCpu = 0;
    QList<double> totals;
    const QStringList texts = keystrokes();
    for (int run = 0; run < runs; ++run) {
        for (const QString &text : texts) {
            const int paints = table.viewportPaints.paints;
            const Stall stall = timeToSettled(
                table, [&] { type(table, text); }, [&] { return true; });
            if (run == 0)
                std::printf("filter \"%s\" rows %d ms %.1f stall %.1f cpu %.1f paints %d\n",
                    qPrintable(text), table.proxy.rowCount(), stall.totalMs, stall.longestMs,
                    stall.cpuMs, table.viewportPaints.paints - paints);
            totals.append(stall.totalMs);
            worstTotal = std::max(worstTotal, stall.totalMs);
            worstStall = std::max(worstStall, stall.longestMs);
            worstCpu = std::max(worstCpu, stall.cpuMs);
        }
    }
    std::sort(totals.begin(), totals.end());
    std::printf("filter_keystrokes %lld\n", static_cast<long long>(totals.size()));
    std::printf("filter_ms_median %.1f\n", totals.at(totals.size() / 2));
    std::printf("filter_ms_max %.1f\n", worstTotal);
    std::printf("filter_stall_ms_max %.1f\n", worstStall);
    std::printf("filter_cpu_ms_max %.1f\n", worstCpu);
}

void measureSort(Table &table, int runs)
{
    table.proxy.setFilterText(QString());
    table.settle();
    double worst = 0;
    double worstStall = 0;
    double worstCpu = 0;
    for (int column = 0; column < int(PreferenceModel::Column::Count); ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            double best = -1;
            double bestCpu = -1;
            for (int run = 0; run < runs; ++run) {
                // From another column, so that each run really sorts.
                table.view.sortByColumn(column == 0 ? 1 : 0,
                    order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
                table.settle();
                const Stall stall = timeToSettled(
                    table, [&] { table.view.sortByColumn(column, order); }, [&] { return true; });
                best = best < 0 ? stall.totalMs : std::min(best, stall.totalMs);
                bestCpu = bestCpu < 0 ? stall.cpuMs : std::min(bestCpu, stall.cpuMs);
                worstStall = std::max(worstStall, stall.longestMs);
            }
            std::printf("sort column %d %s ms %.1f cpu %.1f\n", column,
                order == Qt::AscendingOrder ? "ascending" : "descending", best, bestCpu);
            worst = std::max(worst, best);
            worstCpu = std::max(worstCpu, bestCpu);
        }
    }
    std::printf("sort_ms_max %.1f\n", worst);
    std::printf("sort_stall_ms_max %.1f\n", worstStall);
    std::printf("sort_cpu_ms_max %.1f\n", worstCpu);
    table.view.sortByColumn(int(PreferenceModel::Column::Key), Qt::AscendingOrder);
    table.settle();
}

int measureRows(const QUrl &server, const QString &token, int pageSize, int expected, int runs)
{
    Table table(server, token, pageSize);
    if (!load(table, expected))
        return 1;
    // Loaded and painted: the figure of the table's row.
    std::printf("peak_rss_loaded_mib %.1f\n", LoadBenchmark::peakRssMiB());
    measureFilter(table, runs);
    measureSort(table, runs);
    std::printf("peak_rss_end_mib %.1f\n", LoadBenchmark::peakRssMiB());
    return 0;
}

// --first-paint: the baseline of the start-up, a trivial Qt widgets window.
class TrivialWindow : public QWidget
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QWidget::paintEvent(event);
        if (!m_painted) {
            m_painted = true;
            QTimer::singleShot(0, this, [] {
                std::printf(
                    "first_paint_monotonic_ns %lld\n", static_cast<long long>(monotonicNs()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
    }

private:
    bool m_painted = false;
};

// Starts program with arguments and the first-paint hook; the time from
// just before the start to the paint the program reports, in ms; < 0 on failure.
double startToPaint(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PREFEDITOR_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setStandardErrorFile(QProcess::nullDevice()); // its logging
    const qint64 start = monotonicNs();
    process.start(program, arguments);
    if (!process.waitForFinished(30000)) {
        std::fprintf(stderr, "bench_rows: %s did not finish\n", qPrintable(program));
        process.kill();
        process.waitForFinished();
        return -1;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("first_paint_monotonic_ns "))
            return double(line.mid(25).trimmed().toLongLong() - start) / 1e6;
    }
    std::fprintf(stderr, "bench_rows: %s reported no first paint (exit code %d)\n",
        qPrintable(program), process.exitCode());
    return -1;
}

int measureStartup(const QString &prefeditor, int runs)
{
    QList<double> editor;
    QList<double> trivial;
    for (int i = 0; i < runs; ++i) {
        const double e = startToPaint(prefeditor, {QStringLiteral("--demo")});
        const double t = startToPaint(
            QCoreApplication::applicationFilePath(), {QStringLiteral("--first-paint")});
        if (e < 0 || t < 0)
            return 1;
        editor.append(e);
        trivial.append(t);
    }
    std::printf("startup_ms_best %.1f\n", *std::min_element(editor.cbegin(), editor.cend()));
    std::printf(
        "trivial_startup_ms_best %.1f\n", *std::min_element(trivial.cbegin(), trivial.cend()));
    return 0;
}

int smoke()
{
    constexpr int Rows = 2000;
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("data.json"));
    QString error;
    if (!dir.isValid() || !DataGenerator::write(fileName, Rows, &error)) {
        std::fprintf(stderr, "bench_rows: cannot write the data: %s\n", qPrintable(error));
        return 1;
    }
    ServerOptions options;
    options.dataFile = fileName;
    options.pageSize = 500;
    options.maxPageSize = Rows;
    PrefServer server(options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_rows: prefserver: %s\n", qPrintable(error));
        return 1;
    }
    // The figures mean nothing here (the server shares the event loop, the
    // list is small): only that the benchmark works.
    return measureRows(
        server.baseUrl(), server.issueAccessToken(QStringLiteral("alice")), 500, Rows, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("prefeditor.*.info=false\nprefserver=false\nprefserver.*=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures filtering, sorting, memory and start-up with many rows."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("Base URL."), QStringLiteral("url"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Repetitions."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
        QStringLiteral("limit to ask for while loading."), QStringLiteral("n"),
        QStringLiteral("1000"));
    const QCommandLineOption expect(QStringLiteral("expect"), QStringLiteral("Rows expected."),
        QStringLiteral("n"), QStringLiteral("-1"));
    const QCommandLineOption startup(QStringLiteral("startup"),
        QStringLiteral("Measure prefeditor --demo's start to its first paint."),
        QStringLiteral("prefeditor"));
    const QCommandLineOption firstPaint(
        QStringLiteral("first-paint"), QStringLiteral("A trivial window (the baseline)."));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"), QStringLiteral("2,000 rows against an in-process server."));
    parser.addOptions({serverOption, runs, pageSize, expect, startup, firstPaint, smokeOption});
    parser.process(app);

    if (parser.isSet(firstPaint)) {
        TrivialWindow window;
        window.resize(1200, 800);
        window.show();
        return QApplication::exec();
    }
    const int runCount = std::max(1, parser.value(runs).toInt());
    if (parser.isSet(smokeOption))
        return smoke();
    if (parser.isSet(startup))
        return measureStartup(parser.value(startup), runCount);
    if (!parser.isSet(serverOption))
        parser.showHelp(2);
    const QString token = qEnvironmentVariable("BENCH_TOKEN");
    if (token.isEmpty()) {
        std::fprintf(stderr, "bench_rows: set BENCH_TOKEN\n");
        return 2;
    }
    return measureRows(QUrl(parser.value(serverOption)), token, parser.value(pageSize).toInt(),
        parser.value(expect).toInt(), runCount);
}
