#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "prefeditor.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "prefeditor.auth")
Q_LOGGING_CATEGORY(lcKeychain, "prefeditor.keychain")
