// The main window with real widgets (offscreen) against a real in-process
// prefserver holding the demo data: rows, filter, the user picker and the
// banner, errors with Retry, the empty states, create and delete (and their
// journal), refresh and the shortcuts. A QAbstractItemModelTester watches the
// view's proxy for the whole of every test.

#include "ChangeJournal.h"
#include "EmptyStateOverlay.h"
#include "JsonTextEdit.h"
#include "LoadProgress.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "PrefServer.h"
#include "PreferenceEditorDialog.h"
#include "PreferenceFilterModel.h"
#include "PreferenceModel.h"
#include "PreferenceTableView.h"
#include "SignedInClient.h"
#include "TestServer.h"
#include "UserBanner.h"
#include "UserPicker.h"
#include "UserSearchModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

#include <memory>

namespace {

const QString MyPreferences = QStringLiteral("/api/v2/user/me/preference/");

} // namespace

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheDemoRows();
    void filterNarrowsTheRows();
    void adminPicksBobThroughTheSearch();
    void pickerAcceptsANumericId();
    void pickerPagesThroughResults();
    void aliceHasNoPicker();
    void loadFailureOffersRetry();
    void loadingShowsProgressAndCancel();
    void emptyStateForUserWithoutPreferences();
    void emptyStateForEmptyFilter();
    void createThenDeleteThroughTheUi();
    void enterAndDoubleClickOpenTheEditor();
    void failedDeleteKeepsTheRowAndOffersRetry();
    void failedDeleteLeavesDeleteForOtherRows();
    void newDialogHearsOnlyItsOwnWrite();
    void refreshKeepsTheCurrentRow();
    void shortcutsExist();
    void lastOpenedUserIsRemembered();

private:
    // Signs in as username (a session-only token) and opens the window on
    // the given user ("" for the default).
    void openWindow(const QString &username, const QString &user = QString());
    void waitForLoad();
    template<typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<PrefServer> m_server;
    std::unique_ptr<SignedInClient> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PrefEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    MainWindowFixture::clearSharedState();

    m_server = startDemoServer();
    QVERIFY(m_server);
}

void TestMainWindow::cleanup()
{
    m_proxyTester.reset();
    m_window.reset();
    m_session.reset();
    m_server.reset();
    QSettings().clear();
}

void TestMainWindow::openWindow(const QString &username, const QString &user)
{
    m_session = std::make_unique<SignedInClient>(*m_server, username);
    QVERIFY(!m_session->credentials().accessToken().isEmpty());
    const auto account = m_session->fetchAccount();
    QVERIFY(account);
    QCOMPARE(account->username, username);

    m_window = std::make_unique<MainWindow>(m_session->api(), *account);
    // Before the first row arrives, alive until cleanup().
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_window->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    MainWindowFixture::showActive(*m_window);
    if (QTest::currentTestFailed())
        return;
    m_window->preferenceModel()->setPageSize(5); // several pages for a dozen preferences
    m_window->openInitialUser(user);
}

void TestMainWindow::waitForLoad()
{
    MainWindowFixture::waitForLoad(*m_window);
}

void TestMainWindow::showsTheDemoRows()
{
    openWindow(QStringLiteral("support"));
    waitForLoad();
    auto *table = child<PreferenceTableView>("preferenceTable");
    QVERIFY(table);
    QVERIFY(table->model() == m_window->filterModel());
    QVERIFY(m_window->filterModel()->rowCount() >= 10);
    QCOMPARE(m_window->filterModel()->rowCount(), m_window->preferenceModel()->expectedCount());
    QCOMPARE(child<UserBanner>("userBanner")->text(), QStringLiteral("Your preferences (support)"));
    QVERIFY(child<QLabel>("statusAccount")->text().contains(QLatin1String("support")));
    QVERIFY(child<QLabel>("statusCount")->text().contains(QLatin1String("12")));
    QVERIFY(!child<MessageBar>("messageBar")->isVisible());
    QVERIFY(!child<EmptyStateOverlay>("emptyState")->isVisible());
    QVERIFY(!child<QLabel>("demoBadge")->isVisible());
    m_window->setDemoMode(true);
    QVERIFY(child<QLabel>("demoBadge")->isVisible());
    // Several pages were asked for.
    QVERIFY(requestsTo(*m_server, "GET", MyPreferences).size() >= 2);
}

