#include "SignInStep.h"

#include "ApiClient.h"
#include "UserJob.h"

SignInStep::SignInStep(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SignInResult>();
}

void SignInStep::abort()
{
    stop();
}

bool SignInStep::report(const QString &text)
{
    emit progress(text);
    return !m_done;
}

QString SignInStep::accountNotUsable(const QString &why)
{
    return tr("The server's answer about your account is not usable: %1").arg(why);
}

void SignInStep::loadAccount(ApiClient *api)
{
    if (!report(tr("Loading your account…")))
        return;
    m_userJob = api->fetchMe();
    connect(m_userJob, &UserJob::succeeded, this, &SignInStep::accountLoaded);
    connect(m_userJob, &UserJob::failed, this, [this](const ApiError &error) {
        accountFailed(
            error, m_userJob->bodyRefused() ? accountNotUsable(error.message()) : QString());
    });
    m_userJob->start();
}

void SignInStep::stopLoadingAccount()
{
    if (m_userJob) {
        m_userJob->disconnect(this);
        m_userJob->abort();
    }
}
