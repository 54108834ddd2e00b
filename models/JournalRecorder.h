#pragma once

#include "ChangeJournal.h"
#include "JournalEntry.h"
#include "Preference.h"

#include <QObject>

class PreferenceWrite;

// Who writes, to whose preferences, and as part of what.
struct JournalContext
{
    UserInfo actor; // the signed-in account
    UserInfo user; // whose preferences
    QString batchId; // the change set; empty for none
    QString undoes; // the journal entry the write undoes; empty for none
};

// Journals writes: watch() listens to a PreferenceWrite's single outcome and
// appends one entry for it to the journal, with the context as it was when
// the write was watched. The editor keeps one per window (PreferenceModel
// watches every write it makes); prefctl one per command.
class JournalRecorder : public QObject
{
    Q_OBJECT

public:
    explicit JournalRecorder(const ChangeJournal &journal, QObject *parent = nullptr);

    ChangeJournal journal() const { return m_journal; }
    // Who writes to whose preferences, for the writes watched from now on.
    void setContext(const JournalContext &context) { m_context = context; }
    JournalContext context() const { return m_context; }

    // write must not have finished. Nothing is recorded when the recorder is
    // destroyed first.
    void watch(PreferenceWrite *write);

    // The entry for a write that has just had its outcome; id and time are new.
    static JournalEntry entryFor(
        const PreferenceWrite &write, JournalEntry::Outcome outcome, const JournalContext &context);

signals:
    void recorded(const JournalEntry &entry);
    // The entry could not be appended; error says why (not translated).
    void recordFailed(const QString &error);

private:
    void record(const JournalEntry &entry);

    ChangeJournal m_journal;
    JournalContext m_context;
};