void TestMainWindow::filterNarrowsTheRows()
{
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    PreferenceModel *model = m_window->preferenceModel();
    const QString term = QStringLiteral("theme");
    int expected = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Preference &pref = model->preferenceAt(row);
        if (pref.key.contains(term, Qt::CaseInsensitive) ||
            pref.value.toCompactString().contains(term, Qt::CaseInsensitive))
            ++expected;
    }
    QVERIFY(expected > 0);
    QVERIFY(expected < model->rowCount());

    auto *filter = child<QLineEdit>("filterEdit");
    QTest::keyClicks(filter, term);
    QCOMPARE(m_window->filterModel()->rowCount(), expected);
    filter->clear();
    QCOMPARE(m_window->filterModel()->rowCount(), model->rowCount());
}

void TestMainWindow::adminPicksBobThroughTheSearch()
{
    openWindow(QStringLiteral("support"));
    waitForLoad();
    auto *picker = child<UserPicker>("userPicker");
    QVERIFY(picker && picker->isVisible());

    QTest::keyClicks(picker->lineEdit(), QStringLiteral("bob"));
    QAbstractItemView *popup = picker->completer()->popup();
    UserSearchModel *results = picker->model();
    QModelIndex bob;
    QTRY_VERIFY(popup->isVisible() && !results->isSearching() && results->rowCount() > 0);
    for (int row = 0; row < results->rowCount(); ++row) {
        const auto user = results->index(row).data(UserSearchModel::UserRole).value<UserInfo>();
        if (user.username == QLatin1String("bob"))
            bob = picker->completer()->completionModel()->index(row, 0);
    }
    QVERIFY(bob.isValid());
    const QRect rect = popup->visualRect(bob);
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, rect.center());

    QTRY_COMPARE(m_window->currentUser().username, QStringLiteral("bob"));
    waitForLoad();
    QCOMPARE(m_window->preferenceModel()->user(), QStringLiteral("3"));
    QVERIFY(m_window->filterModel()->rowCount() >= 10);
    for (int row = 0; row < m_window->preferenceModel()->rowCount(); ++row)
        QCOMPARE(m_window->preferenceModel()->preferenceAt(row).userId, qint64(3));
    auto *banner = child<UserBanner>("userBanner");
    QVERIFY(banner->isOtherUser());
    QCOMPARE(banner->text(),
        QStringLiteral("Preferences of Bob Rossi (bob, id 3) — you are editing as admin"));

    // The search went to the documented endpoint, debounced: one request for "bob".
    const QList<RecordedRequest> searches =
        requestsTo(*m_server, "GET", QStringLiteral("/api/v2/user/search/"));
    QCOMPARE(searches.size(), 1);
    QCOMPARE(QUrlQuery(searches.first().query).queryItemValue(QStringLiteral("user")),
        QStringLiteral("bob"));
    QVERIFY(!requestsTo(*m_server, "GET", QStringLiteral("/api/v2/user/3/preference/")).isEmpty());
}

void TestMainWindow::pickerAcceptsANumericId()
{
    openWindow(QStringLiteral("support"));
    waitForLoad();
    auto *picker = child<UserPicker>("userPicker");
    picker->setDebounceInterval(60000); // Return, not the search, opens the id
    picker->lineEdit()->setFocus();
    QTRY_VERIFY(picker->lineEdit()->hasFocus());
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("2"));
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_window->currentUser().username, QStringLiteral("alice"));
    waitForLoad();
    QCOMPARE(child<UserBanner>("userBanner")->text(),
        QStringLiteral("Preferences of Alice Bianchi (alice, id 2) — you are editing as admin"));
    QVERIFY(!requestsTo(*m_server, "GET", QStringLiteral("/api/v2/user/2/")).isEmpty());
}

