#pragma once

#include <QString>

#include <memory>

class Credentials;
class CtlOptions;

// Where prefctl's access token comes from. Today: the environment variable
// PREFCTL_TOKEN. Sign-in will add the keychain here; nothing else in
// prefctl knows where a token is kept. A token is never taken from the
// command line, where other users could read it in the process list.
struct ResolvedCredentials
{
    std::unique_ptr<Credentials> credentials; // null when none was found
    QString error; // translated, when credentials is null
};

ResolvedCredentials resolveCredentials(const CtlOptions &options);
