// Edit > Copy to User… and Compare with User… with real widgets (offscreen)
// against a real in-process prefserver (demo data), driven by keys from where
// the focus is: two of bob's preferences copied into alice's with the preview
// and apply of an import, exactly those writes in the request log, one batch
// in the journal that the History panel undoes; bob compared with marco.ricci
// (user 5) in four groups, a differing key copied A → B and a key only B has
// copied B → A, each identical after the refresh; and an account that is not
// admin cannot reach either action.

#include "HistoryTestSupport.h"

#include "ChangeSetApplier.h"
#include "ChangeSetDialog.h"
#include "ChangeSetModel.h"
#include "CompareDialog.h"
#include "HistoryPanel.h"
#include "JournalRecorder.h"
#include "MessageBox.h"
#include "PreferenceComparison.h"
#include "PreferenceComparisonModel.h"
#include "PreferenceListJob.h"
#include "UserChoiceDialog.h"
#include "UserPicker.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Status = PreferenceComparison::Status;

class TestCopyCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void copiesSelectedPreferencesToAnotherUser();
    void compareGroupsAndCopiesEitherWay();
    void notAdminCannotReachTheActions();

private:
    // The window of support, on the preferences of the user with this id
    // (Alt+U, the id, Enter).
    void openAsSupport(const QString &userId);
    // What the server holds for a user now (read by the test's own client).
    QList<Preference> serverPreferences(qint64 userId);
    static int writeCount(const PrefServer &server);
    // Down until the current row of the comparison is a key of this group.
    static bool moveToGroup(QTreeView *view, Status status);

    HistoryTestWindow m_t;
};

void TestCopyCompare::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PrefEditorTests"_s);
    QCoreApplication::setApplicationName(u"tst_copycompare"_s);
}

void TestCopyCompare::init()
{
    MainWindowFixture::clearSharedState();
    m_t.server = startDemoServer();
    QVERIFY(m_t.server);
}

void TestCopyCompare::cleanup()
{
    m_t.reset();
    QSettings().clear();
}

void TestCopyCompare::openAsSupport(const QString &userId)
{
    m_t.open(u"support"_s);
    if (QTest::currentTestFailed())
        return;
    HistoryTestWindow::press(Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"userPickerEdit"_s);
    HistoryTestWindow::type(userId);
    HistoryTestWindow::press(Qt::Key_Return);
    QTRY_COMPARE(m_t.window->currentUser().id, userId.toLongLong());
    MainWindowFixture::waitForLoad(*m_t.window);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"preferenceTable"_s);
}

QList<Preference> TestCopyCompare::serverPreferences(qint64 userId)
{
    auto *job = new PreferenceListJob(m_t.session->api(), QString::number(userId));
    QList<Preference> preferences;
    bool done = false;
    QObject::connect(job, &PreferenceListJob::succeeded,
        [&preferences, &done](const QList<PreferencePage::Row> &rows) {
            preferences = PreferenceListJob::preferences(rows);
            done = true;
        });
    QObject::connect(job, &PreferenceListJob::failed, [&done](const ApiError &) { done = true; });
    job->start();
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning("the preferences of user %lld were not read", userId);
    return preferences;
}

int TestCopyCompare::writeCount(const PrefServer &server)
{
    int writes = 0;
    for (const RecordedRequest &request : server.requestLog())
        writes += request.method == "GET" ? 0 : 1;
    return writes;
}

bool TestCopyCompare::moveToGroup(QTreeView *view, Status status)
{
    for (int step = 0; step < 100; ++step) {
        const QModelIndex current = view->currentIndex();
        if (current.data(PreferenceComparisonModel::IsKeyRole).toBool() &&
            current.data(PreferenceComparisonModel::StatusRole).toInt() == int(status))
            return true;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    }
    return false;
}

