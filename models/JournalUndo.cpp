#include "JournalUndo.h"

#include "PreferenceWrite.h"

namespace {

// The version the entry left behind, as a change set's "current".
Preference leftBehind(const JournalEntry &entry)
{
    Preference preference;
    preference.id = entry.preferenceId;
    preference.userId = entry.user.id;
    preference.key = entry.keyAfter.value_or(QString());
    preference.value = entry.valueAfter.value_or(JsonValue());
    preference.lastUpdatedAt = entry.updatedAtAfter;
    return preference;
}

} // namespace

bool JournalUndo::isUndoable(const JournalEntry &entry)
{
    if (entry.outcome == JournalEntry::Outcome::Failed ||
        entry.outcome == JournalEntry::Outcome::Conflict || entry.user.id <= 0)
        return false;
    switch (entry.operation) {
    case JournalEntry::Operation::Create:
        return entry.preferenceId > 0 && entry.keyAfter && entry.valueAfter;
    case JournalEntry::Operation::Patch:
        return entry.preferenceId > 0 && entry.keyBefore && entry.valueBefore && entry.keyAfter &&
            entry.valueAfter;
    case JournalEntry::Operation::Delete:
        return entry.keyBefore && entry.valueBefore;
    }
    return false;
}

PreferenceWrite *JournalUndo::write(ApiClient *client, const JournalEntry &entry)
{
    const QString user = QString::number(entry.user.id);
    const WriteCondition left {entry.keyAfter, entry.valueAfter, entry.updatedAtAfter};
    switch (entry.operation) {
    case JournalEntry::Operation::Create:
        return PreferenceWrite::remove(client, user, entry.preferenceId, left);
    case JournalEntry::Operation::Delete:
        return PreferenceWrite::create(client, user, *entry.keyBefore, *entry.valueBefore);
    case JournalEntry::Operation::Patch:
        break;
    }
    return PreferenceWrite::patch(
        client, user, entry.preferenceId, entry.keyBefore, entry.valueBefore, left);
}

ChangeSet JournalUndo::changeSet(const QList<JournalEntry> &entries, QList<JournalEntry> *undone)
{
    QList<ChangeSet::Operation> operations;
    for (const JournalEntry &entry : entries) {
        if (!isUndoable(entry))
            continue;
        ChangeSet::Operation operation;
        switch (entry.operation) {
        case JournalEntry::Operation::Create:
            operation = {ChangeSet::Kind::Delete, *entry.keyAfter, leftBehind(entry), std::nullopt};
            break;
        case JournalEntry::Operation::Delete:
            operation = {
                ChangeSet::Kind::Create, *entry.keyBefore, std::nullopt, entry.valueBefore};
            break;
        case JournalEntry::Operation::Patch:
            if (*entry.keyBefore != *entry.keyAfter)
                continue;
            operation = {
                ChangeSet::Kind::Change, *entry.keyAfter, leftBehind(entry), entry.valueBefore};
            break;
        }
        operations.append(operation);
        if (undone)
            undone->append(entry);
    }
    return ChangeSet(operations);
}
