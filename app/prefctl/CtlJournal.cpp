#include "CtlJournal.h"

#include "ApiClient.h"
#include "PreferenceWrite.h"
#include "UserJob.h"

CtlJournal::CtlJournal(ApiClient *client, const ChangeJournal &journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_recorder(journal)
{
    connect(&m_recorder, &JournalRecorder::recordFailed, this, &CtlJournal::recordFailed);
}

void CtlJournal::startWrite(PreferenceWrite *write, const QString &undoes)
{
    m_write = write;
    m_context.undoes = undoes;
    UserJob *job = m_client->fetchMe();
    connect(job, &UserJob::succeeded, this, &CtlJournal::onActor);
    connect(job, &UserJob::failed, this, &CtlJournal::failed);
    job->start();
}

void CtlJournal::onActor(const UserInfo &actor)
{
    if (!m_write)
        return;
    m_context.actor = actor;
    bool isId = false;
    const qint64 id = m_write->user().toLongLong(&isId);
    if (!isId || id == actor.id) {
        startFor(actor);
        return;
    }
    UserJob *job = m_client->fetchUser(id);
    connect(job, &UserJob::succeeded, this, &CtlJournal::startFor);
    connect(job, &UserJob::failed, this, &CtlJournal::failed);
    job->start();
}

void CtlJournal::startFor(const UserInfo &user)
{
    m_context.user = user;
    m_recorder.setContext(m_context);
    if (!m_write)
        return;
    m_recorder.watch(m_write);
    m_write->start();
}
