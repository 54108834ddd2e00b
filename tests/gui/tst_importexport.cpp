// File > Export… and File > Import… with real widgets (offscreen) against a
// real in-process prefserver, driven by keys from where the focus is (the
// file dialog answered through TransferActions::setNextFileName): the export
// is a file PreferenceFile::parse accepts with the user's preferences; an
// import shows its plan, Apply writes it, and the History panel undoes the
// whole import as one batch; a bad file is refused with its error and
// nothing is sent.

#include "HistoryTestSupport.h"

#include "ChangeSetApplier.h"
#include "ChangeSetDialog.h"
#include "ChangeSetModel.h"
#include "HistoryPanel.h"
#include "JournalModel.h"
#include "JournalRecorder.h"
#include "MessageBox.h"
#include "PreferenceFile.h"
#include "TransferActions.h"

#include <QCheckBox>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;

class TestImportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportWritesTheUsersPreferences();
    void importIsPreviewedAppliedAndUndoneAsABatch();
    void badImportFileIsRefusedBeforeAnythingIsSent();

private:
    // File menu (Alt+F), then the item's mnemonic.
    void fileMenu(Qt::Key item);
    bool writeFile(const QString &name, const QByteArray &bytes);

    HistoryTestWindow m_t;
    QTemporaryDir m_files;
};

void TestImportExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PrefEditorTests"_s);
    QCoreApplication::setApplicationName(u"tst_importexport"_s);
}

void TestImportExport::init()
{
    MainWindowFixture::clearSharedState();
    m_t.server = startDemoServer();
    QVERIFY(m_t.server);
}

void TestImportExport::cleanup()
{
    m_t.reset();
    QSettings().clear();
}

