// bench_bigvalue: how the preference editor dialog copes with big values,
// measured on the real PreferenceEditorDialog (offscreen):
//   open_1mb          opening on a 1 MB value until the dialog is usable
//                     (shown, text set, the first screen coloured, the
//                     posted events handled)
//   key_1mb           one keystroke in the JSON text of a 1 MB value: the
//                     key event handled and the repaint done
//   key_1mb_after     the longest stall of the event loop after it, while the
//                     pause ends, the value is validated and the tree and the
//                     Changes view follow
//   longline_insert   a 200,000-character line: put into the text (it is
//   longline_key      coloured around the columns in view), a keystroke in
//   longline_scroll_end it, End (the colours follow the view)
//   tree_open         a value of 10,000 members on the Tree tab
//   tree_expand       expanding all its top-level members at once
//   tree_scroll       the longest Page Down / End / Home through the tree
//   type_5mb_stall    the longest stall of the event loop while typing into
//                     a 5 MB value (keys, pauses, validation, the tree)
//
//   bench_bigvalue [--runs N] [--part NAME]
//                                measure (use a Release build); NAME is one
//                                of open, key, longline, tree, type
//   bench_bigvalue --smoke       small values: checks that every measure works
//
// Figures go to stdout as "name value_ms" lines. BENCH_TRACE=1 prints every
// stall over 10 ms to stderr.

#include "BenchClock.h"
#include "JsonHighlighter.h"
#include "JsonTextEdit.h"
#include "PreferenceEditorDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

bool failed = false;

