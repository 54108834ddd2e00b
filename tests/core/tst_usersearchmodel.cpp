// UserSearchModel against a real in-process prefserver, signed in as the
// demo's admin: the rows of a search page by page, the id row, the empty
// search, stale answers, the lookup by id, and next links on another origin.

#include "SignedInClient.h"
#include "TestServer.h"
#include "UserSearchModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

const QString SearchPath = QStringLiteral("/api/v2/user/search/");

using Kind = UserSearchModel::ItemKind;

QList<Kind> kinds(const UserSearchModel &model)
{
    QList<Kind> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(Kind(model.index(row).data(UserSearchModel::KindRole).toInt()));
    return result;
}

QStringList usernames(const UserSearchModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (Kind(index.data(UserSearchModel::KindRole).toInt()) == Kind::User)
            result.append(index.data(UserSearchModel::UserRole).value<UserInfo>().username);
    }
    return result;
}

} // namespace

class TestUserSearchModel : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void pagesOnDemandWithMoreRow();
    void idTermGetsAnOpenRowFirst();
    void noMatchRowIsNotSelectable();
    void newTermDropsTheOldAnswer();
    void lookUpUserIdFindsTheUser();
    void serverErrorIsReportedAndRowsStayEmpty();
    void nextOnAnotherOriginStaysOnTheBase();

private:
    void startAs(const QString &username, const QUrl &publicUrl = {});
    // Searches and waits for the page; false (with the test failed) if none came.
    bool searchAndWait(const QString &term);

    std::unique_ptr<PrefServer> m_server;
    std::unique_ptr<SignedInClient> m_session;
    std::unique_ptr<UserSearchModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestUserSearchModel::startAs(const QString &username, const QUrl &publicUrl)
{
    ServerOptions options;
    options.demo = true;
    options.enableTestControl = true;
    options.publicUrl = publicUrl;
    m_server = startTestServer(options);
    QVERIFY(m_server);
    m_session = std::make_unique<SignedInClient>(*m_server, username);
    m_session->api()->setTimeout(std::chrono::seconds(20));
    m_model = std::make_unique<UserSearchModel>(m_session->api());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_server->clearRequestLog();
}

void TestUserSearchModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_session.reset();
    m_server.reset();
}

bool TestUserSearchModel::searchAndWait(const QString &term)
{
    QSignalSpy arrived(m_model.get(), &UserSearchModel::pageArrived);
    m_model->search(term);
    if (!arrived.wait(20000)) {
        QTest::qFail("no page of search results arrived", __FILE__, __LINE__);
        return false;
    }
    return true;
}

void TestUserSearchModel::pagesOnDemandWithMoreRow()
{
    startAs(QStringLiteral("support"));
    m_model->setPageSize(4);
    QSignalSpy failed(m_model.get(), &UserSearchModel::failed);
    QVERIFY(searchAndWait(QStringLiteral("a")));
    QCOMPARE(kinds(*m_model),
        (QList<Kind> {Kind::User, Kind::User, Kind::User, Kind::User, Kind::More}));
    QVERIFY(m_model->hasNextPage());
    QVERIFY(!m_model->isSearching());
    const QStringList firstPage = usernames(*m_model);

    // Nothing more is fetched until asked.
    QTest::qWait(50);
    QCOMPARE(requestsTo(*m_server, "GET", SearchPath).size(), 1);

    QSignalSpy arrived(m_model.get(), &UserSearchModel::pageArrived);
    m_model->fetchNextPage();
    QVERIFY(m_model->isSearching());
    QVERIFY(arrived.wait(20000));
    QCOMPARE(usernames(*m_model).size(), 8);
    QCOMPARE(usernames(*m_model).mid(0, 4), firstPage); // appended, in server order
    QCOMPARE(kinds(*m_model).constLast(), Kind::More);

    const QList<RecordedRequest> searches = requestsTo(*m_server, "GET", SearchPath);
    QCOMPARE(searches.size(), 2);
    const QUrlQuery second(searches.at(1).query);
    QCOMPARE(second.queryItemValue(QStringLiteral("user")), QStringLiteral("a"));
    QCOMPARE(second.queryItemValue(QStringLiteral("offset")), QStringLiteral("4"));
    QCOMPARE(failed.size(), 0);

    // Paging to the end: the More row goes, and fetching more does nothing.
    while (m_model->hasNextPage()) {
        m_model->fetchNextPage();
        QVERIFY(arrived.wait(20000));
    }
    QVERIFY(kinds(*m_model).constLast() == Kind::User);
    const qsizetype requests = requestsTo(*m_server, "GET", SearchPath).size();
    m_model->fetchNextPage();
    QVERIFY(!m_model->isSearching());
    QCOMPARE(requestsTo(*m_server, "GET", SearchPath).size(), requests);
}

