#pragma once

#include "JsonValue.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

// A person in the journal: an id and a username, nothing else (never a
// token, a password or an e-mail address).
struct JournalUser
{
    qint64 id = 0;
    QString username;

    // The username, or the id when the username is not known.
    QString displayName() const { return username.isEmpty() ? QString::number(id) : username; }
};

// One write in the change journal (ChangeJournal), one JSON line:
//
//   {"id":"<uuid>","time":"2024-11-27T10:11:52.120Z",
//    "actor":{"id":1,"username":"support"},"user":{"id":3,"username":"bob"},
//    "preference_id":13,"operation":"patch","outcome":"applied",
//    "key_before":"theme","value_before":"light",
//    "key_after":"theme","value_after":"dark",
//    "updated_at_after":"2024-11-27T10:11:52.118Z"}
//
// and, when set, "batch" and "undoes". "operation" is "create", "patch" or
// "delete"; "outcome" is "applied", "failed", "conflict" or "uncertain".
// Values are the preference's JSON as the server holds it, numbers exactly
// as written. A field left out is not known or does not apply: a create has
// nothing before it, a delete nothing after it. For a write that was not
// applied, "after" is what it asked for; for a conflict, "before" is what it
// found instead of what it expected.
struct JournalEntry
{
    // What was sent. An undo is one of these too, with undoes set.
    enum class Operation { Create, Patch, Delete };
    enum class Outcome {
        Applied, // the server holds the change
        Failed, // nothing was written
        Conflict, // nothing was written: the preference was not as expected
        Uncertain, // the answer was lost and whether it was applied is unknown
    };

    QString id; // unique: a UUID (newId())
    QDateTime time; // UTC, when the outcome was known
    JournalUser actor; // who wrote
    JournalUser user; // whose preference
    qint64 preferenceId = 0; // 0 for a create that did not happen
    Operation operation = Operation::Patch;
    Outcome outcome = Outcome::Failed;
    std::optional<QString> keyBefore;
    std::optional<JsonValue> valueBefore;
    std::optional<QString> keyAfter;
    std::optional<JsonValue> valueAfter;
    QDateTime updatedAtAfter; // last_updated_at the write left; invalid when unknown
    QString batchId; // the change set the write belongs to; empty for none
    QString undoes; // the id of the entry this write undoes; empty for none

    static QString newId();

    // The JSON line's object. fromJson refuses objects that lack id, time,
    // actor, user, operation or outcome, or hold a field of the wrong type.
    JsonValue toJson() const;
    static std::optional<JournalEntry> fromJson(const JsonValue &object, QString *error = nullptr);
};

Q_DECLARE_METATYPE(JournalEntry)
