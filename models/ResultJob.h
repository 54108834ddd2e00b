#pragma once

#include "ApiError.h"
#include "JsonValue.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ApiJob;

// One request whose answer is read into a typed result: UserJob, TokenJob.
// Created unstarted: connect, then start(). Emits exactly one outcome (the
// subclass's succeeded(), or failed()), then finished(), then deletes itself.
class ResultJob : public QObject
{
    Q_OBJECT

public:
    void start();
    void abort(); // failed() with Kind::Cancelled

signals:
    void failed(const ApiError &error);
    void finished();

protected:
    // cancelledMessage: failed()'s message when the job is aborted unstarted
    // or its client is gone.
    ResultJob(ApiClient *api, const QString &cancelledMessage);

    virtual ApiJob *createJob(ApiClient *api) = 0;
    // Reads the body: concludes with the subclass's succeeded(), or fail().
    virtual void readBody(const JsonValue &body) = 0;
    virtual void onFailed(const ApiError &error) { fail(error); }

    // True the first time only: the job ends now. The subclass emits its
    // succeeded(), then calls finish().
    bool conclude();
    void finish();
    void fail(const ApiError &error);

private:
    QPointer<ApiClient> m_api;
    QString m_cancelledMessage;
    QPointer<ApiJob> m_job;
    bool m_done = false;
};
