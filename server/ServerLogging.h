// Logging categories of prefserver. Never log tokens, codes or passwords.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPrefServer)
Q_DECLARE_LOGGING_CATEGORY(lcPrefServerHttp)