void TestImportExport::fileMenu(Qt::Key item)
{
    HistoryTestWindow::press(Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(QApplication::activePopupWidget());
    QCOMPARE(QApplication::activePopupWidget()->objectName(), u"menuFile"_s);
    HistoryTestWindow::press(item);
}

bool TestImportExport::writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(m_files.filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void TestImportExport::exportWritesTheUsersPreferences()
{
    m_t.open(u"alice"_s);
    const QString fileName = m_files.filePath(u"alice.json"_s);
    TransferActions::setNextFileName(fileName);
    fileMenu(Qt::Key_E);
    QTRY_VERIFY(QFile::exists(fileName));

    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<PreferenceFile> parsed = PreferenceFile::parse(file.readAll(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->userId, m_t.window->account().id);
    QCOMPARE(parsed->username, u"alice"_s);
    const PreferenceModel *model = m_t.window->preferenceModel();
    QCOMPARE(parsed->preferences.size(), model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(parsed->preferences.at(row).key, model->preferenceAt(row).key);
        QCOMPARE(
            parsed->preferences.at(row).value.toJson(), model->preferenceAt(row).value.toJson());
    }
    // Every digit kept.
    QVERIFY(file.seek(0));
    QVERIFY(file.readAll().contains("9223372036854775807"));
}

void TestImportExport::importIsPreviewedAppliedAndUndoneAsABatch()
{
    m_t.open(u"alice"_s);
    QVERIFY(writeFile(u"in.json"_s,
        R"({"format": "prefeditor.preferences", "version": 1, "preferences": [
            {"key": "theme", "value": "dark"},
            {"key": "language", "value": "en"},
            {"key": "gui.imported", "value": {"n": 42}}]})"));
    const QString themePath = m_t.pathOf(u"theme"_s);
    TransferActions::setNextFileName(m_files.filePath(u"in.json"_s));
    fileMenu(Qt::Key_I);
    ChangeSetDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_t.window->findChild<ChangeSetDialog *>()) && dialog->isVisible() &&
        dialog->isAncestorOf(QApplication::focusWidget()));

    // The preview: one row per key, with its kind; deleting is off.
    auto *table = dialog->findChild<QTableView *>(u"changeSetTable"_s);
    QAbstractItemModelTester tester(
        table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), 3);
    const auto kind = [&](int row) {
        return ChangeSet::Kind(
            table->model()->index(row, 0).data(ChangeSetModel::KindRole).toInt());
    };
    QCOMPARE(kind(0), ChangeSet::Kind::Change);
    QCOMPARE(kind(1), ChangeSet::Kind::Unchanged);
    QCOMPARE(kind(2), ChangeSet::Kind::Create);
    QVERIFY(!dialog->findChild<QCheckBox *>(u"deleteMissingCheck"_s)->isChecked());

    // Apply (Alt+A): the PATCH and the POST, nothing for the unchanged key.
    m_t.server->clearRequestLog();
    QSignalSpy applied(dialog, &ChangeSetDialog::applied);
    HistoryTestWindow::press(Qt::Key_A, Qt::AltModifier);
    QVERIFY(applied.wait(10000));
    QCOMPARE(dialog->applier()->count(ChangeSetApplier::Status::Applied), 2);
    // The import writes to the open user as the table names it ("me"); the
    // undo below, to the user id its journal entries name.
    const QString importedThemePath = u"/api/v2/user/me/preference/%1/"_s.arg(
        m_t.window->preferenceModel()->preferenceAt(m_t.rowOf(u"theme"_s)).id);
    QCOMPARE(requestsTo(*m_t.server, "PATCH", importedThemePath).size(), 1);
    QCOMPARE(
        countRequests(*m_t.server, "POST", u"/api/v2/user/me/preference/"_s, "gui.imported"), 1);
    int patches = 0; // none elsewhere
    for (const RecordedRequest &request : m_t.server->requestLog())
        patches += request.method == "PATCH" ? 1 : 0;
    QCOMPARE(patches, 1);
    const QString batch = dialog->applier()->batchId();
    QCOMPARE(m_t.journal().entriesOfBatch(batch).size(), 2);
    QCOMPARE(table->model()
                 ->index(0, int(ChangeSetModel::Column::Result))
                 .data(ChangeSetModel::StatusRole)
                 .toInt(),
        int(ChangeSetApplier::Status::Applied));
    HistoryTestWindow::press(Qt::Key_Escape); // Close
    QTRY_VERIFY(!m_t.window->findChild<ChangeSetDialog *>());
    QTRY_COMPARE(m_t.valueOf(u"gui.imported"_s), u"{\"n\":42}"_s);
    QCOMPARE(m_t.valueOf(u"theme"_s), u"\"dark\""_s);
    const QString createdPath = m_t.pathOf(u"gui.imported"_s);

    // History: Undo on one of the batch's entries, "Undo All".
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
    HistoryTestWindow::press(Qt::Key_O, Qt::AltModifier); // a mnemonic clicks a moment later
    QTRY_COMPARE(MessageBox::askedQuestions().size(), 1);
    QTRY_COMPARE(m_t.valueOf(u"theme"_s), u"\"light\""_s);
    QTRY_COMPARE(m_t.rowOf(u"gui.imported"_s), -1);
    QCOMPARE(requestsTo(*m_t.server, "PATCH", themePath).size(), 1);
    QCOMPARE(requestsTo(*m_t.server, "DELETE", createdPath).size(), 1);
    // The undo is a batch of its own, each entry naming what it undoes.
    const QList<JournalEntry> entries = m_t.journal().entries();
    QCOMPARE(entries.size(), 4);
    QVERIFY(!entries.at(0).batchId.isEmpty());
    QCOMPARE(entries.at(0).batchId, entries.at(1).batchId);
    QVERIFY(entries.at(0).batchId != batch);
    QVERIFY(!entries.at(0).undoes.isEmpty() && !entries.at(1).undoes.isEmpty());
}

void TestImportExport::badImportFileIsRefusedBeforeAnythingIsSent()
{
    m_t.open(u"alice"_s);
    QVERIFY(writeFile(u"bad.json"_s, R"({"format": "prefeditor.preferences", "version": 1,
        "preferences": [{"key": "theme", "value": "dark"}, {"key": "theme", "value": 1}]})"));
    TransferActions::setNextFileName(m_files.filePath(u"bad.json"_s));
    m_t.server->clearRequestLog();
    MessageBox::setNextAnswers({QMessageBox::Ok});
    fileMenu(Qt::Key_I);
    QTRY_COMPARE(MessageBox::askedQuestions().size(), 1);
    const QString message = MessageBox::askedQuestions().first();
    QVERIFY2(message.contains(u"cannot be imported"_s) && message.contains(u"theme"_s),
        qPrintable(message));
    QVERIFY(!m_t.window->findChild<ChangeSetDialog *>());
    QCOMPARE(m_t.server->requestLog().size(), 0);
}

QTEST_MAIN(TestImportExport)
#include "tst_importexport.moc"
