#pragma once

#include "ApiClient.h"
#include "ChangeSetApplier.h"
#include "JournalEntry.h"
#include "JournalRecorder.h"
#include "Preference.h"
#include "PreferenceWrite.h"

#include <QList>
#include <QObject>
#include <QPointer>

// Carries out undos of journal entries for the main window: one entry with
// its own write (JournalUndo::write), a batch as one change set
// (JournalUndo::changeSet, ChangeSetApplier). Each undo is journaled with
// the recorder, with "undoes" naming the entry it undoes (a batch's undo is
// a batch of its own). It writes only if the preference still holds what the
// entry left; otherwise finished() tells the conflict and what it holds now.
//
// It also keeps this session's changes (the entries the recorder records
// that an undo can act on), newest last, for Edit > Undo Last Change.
class HistoryUndo : public QObject
{
    Q_OBJECT

public:
    HistoryUndo(ApiClient *client, const UserInfo &account, QObject *parent = nullptr);

    // The recorder that journals the undos, and whose entries are this
    // session's changes (not owned; may be null: no undo then).
    void setRecorder(JournalRecorder *recorder);
    JournalRecorder *recorder() const { return m_recorder; }

    bool isBusy() const;
    // The entries of this session's last change that can still be undone:
    // one entry, or every entry of its batch (newest first). Empty for none.
    QList<JournalEntry> lastSessionChange() const;

    // Start an undo; false when one is running or no recorder is set.
    bool undoEntry(const JournalEntry &entry);
    bool undoBatch(const QList<JournalEntry> &entries);

signals:
    // applied: every write of the undo was applied. message is translated.
    void finished(bool applied, const QString &message, qint64 userId);
    void busyChanged(bool busy);

private:
    void onRecorded(const JournalEntry &entry);
    void onWriteEnded(const JournalEntry &entry, PreferenceWrite *write, int outcome);
    void onBatchFinished(qint64 userId, const QList<JournalEntry> &undone);

    QPointer<ApiClient> m_client;
    UserInfo m_account;
    QPointer<JournalRecorder> m_recorder;
    QPointer<PreferenceWrite> m_write;
    QPointer<ChangeSetApplier> m_applier;
    QList<JournalEntry> m_session; // newest last
};
