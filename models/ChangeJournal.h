#pragma once

#include "JournalEntry.h"

#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcJournal) // prefeditor.journal

// Which entries ChangeJournal::entries() returns. Empty fields do not filter.
struct JournalFilter
{
    std::optional<qint64> userId; // whose preferences
    QString key; // the key before or after the write, exactly
    QDateTime from; // entries at or after this time
    QDateTime to; // entries before this time
    int limit = 0; // the newest this many; 0 for all
};

// The local journal of one community's writes, by the editor and prefctl
// alike: one JSON Lines file per community (JournalEntry describes a line),
//
//     $XDG_DATA_HOME/prefeditor/journal/<host>-<port>-<hash>.jsonl
//
// (~/.local/share when XDG_DATA_HOME is unset), where hash is the first 16
// hex digits of the SHA-256 of the community's normalized base URL. The
// directory is 0700, the file 0600. Each append holds a QLockFile (the file's
// name and ".lock"), writes one whole line and fsyncs, so that several
// processes can append at once without losing or interleaving lines. A line
// that cannot be read is skipped with a warning.
//
// A value type: copies name the same file.
class ChangeJournal
{
public:
    // $XDG_DATA_HOME/prefeditor/journal (read at each call).
    static QString defaultDirectory();
    // "community.example.org-443-3f2a9c1d7e5b4a60.jsonl"
    static QString fileName(const QUrl &communityUrl);

    explicit ChangeJournal(const QUrl &communityUrl, const QString &directory = defaultDirectory());

    QString filePath() const { return m_path; }

    // Appends entry as one line. False, with *error, when it could not.
    bool append(const JournalEntry &entry, QString *error = nullptr) const;

    // Newest first: the reverse of the order they were appended in.
    // *skipped counts the lines that could not be read.
    QList<JournalEntry> entries(const JournalFilter &filter = {}, int *skipped = nullptr) const;
    std::optional<JournalEntry> find(const QString &id) const;
    // The entries of one change set, newest first: the order to undo them in.
    QList<JournalEntry> entriesOfBatch(const QString &batchId) const;

private:
    QList<JournalEntry> readAll(int *skipped = nullptr) const; // newest first, unfiltered

    QString m_directory;
    QString m_path;
};
