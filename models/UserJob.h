#pragma once

#include "Preference.h"
#include "ResultJob.h"

#include <QUrl>

// GET of one user (/api/v2/user/me/ or /api/v2/user/{id}/), answered as a
// UserInfo. Made by ApiClient::fetchMe() and fetchUser(), unstarted: connect,
// then start(). Emits exactly one of succeeded() or failed(), then
// finished(), then deletes itself. A body that UserInfo::fromJson refuses
// fails with Kind::MalformedResponse and fromJson's message.
class UserJob : public ResultJob
{
    Q_OBJECT

public:
    QUrl url() const { return m_url; }
    // The server answered 2xx, but with a body that is not a user: failed()
    // then carries fromJson's message, not a transport or HTTP error.
    bool bodyRefused() const { return m_bodyRefused; }

signals:
    void succeeded(const UserInfo &user);

private:
    friend class ApiClient;
    UserJob(ApiClient *api, const QUrl &url);
    ApiJob *createJob(ApiClient *api) override;
    void readBody(const JsonValue &body) override;

    QUrl m_url;
    bool m_bodyRefused = false;
};
