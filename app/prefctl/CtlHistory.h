#pragma once

#include "ChangeJournal.h"
#include "CtlOptions.h"
#include "JournalEntry.h"
#include "Preference.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class ApiClient;
class PreferenceWrite;

// prefctl history and undo, over the journal this computer keeps of the
// writes to the community --server names (ChangeJournal).
class CtlHistory
{
    Q_DECLARE_TR_FUNCTIONS(CtlHistory)

public:
    explicit CtlHistory(const CtlOptions &options);

    // history: the entries that --user, --key and --limit select, newest
    // first: a table for people, its last column cut to width (0: no
    // terminal), or with --json a JSON array of the journal's own objects.
    // *warning is set, translated, when lines of the journal were skipped.
    QByteArray historyOutput(int width, QString *warning) const;

    // undo: the entry ENTRY_ID names, when it can be undone; otherwise
    // nullopt and *error, translated.
    std::optional<JournalEntry> undoableEntry(QString *error) const;

    // The write that undoes entry, unstarted. It writes only if the
    // preference still holds what entry left (key, value by meaning and
    // last_updated_at when recorded); for an entry that deleted, only if the
    // key is free.
    static PreferenceWrite *undoWrite(ApiClient *client, const JournalEntry &entry);
    // The first line of the message for an undo's conflict.
    static QString conflictText(
        const JournalEntry &entry, const std::optional<Preference> &current);

private:
    QString tableText(const QList<JournalEntry> &entries, int width) const;

    CtlOptions m_options;
    ChangeJournal m_journal;
};
