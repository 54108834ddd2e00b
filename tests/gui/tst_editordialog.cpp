// The preference editor dialog and the delete confirmation, driven as a user
// would, against a real prefserver on loopback.
#include "ChangesView.h"
#include "DeleteConfirmation.h"
#include "JsonHighlighter.h"
#include "JsonTextEdit.h"
#include "LineDiff.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "PrefServer.h"
#include "PreferenceEditorDialog.h"
#include "PreferenceModel.h"
#include "SignedInClient.h"
#include "TestServer.h"
#include "TestedPreferenceModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

class TestEditorDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void invalidJsonShowsErrorAndDisablesSave();
    void fixingAndSavingPatchesOnlyTheValue();
    void renamingPatchesOnlyTheKey();
    void ctrlSSavesAndCtrlEJumpsToTheError();
    void newPreferenceIsCreatedWithPost();
    void failedSaveKeepsTheEditAndRetrySucceeds();
    void dialogCannotBeClosedWhileSaving();
    void escapeWithChangesAsksFirst();
    void escapeWithoutChangesClosesAtOnce();
    void typeChangeThroughQuickEditAsks();
    void numberQuickEditKeepsBigIntegersExact();
    void stringQuickEditHandlesEscaping();
    void formatAndCompactKeepKeyOrder();
    void changesViewMarksDifferingLines();
    void unrelatedEditKeepsEveryNumberExact();
    void duplicateKeysAreErrors();
    void keyFieldFlagsEmptyAndSpaces();
    void keyInUseRefusesNewAndRename();
    void detailsShowLocalTimes();
    void bigValueIsValidatedAfterTypingStops();
    void darkPaletteGivesLightColours();
    void lineDiff();
    void deleteConfirmationNamesKeyAndOwner();
    void deleteConfirmationOfYourOwn();
    void screenshot();

private:
    int rowOf(const QString &key) const;
    std::unique_ptr<PreferenceEditorDialog> openEditor(const QString &key);
    QList<RecordedRequest> requests(const QByteArray &method) const;
    static void replaceText(QWidget *editor, const QString &text);
    template<typename T> static T *child(QWidget *dialog, const char *name)
    {
        auto *w = dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    std::unique_ptr<PrefServer> m_server;
    std::unique_ptr<SignedInClient> m_session;
    std::unique_ptr<TestedPreferenceModel> m_model;
};

void TestEditorDialog::init()
{
    m_server = startDemoServer();
    QVERIFY(m_server);
    m_session = std::make_unique<SignedInClient>(*m_server, u"alice"_s);
    // Watched for the whole test, from before the first change.
    m_model = std::make_unique<TestedPreferenceModel>(m_session->api());
    QVERIFY(m_model->reloadAndWait());
    QVERIFY(m_model->rowCount() > 5);
    m_server->clearRequestLog();
    MessageBox::setNextAnswers({});
    MessageBox::clearAskedQuestions();
}

void TestEditorDialog::cleanup()
{
    m_model.reset();
    m_session.reset();
    m_server.reset();
}

int TestEditorDialog::rowOf(const QString &key) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->preferenceAt(row).key == key)
            return row;
    }
    return -1;
}

std::unique_ptr<PreferenceEditorDialog> TestEditorDialog::openEditor(const QString &key)
{
    const int row = rowOf(key);
    if (row < 0)
        return {};
    auto dialog =
        std::make_unique<PreferenceEditorDialog>(m_model.get(), m_model->preferenceAt(row));
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return {};
    return dialog;
}

QList<RecordedRequest> TestEditorDialog::requests(const QByteArray &method) const
{
    QList<RecordedRequest> result;
    for (const RecordedRequest &request : m_server->requestLog()) {
        if (request.method == method)
            result.append(request);
    }
    return result;
}

void TestEditorDialog::replaceText(QWidget *editor, const QString &text)
{
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines.at(i));
    }
}