void TestMainWindow::pickerPagesThroughResults()
{
    openWindow(QStringLiteral("support"));
    waitForLoad();
    auto *picker = child<UserPicker>("userPicker");
    UserSearchModel *results = picker->model();
    results->setPageSize(4);
    const auto countUsers = [results] {
        int users = 0;
        for (int row = 0; row < results->rowCount(); ++row)
            users += results->index(row).data(UserSearchModel::KindRole).toInt() ==
                int(UserSearchModel::ItemKind::User);
        return users;
    };
    const auto lastKind = [results] {
        return UserSearchModel::ItemKind(
            results->index(results->rowCount() - 1).data(UserSearchModel::KindRole).toInt());
    };

    picker->lineEdit()->setFocus();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("a")); // most demo users
    QAbstractItemView *popup = picker->completer()->popup();
    QTRY_VERIFY(popup->isVisible() && !results->isSearching() && results->rowCount() > 0);
    QCOMPARE(countUsers(), 4);
    QCOMPARE(lastKind(), UserSearchModel::ItemKind::More);

    // "More…" fetches the next page and keeps the list open.
    const QModelIndex more =
        picker->completer()->completionModel()->index(results->rowCount() - 1, 0);
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(more).center());
    QTRY_COMPARE(countUsers(), 8);
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(m_window->currentUser().username, QStringLiteral("support")); // nothing opened

    const QList<RecordedRequest> searches =
        requestsTo(*m_server, "GET", QStringLiteral("/api/v2/user/search/"));
    QCOMPARE(searches.size(), 2);
    QCOMPARE(QUrlQuery(searches.at(1).query).queryItemValue(QStringLiteral("offset")),
        QStringLiteral("4"));
}

void TestMainWindow::aliceHasNoPicker()
{
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    auto *picker = child<UserPicker>("userPicker");
    QVERIFY(!picker || !picker->isVisible());
    QCOMPARE(child<UserBanner>("userBanner")->text(), QStringLiteral("Your preferences (alice)"));
    QVERIFY(!child<UserBanner>("userBanner")->isOtherUser());
}

void TestMainWindow::loadFailureOffersRetry()
{
    Fault fault;
    fault.path = MyPreferences;
    fault.method = "GET";
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    m_server->addFault(fault);

    openWindow(QStringLiteral("alice"));
    auto *bar = child<MessageBar>("messageBar");
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    QVERIFY2(bar->text().contains(QLatin1String("500")), qPrintable(bar->text()));
    auto *retry = bar->findChild<QToolButton *>(QStringLiteral("messageBarAction"));
    QVERIFY(retry && retry->isVisible());
    QCOMPARE(retry->text(), QStringLiteral("Retry"));
    QCOMPARE(m_window->filterModel()->rowCount(), 0);
    // No modal box on top of it.
    QVERIFY(MessageBox::askedQuestions().isEmpty());
    QVERIFY(!QApplication::activeModalWidget());

    QTest::mouseClick(retry, Qt::LeftButton);
    waitForLoad();
    QTRY_VERIFY(m_window->filterModel()->rowCount() >= 10);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::loadingShowsProgressAndCancel()
{
    // Slow pages: the first arrives after 300 ms, the rest much later.
    Fault first;
    first.path = MyPreferences;
    first.method = "GET";
    first.kind = Fault::Kind::Delay;
    first.delayMs = 300;
    m_server->addFault(first);
    Fault rest = first;
    rest.delayMs = 3000;
    rest.count = 3;
    m_server->addFault(rest);

    openWindow(QStringLiteral("support"));
    auto *progress = child<LoadProgress>("loadProgress");
    QTRY_VERIFY(progress->isVisible());
    QTRY_COMPARE(progress->text(), QStringLiteral("5 of 12"));
    QCOMPARE(m_window->filterModel()->rowCount(), 5);

    QTest::mouseClick(
        progress->findChild<QToolButton *>(QStringLiteral("loadCancelButton")), Qt::LeftButton);
    QTRY_VERIFY(!progress->isVisible());
    auto *bar = child<MessageBar>("messageBar");
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Warning);
    QCOMPARE(m_window->filterModel()->rowCount(), 5);

    // "Load All" loads everything.
    m_server->clearFaults();
    QTest::mouseClick(
        bar->findChild<QToolButton *>(QStringLiteral("messageBarAction")), Qt::LeftButton);
    QTRY_COMPARE(m_window->filterModel()->rowCount(), 12);
    QTRY_VERIFY(!progress->isVisible());
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::emptyStateForUserWithoutPreferences()
{
    // Demo user 4 (giulia.romano) has no preferences.
    openWindow(QStringLiteral("support"), QStringLiteral("4"));
    QTRY_COMPARE(m_window->currentUser().id, qint64(4));
    waitForLoad();
    QCOMPARE(m_window->filterModel()->rowCount(), 0);
    auto *empty = child<EmptyStateOverlay>("emptyState");
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("Giulia Romano has no preferences yet"));
    QVERIFY(empty->hint().contains(QLatin1String("Ctrl+N")));
}