// A measure that did not work: said, and the exit code is 1.
void fail(const char *what)
{
    std::fprintf(stderr, "bench_bigvalue: %s\n", what);
    failed = true;
}

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Wall-clock and this thread's CPU time since start(): on a shared machine
// the two differ by the time spent waiting for a core.
class Stopwatch
{
public:
    Stopwatch() { start(); }
    void start()
    {
        m_wall.start();
        m_cpu = threadCpuNs();
    }
    double ms() const { return msSince(m_wall); }
    double cpuMs() const { return double(threadCpuNs() - m_cpu) / 1e6; }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

// The longest gap between two ticks of a 1 ms timer while the event loop
// runs, and the CPU time this thread used in the worst gap (a gap with little
// CPU time waited for a core: the machine is shared).
class StallMonitor
{
public:
    StallMonitor()
    {
        m_heartbeat.setTimerType(Qt::PreciseTimer);
        m_heartbeat.setInterval(1);
        QObject::connect(&m_heartbeat, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_longestNs = 0;
        m_longestCpuNs = 0;
        m_sinceTick.start();
        m_cpuAtTick = threadCpuNs();
        m_heartbeat.start();
    }
    void stop()
    {
        tick();
        m_heartbeat.stop();
    }
    double longestMs() const { return double(m_longestNs) / 1e6; }
    double longestCpuMs() const { return double(m_longestCpuNs) / 1e6; }

private:
    void tick()
    {
        const qint64 gap = m_sinceTick.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (gap > m_longestNs) {
            m_longestNs = gap;
            m_longestCpuNs = cpu - m_cpuAtTick;
        }
        if (m_trace && gap > 10000000)
            std::fprintf(stderr, "stall %.1f ms (%.1f ms CPU)\n", double(gap) / 1e6,
                double(cpu - m_cpuAtTick) / 1e6);
        m_sinceTick.restart();
        m_cpuAtTick = cpu;
    }

    QTimer m_heartbeat;
    QElapsedTimer m_sinceTick;
    qint64 m_cpuAtTick = 0;
    qint64 m_longestNs = 0;
    qint64 m_longestCpuNs = 0;
    const bool m_trace = qEnvironmentVariableIntValue("BENCH_TRACE") != 0;
};

// Runs the event loop until done() or the time is up; false on time-out.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// Handles what is posted now (layouts, repaints), without waiting for timers.
void flushPosted()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

JsonValue parsed(const QString &text)
{
    JsonParseError error;
    const std::optional<JsonValue> value = JsonValue::parse(text, &error);
    if (!value) {
        fail("a generated value does not parse");
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return JsonValue::object();
    }
    return *value;
}

// A value of about `bytes` bytes when pretty-printed: a profile and a list of
// items with every JSON type in them.
JsonValue bigValue(qsizetype bytes)
{
    const auto build = [](int items) {
        QString text =
            QStringLiteral(R"({"profile": {"name": "Ada", "theme": "dark"}, "items": [)");
        for (int i = 0; i < items; ++i) {
            if (i > 0)
                text += u',';
            text += QStringLiteral(R"({"id": %1, "name": "item number %1", "enabled": %2, )"
                                   R"("score": %3.25, "tags": ["alpha", "beta"], "note": null})")
                        .arg(i)
                        .arg(i % 2 ? QStringLiteral("true") : QStringLiteral("false"))
                        .arg(i % 97);
        }
        text += QStringLiteral("]}");
        return parsed(text);
    };
    // One guess, measured, then the number of items that makes the size.
    const int guess = 1000;
    const qsizetype guessBytes = build(guess).toJson(JsonValue::Format::Pretty).size();
    return build(int(qMax<qsizetype>(1, guess * bytes / guessBytes)));
}

// An object of `members` members, each a small object.
JsonValue wideValue(int members)
{
    QString text = QStringLiteral("{");
    for (int i = 0; i < members; ++i) {
        if (i > 0)
            text += u',';
        text += QStringLiteral(R"("member_%1": {"enabled": %2, "count": %3, "label": "label %3"})")
                    .arg(i, 5, 10, QLatin1Char('0'))
                    .arg(i % 3 ? QStringLiteral("true") : QStringLiteral("false"))
                    .arg(i);
    }
    text += u'}';
    return parsed(text);
}

// A compact array of `chars` characters on one line, with every token kind.
QString longLine(int chars)
{
    QString text = QStringLiteral("[");
    for (int i = 0; text.size() < chars - 80; ++i) {
        if (i > 0)
            text += u',';
        text += QStringLiteral(R"({"id":%1,"on":true,"name":"n%1","v":null})").arg(i);
    }
    text += u']';
    return text;
}

Preference preferenceOf(const JsonValue &value)
{
    Preference p;
    p.id = 1;
    p.userId = 1;
    p.key = QStringLiteral("big_value");
    p.value = value;
    p.createdAt = QDateTime::currentDateTimeUtc();
    p.lastUpdatedAt = p.createdAt;
    return p;
}

struct Dialog
{
    std::unique_ptr<PreferenceEditorDialog> dialog;
    JsonTextEdit *edit = nullptr;
    QTabWidget *tabs = nullptr;
    QTreeView *tree = nullptr;
};

// Whether every block the view shows is coloured.
bool screenColoured(JsonTextEdit *edit)
{
    return !edit->highlighter()->isPending(edit->cursorForPosition(QPoint(0, 0)).block(),
        edit->cursorForPosition(QPoint(edit->viewport()->width(), edit->viewport()->height()))
            .block());
}

// Opens the dialog and returns once it is usable; *ms is how long it took.
Dialog open(const JsonValue &value, double *ms = nullptr, double *cpuMs = nullptr)
{
    Stopwatch clock;
    Dialog d;
    d.dialog = std::make_unique<PreferenceEditorDialog>(nullptr, preferenceOf(value));
    const double constructed = clock.ms();
    d.dialog->resize(900, 700);
    d.dialog->show();
    const double shown = clock.ms();
    d.edit = d.dialog->findChild<JsonTextEdit *>(QStringLiteral("valueEdit"));
    d.tabs = d.dialog->findChild<QTabWidget *>(QStringLiteral("tabs"));
    d.tree = d.dialog->findChild<QTreeView *>(QStringLiteral("jsonTree"));
    if (!QTest::qWaitForWindowExposed(d.dialog.get()))
        fail("the dialog was not exposed");
    const double exposed = clock.ms();
    flushPosted();
    const double flushed = clock.ms();
    waitUntil([&] { return screenColoured(d.edit); });
    if (ms)
        *ms = clock.ms();
    if (cpuMs)
        *cpuMs = clock.cpuMs();
    if (qEnvironmentVariableIntValue("BENCH_TRACE"))
        std::fprintf(stderr, "open: constructed %.1f, shown %.1f, exposed %.1f, flushed %.1f ms\n",
            constructed, shown, exposed, flushed);
    return d;
}

// Shows the JSON page with the cursor inside a string in the middle.
void showJsonText(Dialog &d)
{
    d.tabs->setCurrentWidget(d.dialog->findChild<QWidget *>(QStringLiteral("jsonPage")));
    d.edit->setFocus();
    QTextCursor cursor = d.edit->document()->find(
        QStringLiteral("item number"), d.edit->document()->characterCount() / 2);
    if (cursor.isNull())
        cursor = QTextCursor(d.edit->document()->findBlockByNumber(1));
    cursor.clearSelection();
    d.edit->setTextCursor(cursor);
    d.edit->centerCursor();
    flushPosted();
    waitUntil([&] {
        return !d.edit->isFilling() && screenColoured(d.edit) && !d.edit->highlighter()->isBusy();
    });
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void print(const char *name, const QList<double> &values)
{
    std::printf("%s", name);
    for (double v : values)
        std::printf(" %.1f", v);
    std::printf("\n%s_median %.1f\n%s_max %.1f\n", name, median(values), name,
        values.isEmpty() ? 0.0 : *std::max_element(values.cbegin(), values.cend()));
    std::fflush(stdout);
}

void print(const char *name, double value)
{
    std::printf("%s %.1f\n", name, value);
    std::fflush(stdout);
}

struct Sizes
{
    QString part; // only this measure (open, key, longline, tree, type); empty: all
    qsizetype oneMb = 1000 * 1000;
    int longLine = 200000;
    int members = 10000;
    qsizetype fiveMb = 5 * 1000 * 1000;
    int runs = 5;
    int keys = 30;
    bool wants(const char *name) const { return part.isEmpty() || part == QLatin1String(name); }
};

int measure(const Sizes &sizes)
{
    StallMonitor monitor;

    // Opening on 1 MB.
    const JsonValue oneMb = bigValue(sizes.oneMb);
    print("value_1mb_bytes", double(oneMb.toJson(JsonValue::Format::Pretty).size()));
    QList<double> opens;
    QList<double> opensCpu;
    for (int i = 0; sizes.wants("open") && i < sizes.runs; ++i) {
        double ms = 0;
        double cpu = 0;
        Dialog d = open(oneMb, &ms, &cpu);
        opens.append(ms);
        opensCpu.append(cpu);
        monitor.start();
        QElapsedTimer clock;
        clock.start();
        waitUntil([&] { return !d.edit->isFilling() && !d.edit->highlighter()->isBusy(); });
        monitor.stop();
        if (i == 0) {
            print("open_1mb_colour_all", msSince(clock));
            print("open_1mb_colour_stall", monitor.longestMs());
            print("open_1mb_colour_stall_cpu", monitor.longestCpuMs());
        }
    }
    if (!opens.isEmpty()) {
        print("open_1mb", opens);
        print("open_1mb_cpu", opensCpu);
    }

    // Keystrokes in 1 MB.
    if (sizes.wants("key")) {
        Dialog d = open(oneMb);
        showJsonText(d);
        QList<double> keys;
        QList<double> keysCpu;
        QList<double> after;
        double afterCpu = 0;
        for (int i = 0; i < sizes.keys; ++i) {
            Stopwatch clock;
            QTest::keyClick(d.edit, Qt::Key(Qt::Key_A + i % 26), Qt::NoModifier);
            flushPosted();
            keys.append(clock.ms());
            keysCpu.append(clock.cpuMs());
            if (i % 5 == 4) { // a pause: the value is validated and the pages follow
                monitor.start();
                QTest::qWait(400);
                monitor.stop();
                after.append(monitor.longestMs());
                afterCpu = std::max(afterCpu, monitor.longestCpuMs());
            }
        }
        if (!d.dialog->value() || d.dialog->value()->size() != oneMb.size())
            fail("the 1 MB value did not stay valid");
        print("key_1mb", keys);
        print("key_1mb_cpu", keysCpu);
        print("key_1mb_after", after);
        print("key_1mb_after_cpu", afterCpu);
    }

    // A line of 200,000 characters (Compact on a value, or a draft of one
    // line): put in, typed into, scrolled to its end. It is coloured around
    // the columns in view.
    if (sizes.wants("longline")) {
        const QString line = longLine(sizes.longLine);
        Dialog d = open(parsed(QStringLiteral("{\"a\": 1}")));
        showJsonText(d);
        const auto colouredNear = [&](int column) {
            const QTextBlock block = d.edit->document()->firstBlock();
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.start <= column + 300 && range.start + range.length >= column - 300)
                    return true;
            }
            return false;
        };
        Stopwatch clock;
        d.dialog->restoreDraft(QStringLiteral("big_value"), line);
        showJsonText(d); // a valid value opens on the tree: back to the text
        d.edit->moveCursor(QTextCursor::Start);
        flushPosted();
        print("longline_insert", clock.ms());
        print("longline_insert_cpu", clock.cpuMs());
        print("longline_chars", double(d.edit->document()->firstBlock().length() - 1));
        if (!colouredNear(10))
            fail("the long line's start was not coloured");

        QList<double> keys;
        QList<double> keysCpu;
        for (int i = 0; i < 5; ++i) {
            clock.start();
            QTest::keyClick(d.edit, Qt::Key_Space);
            flushPosted();
            keys.append(clock.ms());
            keysCpu.append(clock.cpuMs());
        }
        print("longline_key", keys);
        print("longline_key_cpu", keysCpu);

        clock.start();
        QTest::keyClick(d.edit, Qt::Key_End);
        flushPosted();
        print("longline_scroll_end", clock.ms());
        print("longline_scroll_end_cpu", clock.cpuMs());
        if (!colouredNear(sizes.longLine - 50))
            fail("the long line's end was not coloured once in view");
        monitor.start();
        QTest::qWait(300);
        monitor.stop();
        print("longline_stall_after", monitor.longestMs());
    }