void TestEditorDialog::invalidJsonShowsErrorAndDisablesSave()
{
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    auto *tabs = child<QTabWidget>(dialog.get(), "tabs");
    auto *valueEdit = child<JsonTextEdit>(dialog.get(), "valueEdit");
    auto *errorLabel = child<QLabel>(dialog.get(), "errorLabel");
    auto *saveButton = child<QPushButton>(dialog.get(), "saveButton");
    QVERIFY(tabs && valueEdit && errorLabel && saveButton);
    QCOMPARE(tabs->currentWidget()->objectName(), u"treePage"_s); // an object: the tree first
    QVERIFY(!errorLabel->isVisible());
    QVERIFY(!saveButton->isEnabled()); // nothing changed yet

    // line 3 is `"b" 2`: the colon is missing before the 2 in column 5.
    valueEdit->setFocus();
    QTest::keyClick(valueEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(valueEdit, Qt::Key_Delete);
    QTest::keyClicks(valueEdit, u"{"_s);
    QTest::keyClick(valueEdit, Qt::Key_Return);
    QTest::keyClicks(valueEdit, u"\"a\": 1,"_s);
    QTest::keyClick(valueEdit, Qt::Key_Return);
    QTest::keyClicks(valueEdit, u"\"b\" 2"_s);
    QTest::keyClick(valueEdit, Qt::Key_Return);
    QTest::keyClicks(valueEdit, u"}"_s);

    QTRY_VERIFY(errorLabel->isVisible());
    QVERIFY2(
        errorLabel->text().startsWith(u"line 3, column 5: "_s), qPrintable(errorLabel->text()));
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(valueEdit->hasErrorMarker());
    QCOMPARE(valueEdit->errorPosition(), valueEdit->positionForLineColumn(3, 5));
    QCOMPARE(valueEdit->document()->characterAt(valueEdit->errorPosition()), u'2');
    QVERIFY(child<QPushButton>(dialog.get(), "jumpToErrorButton")->isVisible());
    QVERIFY(!dialog->value().has_value());
}

void TestEditorDialog::fixingAndSavingPatchesOnlyTheValue()
{
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    const qint64 id = dialog->preferenceId();
    auto *valueEdit = child<JsonTextEdit>(dialog.get(), "valueEdit");
    auto *errorLabel = child<QLabel>(dialog.get(), "errorLabel");
    auto *saveButton = child<QPushButton>(dialog.get(), "saveButton");

    replaceText(valueEdit, u"{\"push\": true, \"email\" 1}"_s);
    QTRY_VERIFY(errorLabel->isVisible());
    QVERIFY2(
        errorLabel->text().startsWith(u"line 1, column 24: "_s), qPrintable(errorLabel->text()));
    QVERIFY(!saveButton->isEnabled());

    // Fix it: put the colon in front of the 1.
    QTextCursor cursor = valueEdit->textCursor();
    cursor.setPosition(valueEdit->errorPosition() - 1);
    valueEdit->setTextCursor(cursor);
    QTest::keyClicks(valueEdit, u":"_s);
    QTRY_VERIFY(!errorLabel->isVisible());
    QTRY_VERIFY(saveButton->isEnabled());

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(accepted.wait(10000));

    const auto patches = requests("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.first().path, u"/api/v2/user/me/preference/%1/"_s.arg(id));
    const auto body = JsonValue::parse(patches.first().body);
    QVERIFY(body);
    QCOMPARE(body->keys(), QStringList {u"value"_s}); // only what changed
    QCOMPARE(patches.first().body, QByteArray(R"({"value":{"push":true,"email":1}})"));
    const int row = m_model->rowForId(id);
    QVERIFY(m_model->preferenceAt(row).value.isIdenticalTo(
        *JsonValue::parse(u"{\"push\":true,\"email\":1}"_s)));
}

void TestEditorDialog::renamingPatchesOnlyTheKey()
{
    auto dialog = openEditor(u"theme"_s);
    QVERIFY(dialog);
    auto *keyEdit = child<QLineEdit>(dialog.get(), "keyEdit");
    auto *saveButton = child<QPushButton>(dialog.get(), "saveButton");
    replaceText(keyEdit, u"ui.theme"_s);
    QTRY_VERIFY(saveButton->isEnabled());
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(accepted.wait(10000));
    const auto patches = requests("PATCH");
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.first().body, QByteArray(R"({"key":"ui.theme"})"));
    QVERIFY(rowOf(u"ui.theme"_s) >= 0);
}

void TestEditorDialog::ctrlSSavesAndCtrlEJumpsToTheError()
{
    auto dialog = openEditor(u"platform_tour"_s);
    QVERIFY(dialog);
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        QSKIP("The platform cannot activate windows, so shortcuts cannot be tested.");
    auto *tabs = child<QTabWidget>(dialog.get(), "tabs");
    auto *keyEdit = child<QLineEdit>(dialog.get(), "keyEdit");
    auto *valueEdit = child<JsonTextEdit>(dialog.get(), "valueEdit");
    auto *errorLabel = child<QLabel>(dialog.get(), "errorLabel");

    replaceText(valueEdit, u"[1, 2,, 3]"_s);
    QTRY_VERIFY(errorLabel->isVisible());
    QVERIFY(errorLabel->text().startsWith(u"line 1, column 7: "_s));

    // From elsewhere in the dialog, Ctrl+E brings the cursor to the spot.
    tabs->setCurrentIndex(tabs->indexOf(child<QWidget>(dialog.get(), "detailsPage")));
    keyEdit->setFocus();
    QTest::keyClick(keyEdit, Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), u"jsonPage"_s);
    QTRY_VERIFY(valueEdit->hasFocus());
    QCOMPARE(valueEdit->textCursor().position(), valueEdit->errorPosition());

    // Ctrl+S does nothing while invalid, then saves.
    QTest::keyClick(valueEdit, Qt::Key_S, Qt::ControlModifier);
    QTest::qWait(50);
    QVERIFY(requests("PATCH").isEmpty());
    QTest::keyClick(valueEdit, Qt::Key_Delete); // the second comma
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::keyClick(valueEdit, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(accepted.wait(10000));
    QCOMPARE(requests("PATCH").size(), 1);
    QCOMPARE(requests("PATCH").first().body, QByteArray(R"({"value":[1,2,3]})"));
}

void TestEditorDialog::newPreferenceIsCreatedWithPost()
{
    const int rowsBefore = m_model->rowCount();
    PreferenceEditorDialog dialog(m_model.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.mode(), PreferenceEditorDialog::Mode::New);
    auto *keyEdit = child<QLineEdit>(&dialog, "keyEdit");
    auto *valueEdit = child<JsonTextEdit>(&dialog, "valueEdit");
    auto *saveButton = child<QPushButton>(&dialog, "saveButton");
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, "keyHint")->isVisible()); // not scolded before typing

    QTest::keyClicks(keyEdit, u"editor.tab_width"_s);
    QVERIFY(!saveButton->isEnabled()); // no value yet
    QTest::keyClicks(valueEdit, u"{\"size\": 4, \"spaces\": true}"_s);
    QTRY_VERIFY(saveButton->isEnabled());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy saved(&dialog, &PreferenceEditorDialog::saved);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(accepted.wait(10000));
    const auto posts = requests("POST");
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().path, u"/api/v2/user/me/preference/"_s);
    QCOMPARE(posts.first().body,
        QByteArray(R"({"key":"editor.tab_width","value":{"size":4,"spaces":true}})"));
    QCOMPARE(m_model->rowCount(), rowsBefore + 1);
    QVERIFY(dialog.preferenceId() > 0);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toLongLong(), dialog.preferenceId());
    QCOMPARE(
        m_model->preferenceAt(m_model->rowForId(dialog.preferenceId())).key, u"editor.tab_width"_s);
}

