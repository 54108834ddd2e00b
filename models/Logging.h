#pragma once

#include <QLoggingCategory>

// One logging category per area. Enable with QT_LOGGING_RULES, e.g.
// "prefeditor.api.debug=true" (only warnings are on by default). Never log a
// token or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcApi) // prefeditor.api
Q_DECLARE_LOGGING_CATEGORY(lcAuth) // prefeditor.auth
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // prefeditor.keychain