void TestCopyCompare::copiesSelectedPreferencesToAnotherUser()
{
    openAsSupport(u"3"_s);
    QVERIFY(!QTest::currentTestFailed());
    auto *table = m_t.window->findChild<QTableView *>(u"preferenceTable"_s);
    auto *copy = m_t.window->findChild<QAction *>(u"actionCopyToUser"_s);
    QVERIFY(copy->isVisible());

    // Nothing selected (the filter hides every row): nothing to copy.
    HistoryTestWindow::press(Qt::Key_F, Qt::ControlModifier);
    HistoryTestWindow::type(u"no-such-key-or-value"_s);
    QTRY_COMPARE(m_t.window->filterModel()->rowCount(), 0);
    QVERIFY(!copy->isEnabled());
    HistoryTestWindow::press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(50);
    QVERIFY(!m_t.window->findChild<UserChoiceDialog *>());
    HistoryTestWindow::press(Qt::Key_A, Qt::ControlModifier);
    HistoryTestWindow::press(Qt::Key_Backspace);
    HistoryTestWindow::press(Qt::Key_Down);
    QTRY_VERIFY(QApplication::focusWidget() == table);

    // The first two rows: Home, then Shift+Down.
    HistoryTestWindow::press(Qt::Key_Home);
    HistoryTestWindow::press(Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    QStringList keys;
    for (int row = 0; row < 2; ++row)
        keys.append(
            table->model()->index(row, int(PreferenceModel::Column::Key)).data().toString());
    QTRY_VERIFY(copy->isEnabled());
    const QList<Preference> bob = serverPreferences(3);
    const QList<Preference> aliceBefore = serverPreferences(2);

    // Ctrl+Shift+C, then the user picker: "alice", Down to the match, Enter.
    HistoryTestWindow::press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    UserChoiceDialog *choice = nullptr;
    QTRY_VERIFY((choice = m_t.window->findChild<UserChoiceDialog *>()) && choice->isVisible() &&
        QApplication::focusWidget() == choice->picker()->lineEdit());
    HistoryTestWindow::type(u"alice"_s);
    QTRY_VERIFY(QApplication::activePopupWidget());
    HistoryTestWindow::press(Qt::Key_Down);
    HistoryTestWindow::press(Qt::Key_Return);

    // The preview: the two keys, each a change or a create in alice's.
    ChangeSetDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_t.window->findChild<ChangeSetDialog *>()) && dialog->isVisible() &&
        dialog->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(!m_t.window->findChild<UserChoiceDialog *>() ||
        !m_t.window->findChild<UserChoiceDialog *>()->isVisible());
    auto *preview = dialog->findChild<QTableView *>(u"changeSetTable"_s);
    QAbstractItemModelTester tester(
        preview->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(preview->model()->rowCount(), 2);
    const QString intro = dialog->findChild<QLabel *>(u"changeSetIntro"_s)->text();
    QVERIFY2(
        intro.contains(u"Bob Rossi"_s) && intro.contains(u"Alice Bianchi"_s), qPrintable(intro));
    QVERIFY(!dialog->findChild<QWidget *>(u"deleteMissingCheck"_s)->isVisible());
    QMap<QString, qint64> aliceIds;
    for (const Preference &preference : aliceBefore)
        aliceIds.insert(preference.key, preference.id);
    for (int row = 0; row < 2; ++row) {
        const QString key =
            preview->model()->index(row, int(ChangeSetModel::Column::Key)).data().toString();
        QVERIFY2(keys.contains(key), qPrintable(key));
        QCOMPARE(
            ChangeSet::Kind(preview->model()->index(row, 0).data(ChangeSetModel::KindRole).toInt()),
            aliceIds.contains(key) ? ChangeSet::Kind::Change : ChangeSet::Kind::Create);
    }

    // Apply (Alt+A): exactly one write per key, all to alice's preferences.
    m_t.server->clearRequestLog();
    QSignalSpy applied(dialog, &ChangeSetDialog::applied);
    HistoryTestWindow::press(Qt::Key_A, Qt::AltModifier);
    QVERIFY(applied.wait(10000));
    QCOMPARE(dialog->applier()->count(ChangeSetApplier::Status::Applied), 2);
    QCOMPARE(writeCount(*m_t.server), 2);
    for (const QString &key : std::as_const(keys)) {
        const Preference &source = *std::find_if(
            bob.cbegin(), bob.cend(), [&key](const Preference &p) { return p.key == key; });
        if (aliceIds.contains(key)) {
            const QList<RecordedRequest> patches = requestsTo(
                *m_t.server, "PATCH", u"/api/v2/user/2/preference/%1/"_s.arg(aliceIds.value(key)));
            QCOMPARE(patches.size(), 1);
            QVERIFY2(patches.first().body.contains(source.value.toJson()),
                patches.first().body.constData());
        } else {
            QCOMPARE(countRequests(*m_t.server, "POST", u"/api/v2/user/2/preference/"_s,
                         source.value.toJson()),
                1);
        }
    }
    // The batch in the journal: support wrote to alice's preferences.
    const QString batch = dialog->applier()->batchId();
    const QList<JournalEntry> entries = m_t.journal().entriesOfBatch(batch);
    QCOMPARE(entries.size(), 2);
    for (const JournalEntry &entry : entries) {
        QCOMPARE(entry.user.id, qint64(2));
        QCOMPARE(entry.actor.username, u"support"_s);
        QCOMPARE(entry.outcome, JournalEntry::Outcome::Applied);
    }
    const QList<Preference> aliceAfter = serverPreferences(2);
    for (const Preference &source : bob) {
        if (!keys.contains(source.key))
            continue;
        const auto it = std::find_if(aliceAfter.cbegin(), aliceAfter.cend(),
            [&source](const Preference &p) { return p.key == source.key; });
        QVERIFY(it != aliceAfter.cend());
        QVERIFY(it->value.isIdenticalTo(source.value));
    }
    HistoryTestWindow::press(Qt::Key_Escape); // Close
    QTRY_VERIFY(!m_t.window->findChild<ChangeSetDialog *>());
    QCOMPARE(m_t.window->currentUser().id, qint64(3)); // still bob's

    // History: Undo offers the whole batch; alice has what she had.
    if (!m_t.window->isActiveWindow()) {
        m_t.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_t.window.get()));
    }
    HistoryTestWindow::press(Qt::Key_H, Qt::ControlModifier);
    HistoryPanel *panel = m_t.window->historyPanel();
    QTRY_VERIFY(panel->isVisible() &&
        QApplication::focusWidget() == panel->findChild<QTableView *>(u"historyTable"_s));
    m_t.server->clearRequestLog();
    MessageBox::setNextAnswers({QMessageBox::Yes});
    HistoryTestWindow::press(Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(MessageBox::askedQuestions().size(), 1);
    QTRY_COMPARE(m_t.journal().entries().size(), 4);
    QCOMPARE(writeCount(*m_t.server), 2);
    for (const RecordedRequest &request : m_t.server->requestLog())
        QVERIFY2(request.path.startsWith(u"/api/v2/user/2/"_s), qPrintable(request.path));
    const QList<Preference> aliceUndone = serverPreferences(2);
    QCOMPARE(aliceUndone.size(), aliceBefore.size());
    for (const Preference &before : aliceBefore) {
        const auto it = std::find_if(aliceUndone.cbegin(), aliceUndone.cend(),
            [&before](const Preference &p) { return p.key == before.key; });
        QVERIFY(it != aliceUndone.cend());
        QVERIFY2(it->value.isIdenticalTo(before.value), qPrintable(before.key));
    }
}