void TestEditorDialog::failedSaveKeepsTheEditAndRetrySucceeds()
{
    auto dialog = openEditor(u"items_per_page"_s);
    QVERIFY(dialog);
    Fault fault;
    fault.path = u"*"_s;
    fault.method = "PATCH";
    fault.status = 500;
    m_server->addFault(fault);

    auto *valueEdit = child<JsonTextEdit>(dialog.get(), "valueEdit");
    auto *saveButton = child<QPushButton>(dialog.get(), "saveButton");
    auto *messageBar = child<MessageBar>(dialog.get(), "messageBar");
    replaceText(valueEdit, u"75"_s);
    QTRY_VERIFY(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(messageBar->isVisible(), 10000);

    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isSaving());
    QCOMPARE(valueEdit->toPlainText(), u"75"_s); // the edit is intact
    QVERIFY(!valueEdit->isReadOnly());
    QVERIFY(messageBar->isVisible());
    QCOMPARE(messageBar->type(), MessageBar::Type::Error);
    QVERIFY2(messageBar->text().contains(u"500"_s), qPrintable(messageBar->text()));
    auto *retry = child<QToolButton>(messageBar, "messageBarAction");
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->text(), u"Retry"_s);
    QCOMPARE(m_model->preferenceAt(rowOf(u"items_per_page"_s)).value.toInteger(), 20);

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(accepted.wait(10000));
    const auto patches = requests("PATCH");
    QCOMPARE(patches.size(), 2);
    QCOMPARE(patches.at(1).body, QByteArray(R"({"value":75})"));
    QCOMPARE(m_model->preferenceAt(rowOf(u"items_per_page"_s)).value.toInteger(), 75);
}