    // The tree on 10,000 members.
    if (sizes.wants("tree")) {
        const JsonValue wide = wideValue(sizes.members);
        double ms = 0;
        double cpu = 0;
        Dialog d = open(wide, &ms, &cpu);
        print("tree_open", ms);
        print("tree_open_cpu", cpu);
        d.tree->setFocus();
        Stopwatch clock;
        // '*' on the top-level row: everything below it, expanded.
        const QModelIndex root = d.tree->model()->index(0, 0);
        d.tree->setCurrentIndex(root);
        QTest::keyClick(d.tree, Qt::Key_Asterisk);
        flushPosted();
        if (!d.tree->isExpanded(d.tree->model()->index(sizes.members - 1, 0, root)))
            fail("the tree's members were not expanded");
        print("tree_expand", clock.ms());
        print("tree_expand_cpu", clock.cpuMs());
        QList<double> scrolls;
        QList<double> scrollsCpu;
        const auto scroll = [&](const std::function<void()> &step) {
            clock.start();
            step();
            flushPosted();
            scrolls.append(clock.ms());
            scrollsCpu.append(clock.cpuMs());
        };
        for (const Qt::Key key : {Qt::Key_End, Qt::Key_Home})
            scroll([&] { QTest::keyClick(d.tree, key); });
        for (int i = 0; i < 40; ++i)
            scroll([&] { QTest::keyClick(d.tree, Qt::Key_PageDown); });
        scroll([&] {
            d.tree->verticalScrollBar()->setValue(d.tree->verticalScrollBar()->maximum() / 2);
        });
        print("tree_rows", double(d.tree->model()->rowCount(root)));
        print("tree_scroll", scrolls);
        print("tree_scroll_cpu", scrollsCpu);
    }

