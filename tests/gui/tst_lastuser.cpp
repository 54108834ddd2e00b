// The last opened user is remembered per account on a community, not per
// community (issue 9): signing in as another admin there must not open the
// first one's last user, nor overwrite it.
#include "MainWindow.h"
#include "UserPicker.h"

#include "SignedInClient.h"
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
    std::unique_ptr<SignedInClient> m_session;
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
    m_server = startDemoServer();
    QVERIFY(m_server);
    m_session = std::make_unique<SignedInClient>(*m_server, QStringLiteral("support"));
}

void TestLastUser::lastOpenedUserIsPerAccount()
{
    UserInfo bob;
    bob.id = 3;
    bob.username = QStringLiteral("bob");
    {
        // support opens Bob.
        MainWindow window(m_session->api(), account(1, "support"));
        window.openUser(bob);
        QCOMPARE(window.currentUser().id, 3);
    }
    {
        // Another admin of the same community starts with their own.
        MainWindow window(m_session->api(), account(40, "admin2"));
        window.openInitialUser(QString());
        QCOMPARE(window.currentUser().id, 40);
        QVERIFY(window.findChild<UserPicker *>()->lineEdit()->text().isEmpty()); // your own
    }
    {
        // support comes back to Bob: admin2 overwrote nothing.
        MainWindow window(m_session->api(), account(1, "support"));
        window.openInitialUser(QString());
        QTRY_COMPARE_WITH_TIMEOUT(window.currentUser().id, 3, 10000);
        // The user field says whose preferences are open, not nothing.
        QCOMPARE(window.findChild<UserPicker *>()->lineEdit()->text(), QStringLiteral("bob"));
    }
}

QTEST_MAIN(TestLastUser)
#include "tst_lastuser.moc"
