#include "JournalRecorder.h"

#include "PreferenceWrite.h"

namespace {

JournalUser journalUser(const UserInfo &user)
{
    return JournalUser {user.id, user.username};
}

JournalEntry::Operation journalOperation(PreferenceWrite::Operation operation)
{
    switch (operation) {
    case PreferenceWrite::Operation::Create:
        return JournalEntry::Operation::Create;
    case PreferenceWrite::Operation::Delete:
        return JournalEntry::Operation::Delete;
    case PreferenceWrite::Operation::Patch:
        break;
    }
    return JournalEntry::Operation::Patch;
}

} // namespace

JournalRecorder::JournalRecorder(const ChangeJournal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    qRegisterMetaType<JournalEntry>();
}

void JournalRecorder::watch(PreferenceWrite *write)
{
    using Outcome = JournalEntry::Outcome;
    const JournalContext context = m_context;
    connect(write, &PreferenceWrite::succeeded, this,
        [this, write, context] { record(entryFor(*write, Outcome::Applied, context)); });
    connect(write, &PreferenceWrite::conflicted, this,
        [this, write, context] { record(entryFor(*write, Outcome::Conflict, context)); });
    connect(write, &PreferenceWrite::failed, this, [this, write, context](const ApiError &error) {
        // Only a change whose fate could not be found out may be there.
        const Outcome outcome = error.mayHaveReachedServer() ? Outcome::Uncertain : Outcome::Failed;
        record(entryFor(*write, outcome, context));
    });
}

JournalEntry JournalRecorder::entryFor(
    const PreferenceWrite &write, JournalEntry::Outcome outcome, const JournalContext &context)
{
    JournalEntry entry;
    entry.id = JournalEntry::newId();
    entry.time = QDateTime::currentDateTimeUtc();
    entry.actor = journalUser(context.actor);
    entry.user = journalUser(context.user);
    entry.preferenceId = write.id();
    entry.operation = journalOperation(write.operation());
    entry.outcome = outcome;
    entry.batchId = context.batchId;
    entry.undoes = context.undoes;

    // Before: what the check read; for a conflict, what it found instead.
    if (write.operation() != PreferenceWrite::Operation::Create) {
        const std::optional<Preference> before =
            outcome == JournalEntry::Outcome::Conflict ? write.current() : write.before();
        if (before) {
            entry.keyBefore = before->key;
            entry.valueBefore = before->value;
        }
    }
    if (write.operation() == PreferenceWrite::Operation::Delete)
        return entry; // nothing after
    // After: what the server holds; for a write not applied, what it asked for.
    if (outcome == JournalEntry::Outcome::Applied) {
        const Preference result = write.result();
        entry.keyAfter = result.key;
        entry.valueAfter = result.value;
        entry.updatedAtAfter = result.lastUpdatedAt;
    } else {
        const PreferenceEdit edit = write.edit();
        entry.keyAfter = edit.key ? edit.key : entry.keyBefore;
        entry.valueAfter = edit.value ? edit.value : entry.valueBefore;
    }
    return entry;
}

void JournalRecorder::record(const JournalEntry &entry)
{
    QString error;
    if (!m_journal.append(entry, &error)) {
        qCWarning(lcJournal).noquote() << "cannot journal a write:" << error;
        emit recordFailed(error);
        return;
    }
    emit recorded(entry);
}
