// Appends entries to a change journal, for tst_changejournal's test of two
// processes appending at once:
//     journal_appender DIRECTORY COMMUNITY_URL COUNT WRITER
// Each entry's actor is WRITER, its preference id 1 to COUNT, and its value
// after a string of a few KiB that ends with "WRITER/id". Exits 1 at the
// first append that fails.
#include "ChangeJournal.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 5) {
        std::fputs("usage: journal_appender DIRECTORY COMMUNITY_URL COUNT WRITER\n", stderr);
        return 2;
    }
    const ChangeJournal journal(QUrl(arguments.at(2)), arguments.at(1));
    const int count = arguments.at(3).toInt();
    const QString writer = arguments.at(4);
    const QString filler(4096, QLatin1Char('x'));
    for (int id = 1; id <= count; ++id) {
        JournalEntry entry;
        entry.id = JournalEntry::newId();
        entry.time = QDateTime::currentDateTimeUtc();
        entry.actor = {id, writer};
        entry.user = {1, QStringLiteral("someone")};
        entry.preferenceId = id;
        entry.outcome = JournalEntry::Outcome::Applied;
        entry.keyAfter = QStringLiteral("key");
        entry.valueAfter =
            JsonValue::fromString(filler + writer + QLatin1Char('/') + QString::number(id));
        QString error;
        if (!journal.append(entry, &error)) {
            std::fprintf(stderr, "journal_appender: %s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}
