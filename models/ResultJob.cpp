#include "ResultJob.h"

#include "ApiClient.h"
#include "ApiJob.h"

ResultJob::ResultJob(ApiClient *api, const QString &cancelledMessage)
    : QObject(api)
    , m_api(api)
    , m_cancelledMessage(cancelledMessage)
{ }

void ResultJob::start()
{
    if (m_job || m_done)
        return; // started already
    if (!m_api) {
        fail(ApiError(ApiError::Kind::Cancelled, m_cancelledMessage));
        return;
    }
    m_job = createJob(m_api);
    connect(m_job, &ApiJob::succeeded, this, &ResultJob::readBody);
    connect(m_job, &ApiJob::failed, this, &ResultJob::onFailed);
    m_job->start();
}

void ResultJob::abort()
{
    if (m_job)
        m_job->abort(); // reports failed() with Kind::Cancelled
    else
        fail(ApiError(ApiError::Kind::Cancelled, m_cancelledMessage));
}

bool ResultJob::conclude()
{
    if (m_done)
        return false;
    m_done = true;
    m_job.clear();
    return true;
}

void ResultJob::finish()
{
    emit finished();
    deleteLater();
}

void ResultJob::fail(const ApiError &error)
{
    if (!conclude())
        return;
    emit failed(error);
    finish();
}
