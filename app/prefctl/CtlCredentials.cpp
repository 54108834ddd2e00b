#include "CtlCredentials.h"

#include "Credentials.h"
#include "CtlOptions.h"
#include "CtlSignIn.h"
#include "TokenSet.h"

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
    if (!TokenSet::isHeaderSafe(token)) {
        // Refused before it can reach a header (a CR/LF would add headers).
        result.error = QCoreApplication::translate("CtlCredentials",
            "PREFCTL_TOKEN contains spaces, line breaks or other characters that a token cannot "
            "have.");
        return result;
    }
    result.credentials = std::make_unique<StaticCredentials>(token);
    return result;
}