void TestEditorDialog::dialogCannotBeClosedWhileSaving()
{
    auto dialog = openEditor(u"items_per_page"_s);
    QVERIFY(dialog);
    Fault delay;
    delay.path = u"*"_s;
    delay.method = "PATCH";
    delay.kind = Fault::Kind::Delay;
    delay.delayMs = 800;
    m_server->addFault(delay);

    auto *valueEdit = child<JsonTextEdit>(dialog.get(), "valueEdit");
    auto *keyEdit = child<QLineEdit>(dialog.get(), "keyEdit");
    replaceText(valueEdit, u"30"_s);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    dialog->save();
    QVERIFY(dialog->isSaving());
    QVERIFY(child<QProgressBar>(dialog.get(), "busyIndicator")->isVisible());
    QVERIFY(keyEdit->isReadOnly());
    QVERIFY(valueEdit->isReadOnly());
    QVERIFY(!child<QPushButton>(dialog.get(), "saveButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), "cancelButton")->isEnabled());

    QTest::keyClick(valueEdit, Qt::Key_Escape);
    dialog->close();
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QVERIFY(MessageBox::askedQuestions().isEmpty());
    QVERIFY(accepted.wait(10000));
    QCOMPARE(rejected.size(), 0);
}

void TestEditorDialog::escapeWithChangesAsksFirst()
{
    auto dialog = openEditor(u"font_scale"_s);
    QVERIFY(dialog);
    auto *valueEdit = child<JsonTextEdit>(dialog.get(), "valueEdit");
    replaceText(valueEdit, u"1.5"_s);

    MessageBox::setNextAnswers({QMessageBox::Cancel});
    QTest::keyClick(valueEdit, Qt::Key_Escape);
    QCOMPARE(MessageBox::askedQuestions().size(), 1);
    QVERIFY(MessageBox::askedQuestions().first().contains(u"font_scale"_s));
    QVERIFY(dialog->isVisible());
    QCOMPARE(valueEdit->toPlainText(), u"1.5"_s);

    MessageBox::setNextAnswers({QMessageBox::Discard});
    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    QTest::keyClick(valueEdit, Qt::Key_Escape);
    QCOMPARE(MessageBox::askedQuestions().size(), 2);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!dialog->isVisible());
    QVERIFY(requests("PATCH").isEmpty());
}

void TestEditorDialog::escapeWithoutChangesClosesAtOnce()
{
    auto dialog = openEditor(u"font_scale"_s);
    QVERIFY(dialog);
    auto *valueEdit = child<JsonTextEdit>(dialog.get(), "valueEdit");
    // Same value, other layout: nothing to save, nothing to ask.
    replaceText(valueEdit, u"  1.0 "_s);
    QTRY_VERIFY(!dialog->isValidationPending());
    QVERIFY(dialog->value().has_value());
    QVERIFY(!dialog->hasChanges());
    QTest::keyClick(valueEdit, Qt::Key_Escape);
    QVERIFY(MessageBox::askedQuestions().isEmpty());
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
}

void TestEditorDialog::typeChangeThroughQuickEditAsks()
{
    auto dialog = openEditor(u"autosave"_s);
    QVERIFY(dialog);
    auto *tabs = child<QTabWidget>(dialog.get(), "tabs");
    auto *valueEdit = child<JsonTextEdit>(dialog.get(), "valueEdit");
    auto *typeCombo = child<QComboBox>(dialog.get(), "typeCombo");
    auto *boolCheck = child<QCheckBox>(dialog.get(), "boolCheck");
    QCOMPARE(tabs->currentWidget()->objectName(), u"quickEdit"_s); // a boolean: quick edit first
    QVERIFY(boolCheck->isVisible());
    QVERIFY(boolCheck->isChecked());

    // Same type: no question.
    QTest::mouseClick(boolCheck, Qt::LeftButton, {}, QPoint(4, boolCheck->height() / 2));
    QCOMPARE(valueEdit->toPlainText(), u"false"_s);
    QVERIFY(MessageBox::askedQuestions().isEmpty());

    // boolean -> string, declined: nothing changes.
    MessageBox::setNextAnswers({QMessageBox::No});
    typeCombo->setFocus();
    QTest::keyClicks(typeCombo, u"S"_s);
    QCOMPARE(MessageBox::askedQuestions().size(), 1);
    QVERIFY2(MessageBox::askedQuestions().first().contains(u"from boolean to string"_s),
        qPrintable(MessageBox::askedQuestions().first()));
    QCOMPARE(valueEdit->toPlainText(), u"false"_s);
    QCOMPARE(typeCombo->currentText(), u"Boolean"_s);
    QVERIFY(boolCheck->isVisible());

    // Accepted: the value becomes the string "false". (Wait for the
    // combo box's keyboard search to forget the first "S".)
    QTest::qWait(QApplication::keyboardInputInterval() + 100);
    MessageBox::setNextAnswers({QMessageBox::Yes});
    QTest::keyClicks(typeCombo, u"S"_s);
    QCOMPARE(MessageBox::askedQuestions().size(), 2);
    QCOMPARE(valueEdit->toPlainText(), u"\"false\""_s);
    QVERIFY(child<QPlainTextEdit>(dialog.get(), "stringEdit")->isVisible());
    QVERIFY(dialog->value()->isString());
}

void TestEditorDialog::numberQuickEditKeepsBigIntegersExact()
{
    auto dialog = openEditor(u"last_read_message_id"_s);
    QVERIFY(dialog);
    auto *numberEdit = child<QLineEdit>(dialog.get(), "numberEdit");
    QVERIFY(numberEdit->isVisible());
    QCOMPARE(numberEdit->text(), u"9223372036854775807"_s);
    replaceText(numberEdit, u"9223372036854775806"_s);
    QCOMPARE(
        child<JsonTextEdit>(dialog.get(), "valueEdit")->toPlainText(), u"9223372036854775806"_s);
    QTest::keyClicks(numberEdit, u"x"_s); // refused by the validator
    QCOMPARE(numberEdit->text(), u"9223372036854775806"_s);

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    dialog->save();
    QVERIFY(accepted.wait(10000));
    QCOMPARE(requests("PATCH").first().body, QByteArray(R"({"value":9223372036854775806})"));
}

void TestEditorDialog::stringQuickEditHandlesEscaping()
{
    auto dialog = openEditor(u"theme"_s);
    QVERIFY(dialog);
    auto *stringEdit = child<QPlainTextEdit>(dialog.get(), "stringEdit");
    QVERIFY(stringEdit->isVisible());
    QCOMPARE(stringEdit->toPlainText(), u"light"_s); // no quotes
    replaceText(stringEdit, u"say \"hi\" \\ o/"_s);
    QCOMPARE(child<JsonTextEdit>(dialog.get(), "valueEdit")->toPlainText(),
        u"\"say \\\"hi\\\" \\\\ o/\""_s);
    QTRY_VERIFY(dialog->value().has_value());
    QCOMPARE(dialog->value()->toString(), u"say \"hi\" \\ o/"_s);
    QVERIFY(MessageBox::askedQuestions().isEmpty());
}

void TestEditorDialog::formatAndCompactKeepKeyOrder()
{
    auto dialog = openEditor(u"editor_settings"_s);
    QVERIFY(dialog);
    auto *valueEdit = child<JsonTextEdit>(dialog.get(), "valueEdit");
    auto *saveButton = child<QPushButton>(dialog.get(), "saveButton");
    const JsonValue original = m_model->preferenceAt(rowOf(u"editor_settings"_s)).value;
    const QStringList order {
        u"spellcheck"_s, u"toolbar"_s, u"drafts"_s, u"snippets"_s, u"shortcuts"_s};
    QCOMPARE(original.keys(), order);
    QCOMPARE(valueEdit->toPlainText(), original.toPrettyString());

    QTest::mouseClick(child<QPushButton>(dialog.get(), "compactButton"), Qt::LeftButton);
    QCOMPARE(valueEdit->toPlainText(), original.toCompactString());
    QVERIFY(valueEdit->toPlainText().startsWith(u"{\"spellcheck\":{\"enabled\":true"_s));
    QVERIFY(!saveButton->isEnabled()); // the same value, laid out differently

    // A value of the user's own, in a non-alphabetical order.
    replaceText(valueEdit, u"{\"z\":1,\"a\":{\"y\":[true,null],\"b\":\"x\"}}"_s);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "formatButton"), Qt::LeftButton);
    QCOMPARE(valueEdit->toPlainText(),
        u"{\n  \"z\": 1,\n  \"a\": {\n    \"y\": [\n      true,\n      null\n    ],\n"
        "    \"b\": \"x\"\n  }\n}"_s);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "compactButton"), Qt::LeftButton);
    QCOMPARE(valueEdit->toPlainText(), u"{\"z\":1,\"a\":{\"y\":[true,null],\"b\":\"x\"}}"_s);
    QTRY_VERIFY(saveButton->isEnabled());

    // Invalid JSON cannot be formatted.
    replaceText(valueEdit, u"{\"z\":"_s);
    QTRY_VERIFY(!child<QPushButton>(dialog.get(), "formatButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), "compactButton")->isEnabled());
}

void TestEditorDialog::unrelatedEditKeepsEveryNumberExact()
{
    // Numbers a double cannot hold, and spellings it would not keep.
    const QByteArray vector = R"({"n":123456789012345678901234567890,)"
                              R"("d":0.1000000000000000055511151231257827,"e":1E+2,"z":-0.0,)"
                              R"("flag":false})";
    PreferenceWrite *create = m_model->create(u"exact.numbers"_s, *JsonValue::parse(vector));
    QSignalSpy created(create, &PreferenceWrite::succeeded);
    create->start();
    QVERIFY(created.wait(10000));
    m_server->clearRequestLog();
    QCOMPARE(
        m_model->data(
                   m_model->index(rowOf(u"exact.numbers"_s), int(PreferenceModel::Column::Value)))
            .toString()
            .toUtf8(),
        vector);

    auto dialog = openEditor(u"exact.numbers"_s);
    QVERIFY(dialog);
    auto *valueEdit = child<JsonTextEdit>(dialog.get(), "valueEdit");
    QTRY_VERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_J, Qt::AltModifier); // from the tree
    QTRY_COMPARE(QApplication::focusWidget(), valueEdit);
    QVERIFY(valueEdit->toPlainText().contains(u"123456789012345678901234567890"_s));
    QVERIFY(valueEdit->toPlainText().contains(u"1E+2"_s));
    // Only "flag" changes: the last line but one, false -> true.
    QTest::keyClick(valueEdit, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(valueEdit, Qt::Key_Up);
    QTest::keyClick(valueEdit, Qt::Key_End);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(valueEdit, Qt::Key_Backspace);
    QTest::keyClicks(valueEdit, u"true"_s);
    QTRY_VERIFY(dialog->isValid());

    // The Changes view marks that one line and no number.
    dialog->showChanges();
    auto *changes = child<ChangesView>(dialog.get(), "changesView");
    QCOMPARE(changes->changedNewLines().size(), 1);
    QCOMPARE(dialog->value()->toPrettyString().split(u'\n').at(changes->changedNewLines().first()),
        u"  \"flag\": true"_s);

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(accepted.wait(10000));
    const QByteArray expected = R"({"n":123456789012345678901234567890,)"
                                R"("d":0.1000000000000000055511151231257827,"e":1E+2,"z":-0.0,)"
                                R"("flag":true})";
    QCOMPARE(requests("PATCH").first().body, "{\"value\":" + expected + '}');
    // What the server answered, and so stores, is the same text.
    QCOMPARE(
        m_model->data(
                   m_model->index(rowOf(u"exact.numbers"_s), int(PreferenceModel::Column::Value)))
            .toString()
            .toUtf8(),
        expected);
}

void TestEditorDialog::changesViewMarksDifferingLines()
{
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    auto *valueEdit = child<JsonTextEdit>(dialog.get(), "valueEdit");
    const JsonValue original = m_model->preferenceAt(rowOf(u"notifications"_s)).value;
    QString edited = original.toCompactString();
    edited.replace(u"\"weekly\""_s, u"\"daily\""_s);
    edited.replace(u"[\"mentions\"]"_s, u"[\"mentions\",\"replies\"]"_s);
    replaceText(valueEdit, edited);
    QTRY_VERIFY(!dialog->isValidationPending());

    dialog->showChanges();
    auto *changes = child<ChangesView>(dialog.get(), "changesView");
    QVERIFY(changes->isVisible());
    const QStringList oldLines = original.toPrettyString().split(u'\n');
    const QStringList newLines = dialog->value()->toPrettyString().split(u'\n');
    const int oldDigest = int(oldLines.indexOf(u"  \"digest\": \"weekly\","_s));
    const int newDigest = int(newLines.indexOf(u"  \"digest\": \"daily\","_s));
    QVERIFY(oldDigest > 0 && newDigest > 0);
    // "mentions" lost its place as the last element (a comma was added), and
    // "replies" is new.
    const int oldMentions = int(oldLines.indexOf(u"    \"mentions\""_s));
    const int newMentions = int(newLines.indexOf(u"    \"mentions\","_s));
    const int newReplies = int(newLines.indexOf(u"    \"replies\""_s));
    QCOMPARE(changes->changedOldLines(), (QList<int> {oldDigest, oldMentions}));
    QCOMPARE(changes->changedNewLines(), (QList<int> {newDigest, newMentions, newReplies}));
    QVERIFY(changes->summary().contains(u"Lines removed: 2. Lines added: 3."_s));
    QVERIFY(child<QLabel>(dialog.get(), "keyChangeLabel")->text().contains(u"unchanged"_s));

    // The panes line up: each has as many rows as the other.
    auto *oldPane = child<QPlainTextEdit>(dialog.get(), "changesOldPane");
    auto *newPane = child<QPlainTextEdit>(dialog.get(), "changesNewPane");
    QCOMPARE(oldPane->blockCount(), newPane->blockCount());
    QCOMPARE(newPane->extraSelections().size(), 3);
    QCOMPARE(oldPane->extraSelections().size(), 3); // two removed lines and one filler
}

void TestEditorDialog::duplicateKeysAreErrors()
{
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    auto *valueEdit = child<JsonTextEdit>(dialog.get(), "valueEdit");
    auto *errorLabel = child<QLabel>(dialog.get(), "errorLabel");
    replaceText(valueEdit, u"{\"email\": true, \"email\": false}"_s);
    QTRY_VERIFY(errorLabel->isVisible());
    QVERIFY2(errorLabel->text().startsWith(u"line 1, column "_s), qPrintable(errorLabel->text()));
    QVERIFY(errorLabel->text().contains(u"email"_s) ||
        errorLabel->text().contains(u"duplicate"_s, Qt::CaseInsensitive));
    QVERIFY(!child<QPushButton>(dialog.get(), "saveButton")->isEnabled());
    QVERIFY(valueEdit->hasErrorMarker());
    QVERIFY(!dialog->value().has_value());
}

void TestEditorDialog::keyFieldFlagsEmptyAndSpaces()
{
    auto dialog = openEditor(u"language"_s);
    QVERIFY(dialog);
    auto *keyEdit = child<QLineEdit>(dialog.get(), "keyEdit");
    auto *keyHint = child<QLabel>(dialog.get(), "keyHint");
    auto *saveButton = child<QPushButton>(dialog.get(), "saveButton");
    QVERIFY(!keyHint->isVisible());

    replaceText(keyEdit, QString());
    QVERIFY(keyHint->isVisible());
    QVERIFY(keyHint->text().contains(u"must not be empty"_s));
    QVERIFY(!saveButton->isEnabled());

    QTest::keyClicks(keyEdit, u" language"_s);
    QVERIFY(keyHint->isVisible());
    QVERIFY(keyHint->text().contains(u"space"_s));
    QVERIFY(saveButton->isEnabled()); // flagged, not refused

    replaceText(keyEdit, u"theme"_s);
    QVERIFY(keyHint->text().contains(u"already"_s));
    QVERIFY(!saveButton->isEnabled()); // a rename onto a key in use is refused

    replaceText(keyEdit, u"language"_s);
    QVERIFY(!keyHint->isVisible());
    QVERIFY(!saveButton->isEnabled()); // back to what it was
}

void TestEditorDialog::keyInUseRefusesNewAndRename()
{
    // New: typing a key this user already has disables Save, and says why.
    PreferenceEditorDialog dialog(m_model.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "keyEdit"));
    QTest::keyClicks(QApplication::focusWidget(), u"theme"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<JsonTextEdit>(&dialog, "valueEdit"));
    QTest::keyClicks(QApplication::focusWidget(), u"\"sepia\""_s);
    QTRY_VERIFY(!dialog.isValidationPending());
    auto *keyHint = child<QLabel>(&dialog, "keyHint");
    auto *saveButton = child<QPushButton>(&dialog, "saveButton");
    QVERIFY(keyHint->isVisible());
    QVERIFY2(keyHint->text().contains(u"already has this key"_s) &&
            keyHint->text().contains(u"cannot be created"_s),
        qPrintable(keyHint->text()));
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(!dialog.isValid());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTest::qWait(100);
    QVERIFY(!dialog.isSaving());
    QVERIFY(requests("POST").isEmpty());
    QVERIFY(requests("GET").isEmpty());

    // Another key: allowed again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::AltModifier); // "&Key:"
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "keyEdit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    QTest::keyClicks(QApplication::focusWidget(), u".v2"_s);
    QVERIFY(!keyHint->isVisible());
    QVERIFY(saveButton->isEnabled());

    // A rename onto a key in use: the same.
    auto edit = openEditor(u"language"_s);
    QVERIFY(edit);
    auto *keyEdit = child<QLineEdit>(edit.get(), "keyEdit");
    replaceText(keyEdit, u"theme"_s);
    QVERIFY(child<QLabel>(edit.get(), "keyHint")->text().contains(u"cannot be renamed"_s));
    QVERIFY(!child<QPushButton>(edit.get(), "saveButton")->isEnabled());
}

