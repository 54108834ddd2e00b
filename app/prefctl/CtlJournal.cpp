#include "CtlJournal.h"

#include "ApiClient.h"
#include "PreferenceWrite.h"
#include "UserJob.h"

#include <utility>

CtlJournal::CtlJournal(ApiClient *client, const ChangeJournal &journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_recorder(journal)
{
    connect(&m_recorder, &JournalRecorder::recordFailed, this, &CtlJournal::recordFailed);
}

void CtlJournal::startWrite(PreferenceWrite *write, const QString &undoes)
{
    m_context.undoes = undoes;
    const QPointer<PreferenceWrite> guarded(write);
    whenReady(write->user(), [this, guarded] {
        if (!guarded)
            return;
        watch(guarded);
        guarded->start();
    });
}

void CtlJournal::whenReady(const QString &user, std::function<void()> then)
{
    m_user = user;
    m_then = std::move(then);
    UserJob *job = m_client->fetchMe();
    connect(job, &UserJob::succeeded, this, &CtlJournal::onActor);
    connect(job, &UserJob::failed, this, &CtlJournal::failed);
    job->start();
}

void CtlJournal::watch(PreferenceWrite *write, const QString &batchId)
{
    JournalContext context = m_context;
    context.batchId = batchId;
    m_recorder.setContext(context);
    m_recorder.watch(write);
}

void CtlJournal::onActor(const UserInfo &actor)
{
    m_context.actor = actor;
    bool isId = false;
    const qint64 id = m_user.toLongLong(&isId);
    if (!isId || id == actor.id) {
        onUser(actor);
        return;
    }
    UserJob *job = m_client->fetchUser(id);
    connect(job, &UserJob::succeeded, this, &CtlJournal::onUser);
    connect(job, &UserJob::failed, this, &CtlJournal::failed);
    job->start();
}

void CtlJournal::onUser(const UserInfo &user)
{
    m_context.user = user;
    if (const std::function<void()> then = std::exchange(m_then, {}))
        then();
}
