// prefeditor: the desktop editor for a community's user preferences.
#include "EditorApplication.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>
#include <QWidget>

#include <cstdio>

#include <time.h>

namespace {

// The start-up benchmark's hook (tests/benchmarks/bench_rows --startup,
// docs/benchmarks.md): with PREFEDITOR_EXIT_AFTER_FIRST_PAINT=1 in the
// environment, once the main window has painted for the first time the
// editor prints "first_paint_monotonic_ns N" (CLOCK_MONOTONIC) on stdout and
// exits. It prints nothing else and changes nothing else.
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window()->inherits("MainWindow")) {
            m_seen = true;
            // After the whole window's paint, in the next pass of the loop.
            QTimer::singleShot(0, this, [] {
                struct timespec now = {};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::printf("first_paint_monotonic_ns %lld\n",
                    static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    bool m_seen = false;
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PrefEditor"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("prefeditor.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("prefeditor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PREF_VERSION));
}

// --help and --version answer on a terminal without a display, so they are
// handled before a QApplication (which needs one) exists.
bool asksForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    int exitCode = 0;
    if (asksForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        EditorApplication editor;
        editor.installTranslators(QCoreApplication::arguments());
        if (!editor.parseArguments(QCoreApplication::arguments(), &exitCode))
            return exitCode;
        // e.g. "--lang --help": "--help" was a value; a real start after all.
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("io.github.prefeditor.PrefEditor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/prefeditor.svg")));

    EditorApplication editor;
    QObject::connect(&editor, &EditorApplication::quitRequested, &app, &QCoreApplication::exit);
    editor.installTranslators(QCoreApplication::arguments());
    if (!editor.parseArguments(QCoreApplication::arguments(), &exitCode) ||
        !editor.start(&exitCode))
        return exitCode;
    if (qEnvironmentVariableIntValue("PREFEDITOR_EXIT_AFTER_FIRST_PAINT") == 1)
        app.installEventFilter(new FirstPaintProbe(&app));
    return QApplication::exec();
}
