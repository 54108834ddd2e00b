// prefeditor: the desktop editor for a community's user preferences.
#include "EditorApplication.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PrefEditor"));
    QApplication::setOrganizationDomain(QStringLiteral("prefeditor.example.org"));
    QApplication::setApplicationName(QStringLiteral("prefeditor"));
    QApplication::setApplicationVersion(QStringLiteral(PREF_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.example.PrefEditor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/prefeditor.svg")));

    EditorApplication editor;
    editor.installTranslators(QCoreApplication::arguments());
    int exitCode = 0;
    if (!editor.start(QCoreApplication::arguments(), &exitCode))
        return exitCode;
    return QApplication::exec();
}
