#include "ServerLogging.h"

Q_LOGGING_CATEGORY(lcPrefServer, "prefserver")
Q_LOGGING_CATEGORY(lcPrefServerHttp, "prefserver.http")
