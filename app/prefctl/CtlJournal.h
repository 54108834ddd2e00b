#pragma once

#include "ApiError.h"
#include "JournalRecorder.h"
#include "Preference.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

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
    // For writes to user's preferences ("me" or an id): finds out the users,
    // then calls then(), or emits failed(). watch() may be called after that.
    void whenReady(const QString &user, std::function<void()> then);
    // Journals write (unstarted) as part of the batch, if any.
    void watch(PreferenceWrite *write, const QString &batchId = {});

signals:
    void failed(const ApiError &error);
    // The write had its outcome, but its entry could not be appended.
    void recordFailed(const QString &error);

private:
    void onActor(const UserInfo &actor);
    void onUser(const UserInfo &user);

    QPointer<ApiClient> m_client;
    JournalRecorder m_recorder;
    QString m_user; // whose preferences
    std::function<void()> m_then;
    JournalContext m_context;
};