void TestMainWindow::emptyStateForEmptyFilter()
{
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    auto *empty = child<EmptyStateOverlay>("emptyState");
    QVERIFY(!empty->isVisible());
    QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("no-such-thing-anywhere"));
    QCOMPARE(m_window->filterModel()->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->title().contains(QLatin1String("no-such-thing-anywhere")));
    child<QLineEdit>("filterEdit")->clear();
    QVERIFY(!empty->isVisible());
}

void TestMainWindow::createThenDeleteThroughTheUi()
{
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    QTemporaryDir journalDir;
    const ChangeJournal journal(m_server->baseUrl(), journalDir.path());
    m_window->setJournal(journal);
    PreferenceModel *model = m_window->preferenceModel();
    const int before = model->rowCount();

    // New (Ctrl+N) opens the editor; type a key and a value and save.
    QTest::keySequence(m_window.get(), QKeySequence::New);
    PreferenceEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<PreferenceEditorDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->mode(), PreferenceEditorDialog::Mode::New);
    auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    auto *valueEdit = dialog->findChild<JsonTextEdit *>();
    QVERIFY(keyEdit && valueEdit);
    QTest::keyClicks(keyEdit, QStringLiteral("gui.test"));
    valueEdit->setPlainText(QStringLiteral("{\"answer\": 42}"));
    QTRY_VERIFY(dialog->isValid());
    dialog->save();
    QTRY_COMPARE(model->rowCount(), before + 1);
    QTRY_VERIFY(!m_window->findChild<PreferenceEditorDialog *>());
    const QList<RecordedRequest> posts = requestsTo(*m_server, "POST", MyPreferences);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().body, QByteArray("{\"key\":\"gui.test\",\"value\":{\"answer\":42}}"));

    // The new row is current; Del with the question answered Yes deletes it.
    auto *table = child<PreferenceTableView>("preferenceTable");
    const qint64 id = model->preferenceAt(model->rowCount() - 1).id;
    QTRY_COMPARE(table->currentPreferenceId(), id);
    m_window->activateWindow(); // offscreen has no window manager to do it
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    MessageBox::setNextAnswers({QMessageBox::Yes});
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(MessageBox::askedQuestions().size(), 1);
    QVERIFY(MessageBox::askedQuestions().first().contains(QLatin1String("gui.test")));
    QTRY_COMPARE(model->rowCount(), before);
    QCOMPARE(model->rowForId(id), -1);
    const QString path = MyPreferences + QString::number(id) + QLatin1Char('/');
    QCOMPARE(requestsTo(*m_server, "DELETE", path).size(), 1);

    // Both are journaled: alice's changes to her own preferences.
    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).operation, JournalEntry::Operation::Delete);
    QCOMPARE(entries.at(1).operation, JournalEntry::Operation::Create);
    QCOMPARE(entries.at(1).valueAfter->toJson(), QByteArray("{\"answer\":42}"));
    for (const JournalEntry &entry : entries) {
        QCOMPARE(entry.preferenceId, id);
        QCOMPARE(entry.outcome, JournalEntry::Outcome::Applied);
        QCOMPARE(entry.actor.username, QStringLiteral("alice"));
        QCOMPARE(entry.user.username, QStringLiteral("alice"));
    }
}

