#include "ChangeSetApplier.h"

#include "ApiClient.h"
#include "PreferenceWrite.h"

#include <QUuid>

#include <algorithm>
#include <utility>

namespace {

// By ChangeSetApplier::Status.
const char *const StatusNames[] = {
    QT_TRANSLATE_NOOP("ChangeSetApplier", "pending"),
    QT_TRANSLATE_NOOP("ChangeSetApplier", "running"),
    QT_TRANSLATE_NOOP("ChangeSetApplier", "unchanged"),
    QT_TRANSLATE_NOOP("ChangeSetApplier", "applied"),
    QT_TRANSLATE_NOOP("ChangeSetApplier", "conflict"),
    QT_TRANSLATE_NOOP("ChangeSetApplier", "failed"),
    QT_TRANSLATE_NOOP("ChangeSetApplier", "cancelled"),
};

} // namespace

ChangeSetApplier::ChangeSetApplier(
    ApiClient *client, const QString &user, const ChangeSet &changes, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_user(user)
    , m_changes(changes)
    , m_batchId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_results(changes.size())
{
    const QList<ChangeSet::Operation> &operations = m_changes.operations();
    for (int i = 0; i < operations.size(); ++i) {
        if (operations.at(i).writes())
            m_queue.append(i);
        else
            m_results[i].status = Status::Unchanged;
    }
}

ChangeSetApplier::~ChangeSetApplier() = default;

int ChangeSetApplier::count(Status status) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
        [status](const Result &result) { return result.status == status; }));
}

QString ChangeSetApplier::statusId(Status status)
{
    return QLatin1String(StatusNames[int(status)]);
}

QString ChangeSetApplier::statusName(Status status)
{
    return tr(StatusNames[int(status)]);
}

void ChangeSetApplier::start()
{
    if (std::exchange(m_started, true))
        return;
    // From the event loop, like every signal after it.
    QMetaObject::invokeMethod(this, &ChangeSetApplier::startMore, Qt::QueuedConnection);
}

void ChangeSetApplier::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    for (; m_next < m_queue.size(); ++m_next) {
        const int operation = m_queue.at(m_next);
        m_results[operation].status = Status::Cancelled;
        emit operationFinished(operation);
    }
    if (m_started && m_running == 0)
        QMetaObject::invokeMethod(this, &ChangeSetApplier::finishWhenDone, Qt::QueuedConnection);
}

void ChangeSetApplier::startMore()
{
    while (!m_cancelled && m_running < MaxWritesInFlight && m_next < m_queue.size())
        startWrite(m_queue.at(m_next++));
    finishWhenDone();
}

void ChangeSetApplier::finishWhenDone()
{
    if (m_finished || m_running > 0 || m_next < m_queue.size())
        return;
    m_finished = true;
    emit finished();
}

PreferenceWrite *ChangeSetApplier::writeFor(const ChangeSet::Operation &operation) const
{
    Q_ASSERT(operation.kind == ChangeSet::Kind::Create || operation.current);
    Q_ASSERT(operation.kind == ChangeSet::Kind::Delete || operation.value);
    const Preference current = operation.current.value_or(Preference());
    const JsonValue value = operation.value.value_or(JsonValue());
    switch (operation.kind) {
    case ChangeSet::Kind::Create:
        return PreferenceWrite::create(m_client, m_user, operation.key, value);
    case ChangeSet::Kind::Change:
        return PreferenceWrite::patch(
            m_client, m_user, current.id, std::nullopt, value, WriteCondition::fromBase(current));
    case ChangeSet::Kind::Delete:
        return PreferenceWrite::remove(
            m_client, m_user, current.id, WriteCondition::fromBase(current));
    case ChangeSet::Kind::Unchanged:
        break;
    }
    return nullptr;
}

void ChangeSetApplier::startWrite(int operation)
{
    PreferenceWrite *write = writeFor(m_changes.operations().at(operation));
    Q_ASSERT(write);
    m_results[operation].status = Status::Running;
    ++m_running;
    connect(write, &PreferenceWrite::succeeded, this,
        [this, operation, write](const Preference &preference) {
            Result result;
            result.status = Status::Applied;
            result.preference = preference;
            result.verified = write->wasUncertain();
            complete(operation, result);
        });
    connect(write, &PreferenceWrite::conflicted, this, [this, operation, write] {
        Result result;
        result.status = Status::Conflict;
        result.current = write->current();
        complete(operation, result);
    });
    connect(write, &PreferenceWrite::failed, this, [this, operation](const ApiError &error) {
        Result result;
        result.status = Status::Failed;
        result.error = error;
        complete(operation, result);
    });
    emit writeStarted(write, m_batchId, operation);
    write->start();
}

void ChangeSetApplier::complete(int operation, const Result &result)
{
    m_results[operation] = result;
    --m_running;
    ++m_done;
    emit operationFinished(operation);
    emit progress(m_done, int(m_queue.size()));
    startMore();
}
