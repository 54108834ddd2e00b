#pragma once

#include "ChangeSet.h"
#include "JournalEntry.h"

#include <QList>

class ApiClient;
class PreferenceWrite;

// The inverse of journaled writes, shared by prefctl undo and the editor's
// History panel. Pure apart from building the (unstarted) write: no
// messages, no journal.
//
// Every undo writes only if the preference still holds what the entry left
// (its key, its value by meaning and last_updated_at when recorded); for an
// entry that deleted, only if the key is free. Otherwise the write or the
// change set's operation ends in a conflict and nothing is written.
class JournalUndo
{
public:
    // The entry changed something (applied or uncertain) and records what it
    // takes to undo it: whose preference, its id, and the key and value
    // before and after as the operation needs them.
    static bool isUndoable(const JournalEntry &entry);

    // The write that undoes entry, unstarted, a child of client: a patch
    // back to the old key and value, a create of what was deleted (with a
    // new id), a delete of what was created. entry must be undoable.
    static PreferenceWrite *write(ApiClient *client, const JournalEntry &entry);

    // The undo of several entries of one user (a batch, newest first) as
    // one change set, one operation per undoable entry, in the order given;
    // *undone (optional) receives the entry each operation undoes. A patch
    // that renamed cannot be part of a change set and is left out, like an
    // entry that is not undoable.
    static ChangeSet changeSet(
        const QList<JournalEntry> &entries, QList<JournalEntry> *undone = nullptr);
};
