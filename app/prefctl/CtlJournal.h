#pragma once

#include "ApiError.h"
#include "JournalRecorder.h"
#include "Preference.h"

#include <QObject>
#include <QPointer>
#include <QString>

class ApiClient;
class PreferenceWrite;

// Journals prefctl's writes in the community's ChangeJournal. Before a write
// starts, it finds out who writes (GET /api/v2/user/me/) and whose
// preferences they are: the same user for "me" or the writer's own id, else
// GET /api/v2/user/{id}/. A write whose users cannot be found out is not
// started: failed() says why.
class CtlJournal : public QObject
{
    Q_OBJECT

public:
    CtlJournal(ApiClient *client, const ChangeJournal &journal, QObject *parent = nullptr);

    // write: unstarted; its user() is whose preference. undoes: the id of
    // the entry the write undoes, or empty.
    void startWrite(PreferenceWrite *write, const QString &undoes = {});

signals:
    void failed(const ApiError &error);
    // The write had its outcome, but its entry could not be appended.
    void recordFailed(const QString &error);

private:
    void onActor(const UserInfo &actor);
    void startFor(const UserInfo &user);

    QPointer<ApiClient> m_client;
    JournalRecorder m_recorder;
    QPointer<PreferenceWrite> m_write;
    JournalContext m_context;
};
