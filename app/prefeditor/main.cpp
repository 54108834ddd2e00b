// prefeditor: the desktop editor for a community's user preferences.
#include "EditorApplication.h"

#include <QApplication>
#include <QIcon>

namespace {

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
    return QApplication::exec();
}
