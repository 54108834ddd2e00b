// Helpers shared by the sign-in tests: a private HOME, a capture of every log
// line, an in-process prefserver, the test playing the browser.
#pragma once

#include "ServerTestClient.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace AuthTest {

// Points HOME and XDG_* at a fresh directory, before QCoreApplication and
// QSettings exist. The directory lives until the process ends.
inline QString setUpTemporaryHome()
{
    static QTemporaryDir *home = nullptr;
    if (!home) {
        home = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/prefauth-home-XXXXXX"));
        const QByteArray path = home->path().toLocal8Bit();
        qputenv("HOME", path);
        qputenv("XDG_CONFIG_HOME", path + "/.config");
        qputenv("XDG_DATA_HOME", path + "/.local/share");
        qputenv("XDG_CACHE_HOME", path + "/.cache");
        qputenv("XDG_STATE_HOME", path + "/.local/state");
    }
    return home->path();
}

struct LogCapture
{
    QMutex mutex;
    QStringList lines;
    QtMessageHandler previous = nullptr;
};

inline LogCapture &logCapture()
{
    static LogCapture capture;
    return capture;
}

inline void captureMessage(
    QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogCapture &capture = logCapture();
    {
        QMutexLocker locker(&capture.mutex);
        capture.lines.append(QString::fromLatin1(context.category ? context.category : "default") +
            QLatin1String(": ") + message);
    }
    if (capture.previous)
        capture.previous(type, context, message);
}

// Every category at debug level; call before QCoreApplication exists.
inline void enableAllLogging()
{
    qputenv("QT_LOGGING_RULES", "*.debug=true");
}

// Captures every message, then passes it on. Call from initTestCase():
// QTest::qExec installs its own handler, which this one chains to.
inline void installLogCapture()
{
    logCapture().previous = qInstallMessageHandler(captureMessage);
}

inline QStringList capturedLog()
{
    QMutexLocker locker(&logCapture().mutex);
    return logCapture().lines;
}

// The demo data, or dataFile if given, with the test control API.
inline std::unique_ptr<PrefServer> startServer(
    const QString &dataFile = {}, int tokenLifetime = 36000)
{
    ServerOptions options;
    options.demo = dataFile.isEmpty();
    options.dataFile = dataFile;
    options.enableTestControl = true;
    options.tokenLifetimeSeconds = tokenLifetime;
    return startTestServer(options);
}

inline bool hasSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

// scripts/test sets PREF_REQUIRE_KEYCHAIN=1: there a missing Secret Service
// is a failure, since a suite that skips still passes in ctest. The ctest
// entries that run without D-Bus on purpose unset it.
inline bool keychainRequired()
{
    return qEnvironmentVariableIntValue("PREF_REQUIRE_KEYCHAIN") != 0;
}

} // namespace AuthTest

// QSKIP for lack of a keychain, or QFAIL when AuthTest::keychainRequired().
// A macro because both return from the calling test function.
#define PREF_SKIP_WITHOUT_KEYCHAIN(message)                                                        \
    do {                                                                                           \
        if (AuthTest::keychainRequired())                                                          \
            QFAIL(qPrintable(QStringLiteral("PREF_REQUIRE_KEYCHAIN is set, yet: ") +               \
                QString::fromUtf8(message)));                                                      \
        QSKIP(message);                                                                            \
    } while (false)

namespace AuthTest {

// A keychain service name of our own, so that parallel tests never meet.
inline QString uniqueServiceName(const char *test)
{
    return QStringLiteral("prefeditor-test-%1-%2")
        .arg(QLatin1String(test))
        .arg(QCoreApplication::applicationPid());
}

// Files under dir whose content contains needle (raw bytes).
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    if (needle.isEmpty())
        return found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(path);
    }
    return found;
}

// Plays the system browser: GETs the authorize URL, follows the redirect to
// the loopback listener, returns the listener's page. *code gets the code.
inline bool playBrowser(const QUrl &authorizeUrl, QString *page, QString *code = nullptr,
    const QString &tamperState = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest request(authorizeUrl);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(waitForReply(nam.get(request)));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 302 && status != 303) {
        qWarning("authorize answered %d", status);
        return false;
    }
    QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
    if (code)
        *code = QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (!tamperState.isEmpty()) {
        QUrlQuery query(location);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), tamperState);
        location.setQuery(query);
    }
    std::unique_ptr<QNetworkReply> callback(waitForReply(nam.get(QNetworkRequest(location))));
    if (page)
        *page = QString::fromUtf8(callback->readAll());
    return callback->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
}

} // namespace AuthTest
