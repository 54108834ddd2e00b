// No secret on disk or in the logs. With HOME and XDG_* pointing at a fresh
// directory and every logging category at debug level, the test signs in
// with a password and with the browser, makes a journaled write, refreshes,
// and signs out. Then no file under HOME (the change journal among them) and
// no log line holds a token, the code, the PKCE verifier or the password.
#include "ApiClient.h"
#include "ApiJob.h"
#include "ChangeJournal.h"
#include "JournalRecorder.h"
#include "KeychainStore.h"
#include "PreferenceModel.h"
#include "ProfileStore.h"
#include "Session.h"
#include "SignInController.h"

#include "AuthTestSupport.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const QString Password = QStringLiteral("Pw-canary-7f3a9c");

} // namespace

class TestNoSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInRefreshSignOutLeaveNoTrace();

private:
    void collectSecretsFromRequests();

    QTemporaryDir m_serverDir; // outside HOME
    std::unique_ptr<PrefServer> m_server;
    QNetworkAccessManager m_nam;
    QSet<QString> m_secrets;
    QList<QByteArray> m_oauthBodies; // as sent, unredacted (the request log redacts them)
};

void TestNoSecrets::initTestCase()
{
    AuthTest::installLogCapture();
    QVERIFY(QDir::homePath().contains(QStringLiteral("prefauth-home")));
    QVERIFY(!m_serverDir.path().startsWith(QDir::homePath()));
    const QString data = m_serverDir.filePath(QStringLiteral("data.json"));
    QFile file(data);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"users": [{"id": 1, "username": "staff", "password": "%1",
        "real_name": "Staff Member", "email": "staff@example.org", "role": "admin"}], "preferences": []})")
                   .arg(Password)
                   .toUtf8());
    file.close();
    m_server = AuthTest::startServer(data);
    QVERIFY(m_server);
    m_server->setRequestObserver([this](const HttpRequestData &request) {
        if (request.path.startsWith(QLatin1String("/oauth/")))
            m_oauthBodies.append(request.body);
    });
    m_server->setAutoApproveUser(QStringLiteral("staff"));
}

void TestNoSecrets::collectSecretsFromRequests()
{
    // Everything secret the client sent to the token endpoint.
    for (const QByteArray &body : std::as_const(m_oauthBodies)) {
        const QUrlQuery form(QString::fromUtf8(body));
        for (const char *name : {"password", "code", "code_verifier", "refresh_token", "token"}) {
            const QString value = form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
            if (!value.isEmpty())
                m_secrets.insert(value);
        }
    }
}

void TestNoSecrets::signInRefreshSignOutLeaveNoTrace()
{
    ApiClient api(&m_nam);
    KeychainStore keychain;
    keychain.setServiceName(AuthTest::uniqueServiceName("nosecrets"));
    ProfileStore profiles; // the application's QSettings, under HOME
    SignInController controller(&api, &keychain, &profiles);
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    QSignalSpy out(&controller, &SignInController::signedOut);

    // Password.
    controller.signInWithPassword(
        m_server->baseUrl(), QStringLiteral("prefeditor"), QStringLiteral("staff"), Password);
    QVERIFY(signedIn.wait(15000));
    m_secrets.insert(controller.session()->accessToken());

    // A write as the editor makes it, journaled in the default place, under HOME.
    PreferenceModel model(&api);
    JournalRecorder journal(ChangeJournal(m_server->baseUrl()));
    journal.setContext({controller.user(), controller.user(), {}, {}});
    model.setJournal(&journal);
    QSignalSpy recorded(&journal, &JournalRecorder::recorded);
    model.create(QStringLiteral("nosecrets.theme"), JsonValue::fromString(QStringLiteral("dark")))
        ->start();
    QVERIFY(recorded.wait(15000));
    const QString journalFile = journal.journal().filePath();
    QVERIFY2(journalFile.startsWith(QDir::homePath() + QLatin1Char('/')), qPrintable(journalFile));

    // Browser.
    QSignalSpy open(&controller, &SignInController::openBrowser);
    controller.signInWithBrowser(m_server->baseUrl(), QStringLiteral("prefeditor"));
    QTRY_COMPARE(open.size(), 1);
    QString page;
    QVERIFY(AuthTest::playBrowser(open.at(0).at(0).toUrl(), &page));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 2, 15000);
    m_secrets.insert(controller.session()->accessToken());

    // Refresh on a 401.
    m_server->expireAllAccessTokens();
    ApiJob *job = api.get(api.url(QStringLiteral("/api/v2/user/me/")));
    QSignalSpy ok(job, &ApiJob::succeeded);
    job->start();
    QVERIFY(ok.wait(15000));
    m_secrets.insert(controller.session()->accessToken());

    // Sign-out (this also puts the last refresh token into the revoke request).
    controller.signOut();
    QVERIFY(out.wait(10000));
    collectSecretsFromRequests();
    m_secrets.remove(QString());
    QVERIFY(m_secrets.contains(Password));
    QVERIFY2(m_secrets.size() >= 8, qPrintable(QString::number(m_secrets.size())));

    // The settings were written (the profile), and the journal (who wrote),
    // so the search means something.
    const QStringList withName = AuthTest::filesContaining(QDir::homePath(), "staff");
    QVERIFY(!withName.isEmpty());
    QVERIFY2(withName.contains(journalFile), qPrintable(withName.join(QLatin1Char(' '))));

    // The in-process prefserver stands for the remote community: what it and
    // Qt's HTTP server log about the requests they receive is the server's
    // business, not the client's. Every other line counts.
    QStringList log;
    for (const QString &line : AuthTest::capturedLog()) {
        if (!line.startsWith(QLatin1String("qt.httpserver")) &&
            !line.startsWith(QLatin1String("prefserver")))
            log.append(line);
    }
    QVERIFY2(log.size() > 10, "the log capture saw nothing");
    QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("prefeditor.auth")));
    for (const QString &secret : std::as_const(m_secrets)) {
        const QStringList files = AuthTest::filesContaining(QDir::homePath(), secret.toUtf8());
        QVERIFY2(files.isEmpty(),
            qPrintable(QStringLiteral("a secret is in %1").arg(files.join(QLatin1Char(' ')))));
        for (const QString &line : log)
            QVERIFY2(!line.contains(secret),
                qPrintable(QStringLiteral("a secret is in the log: %1").arg(line.left(60))));
    }
}

int main(int argc, char **argv)
{
    AuthTest::setUpTemporaryHome();
    AuthTest::enableAllLogging();
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("prefeditor-tests"));
    app.setApplicationName(QStringLiteral("tst_nosecrets"));
    TestNoSecrets test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nosecrets.moc"
