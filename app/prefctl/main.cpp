// prefctl: lists and edits a user's preferences from the command line.
// See docs/prefctl.md.
#include "CtlCommand.h"
#include "CtlOptions.h"
#include "CtlSignIn.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prefctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PREF_VERSION));

    // stderr carries prefctl's own one-line errors only; QT_LOGGING_RULES
    // (e.g. "prefeditor.*.info=true") still turns the library's logs on.
    QLoggingCategory::setFilterRules(QStringLiteral("prefeditor.*=false"));

    QTranslator translator;
    if (translator.load(
            QLocale(), QStringLiteral("prefeditor"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    // Qt's own messages (network errors) in the same language.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    // login and logout (sign-in, the keychain) have options of their own.
    if (CtlSignIn::handles(QCoreApplication::arguments()))
        return CtlSignIn::run(QCoreApplication::arguments());

    CtlOptions options;
    switch (options.parse(QCoreApplication::arguments())) {
    case CtlOptions::Outcome::Help:
        std::fputs(CtlOptions::helpText().toLocal8Bit().constData(), stdout);
        return int(ExitCode::Ok);
    case CtlOptions::Outcome::Version:
        std::printf("prefctl %s\n", PREF_VERSION);
        return int(ExitCode::Ok);
    case CtlOptions::Outcome::Error:
        std::fprintf(stderr, "prefctl: %s\n%s", options.errorText().toLocal8Bit().constData(),
            CtlOptions::usage().toLocal8Bit().constData());
        return int(ExitCode::Usage);
    case CtlOptions::Outcome::Run:
        break;
    }

    CtlCommand command(options);
    return command.exec();
}
