#pragma once

#include "SignInResult.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ApiError;
class UserJob;

// What RestoreOperation and SignInAttempt share: one step into a community,
// on a client of its own, that ends with exactly one outcome (succeeded(), or
// the subclass's failed()) and then does nothing more. abort() (or deleting
// it) ends it silently; a listener may abort() from any signal.
class SignInStep : public QObject
{
    Q_OBJECT

public:
    void abort(); // stops at once; no outcome follows
    bool isDone() const { return m_done; }

signals:
    void progress(const QString &text);
    // The keychain could not be used; what follows depends on the step.
    void keychainUnavailable(const QString &message);
    void succeeded(const SignInResult &result);

protected:
    explicit SignInStep(QObject *parent);

    // Emits progress(); false when a listener stopped this step meanwhile.
    bool report(const QString &text);
    // Loads /api/v2/user/me/ with api (saying so first): accountLoaded(), or
    // accountFailed() with the error, and notUsable set when the server
    // answered something that is not a user.
    void loadAccount(ApiClient *api);
    void stopLoadingAccount();
    virtual void accountLoaded(const UserInfo &user) = 0;
    virtual void accountFailed(const ApiError &error, const QString &notUsable) = 0;
    static QString accountNotUsable(const QString &why);
    // Cuts every answer still to come and aborts what runs; sets done. Does
    // nothing the second time.
    virtual void stop() = 0;

    bool m_done = false;

private:
    QPointer<UserJob> m_userJob;
};
