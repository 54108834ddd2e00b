#include "UserJob.h"

#include "ApiClient.h"
#include "ApiJob.h"

UserJob::UserJob(ApiClient *api, const QUrl &url)
    : QObject(api)
    , m_api(api)
    , m_url(url)
{
    qRegisterMetaType<UserInfo>();
}

void UserJob::start()
{
    if (m_job || m_done)
        return; // started already
    if (!m_api) {
        finishWith(nullptr, ApiError(ApiError::Kind::Cancelled, tr("The request was cancelled.")));
        return;
    }
    m_job = m_api->get(m_url);
    connect(m_job, &ApiJob::succeeded, this, &UserJob::onSucceeded);
    connect(m_job, &ApiJob::failed, this,
        [this](const ApiError &error) { finishWith(nullptr, error); });
    m_job->start();
}

void UserJob::abort()
{
    if (m_job)
        m_job->abort(); // reports failed() with Kind::Cancelled
    else
        finishWith(nullptr, ApiError(ApiError::Kind::Cancelled, tr("The request was cancelled.")));
}

void UserJob::onSucceeded(const JsonValue &body)
{
    QString error;
    const std::optional<UserInfo> user = UserInfo::fromJson(body, &error);
    if (!user) {
        m_bodyRefused = true;
        finishWith(nullptr, ApiError(ApiError::Kind::MalformedResponse, error));
        return;
    }
    finishWith(&*user, {});
}

void UserJob::finishWith(const UserInfo *user, const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_job.clear();
    if (user)
        emit succeeded(*user);
    else
        emit failed(error);
    emit finished();
    deleteLater();
}
