// The History panel (View > History, Ctrl+H) and undo, with real widgets
// (offscreen) against a real in-process prefserver, driven by keys from
// where the focus is: an edit made through the UI shows with its before and
// after, the filters narrow the list, Undo restores the old value (one
// PATCH), an undo is refused when someone else changed the value meanwhile
// (no write after the check), and Ctrl+Z in the main window undoes the
// session's last change after a question naming the user and the key.

#include "HistoryTestSupport.h"

#include "ChangesView.h"
#include "HistoryPanel.h"
#include "JournalFilterModel.h"
#include "JournalModel.h"
#include "MessageBox.h"
#include "PreferenceWrite.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void panelShowsAnEditAndFilters();
    void undoFromThePanelRestoresTheOldValue();
    void undoIsRefusedWhenTheValueChangedMeanwhile();
    void ctrlZUndoesTheLastChangeAfterAsking();

private:
    HistoryPanel *openPanel();

    HistoryTestWindow m_t;
    std::unique_ptr<QAbstractItemModelTester> m_historyTester;
};

void TestHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PrefEditorTests"_s);
    QCoreApplication::setApplicationName(u"tst_history"_s);
}

void TestHistory::init()
{
    MainWindowFixture::clearSharedState();
    m_t.server = startDemoServer();
    QVERIFY(m_t.server);
}

void TestHistory::cleanup()
{
    m_historyTester.reset();
    m_t.reset();
    QSettings().clear();
}

HistoryPanel *TestHistory::openPanel()
{
    HistoryPanel *panel = m_t.window->historyPanel();
    if (!m_historyTester) {
        m_historyTester = std::make_unique<QAbstractItemModelTester>(
            panel->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    HistoryTestWindow::press(Qt::Key_H, Qt::ControlModifier);
    auto *table = panel->findChild<QTableView *>(u"historyTable"_s);
    [&] {
        QTRY_VERIFY(panel->isVisible() && QApplication::focusWidget() == table);
    }();
    return panel;
}

void TestHistory::panelShowsAnEditAndFilters()
{
    m_t.open(u"alice"_s);
    m_t.editString(u"theme"_s, u"dark"_s);
    HistoryPanel *panel = openPanel();
    QVERIFY(!QTest::currentTestFailed());

    JournalFilterModel *proxy = panel->filterModel();
    QCOMPARE(proxy->rowCount(), 1);
    const auto column = [&](JournalModel::Column c) {
        return proxy->index(0, int(c)).data().toString();
    };
    QCOMPARE(column(JournalModel::Column::Key), u"theme"_s);
    QCOMPARE(column(JournalModel::Column::Actor), u"alice"_s);
    QCOMPARE(column(JournalModel::Column::User), u"alice"_s);
    QCOMPARE(column(JournalModel::Column::Action), u"change"_s);
    QCOMPARE(column(JournalModel::Column::Outcome), u"applied"_s);
    QCOMPARE(column(JournalModel::Column::Change), u"\"light\" → \"dark\""_s);
    // The diff of the current entry: before and after.
    auto *diff = panel->findChild<ChangesView *>(u"historyDiff"_s);
    QVERIFY(diff->hasChanges());
    QCOMPARE(diff->changedOldLines(), QList<int>({0}));

    // By user (Alt+R), by key (Alt+K).
    HistoryTestWindow::press(Qt::Key_R, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"historyUserFilter"_s);
    HistoryTestWindow::type(u"bob"_s);
    QCOMPARE(proxy->rowCount(), 0);
    HistoryTestWindow::press(Qt::Key_A, Qt::ControlModifier);
    HistoryTestWindow::type(u"alice"_s);
    QCOMPARE(proxy->rowCount(), 1);
    HistoryTestWindow::press(Qt::Key_K, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"historyKeyFilter"_s);
    HistoryTestWindow::type(u"lang"_s);
    QCOMPARE(proxy->rowCount(), 0);
    HistoryTestWindow::press(Qt::Key_A, Qt::ControlModifier);
    HistoryTestWindow::type(u"them"_s);
    QCOMPARE(proxy->rowCount(), 1);
    // By date: from tomorrow hides today's change; to today shows it.
    auto *from = panel->findChild<QDateEdit *>(u"historyFromDate"_s);
    from->setDate(QDate::currentDate().addDays(1));
    QCOMPARE(proxy->rowCount(), 0);
    from->setDate(QDate::currentDate());
    panel->findChild<QDateEdit *>(u"historyToDate"_s)->setDate(QDate::currentDate());
    QCOMPARE(proxy->rowCount(), 1);

    // A second edit comes in as it is recorded, at the top.
    panel->findChild<QLineEdit *>(u"historyKeyFilter"_s)->clear();
    m_t.window->activateWindow();
    m_t.window->findChild<QWidget *>(u"preferenceTable"_s)->setFocus();
    // ("theme": the filter text "language" also matches a value that holds "languages".)
    m_t.editString(u"theme"_s, u"system"_s);
    QTRY_COMPARE(proxy->rowCount(), 2);
    QCOMPARE(proxy->index(0, int(JournalModel::Column::Change)).data().toString(),
        u"\"dark\" → \"system\""_s);
}

void TestHistory::undoFromThePanelRestoresTheOldValue()
{
    m_t.open(u"alice"_s);
    m_t.editString(u"theme"_s, u"dark"_s);
    HistoryPanel *panel = openPanel();
    QVERIFY(!QTest::currentTestFailed());
    const QString path = m_t.pathOf(u"theme"_s);
    m_t.server->clearRequestLog();

    HistoryTestWindow::press(Qt::Key_O, Qt::AltModifier); // Und&o
    QTRY_COMPARE(m_t.valueOf(u"theme"_s), u"\"light\""_s);
    const QList<RecordedRequest> patches = requestsTo(*m_t.server, "PATCH", path);
    QCOMPARE(patches.size(), 1);
    QVERIFY2(patches.first().body.contains("\"light\""), patches.first().body.constData());
    QVERIFY(panel->findChild<QLabel *>(u"historyStatus"_s)->text().startsWith(u"Undone"_s));

    // The undo is journaled, naming the entry it undoes, and shown.
    const QList<JournalEntry> entries = m_t.journal().entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).undoes, entries.at(1).id);
    QCOMPARE(entries.at(0).valueAfter->toCompactString(), u"\"light\""_s);
    QTRY_COMPARE(panel->filterModel()->rowCount(), 2);
    QCOMPARE(panel->filterModel()->index(0, int(JournalModel::Column::Action)).data().toString(),
        u"undo"_s);
}