void TestMainWindow::enterAndDoubleClickOpenTheEditor()
{
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    auto *table = child<PreferenceTableView>("preferenceTable");
    const QModelIndex second = m_window->filterModel()->index(1, 0);
    table->setCurrentIndex(second);
    const qint64 id = table->currentPreferenceId();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());

    QTest::keyClick(table, Qt::Key_Return);
    PreferenceEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<PreferenceEditorDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->mode(), PreferenceEditorDialog::Mode::Edit);
    QCOMPARE(dialog->preferenceId(), id);
    dialog->reject(); // nothing changed: no question
    QTRY_VERIFY(!m_window->findChild<PreferenceEditorDialog *>());
    QVERIFY(MessageBox::askedQuestions().isEmpty());

    const QRect rect = table->visualRect(second);
    // A double-click is a press and release, then a press that double-clicks.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mousePress(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY((dialog = m_window->findChild<PreferenceEditorDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->preferenceId(), id);
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<PreferenceEditorDialog *>());
}

void TestMainWindow::failedDeleteKeepsTheRowAndOffersRetry()
{
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    PreferenceModel *model = m_window->preferenceModel();
    const int before = model->rowCount();
    auto *table = child<PreferenceTableView>("preferenceTable");
    table->setCurrentIndex(m_window->filterModel()->index(0, 0));
    const qint64 id = table->currentPreferenceId();
    const QString path = MyPreferences + QString::number(id) + QLatin1Char('/');

    Fault fault;
    fault.path = path;
    fault.method = "DELETE";
    fault.kind = Fault::Kind::Status;
    fault.status = 503;
    m_server->addFault(fault);

    MessageBox::setNextAnswers({QMessageBox::Yes});
    child<QAction>("actionDelete")->trigger();
    auto *bar = child<MessageBar>("messageBar");
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    QCOMPARE(model->rowCount(), before); // the row stays until the server says 204
    const QString key = model->preferenceAt(model->rowForId(id)).key;
    QVERIFY2(bar->text().contains(key), qPrintable(bar->text()));

    QTest::mouseClick(
        bar->findChild<QToolButton *>(QStringLiteral("messageBarAction")), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), before - 1);
    QCOMPARE(requestsTo(*m_server, "DELETE", path).size(), 2);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::failedDeleteLeavesDeleteForOtherRows()
{
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    PreferenceModel *model = m_window->preferenceModel();
    const int before = model->rowCount();
    auto *table = child<PreferenceTableView>("preferenceTable");
    auto *deleteAction = child<QAction>("actionDelete");
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QVERIFY(table->currentIndex().isValid());
    const qint64 failing = table->currentPreferenceId();
    const QString key = model->preferenceAt(model->rowForId(failing)).key;
    Fault fault;
    fault.path = MyPreferences + QString::number(failing) + QLatin1Char('/');
    fault.method = "DELETE";
    fault.kind = Fault::Kind::Status;
    fault.status = 503;
    m_server->addFault(fault);

    // Del, Yes: the server refuses.
    MessageBox::setNextAnswers({QMessageBox::Yes});
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    auto *bar = child<MessageBar>("messageBar");
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    QVERIFY2(bar->text().contains(key), qPrintable(bar->text()));
    // Delete stays usable: on this row and, with the bar still open, others.
    QTRY_VERIFY(deleteAction->isEnabled());
    QCOMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    const qint64 other = table->currentPreferenceId();
    QVERIFY(other != failing);
    QVERIFY(deleteAction->isEnabled());
    MessageBox::setNextAnswers({QMessageBox::Yes});
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    QCOMPARE(MessageBox::askedQuestions().size(), 2);
    QTRY_COMPARE(model->rowForId(other), -1);
    QCOMPARE(model->rowCount(), before - 1);
    QVERIFY(model->rowForId(failing) >= 0);
    QTRY_VERIFY(deleteAction->isEnabled());
}

