#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The base URL of a community, as the user types it. Sign-in only talks to
// https URLs, except for loopback hosts (127.0.0.0/8, ::1, localhost), which
// may use plain http for local testing.
class CommunityUrl
{
    Q_DECLARE_TR_FUNCTIONS(CommunityUrl)

public:
    // Parses and checks user input ("community.example.org" gets https://).
    // Returns the normalized base URL (scheme, host, port, path without a
    // trailing slash, no query, fragment or user info), or an invalid QUrl
    // with *error set to a translated sentence.
    static QUrl validate(const QString &input, QString *error = nullptr);
    static QUrl validate(const QUrl &url, QString *error = nullptr);

    static bool isLoopbackHost(const QString &host);
    // The normalized URL as a string, used as part of keychain and profile keys.
    static QString toKey(const QUrl &url);
};
