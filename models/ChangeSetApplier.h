#pragma once

#include "ApiError.h"
#include "ChangeSet.h"
#include "Preference.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class ApiClient;
class PreferenceWrite;

// Carries out a ChangeSet on one user's preferences: one PreferenceWrite per
// operation that writes, at most MaxWritesInFlight at a time, in the plan's
// order. Every patch and delete is conditional on the version the plan saw
// (WriteCondition::fromBase), so a preference changed since the plan is a
// conflict and nothing is written to it; a create finds a key taken
// meanwhile the same way.
//
// Each apply has its own batch id (a UUID), handed out with every write
// (writeStarted) so that whoever keeps a journal can record it. Signals come
// from the event loop only, never from inside start(); finished() comes
// exactly once, after the last running write has ended.
class ChangeSetApplier : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxWritesInFlight = 4;

    enum class Status {
        Pending, // not started yet
        Running,
        Unchanged, // nothing to write (ChangeSet::Kind::Unchanged)
        Applied,
        Conflict, // the preference is not what the plan saw; nothing was written
        Failed,
        Cancelled, // cancel() came before it started; nothing was sent
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Pending;
        // Applied: the preference as the server answered (for a delete, the
        // last version known).
        Preference preference;
        // Conflict: what the server holds now; nullopt when it no longer
        // exists (for a create: the preference that has the key).
        std::optional<Preference> current;
        ApiError error; // Failed: why; its message says whether the change is there
        // Applied, although the answer was lost: the change was found on the server.
        bool verified = false;
    };

    // user is "me" or a numeric id. client is not owned.
    ChangeSetApplier(ApiClient *client, const QString &user, const ChangeSet &changes,
        QObject *parent = nullptr);
    ~ChangeSetApplier() override;

    QString batchId() const { return m_batchId; }
    const ChangeSet &changes() const { return m_changes; }

    // Starts the first writes. Once only.
    void start();
    // No write starts any more: the operations not started yet are
    // Cancelled at once; the running ones end as they will, then finished().
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    bool isFinished() const { return m_finished; }

    // One result per operation of changes(), by index.
    const QList<Result> &results() const { return m_results; }
    int count(Status status) const;

    // "pending", "running", "unchanged", "applied", "conflict", "failed",
    // "cancelled": for machines (never translated), and for people (translated).
    static QString statusId(Status status);
    static QString statusName(Status status);

signals:
    // Emitted for each write just before it starts, with the index of its
    // operation in changes().
    void writeStarted(PreferenceWrite *write, const QString &batchId, int operation);
    // results().at(operation) holds the outcome.
    void operationFinished(int operation);
    // done counts the writes that ended (applied, conflict or failed) out of
    // total, changes().writeCount().
    void progress(int done, int total);
    void finished();

private:
    void startMore();
    void startWrite(int operation);
    PreferenceWrite *writeFor(const ChangeSet::Operation &operation) const;
    void complete(int operation, const Result &result);
    void finishWhenDone();

    QPointer<ApiClient> m_client;
    QString m_user;
    ChangeSet m_changes;
    QString m_batchId;
    QList<Result> m_results;
    QList<int> m_queue; // the operations that write, in order
    qsizetype m_next = 0; // the next of m_queue to start
    int m_running = 0;
    int m_done = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};