void TestHistory::undoIsRefusedWhenTheValueChangedMeanwhile()
{
    m_t.open(u"alice"_s);
    m_t.editString(u"theme"_s, u"dark"_s);
    const qint64 id = m_t.window->preferenceModel()->preferenceAt(m_t.rowOf(u"theme"_s)).id;
    const QString path = m_t.pathOf(u"theme"_s);

    // Someone else (support) sets it to "blue" meanwhile.
    SignedInClient support(*m_t.server, u"support"_s);
    PreferenceWrite *write =
        PreferenceWrite::patch(support.api(), QString::number(m_t.window->account().id), id,
            std::nullopt, *JsonValue::parse(u"\"blue\""_s));
    QSignalSpy done(write, &PreferenceWrite::succeeded);
    write->start();
    QVERIFY(done.wait(10000));

    HistoryPanel *panel = openPanel();
    QVERIFY(!QTest::currentTestFailed());
    m_t.server->clearRequestLog();
    HistoryTestWindow::press(Qt::Key_O, Qt::AltModifier);
    auto *status = panel->findChild<QLabel *>(u"historyStatus"_s);
    QTRY_VERIFY(status->text().contains(u"has changed since"_s));
    QVERIFY2(status->text().contains(u"\"blue\""_s), qPrintable(status->text()));
    // The check read it; nothing was written.
    QVERIFY(!requestsTo(*m_t.server, "GET", path).isEmpty());
    QCOMPARE(requestsTo(*m_t.server, "PATCH", path).size(), 0);
    QCOMPARE(requestsTo(*m_t.server, "DELETE", path).size(), 0);
    QTRY_COMPARE(m_t.valueOf(u"theme"_s), u"\"blue\""_s);
    QCOMPARE(m_t.journal().entries().first().outcome, JournalEntry::Outcome::Conflict);
}

void TestHistory::ctrlZUndoesTheLastChangeAfterAsking()
{
    m_t.open(u"alice"_s);
    m_t.editString(u"theme"_s, u"dark"_s);
    const QString path = m_t.pathOf(u"theme"_s);
    m_t.server->clearRequestLog();

    // Cancel: nothing is sent.
    MessageBox::setNextAnswers({QMessageBox::Cancel});
    HistoryTestWindow::press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(MessageBox::askedQuestions().size(), 1);
    QVERIFY(MessageBox::askedQuestions().first().contains(u"theme"_s));
    QVERIFY(MessageBox::askedQuestions().first().contains(u"alice"_s));
    QCOMPARE(requestsTo(*m_t.server, "PATCH", path).size(), 0);

    // Yes: the old value comes back with one PATCH.
    MessageBox::setNextAnswers({QMessageBox::Yes});
    HistoryTestWindow::press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(MessageBox::askedQuestions().size(), 2);
    QTRY_COMPARE(m_t.valueOf(u"theme"_s), u"\"light\""_s);
    QCOMPARE(requestsTo(*m_t.server, "PATCH", path).size(), 1);
    // Nothing left to undo in this session.
    QTRY_VERIFY(!m_t.window->historyPanel()->undoLastAction()->isEnabled());
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
