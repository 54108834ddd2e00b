#include "UserJob.h"

#include "ApiClient.h"

UserJob::UserJob(ApiClient *api, const QUrl &url)
    : ResultJob(api, tr("The request was cancelled."))
    , m_url(url)
{
    qRegisterMetaType<UserInfo>();
}

ApiJob *UserJob::createJob(ApiClient *api)
{
    return api->get(m_url);
}

void UserJob::readBody(const JsonValue &body)
{
    QString error;
    const std::optional<UserInfo> user = UserInfo::fromJson(body, &error);
    if (!user) {
        m_bodyRefused = true;
        fail(ApiError(ApiError::Kind::MalformedResponse, error));
        return;
    }
    if (!conclude())
        return;
    emit succeeded(*user);
    finish();
}
