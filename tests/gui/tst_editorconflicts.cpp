// The editor dialog when the preference changed on the server while it was
// being edited: an automatic merge, the conflict view with a choice per path,
// a preference deleted meanwhile, and a key taken meanwhile. Driven by keys,
// against a real prefserver on loopback; another client changes the data
// through the same API in between.
#include "JsonTextEdit.h"
#include "MergeDialog.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "PrefServer.h"
#include "PreferenceEditorDialog.h"
#include "PreferenceModel.h"
#include "SignedInClient.h"
#include "TestServer.h"
#include "TestedPreferenceModel.h"
#include "WriteRecorder.h"

#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestEditorConflicts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void changesThatDoNotOverlapMergeAfterOneConfirmation();
    void overlappingChangesOpenTheConflictViewWithAChoicePerPath();
    void discardMineReloadsTheServersVersion();
    void deletedMeanwhileOffersToCreateItAgain();
    void newKeyTakenMeanwhileKeepsTheEdit();

private:
    // Creates a preference of alice's and opens the editor on it.
    std::unique_ptr<PreferenceEditorDialog> openNew(const QString &key, const char *value);
    // Another client (the user on their phone) writes with no condition.
    void otherClientPatches(qint64 id, const char *value);
    // Types text into the JSON editor (Alt+J from where the focus is), replacing all.
    static void typeValue(const QString &text);
    MergeDialog *waitForMergeDialog(QWidget *parent);
    QStringList methodsSinceOpening() const;

    std::unique_ptr<PrefServer> m_server;
    std::unique_ptr<SignedInClient> m_session;
    std::unique_ptr<TestedPreferenceModel> m_model;
};

void TestEditorConflicts::init()
{
    m_server = startDemoServer();
    QVERIFY(m_server);
    m_session = std::make_unique<SignedInClient>(*m_server, u"alice"_s);
    // Watched for the whole test, from before the first change.
    m_model = std::make_unique<TestedPreferenceModel>(m_session->api());
    QVERIFY(m_model->reloadAndWait());
    MessageBox::setNextAnswers({});
    MessageBox::clearAskedQuestions();
}

void TestEditorConflicts::cleanup()
{
    m_model.reset();
    m_session.reset();
    m_server.reset();
}

std::unique_ptr<PreferenceEditorDialog> TestEditorConflicts::openNew(
    const QString &key, const char *value)
{
    WriteRecorder created;
    created.start(m_model->create(key, *JsonValue::parse(QByteArray(value))));
    if (!QTest::qWaitFor([&] { return created.isDone(); }, 10000) ||
        created.outcome != WriteRecorder::Outcome::Succeeded)
        return {};
    auto dialog = std::make_unique<PreferenceEditorDialog>(
        m_model.get(), m_model->preferenceAt(m_model->rowForId(created.result.id)));
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return {};
    m_server->clearRequestLog();
    return dialog;
}

void TestEditorConflicts::otherClientPatches(qint64 id, const char *value)
{
    WriteRecorder other;
    other.start(PreferenceWrite::patch(
        m_session->api(), u"me"_s, id, std::nullopt, *JsonValue::parse(QByteArray(value))));
    QTRY_VERIFY(other.isDone());
    QCOMPARE(other.outcome, WriteRecorder::Outcome::Succeeded);
    m_server->clearRequestLog();
}

void TestEditorConflicts::typeValue(const QString &text)
{
    // An object opens on the tree; Alt+J goes on to the JSON text.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_J, Qt::AltModifier);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(qobject_cast<JsonTextEdit *>(focus));
    QTest::keyClick(focus, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(focus, Qt::Key_Delete);
    QTest::keyClicks(focus, text);
}

MergeDialog *TestEditorConflicts::waitForMergeDialog(QWidget *parent)
{
    MergeDialog *merge = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            merge = parent->findChild<MergeDialog *>();
            return merge && merge->isVisible();
        },
        10000);
    return shown ? merge : nullptr;
}

QStringList TestEditorConflicts::methodsSinceOpening() const
{
    QStringList result;
    for (const RecordedRequest &request : m_server->requestLog())
        result.append(QString::fromLatin1(request.method));
    return result;
}

void TestEditorConflicts::changesThatDoNotOverlapMergeAfterOneConfirmation()
{
    // Staff open the notifications; meanwhile the user turns off push.
    auto dialog = openNew(u"test.notifications"_s, R"({"email":true,"push":true,"n":1E+2})");
    QVERIFY(dialog);
    const qint64 id = dialog->preferenceId();
    otherClientPatches(id, R"({"email":true,"push":false,"n":1E+2})");

    // Staff turn off email, by keys, and save.
    typeValue(uR"({"email":false,"push":true,"n":1E+2})"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);

    MergeDialog *merge = waitForMergeDialog(dialog.get());
    QVERIFY(merge);
    QVERIFY(!merge->hasConflicts());
    QVERIFY(merge->resolvedValue().isIdenticalTo(
        *JsonValue::parse(QByteArray(R"({"email":false,"push":false,"n":1E+2})"))));
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    // The focus is on "Save Merged Value": Enter confirms.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(accepted.wait(10000));

    // Read, found changed; then read again and patched with the merged value.
    QCOMPARE(methodsSinceOpening(), (QStringList {u"GET"_s, u"GET"_s, u"PATCH"_s}));
    const QList<RecordedRequest> patches =
        requestsTo(*m_server, "PATCH", u"/api/v2/user/me/preference/%1/"_s.arg(id));
    QCOMPARE(
        patches.first().body, QByteArray(R"({"value":{"email":false,"push":false,"n":1E+2}})"));
    // Both changes are there; the number kept its text.
    QCOMPARE(m_model->preferenceAt(m_model->rowForId(id)).value.toCompactString(),
        uR"({"email":false,"push":false,"n":1E+2})"_s);
}