    // Typing into 5 MB.
    if (sizes.wants("type")) {
        const JsonValue fiveMb = bigValue(sizes.fiveMb);
        print("value_5mb_bytes", double(fiveMb.toJson(JsonValue::Format::Pretty).size()));
        Dialog d = open(fiveMb);
        showJsonText(d);
        monitor.start();
        for (int burst = 0; burst < 3; ++burst) {
            for (int i = 0; i < 8; ++i) {
                QTest::keyClick(d.edit, Qt::Key(Qt::Key_A + i), Qt::NoModifier);
                QTest::qWait(40);
            }
            QTest::qWait(600); // the pause: validation, and the pages follow
        }
        // And one syntax error, which is found and shown.
        QTest::keyClick(d.edit, Qt::Key_QuoteDbl);
        QTest::qWait(600);
        monitor.stop();
        if (!d.dialog->parseError().isValid())
            fail("the 5 MB value's error was not found");
        print("type_5mb_stall", monitor.longestMs());
        print("type_5mb_stall_cpu", monitor.longestCpuMs());
    }
    return failed ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Big values in the preference editor dialog"));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Runs of the opening measure."), QStringLiteral("N"));
    const QCommandLineOption partOption(QStringLiteral("part"),
        QStringLiteral("Only one measure: open, key, longline, tree or type."),
        QStringLiteral("NAME"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"), QStringLiteral("Small values: checks that the benchmark works."));
    parser.addOptions({runsOption, partOption, smokeOption});
    parser.process(app);

    Sizes sizes;
    if (parser.isSet(smokeOption)) {
        sizes.oneMb = 50 * 1000;
        sizes.longLine = 30000;
        sizes.members = 300;
        sizes.fiveMb = 100 * 1000;
        sizes.runs = 1;
        sizes.keys = 6;
    } else if (parser.isSet(runsOption)) {
        sizes.runs = qMax(1, parser.value(runsOption).toInt());
    }
    sizes.part = parser.value(partOption);
    return measure(sizes);
}