void TestCopyCompare::compareGroupsAndCopiesEitherWay()
{
    openAsSupport(u"3"_s);
    QVERIFY(!QTest::currentTestFailed());

    // Ctrl+Shift+D, then a user id in the picker: 5 is marco.ricci.
    HistoryTestWindow::press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    UserChoiceDialog *choice = nullptr;
    QTRY_VERIFY((choice = m_t.window->findChild<UserChoiceDialog *>()) && choice->isVisible() &&
        QApplication::focusWidget() == choice->picker()->lineEdit());
    // The open user is refused in place.
    HistoryTestWindow::type(u"3"_s);
    HistoryTestWindow::press(Qt::Key_Return);
    auto *problem = choice->findChild<QLabel *>(u"userChoiceProblem"_s);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"open user"_s), qPrintable(problem->text()));
    HistoryTestWindow::press(Qt::Key_A, Qt::ControlModifier);
    HistoryTestWindow::type(u"5"_s);
    HistoryTestWindow::press(Qt::Key_Return);

    CompareDialog *compare = nullptr;
    QTRY_VERIFY((compare = m_t.window->findChild<CompareDialog *>()) && compare->isVisible());
    QAbstractItemModelTester tester(
        compare->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(!compare->isLoading(), 10000);
    QTRY_VERIFY(QApplication::focusWidget() == compare->view());

    // The groups are those of the users' preferences as the server has them.
    const PreferenceComparison expected =
        PreferenceComparison::compare(serverPreferences(3), serverPreferences(5));
    PreferenceComparisonModel *model = compare->model();
    for (const Status status :
        {Status::OnlyInA, Status::OnlyInB, Status::Differing, Status::Identical}) {
        const QModelIndex group = model->groupIndex(status);
        QVERIFY2(model->rowCount(group) > 0, "the demo shows every group");
        QCOMPARE(model->rowCount(group), expected.count(status));
    }
    for (const PreferenceComparison::Row &row : expected.rows) {
        const QModelIndex index = model->keyIndex(row.key);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(PreferenceComparisonModel::StatusRole).toInt(), int(row.status));
    }
    auto *toB = compare->findChild<QPushButton *>(u"compareToBButton"_s);
    auto *toA = compare->findChild<QPushButton *>(u"compareToAButton"_s);

    // An identical key cannot be copied.
    QVERIFY(moveToGroup(compare->view(), Status::Identical));
    QVERIFY(!toB->isEnabled() && !toA->isEnabled());

    // A differing key, A → B (Alt+B): its preview, then one PATCH to marco's.
    HistoryTestWindow::press(Qt::Key_Home);
    QVERIFY(moveToGroup(compare->view(), Status::Differing));
    const QString differing =
        compare->view()->currentIndex().data(PreferenceComparisonModel::KeyRole).toString();
    QVERIFY(toB->isEnabled() && toA->isEnabled());
    QSignalSpy compared(compare, &CompareDialog::compared);
    HistoryTestWindow::press(Qt::Key_B, Qt::AltModifier);
    ChangeSetDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = compare->findChild<ChangeSetDialog *>()) && dialog->isVisible() &&
        dialog->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(dialog->changes().size(), 1);
    QCOMPARE(dialog->changes().operations().first().kind, ChangeSet::Kind::Change);
    QCOMPARE(dialog->changes().operations().first().key, differing);
    const qint64 marcoId = dialog->changes().operations().first().current->id;
    m_t.server->clearRequestLog();
    QSignalSpy applied(dialog, &ChangeSetDialog::applied);
    HistoryTestWindow::press(Qt::Key_A, Qt::AltModifier);
    QVERIFY(applied.wait(10000));
    QCOMPARE(writeCount(*m_t.server), 1);
    QCOMPARE(
        requestsTo(*m_t.server, "PATCH", u"/api/v2/user/5/preference/%1/"_s.arg(marcoId)).size(),
        1);
    const QString batch = dialog->applier()->batchId();
    QCOMPARE(m_t.journal().entriesOfBatch(batch).size(), 1);
    QCOMPARE(m_t.journal().entriesOfBatch(batch).first().user.id, qint64(5));
    // The comparison is read again: the key is identical now, and current.
    QTRY_VERIFY(compared.size() >= 1 && !compare->isLoading());
    QCOMPARE(model->keyIndex(differing).data(PreferenceComparisonModel::StatusRole).toInt(),
        int(Status::Identical));
    QCOMPARE(model->rowCount(model->groupIndex(Status::Differing)),
        expected.count(Status::Differing) - 1);
    HistoryTestWindow::press(Qt::Key_Escape); // closes the preview
    QTRY_VERIFY(!compare->findChild<ChangeSetDialog *>());
    if (!compare->isActiveWindow()) { // the platform may activate the main window
        compare->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(compare));
    }
    QTRY_VERIFY(QApplication::focusWidget() == compare->view());

    // A key only B has, B → A (Alt+A): created in bob's, shown in the window.
    HistoryTestWindow::press(Qt::Key_Home);
    QVERIFY(moveToGroup(compare->view(), Status::OnlyInB));
    const QString onlyInB =
        compare->view()->currentIndex().data(PreferenceComparisonModel::KeyRole).toString();
    QVERIFY(!toB->isEnabled() && toA->isEnabled());
    compared.clear();
    HistoryTestWindow::press(Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY((dialog = compare->findChild<ChangeSetDialog *>()) && dialog->isVisible() &&
        dialog->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(dialog->changes().operations().first().kind, ChangeSet::Kind::Create);
    m_t.server->clearRequestLog();
    QSignalSpy created(dialog, &ChangeSetDialog::applied);
    HistoryTestWindow::press(Qt::Key_A, Qt::AltModifier);
    QVERIFY(created.wait(10000));
    QCOMPARE(writeCount(*m_t.server), 1);
    QCOMPARE(countRequests(*m_t.server, "POST", u"/api/v2/user/3/preference/"_s,
                 "\"key\":\"" + onlyInB.toUtf8() + '"'),
        1);
    QTRY_VERIFY(compared.size() >= 1 && !compare->isLoading());
    QCOMPARE(model->keyIndex(onlyInB).data(PreferenceComparisonModel::StatusRole).toInt(),
        int(Status::Identical));
    QTRY_VERIFY(m_t.rowOf(onlyInB) >= 0); // the window shows bob's new key
    QCOMPARE(m_t.journal().entries().size(), 2);
}

void TestCopyCompare::notAdminCannotReachTheActions()
{
    m_t.open(u"alice"_s);
    QVERIFY(!QTest::currentTestFailed());
    auto *copy = m_t.window->findChild<QAction *>(u"actionCopyToUser"_s);
    auto *compare = m_t.window->findChild<QAction *>(u"actionCompareWithUser"_s);
    QVERIFY(copy && compare);
    QVERIFY(!copy->isVisible() && !copy->isEnabled());
    QVERIFY(!compare->isVisible() && !compare->isEnabled());

    // Their keys do nothing, with a row selected...
    QTRY_VERIFY(
        QApplication::focusWidget() == m_t.window->findChild<QTableView *>(u"preferenceTable"_s));
    QVERIFY(m_t.window->findChild<QTableView *>(u"preferenceTable"_s)
                ->selectionModel()
                ->hasSelection());
    m_t.server->clearRequestLog();
    HistoryTestWindow::press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    HistoryTestWindow::press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(100);
    QVERIFY(!m_t.window->findChild<UserChoiceDialog *>());
    QVERIFY(!m_t.window->findChild<CompareDialog *>());
    QCOMPARE(m_t.server->requestLog().size(), 0);

    // ... and the Edit menu she opens (Alt+E) does not show them.
    HistoryTestWindow::press(Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY(QApplication::activePopupWidget());
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(menu->objectName(), u"menuEdit"_s);
    QVERIFY(menu->actions().contains(copy) && menu->actions().contains(compare));
    QVERIFY(menu->actionGeometry(copy).isEmpty() && menu->actionGeometry(compare).isEmpty());
    QVERIFY(!menu->actionGeometry(m_t.window->findChild<QAction *>(u"actionUndoLastChange"_s))
                 .isEmpty());
    HistoryTestWindow::press(Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

QTEST_MAIN(TestCopyCompare)
#include "tst_copycompare.moc"