void TestEditorConflicts::overlappingChangesOpenTheConflictViewWithAChoicePerPath()
{
    auto dialog = openNew(u"test.layout"_s, R"({"a":1,"b":1,"c":1})");
    QVERIFY(dialog);
    const qint64 id = dialog->preferenceId();
    otherClientPatches(id, R"({"a":2,"b":2,"c":1})");

    typeValue(uR"({"a":3,"b":3,"c":3})"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);

    MergeDialog *merge = waitForMergeDialog(dialog.get());
    QVERIFY(merge);
    QVERIFY(merge->hasConflicts());
    // One row per conflicting path, "a" and "b"; "c" merged on its own.
    auto *table = merge->findChild<QTableView *>(u"conflictTable"_s);
    QVERIFY(table);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->model()->rowCount(), 2);
    // Keep mine for "a"; take theirs for "b": Down, Right.
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Right);
    QVERIFY(merge->resolvedValue().isIdenticalTo(
        *JsonValue::parse(QByteArray(R"({"a":3,"b":2,"c":3})"))));

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier); // Save Resolved Value
    QVERIFY(accepted.wait(10000));
    QCOMPARE(methodsSinceOpening(), (QStringList {u"GET"_s, u"GET"_s, u"PATCH"_s}));
    QCOMPARE(m_model->preferenceAt(m_model->rowForId(id)).value.toCompactString(),
        uR"({"a":3,"b":2,"c":3})"_s);
}

void TestEditorConflicts::discardMineReloadsTheServersVersion()
{
    auto dialog = openNew(u"test.layout"_s, R"({"a":1})");
    QVERIFY(dialog);
    const qint64 id = dialog->preferenceId();
    otherClientPatches(id, R"({"a":2})");
    typeValue(uR"({"a":3})"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);

    MergeDialog *merge = waitForMergeDialog(dialog.get());
    QVERIFY(merge);
    const QPointer<MergeDialog> closing(merge);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(!closing); // closed, and deleted
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->valueText(), u"{\n  \"a\": 2\n}"_s);
    QVERIFY(!dialog->hasChanges());
    QCOMPARE(methodsSinceOpening(), QStringList {u"GET"_s}); // nothing written
    QCOMPARE(
        dialog->findChild<MessageBar *>(u"messageBar"_s)->type(), MessageBar::Type::Information);
}

void TestEditorConflicts::deletedMeanwhileOffersToCreateItAgain()
{
    auto dialog = openNew(u"test.theme"_s, R"({"mode":"dark"})");
    QVERIFY(dialog);
    const qint64 id = dialog->preferenceId();
    WriteRecorder removal;
    removal.start(PreferenceWrite::remove(m_session->api(), u"me"_s, id));
    QTRY_VERIFY(removal.isDone());
    m_server->clearRequestLog();

    typeValue(uR"({"mode":"light"})"_s);
    QTRY_VERIFY(dialog->isValid());
    MessageBox::setNextAnswers({QMessageBox::Yes});
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(accepted.wait(10000));
    QCOMPARE(MessageBox::askedQuestions().size(), 1);
    QVERIFY(MessageBox::askedQuestions().first().contains(u"test.theme"_s));

    // The check found it gone (404), then it was created again.
    QCOMPARE(methodsSinceOpening(), (QStringList {u"GET"_s, u"GET"_s, u"POST"_s}));
    QVERIFY(dialog->preferenceId() != id);
    const int row = m_model->rowForId(dialog->preferenceId());
    QVERIFY(row >= 0);
    QCOMPARE(m_model->preferenceAt(row).value.toCompactString(), uR"({"mode":"light"})"_s);
    QCOMPARE(m_model->rowForId(id), -1);
}

void TestEditorConflicts::newKeyTakenMeanwhileKeepsTheEdit()
{
    PreferenceEditorDialog dialog(m_model.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Someone else creates the key while this dialog is being filled in.
    WriteRecorder other;
    other.start(PreferenceWrite::create(
        m_session->api(), u"me"_s, u"test.new"_s, *JsonValue::parse(QByteArray("1"))));
    QTRY_VERIFY(other.isDone());
    m_server->clearRequestLog();

    QTest::keyClicks(QApplication::focusWidget(), u"test.new"_s); // the key field
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"[2]"_s);
    QTRY_VERIFY(dialog.isValid());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);

    auto *bar = dialog.findChild<MessageBar *>(u"messageBar"_s);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    QVERIFY2(bar->text().contains(u"test.new"_s), qPrintable(bar->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.key(), u"test.new"_s);
    QCOMPARE(dialog.valueText(), u"[2]"_s);
    QCOMPARE(methodsSinceOpening(), QStringList {u"GET"_s}); // no POST
}

QTEST_MAIN(TestEditorConflicts)
#include "tst_editorconflicts.moc"
