// The last opened user is remembered per account on a community, not per
// community (issue 9): signing in as another admin there must not open the
// first one's last user, nor overwrite it.
#include "ApiClient.h"
#include "Credentials.h"
#include "MainWindow.h"
#include "UserPicker.h"

#include "TestServer.h"

#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestLastUser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lastOpenedUserIsPerAccount();

private:
    static UserInfo account(qint64 id, const char *username);

    QTemporaryDir m_config;
    std::unique_ptr<PrefServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<StaticCredentials> m_credentials;
    std::unique_ptr<ApiClient> m_client;
};

UserInfo TestLastUser::account(qint64 id, const char *username)
{
    UserInfo user;
    user.id = id;
    user.username = QString::fromLatin1(username);
    user.role = QStringLiteral("admin");
    return user;
}

void TestLastUser::initTestCase()
{
    QVERIFY(m_config.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("PrefEditorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lastuser"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    ServerOptions options;
    options.demo = true;
    options.enableTestControl = true;
    m_server = startTestServer(options);
    QVERIFY(m_server);
    m_credentials =
        std::make_unique<StaticCredentials>(m_server->issueAccessToken(QStringLiteral("support")));
    m_client = std::make_unique<ApiClient>(&m_nam);
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setCredentials(m_credentials.get());
}

void TestLastUser::lastOpenedUserIsPerAccount()
{
    UserInfo bob;
    bob.id = 3;
    bob.username = QStringLiteral("bob");
    {
        // support opens Bob.
        MainWindow window(m_client.get(), account(1, "support"));
        window.openUser(bob);
        QCOMPARE(window.currentUser().id, 3);
    }
    {
        // Another admin of the same community starts with their own.
        MainWindow window(m_client.get(), account(40, "admin2"));
        window.openInitialUser(QString());
        QCOMPARE(window.currentUser().id, 40);
        QVERIFY(window.findChild<UserPicker *>()->lineEdit()->text().isEmpty()); // your own
    }
    {
        // support comes back to Bob: admin2 overwrote nothing.
        MainWindow window(m_client.get(), account(1, "support"));
        window.openInitialUser(QString());
        QTRY_COMPARE_WITH_TIMEOUT(window.currentUser().id, 3, 10000);
        // The user field says whose preferences are open, not nothing.
        QCOMPARE(window.findChild<UserPicker *>()->lineEdit()->text(), QStringLiteral("bob"));
    }
}

QTEST_MAIN(TestLastUser)
#include "tst_lastuser.moc"