void TestEditorDialog::detailsShowLocalTimes()
{
    auto dialog = openEditor(u"language"_s);
    QVERIFY(dialog);
    const Preference p = m_model->preferenceAt(rowOf(u"language"_s));
    QCOMPARE(child<QLabel>(dialog.get(), "idLabel")->text(), QString::number(p.id));
    QVERIFY(p.createdAt.isValid());
    QCOMPARE(child<QLabel>(dialog.get(), "createdLabel")->text(),
        QLocale().toString(p.createdAt.toLocalTime(), QLocale::LongFormat));
    QCOMPARE(child<QLabel>(dialog.get(), "updatedLabel")->text(),
        QLocale().toString(p.lastUpdatedAt.toLocalTime(), QLocale::LongFormat));

    PreferenceEditorDialog fresh(m_model.get());
    QCOMPARE(child<QLabel>(&fresh, "idLabel")->text(), u"assigned when saved"_s);
}

void TestEditorDialog::bigValueIsValidatedAfterTypingStops()
{
    // About 1 MB of JSON.
    QStringList items;
    for (int i = 0; i < 12000; ++i)
        items.append(
            u"{\"id\":%1,\"name\":\"item number %1\",\"tags\":\"alpha beta gamma\"}"_s.arg(i));
    const auto parsed = JsonValue::parse(u'[' + items.join(u',') + u']');
    QVERIFY(parsed);
    Preference big = m_model->preferenceAt(rowOf(u"beta_programs"_s));
    big.value = *parsed;
    QVERIFY(big.value.toPrettyString().size() > 1000 * 1000);

    QElapsedTimer timer;
    timer.start();
    PreferenceEditorDialog dialog(m_model.get(), big);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    qInfo("opening a %lld-character value took %lld ms",
        qlonglong(big.value.toPrettyString().size()), qlonglong(timer.elapsed()));
    auto *valueEdit = child<JsonTextEdit>(&dialog, "valueEdit");
    auto *errorLabel = child<QLabel>(&dialog, "errorLabel");

    valueEdit->moveCursor(QTextCursor::End);
    timer.restart();
    QTest::keyClicks(valueEdit, u",,"_s);
    const qint64 typing = timer.elapsed();
    qInfo("typing two characters took %lld ms", qlonglong(typing));
    // Not validated on each keystroke: the check waits for a pause.
    QVERIFY(!errorLabel->isVisible());
    QTRY_VERIFY(errorLabel->isVisible());
    QVERIFY(errorLabel->text().contains(u"column 2"_s));
    QTest::keyClick(valueEdit, Qt::Key_Backspace);
    QTest::keyClick(valueEdit, Qt::Key_Backspace);
    QTRY_VERIFY(!errorLabel->isVisible());
    QVERIFY(dialog.value()->isIdenticalTo(big.value));
}

