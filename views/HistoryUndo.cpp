#include "HistoryUndo.h"

#include "ApiClient.h"
#include "ChangeSetApplier.h"
#include "JournalModel.h"
#include "JournalRecorder.h"
#include "JournalUndo.h"
#include "PreferenceWrite.h"

namespace {

enum Outcome { Applied, Conflicted, Failed };

UserInfo userOf(const JournalEntry &entry)
{
    UserInfo user;
    user.id = entry.user.id;
    user.username = entry.user.username;
    return user;
}

} // namespace

HistoryUndo::HistoryUndo(ApiClient *client, const UserInfo &account, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_account(account)
{ }

bool HistoryUndo::isBusy() const
{
    return m_write || m_applier;
}

void HistoryUndo::setRecorder(JournalRecorder *recorder)
{
    if (m_recorder)
        disconnect(m_recorder, nullptr, this, nullptr);
    m_recorder = recorder;
    if (recorder)
        connect(recorder, &JournalRecorder::recorded, this, &HistoryUndo::onRecorded);
}

void HistoryUndo::onRecorded(const JournalEntry &entry)
{
    if (entry.outcome != JournalEntry::Outcome::Applied)
        return;
    if (!entry.undoes.isEmpty()) { // undone: no longer this session's to undo
        m_session.removeIf([&entry](const JournalEntry &e) { return e.id == entry.undoes; });
        return;
    }
    if (entry.actor.id == m_account.id && JournalUndo::isUndoable(entry))
        m_session.append(entry);
}

QList<JournalEntry> HistoryUndo::lastSessionChange() const
{
    if (m_session.isEmpty())
        return {};
    const JournalEntry &last = m_session.constLast();
    if (last.batchId.isEmpty())
        return {last};
    QList<JournalEntry> batch;
    for (auto it = m_session.crbegin(); it != m_session.crend(); ++it) {
        if (it->batchId == last.batchId)
            batch.append(*it);
    }
    return batch;
}

bool HistoryUndo::undoEntry(const JournalEntry &entry)
{
    if (isBusy() || !m_recorder || !m_client || !JournalUndo::isUndoable(entry))
        return false;
    PreferenceWrite *write = JournalUndo::write(m_client, entry);
    m_write = write;
    const JournalContext context = m_recorder->context();
    m_recorder->setContext({m_account, userOf(entry), {}, entry.id});
    m_recorder->watch(write);
    m_recorder->setContext(context);
    connect(write, &PreferenceWrite::succeeded, this,
        [this, entry, write] { onWriteEnded(entry, write, Applied); });
    connect(write, &PreferenceWrite::conflicted, this,
        [this, entry, write] { onWriteEnded(entry, write, Conflicted); });
    connect(write, &PreferenceWrite::failed, this,
        [this, entry, write] { onWriteEnded(entry, write, Failed); });
    write->start();
    emit busyChanged(true);
    return true;
}

void HistoryUndo::onWriteEnded(const JournalEntry &entry, PreferenceWrite *write, int outcome)
{
    const QString key = JournalModel::keyText(entry);
    const QString user = entry.user.displayName();
    QString message;
    if (outcome == Applied) {
        message = tr("Undone: the change to \u201c%1\u201d of %2.").arg(key, user);
    } else if (outcome == Failed) {
        message = tr("The change to \u201c%1\u201d of %2 was not undone. %3")
                      .arg(key, user, write->error().toUserString());
    } else if (entry.operation == JournalEntry::Operation::Delete) {
        message = tr("Not undone: the key \u201c%1\u201d of %2 is in use again, holding %3. "
                     "Nothing was written.")
                      .arg(key, user,
                          write->current() ? write->current()->value.toCompactString() : QString());
    } else if (!write->current()) {
        message = tr("Not undone: \u201c%1\u201d of %2 no longer exists. Nothing was written.")
                      .arg(key, user);
    } else {
        message = tr("Not undone: \u201c%1\u201d of %2 has changed since; it now holds %3. "
                     "Nothing was written.")
                      .arg(key, user, write->current()->value.toCompactString());
    }
    m_write.clear();
    emit finished(outcome == Applied, message, entry.user.id);
    emit busyChanged(false);
}

bool HistoryUndo::undoBatch(const QList<JournalEntry> &entries)
{
    if (isBusy() || !m_recorder || !m_client || entries.isEmpty())
        return false;
    QList<JournalEntry> undone;
    const ChangeSet changes = JournalUndo::changeSet(entries, &undone);
    if (changes.size() == 0)
        return false;
    const qint64 userId = entries.constFirst().user.id;
    auto *applier = new ChangeSetApplier(m_client, QString::number(userId), changes, this);
    m_applier = applier;
    connect(applier, &ChangeSetApplier::writeStarted, this,
        [this, undone](PreferenceWrite *write, const QString &batchId, int operation) {
            if (!m_recorder)
                return;
            const JournalEntry &entry = undone.at(operation);
            const JournalContext context = m_recorder->context();
            m_recorder->setContext({m_account, userOf(entry), batchId, entry.id});
            m_recorder->watch(write);
            m_recorder->setContext(context);
        });
    connect(applier, &ChangeSetApplier::finished, this,
        [this, userId, undone] { onBatchFinished(userId, undone); });
    applier->start();
    emit busyChanged(true);
    return true;
}

void HistoryUndo::onBatchFinished(qint64 userId, const QList<JournalEntry> &undone)
{
    ChangeSetApplier *applier = m_applier;
    m_applier.clear();
    const int applied = applier->count(ChangeSetApplier::Status::Applied);
    QStringList notDone;
    for (int i = 0; i < applier->results().size(); ++i) {
        const ChangeSetApplier::Result &result = applier->results().at(i);
        const QString key =
            undone.at(i).keyAfter.value_or(undone.at(i).keyBefore.value_or(QString()));
        if (result.status == ChangeSetApplier::Status::Conflict) {
            notDone.append(result.current ? tr("\u201c%1\u201d has changed since; it now holds %2")
                                                .arg(key, result.current->value.toCompactString())
                                          : tr("\u201c%1\u201d no longer exists").arg(key));
        } else if (result.status == ChangeSetApplier::Status::Failed) {
            notDone.append(tr("\u201c%1\u201d failed: %2").arg(key, result.error.toUserString()));
        }
    }
    QString message = tr("Undid %n change(s) of the batch.", nullptr, applied);
    if (!notDone.isEmpty()) {
        message += QLatin1Char(' ') +
            tr("Not undone, nothing written to them: %1.").arg(notDone.join(QStringLiteral("; ")));
    }
    applier->deleteLater();
    emit finished(notDone.isEmpty(), message, userId);
    emit busyChanged(false);
}
