#include "CtlCredentials.h"

#include "Credentials.h"
#include "CtlOptions.h"
#include "CtlSignIn.h"

#include <QCoreApplication>

ResolvedCredentials resolveCredentials(const CtlOptions &options)
{
    ResolvedCredentials result;
    const QString token = qEnvironmentVariable("PREFCTL_TOKEN").trimmed();
    if (token.isEmpty()) {
        // The sign-in stored by "prefctl login" (or the app), from the keychain.
        result.credentials = StoredCredentials::load(options.server(), &result.error);
        return result;
    }
    result.credentials = std::make_unique<StaticCredentials>(token);
    return result;
}