void TestMainWindow::newDialogHearsOnlyItsOwnWrite()
{
    // A deletion is slow to answer; meanwhile a New dialog saves, and its
    // POST fails. The DELETE's answer must not close the dialog as saved.
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    PreferenceModel *model = m_window->preferenceModel();
    auto *table = child<PreferenceTableView>("preferenceTable");
    table->setCurrentIndex(m_window->filterModel()->index(0, 0));
    const qint64 id = table->currentPreferenceId();
    const QString path = MyPreferences + QString::number(id) + QLatin1Char('/');
    Fault slowDelete;
    slowDelete.path = path;
    slowDelete.method = "DELETE";
    slowDelete.kind = Fault::Kind::Delay;
    slowDelete.delayMs = 1500;
    m_server->addFault(slowDelete);
    Fault failingPost;
    failingPost.path = MyPreferences;
    failingPost.method = "POST";
    failingPost.kind = Fault::Kind::Status;
    failingPost.status = 500;
    failingPost.delayMs = 3000;
    m_server->addFault(failingPost);

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    MessageBox::setNextAnswers({QMessageBox::Yes});
    QTest::keyClick(table, Qt::Key_Delete);

    // Ctrl+N, the key, Tab to the JSON, the value, Ctrl+S: all by keys.
    QTest::keySequence(m_window.get(), QKeySequence::New);
    PreferenceEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<PreferenceEditorDialog *>()) && dialog->isVisible());
    QTRY_VERIFY(QApplication::focusWidget() == dialog->findChild<QLineEdit *>(u"keyEdit"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"race.key"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"{\"kept\": true}"_s);
    QTRY_VERIFY(dialog->isValid());
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(dialog->isSaving());

    // The DELETE answers first: its row goes, the dialog stays, still saving.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowForId(id), -1, 10000);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isSaving());
    QCOMPARE(accepted.count(), 0);

    // Then its own POST fails: the dialog stays open with the edit intact.
    auto *bar = dialog->findChild<MessageBar *>(u"messageBar"_s);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isSaving());
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(dialog->key(), u"race.key"_s);
    QCOMPARE(dialog->valueText(), u"{\"kept\": true}"_s);
    QCOMPARE(requestsTo(*m_server, "POST", MyPreferences).size(), 1);
}

void TestMainWindow::refreshKeepsTheCurrentRow()
{
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    auto *table = child<PreferenceTableView>("preferenceTable");
    const QModelIndex third = m_window->filterModel()->index(3, 0);
    const qint64 id = third.data(PreferenceModel::IdRole).toLongLong();
    QVERIFY(id != 0);
    table->setCurrentIndex(third);
    QCOMPARE(table->currentPreferenceId(), id);

    const qsizetype requestsBefore = m_server->requestLog().size();
    QSignalSpy finished(m_window->preferenceModel(), &PreferenceModel::loadFinished);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(m_server->requestLog().size() > requestsBefore);
    QCOMPARE(table->currentPreferenceId(), id);
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
}

void TestMainWindow::shortcutsExist()
{
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    const auto shortcut = [this](const char *name) {
        auto *action = child<QAction>(name);
        return action ? action->shortcuts() : QList<QKeySequence>();
    };
    QVERIFY(shortcut("actionRefresh").contains(QKeySequence(Qt::Key_F5)));
    QVERIFY(shortcut("actionNew").contains(QKeySequence(Qt::CTRL | Qt::Key_N)));
    QVERIFY(shortcut("actionDelete").contains(QKeySequence(Qt::Key_Delete)));
    QVERIFY(shortcut("actionEdit").contains(QKeySequence(Qt::Key_Return)));
    QVERIFY(shortcut("actionFind").contains(QKeySequence(Qt::CTRL | Qt::Key_F)));

    // Ctrl+F puts the focus in the filter field.
    auto *table = child<PreferenceTableView>("preferenceTable");
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(child<QLineEdit>("filterEdit")->hasFocus());

    // Every action and control has a name for assistive technology.
    // (A spin box's own line edit is Qt's: the spin box carries the name.)
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget) ||
            qobject_cast<QAbstractSpinBox *>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty(),
                qPrintable(widget->objectName() + QLatin1Char(' ') +
                    QLatin1String(widget->metaObject()->className())));
    }
}

void TestMainWindow::lastOpenedUserIsRemembered()
{
    openWindow(QStringLiteral("support"), QStringLiteral("3"));
    QTRY_COMPARE(m_window->currentUser().id, qint64(3));
    waitForLoad();
    m_proxyTester.reset();
    m_window.reset();

    openWindow(QStringLiteral("support"));
    QTRY_COMPARE(m_window->currentUser().id, qint64(3));
    waitForLoad();
    // Nothing secret in the settings.
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        const QString value = settings.value(key).toString();
        QVERIFY2(!value.contains(m_session->credentials().accessToken()), qPrintable(key));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
