#pragma once

#include "ApiError.h"
#include "JsonValue.h"
#include "Preference.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiClient;
class ApiJob;

// GET of one user (/api/v2/user/me/ or /api/v2/user/{id}/), answered as a
// UserInfo. Made by ApiClient::fetchMe() and fetchUser(), unstarted: connect,
// then start(). Emits exactly one of succeeded() or failed(), then
// finished(), then deletes itself. A body that UserInfo::fromJson refuses
// fails with Kind::MalformedResponse and fromJson's message.
class UserJob : public QObject
{
    Q_OBJECT

public:
    void start();
    void abort(); // failed() with Kind::Cancelled

    QUrl url() const { return m_url; }
    // The server answered 2xx, but with a body that is not a user: failed()
    // then carries fromJson's message, not a transport or HTTP error.
    bool bodyRefused() const { return m_bodyRefused; }

signals:
    void succeeded(const UserInfo &user);
    void failed(const ApiError &error);
    void finished();

private:
    friend class ApiClient;
    UserJob(ApiClient *api, const QUrl &url);
    void onSucceeded(const JsonValue &body);
    void finishWith(const UserInfo *user, const ApiError &error);

    QPointer<ApiClient> m_api;
    QUrl m_url;
    QPointer<ApiJob> m_job;
    bool m_bodyRefused = false;
    bool m_done = false;
};