void TestUserSearchModel::idTermGetsAnOpenRowFirst()
{
    startAs(QStringLiteral("support"));
    QCOMPARE(UserSearchModel::userIdIn(QStringLiteral(" #42 ")), std::optional<qint64>(42));
    QCOMPARE(UserSearchModel::userIdIn(QStringLiteral("0")), std::nullopt);
    QCOMPARE(UserSearchModel::userIdIn(QStringLiteral("4x")), std::nullopt);

    QVERIFY(searchAndWait(QStringLiteral("3")));
    QVERIFY(m_model->rowCount() >= 1);
    const QModelIndex first = m_model->index(0);
    QCOMPARE(Kind(first.data(UserSearchModel::KindRole).toInt()), Kind::UserId);
    QCOMPARE(first.data(UserSearchModel::UserRole).toLongLong(), qint64(3));
    QCOMPARE(first.data().toString(), QStringLiteral("Open the user with id 3"));
    QCOMPARE(first.data(UserSearchModel::CompletionRole).toString(), QStringLiteral("3"));
}

void TestUserSearchModel::noMatchRowIsNotSelectable()
{
    startAs(QStringLiteral("support"));
    QVERIFY(searchAndWait(QStringLiteral("nobody-has-this-name")));
    QCOMPARE(kinds(*m_model), QList<Kind> {Kind::NoMatch});
    const QModelIndex none = m_model->index(0);
    QCOMPARE(none.flags(), Qt::NoItemFlags);
    QCOMPARE(none.data().toString(), QStringLiteral("No user matches “nobody-has-this-name”"));
    QVERIFY(!m_model->hasNextPage());

    // An empty term clears without asking the server.
    const qsizetype requests = requestsTo(*m_server, "GET", SearchPath).size();
    m_model->search(QStringLiteral("  "));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isSearching());
    QCOMPARE(requestsTo(*m_server, "GET", SearchPath).size(), requests);
}

void TestUserSearchModel::newTermDropsTheOldAnswer()
{
    startAs(QStringLiteral("support"));
    Fault slow;
    slow.path = SearchPath;
    slow.method = "GET";
    slow.kind = Fault::Kind::Delay;
    slow.delayMs = 400;
    m_server->addFault(slow); // only the first search, for "alice", is slow

    QSignalSpy arrived(m_model.get(), &UserSearchModel::pageArrived);
    m_model->search(QStringLiteral("alice"));
    m_model->search(QStringLiteral("bob"));
    QVERIFY(arrived.wait(20000));
    QCOMPARE(usernames(*m_model), QStringList {QStringLiteral("bob")});
    QTest::qWait(600); // the slow answer for "alice" comes, and must change nothing
    QCOMPARE(usernames(*m_model), QStringList {QStringLiteral("bob")});
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(m_model->term(), QStringLiteral("bob"));
}

void TestUserSearchModel::lookUpUserIdFindsTheUser()
{
    startAs(QStringLiteral("support"));
    QSignalSpy found(m_model.get(), &UserSearchModel::userFound);
    QSignalSpy failed(m_model.get(), &UserSearchModel::failed);
    m_model->lookUpUserId(2);
    QVERIFY(found.wait(20000));
    QCOMPARE(found.at(0).at(0).value<UserInfo>().username, QStringLiteral("alice"));
    QCOMPARE(requestsTo(*m_server, "GET", QStringLiteral("/api/v2/user/2/")).size(), 1);

    // A second lookup replaces the first: only its answer is told.
    found.clear();
    m_model->lookUpUserId(2);
    m_model->lookUpUserId(3);
    QVERIFY(found.wait(20000));
    QTest::qWait(50);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).at(0).value<UserInfo>().username, QStringLiteral("bob"));
    QCOMPARE(failed.size(), 0); // the replaced lookup is not a failure

    m_model->lookUpUserId(999999);
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().httpStatus(), 404);
}

void TestUserSearchModel::serverErrorIsReportedAndRowsStayEmpty()
{
    startAs(QStringLiteral("support"));
    Fault broken;
    broken.path = SearchPath;
    broken.method = "GET";
    broken.kind = Fault::Kind::Status;
    broken.status = 500;
    m_server->addFault(broken);
    QSignalSpy failed(m_model.get(), &UserSearchModel::failed);
    m_model->search(QStringLiteral("bob"));
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().httpStatus(), 500);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isSearching());
    QVERIFY(!m_model->hasNextPage());
}

// prefserver --public-url writes every next on another origin, as a
// misconfigured proxy does: the next page still comes from the base, with
// the token, and the other origin sees nothing.
void TestUserSearchModel::nextOnAnotherOriginStaysOnTheBase()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    startAs(QStringLiteral("support"),
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(other.serverPort())));
    m_model->setPageSize(3);
    QVERIFY(searchAndWait(QStringLiteral("a")));
    QVERIFY(m_model->hasNextPage());
    QSignalSpy arrived(m_model.get(), &UserSearchModel::pageArrived);
    m_model->fetchNextPage();
    QVERIFY(arrived.wait(20000));
    QCOMPARE(usernames(*m_model).size(), 6);
    const QList<RecordedRequest> searches = requestsTo(*m_server, "GET", SearchPath);
    QCOMPARE(searches.size(), 2);
    for (const RecordedRequest &request : searches)
        QCOMPARE(header(request, "Authorization"), QByteArray("[redacted]"));
    QTest::qWait(20);
    QVERIFY(!other.hasPendingConnections());
}

QTEST_MAIN(TestUserSearchModel)
#include "tst_usersearchmodel.moc"