void TestEditorDialog::darkPaletteGivesLightColours()
{
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    auto *valueEdit = child<JsonTextEdit>(dialog.get(), "valueEdit");
    QVERIFY(!valueEdit->highlighter()->isDark());
    const QColor lightKey =
        valueEdit->highlighter()->format(JsonHighlighter::Token::Key).foreground().color();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dialog->setPalette(dark);
    QVERIFY(valueEdit->highlighter()->isDark());
    const QColor darkKey =
        valueEdit->highlighter()->format(JsonHighlighter::Token::Key).foreground().color();
    QVERIFY(darkKey.lightness() > 128);
    QVERIFY(lightKey.lightness() < 128);
}

void TestEditorDialog::lineDiff()
{
    const QStringList a {u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    const QStringList b {u"a"_s, u"c"_s, u"x"_s, u"d"_s, u"e"_s};
    const auto diff = LineDiff::compute(a, b);
    QStringList ops;
    for (const auto &line : diff) {
        ops.append(line.op == LineDiff::Op::Equal  ? u"="_s
                : line.op == LineDiff::Op::Removed ? u"-"_s
                                                   : u"+"_s);
    }
    QCOMPARE(ops.join(QString()), u"=-=+=+"_s);
    QVERIFY(LineDiff::compute({}, {}).isEmpty());
}

void TestEditorDialog::deleteConfirmationNamesKeyAndOwner()
{
    Preference preference;
    preference.id = 40;
    preference.userId = 3;
    preference.key = u"saved_filters"_s;
    preference.value = *JsonValue::parse(u"{\"q\": \"%1\"}"_s.arg(QString(1000, u'x')));
    UserInfo bob;
    bob.id = 3;
    bob.username = u"bob"_s;
    bob.realName = u"Bob Rossi"_s;
    UserInfo support;
    support.id = 1;
    support.username = u"support"_s;
    support.role = u"admin"_s;

    MessageBox::setNextAnswers({QMessageBox::Cancel});
    QVERIFY(!DeleteConfirmation::confirm(nullptr, preference, bob, support));
    MessageBox::setNextAnswers({QMessageBox::Yes});
    QVERIFY(DeleteConfirmation::confirm(nullptr, preference, bob, support));
    const QString text = MessageBox::askedQuestions().last();
    QVERIFY2(text.contains(u"\u201csaved_filters\u201d"_s), qPrintable(text));
    QVERIFY(text.contains(u"of Bob Rossi (bob, id 3)"_s));
    QVERIFY(text.contains(u"{\"q\":\"xxx"_s)); // compact
    QVERIFY(text.size() < 500); // elided
    QVERIFY(text.contains(QChar(0x2026)));
}

void TestEditorDialog::deleteConfirmationOfYourOwn()
{
    const int row = rowOf(u"status_message"_s);
    const Preference preference = m_model->preferenceAt(row);
    UserInfo alice;
    alice.id = 2;
    alice.username = u"alice"_s;
    alice.realName = u"Alice Bianchi"_s;

    MessageBox::setNextAnswers({QMessageBox::Yes});
    QVERIFY(DeleteConfirmation::confirm(nullptr, preference, alice, alice));
    const QString text = MessageBox::askedQuestions().last();
    QVERIFY2(text.contains(u"your own preference \u201cstatus_message\u201d"_s), qPrintable(text));
    QVERIFY(text.contains(u"Value: null"_s));
    QVERIFY(!text.contains(u"Alice"_s));

    // Then the main window removes it; the row goes once the server said 204.
    PreferenceWrite *removal = m_model->remove(preference);
    QSignalSpy removed(removal, &PreferenceWrite::succeeded);
    removal->start();
    QCOMPARE(m_model->rowForId(preference.id), row);
    QVERIFY(removed.wait(10000));
    QCOMPARE(m_model->rowForId(preference.id), -1);
    QCOMPARE(requests("DELETE").size(), 1);
    QCOMPARE(
        requests("DELETE").first().path, u"/api/v2/user/me/preference/%1/"_s.arg(preference.id));
}

void TestEditorDialog::screenshot()
{
    // PREF_SCREENSHOT_DIR=dir saves the dialog with a validation error.
    const QString dir = qEnvironmentVariable("PREF_SCREENSHOT_DIR");
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    UserInfo bob;
    bob.id = 3;
    bob.username = u"bob"_s;
    bob.realName = u"Bob Rossi"_s;
    dialog->setOwner(bob, false);
    auto *valueEdit = child<JsonTextEdit>(dialog.get(), "valueEdit");
    QString text = valueEdit->toPlainText();
    text.replace(u"\"push\": true,"_s, u"\"push\": true"_s);
    replaceText(valueEdit, text);
    QTRY_VERIFY(child<QLabel>(dialog.get(), "errorLabel")->isVisible());
    dialog->jumpToError();
    const QImage image = dialog->grab().toImage();
    QVERIFY(!image.isNull());
    if (dir.isEmpty())
        return;
    QVERIFY(image.save(dir + u"/editor.png"_s));

    // The same with a dark palette, and the Changes page after a fix.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dialog->setPalette(dark);
    QVERIFY(dialog->grab().save(dir + u"/editor-dark.png"_s));
    text.replace(u"\"push\": true"_s, u"\"push\": false,"_s);
    replaceText(valueEdit, text);
    dialog->showChanges();
    QVERIFY(dialog->grab().save(dir + u"/editor-changes.png"_s));

    auto quick = openEditor(u"theme"_s);
    QVERIFY(quick);
    QVERIFY(quick->grab().save(dir + u"/editor-quickedit.png"_s));
}

QTEST_MAIN(TestEditorDialog)
#include "tst_editordialog.moc"
