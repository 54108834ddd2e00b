// The Tree page of the editor dialog, driven by keys sent where the focus
// really is, against a real prefserver on loopback with alice's demo data:
// her "notifications" is {"email": false, "push": true, "digest": "weekly",
// "channels": ["mentions"]}. Each save must be exactly one PATCH with only
// what changed.
#include "JsonTextEdit.h"
#include "JsonTreeEditor.h"
#include "JsonTreeModel.h"
#include "MessageBox.h"
#include "PrefServer.h"
#include "PreferenceEditorDialog.h"
#include "PreferenceModel.h"
#include "SignedInClient.h"
#include "TestServer.h"
#include "TestedPreferenceModel.h"
#include "WriteRecorder.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

class TestJsonTreeEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensOnTheTreeForObjects();
    void nestedBooleanIsToggledAndSaved();
    void elementIsAddedToAnArray();
    void keyIsRenamedAndADuplicateRefused();
    void membersAreAddedDuplicatedMovedAndDeleted();
    void undoAndRedoCoverTreeAndText();
    void typeChangeAsksFirst();
    void invalidTextKeepsTheLastValidTree();
    void untouchedNumbersComeBackByteForByte();
    void separatorsAndNoBreakSpacesComeBackByteForByte();
    void everyControlHasAnAccessibleName();
    void tenThousandMembersExpandAndScroll();

private:
    // Opens the editor on one of alice's preferences, active and with the
    // focus, its tree model watched by a QAbstractItemModelTester until the
    // test ends.
    std::unique_ptr<PreferenceEditorDialog> openEditor(const QString &key);
    // A key press (and release) where the focus is.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static void type(const QString &text);
    // Presses key; the field it opened in the tree, which has the focus.
    static QLineEdit *openField(int key);
    // Types text into the open field and Enter: the focus is back on the tree.
    void fillField(const QString &text);
    // Down from the current row until the one named name is current.
    void goTo(const QString &name);
    QString currentName() const;
    // The PATCHes of the preference last opened.
    QList<RecordedRequest> patches() const;
    // Ctrl+S; the dialog closes once the server has the change, which came
    // as exactly one PATCH with only this value.
    void saveExpecting(PreferenceEditorDialog *dialog, const QByteArray &value);

    std::unique_ptr<PrefServer> m_server;
    std::unique_ptr<SignedInClient> m_session;
    std::unique_ptr<TestedPreferenceModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    QTreeView *m_tree = nullptr;
    JsonTreeModel *m_treeModel = nullptr;
    qint64 m_id = 0;
};

void TestJsonTreeEditor::init()
{
    m_server = startDemoServer();
    QVERIFY(m_server);
    m_session = std::make_unique<SignedInClient>(*m_server, u"alice"_s);
    m_model = std::make_unique<TestedPreferenceModel>(m_session->api());
    QVERIFY(m_model->reloadAndWait());
    m_server->clearRequestLog();
    MessageBox::setNextAnswers({});
    MessageBox::clearAskedQuestions();
}

void TestJsonTreeEditor::cleanup()
{
    m_treeTester.reset();
    m_tree = nullptr;
    m_treeModel = nullptr;
    m_model.reset();
    m_session.reset();
    m_server.reset();
}

std::unique_ptr<PreferenceEditorDialog> TestJsonTreeEditor::openEditor(const QString &key)
{
    int row = 0;
    while (row < m_model->rowCount() && m_model->preferenceAt(row).key != key)
        ++row;
    if (row == m_model->rowCount())
        return {};
    auto dialog =
        std::make_unique<PreferenceEditorDialog>(m_model.get(), m_model->preferenceAt(row));
    auto *editor = dialog->findChild<JsonTreeEditor *>();
    if (!editor)
        return {};
    m_tree = editor->view();
    m_treeModel = editor->model();
    m_id = dialog->preferenceId();
    m_treeTester = std::make_unique<QAbstractItemModelTester>(
        m_treeModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()) ||
        !QTest::qWaitFor([&] { return dialog->isAncestorOf(QApplication::focusWidget()); }))
        return {};
    return dialog;
}

void TestJsonTreeEditor::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

void TestJsonTreeEditor::type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClicks(focus, text);
}

QLineEdit *TestJsonTreeEditor::openField(int key)
{
    press(key);
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

void TestJsonTreeEditor::fillField(const QString &text)
{
    type(text);
    press(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), m_tree);
}

void TestJsonTreeEditor::goTo(const QString &name)
{
    QCOMPARE(QApplication::focusWidget(), m_tree);
    for (int i = 0; i < 20 && currentName() != name; ++i)
        press(Qt::Key_Down);
    QCOMPARE(currentName(), name);
}

QString TestJsonTreeEditor::currentName() const
{
    return m_treeModel->nameAt(m_tree->currentIndex());
}

QList<RecordedRequest> TestJsonTreeEditor::patches() const
{
    return requestsTo(*m_server, "PATCH", u"/api/v2/user/me/preference/%1/"_s.arg(m_id));
}

void TestJsonTreeEditor::saveExpecting(PreferenceEditorDialog *dialog, const QByteArray &value)
{
    QSignalSpy accepted(dialog, &QDialog::accepted);
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(accepted.wait(10000));
    const QList<RecordedRequest> sent = patches();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().body, "{\"value\":" + value + '}');
}

void TestJsonTreeEditor::opensOnTheTreeForObjects()
{
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    auto *tabs = dialog->findChild<QTabWidget *>(u"tabs"_s);
    QCOMPARE(tabs->currentWidget()->objectName(), u"treePage"_s);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), u"T&ree"_s);
    QTRY_COMPARE(QApplication::focusWidget(), m_tree);
    // The top-level row is the preference, open, and current.
    const QModelIndex root = m_treeModel->rootIndex();
    QCOMPARE(root.data().toString(), u"notifications"_s);
    QVERIFY(m_tree->isExpanded(root));
    QCOMPARE(m_tree->currentIndex().siblingAtColumn(0), root);
    QCOMPARE(m_treeModel->rowCount(root), 4);
    QCOMPARE(m_treeModel->index(3, 0, root).data().toString(), u"channels"_s);
    QVERIFY(!dialog->hasChanges());

    // A scalar opens on the quick edit, as before.
    auto theme = openEditor(u"theme"_s);
    QVERIFY(theme);
    QCOMPARE(
        theme->findChild<QTabWidget *>(u"tabs"_s)->currentWidget()->objectName(), u"quickEdit"_s);
}

void TestJsonTreeEditor::nestedBooleanIsToggledAndSaved()
{
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    goTo(u"email"_s);
    press(Qt::Key_Space);
    QCOMPARE(m_tree->currentIndex().siblingAtColumn(1).data().toString(), u"true"_s);
    // The JSON text shows it at once, the rest as it was.
    QCOMPARE(dialog->valueText(),
        u"{\n  \"email\": true,\n  \"push\": true,\n  \"digest\": \"weekly\",\n"
        u"  \"channels\": [\n    \"mentions\"\n  ]\n}"_s);
    QVERIFY(dialog->hasChanges());
    QCOMPARE(QApplication::focusWidget(), m_tree); // not reset: still on "email"
    QCOMPARE(currentName(), u"email"_s);

    saveExpecting(
        dialog.get(), R"({"email":true,"push":true,"digest":"weekly","channels":["mentions"]})");
}

void TestJsonTreeEditor::elementIsAddedToAnArray()
{
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    goTo(u"channels"_s);
    press(Qt::Key_Return); // opens it
    QVERIFY(m_tree->isExpanded(m_tree->currentIndex()));
    QLineEdit *field = openField(Qt::Key_Insert); // at its end, a string like the others
    QVERIFY(field);
    QCOMPARE(field->accessibleName(), u"Text value"_s);
    fillField(u"replies"_s);
    QCOMPARE(currentName(), u"1"_s);
    QCOMPARE(
        dialog->value()->value(u"channels"_s).toCompactString(), u"[\"mentions\",\"replies\"]"_s);

    saveExpecting(dialog.get(),
        R"({"email":false,"push":true,"digest":"weekly","channels":["mentions","replies"]})");
}

void TestJsonTreeEditor::keyIsRenamedAndADuplicateRefused()
{
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    auto *message = dialog->findChild<QLabel *>(u"treeMessage"_s);
    goTo(u"digest"_s);
    QLineEdit *field = openField(Qt::Key_F2);
    QVERIFY(field);
    QCOMPARE(field->selectedText(), u"digest"_s);

    type(u"email"_s);
    press(Qt::Key_Return); // refused in place: the field stays, and says why
    QCOMPARE(QApplication::focusWidget(), field);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"\u201cemail\u201d"_s), qPrintable(message->text()));
    QCOMPARE(
        dialog->value()->keys(), QStringList({u"email"_s, u"push"_s, u"digest"_s, u"channels"_s}));

    fillField(u"summary"_s); // the refused name is selected: typing replaces it
    QVERIFY(!message->isVisible());
    QCOMPARE(currentName(), u"summary"_s);
    QCOMPARE(
        dialog->value()->keys(), QStringList({u"email"_s, u"push"_s, u"summary"_s, u"channels"_s}));

    saveExpecting(
        dialog.get(), R"({"email":false,"push":true,"summary":"weekly","channels":["mentions"]})");
}

void TestJsonTreeEditor::membersAreAddedDuplicatedMovedAndDeleted()
{
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    goTo(u"digest"_s);
    QLineEdit *field = openField(Qt::Key_Insert); // right after it, with its name to type
    QVERIFY(field);
    QCOMPARE(field->accessibleName(), u"Member name"_s);
    QCOMPARE(field->selectedText(), u"new_key"_s);
    fillField(u"sound"_s);
    // Then its value: an empty string, as "digest" is a string.
    QVERIFY(openField(Qt::Key_Return));
    fillField(u"bell"_s);

    goTo(u"channels"_s);
    press(Qt::Key_D, Qt::ControlModifier); // a copy after it, under a free name
    QCOMPARE(currentName(), u"channels_2"_s);
    press(Qt::Key_Up, Qt::ControlModifier);
    press(Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(currentName(), u"channels_2"_s);
    press(Qt::Key_Home);
    goTo(u"push"_s);
    press(Qt::Key_Delete);
    QCOMPARE(currentName(), u"digest"_s); // the next one takes its place

    saveExpecting(dialog.get(),
        R"({"email":false,"digest":"weekly","channels_2":["mentions"],"sound":"bell",)"
        R"("channels":["mentions"]})");
}

void TestJsonTreeEditor::undoAndRedoCoverTreeAndText()
{
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    auto *valueEdit = dialog->findChild<JsonTextEdit *>(u"valueEdit"_s);
    const QString original = dialog->valueText();
    auto email = [&] {
        return dialog->value()->value(u"email"_s).toBool();
    };

    // A tree edit, then a burst of typing in the JSON text.
    goTo(u"email"_s);
    press(Qt::Key_Space);
    QVERIFY(email());
    const QString toggled = dialog->valueText();
    press(Qt::Key_J, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), valueEdit);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"[1, 2]"_s);
    QTRY_VERIFY(!dialog->isValidationPending());
    QCOMPARE(m_treeModel->jsonValue().toJson(), QByteArray("[1,2]")); // the tree follows

    // Undo: the whole burst, then the tree edit; every page follows.
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(dialog->valueText(), toggled);
    QVERIFY(m_treeModel->jsonValue().isIdenticalTo(*dialog->value()));
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(dialog->valueText(), original);
    QVERIFY(!email());
    QCOMPARE(m_treeModel->index(0, 1, m_treeModel->rootIndex()).data().toString(), u"false"_s);
    QVERIFY(!dialog->hasChanges());

    // Redo, from the tree this time.
    press(Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_tree);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(email());
    QCOMPARE(currentName(), u"email"_s); // the redone edit is shown
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(dialog->valueText(), u"[1, 2]"_s);
    QCOMPARE(m_treeModel->jsonValue().toJson(), QByteArray("[1,2]"));
    QVERIFY(patches().isEmpty());
}

void TestJsonTreeEditor::typeChangeAsksFirst()
{
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    goTo(u"digest"_s);
    // Ctrl+T opens the types; the sixth, "array", asks first. No: unchanged.
    auto chooseArray = [] {
        press(Qt::Key_T, Qt::ControlModifier);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(menu, Qt::Key_Down);
        QCOMPARE(menu->activeAction()->text(), u"array"_s);
        QTest::keyClick(menu, Qt::Key_Return);
    };
    MessageBox::setNextAnswers({QMessageBox::No});
    chooseArray();
    QCOMPARE(MessageBox::askedQuestions().size(), 1);
    QCOMPARE(MessageBox::askedQuestions().first(),
        u"Change the type of the value from string to array?"_s);
    QCOMPARE(dialog->value()->value(u"digest"_s).toString(), u"weekly"_s);

    MessageBox::setNextAnswers({QMessageBox::Yes});
    chooseArray();
    QCOMPARE(MessageBox::askedQuestions().size(), 2);
    QCOMPARE(dialog->value()->value(u"digest"_s).toCompactString(), u"[\"weekly\"]"_s);
    QCOMPARE(m_treeModel->rowCount(m_tree->currentIndex().siblingAtColumn(0)), 1);
    QTRY_COMPARE(QApplication::focusWidget(), m_tree);

    saveExpecting(
        dialog.get(), R"({"email":false,"push":true,"digest":["weekly"],"channels":["mentions"]})");
}

void TestJsonTreeEditor::invalidTextKeepsTheLastValidTree()
{
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    press(Qt::Key_J, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<JsonTextEdit *>(u"valueEdit"_s));
    press(Qt::Key_End, Qt::ControlModifier);
    type(u","_s);
    QTRY_VERIFY(!dialog->isValidationPending());
    QVERIFY(!dialog->value());

    press(Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), m_tree);
    auto *message = dialog->findChild<QLabel *>(u"treeMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(u"The JSON text has an error (line 8, column 2: "_s),
        qPrintable(message->text()));
    QCOMPARE(m_treeModel->rowCount(m_treeModel->rootIndex()), 4); // the last valid value
    goTo(u"email"_s);
    press(Qt::Key_Space); // no edits until the text is fixed
    press(Qt::Key_Delete);
    QCOMPARE(m_treeModel->rowCount(m_treeModel->rootIndex()), 4);
    QCOMPARE(m_treeModel->index(0, 1, m_treeModel->rootIndex()).data().toString(), u"false"_s);
    QVERIFY(dialog->valueText().endsWith(u"},"_s));
}

void TestJsonTreeEditor::untouchedNumbersComeBackByteForByte()
{
    const QByteArray numbers = R"({"big":12345678901234567890123,"dec":1.10,"neg":-0.0,)"
                               R"("exp":1E+2,"list":[1.10,-0.0],"flag":false})";
    WriteRecorder created;
    created.start(m_model->create(u"exact.numbers"_s, *JsonValue::parse(numbers)));
    QTRY_VERIFY_WITH_TIMEOUT(created.isDone(), 10000);
    QCOMPARE(created.outcome, WriteRecorder::Outcome::Succeeded);
    m_server->clearRequestLog();

    auto dialog = openEditor(u"exact.numbers"_s);
    QVERIFY(dialog);
    // A number edited in place keeps the text typed, big as it is.
    goTo(u"list"_s);
    press(Qt::Key_Right);
    goTo(u"0"_s);
    QLineEdit *field = openField(Qt::Key_Return);
    QVERIFY(field);
    QCOMPARE(field->accessibleName(), u"Number value"_s);
    fillField(u"98765432109876543210"_s);
    goTo(u"flag"_s);
    press(Qt::Key_Space);

    const QByteArray expected = R"({"big":12345678901234567890123,"dec":1.10,"neg":-0.0,)"
                                R"("exp":1E+2,"list":[98765432109876543210,-0.0],"flag":true})";
    saveExpecting(dialog.get(), expected);
    // What the server stores and answered is the same text.
    const Preference stored = m_model->preferenceAt(m_model->rowForId(created.result.id));
    QCOMPARE(stored.value.toJson(), expected);
}

// A string with a no-break space (U+00A0), a line separator (U+2028) and a
// paragraph separator (U+2029) survives the JSON text: an edit elsewhere,
// typed in the text, saves them as they were.
void TestJsonTreeEditor::separatorsAndNoBreakSpacesComeBackByteForByte()
{
    const QString text = u"a\u00a0b\u2028c\u2029d"_s;
    const JsonValue value = *JsonValue::fromMembers(
        {{u"text"_s, JsonValue::fromString(text)}, {u"flag"_s, JsonValue::fromBool(false)}});
    WriteRecorder created;
    created.start(m_model->create(u"separators"_s, value));
    QTRY_VERIFY_WITH_TIMEOUT(created.isDone(), 10000);
    QCOMPARE(created.outcome, WriteRecorder::Outcome::Succeeded);
    m_server->clearRequestLog();

    auto dialog = openEditor(u"separators"_s);
    QVERIFY(dialog);
    auto *valueEdit = dialog->findChild<JsonTextEdit *>(u"valueEdit"_s);
    QVERIFY(!dialog->hasChanges());
    // The separators are written as escapes in the text, the space as is.
    QVERIFY(dialog->valueText().contains(u"a\u00a0b\\u2028c\\u2029d"_s));
    QCOMPARE(dialog->value()->value(u"text"_s).toString(), text);

    // "false" becomes "true", typed in the JSON text.
    press(Qt::Key_J, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), valueEdit);
    QTextCursor cursor = valueEdit->document()->find(u"false"_s);
    QVERIFY(!cursor.isNull());
    valueEdit->setTextCursor(cursor);
    type(u"true"_s);
    QTRY_VERIFY(!dialog->isValidationPending());
    QVERIFY(dialog->value());
    QCOMPARE(dialog->value()->value(u"text"_s).toString(), text);

    const QByteArray expected = "{\"text\":\"a\xc2\xa0"
                                "b\xe2\x80\xa8"
                                "c\xe2\x80\xa9"
                                "d\",\"flag\":true}";
    saveExpecting(dialog.get(), expected);
    const Preference stored = m_model->preferenceAt(m_model->rowForId(created.result.id));
    QCOMPARE(stored.value.value(u"text"_s).toString(), text);
}

void TestJsonTreeEditor::everyControlHasAnAccessibleName()
{
    auto dialog = openEditor(u"notifications"_s);
    QVERIFY(dialog);
    auto *page = dialog->findChild<JsonTreeEditor *>();
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        const bool control =
            qobject_cast<QAbstractButton *>(widget) || widget->focusPolicy() != Qt::NoFocus;
        if (!control || !widget->isVisibleTo(page))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
    // The types say what they are.
    const QModelIndex type = m_treeModel->rootIndex(JsonTreeModel::Column::Type);
    QVERIFY(!type.data(Qt::ToolTipRole).toString().isEmpty());
}

void TestJsonTreeEditor::tenThousandMembersExpandAndScroll()
{
    QList<std::pair<QString, JsonValue>> members;
    for (int i = 0; i < 10000; ++i)
        members.append(
            {u"member%1"_s.arg(i), JsonValue::fromElements({JsonValue::fromInteger(i)})});
    PreferenceEditorDialog dialog(m_model.get());
    dialog.setInitialContent(u"big"_s, *JsonValue::fromMembers(members));
    auto *editor = dialog.findChild<JsonTreeEditor *>();
    m_tree = editor->view();
    m_treeModel = editor->model();
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    m_tree->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_tree);

    press(Qt::Key_End);
    QCOMPARE(currentName(), u"member9999"_s);
    press(Qt::Key_Right); // open the last one
    press(Qt::Key_Down);
    QCOMPARE(m_tree->currentIndex().siblingAtColumn(1).data().toString(), u"9999"_s);
    press(Qt::Key_Home);
    press(Qt::Key_PageDown);
    QVERIFY(m_tree->currentIndex().row() > 0);
}

QTEST_MAIN(TestJsonTreeEditor)
#include "tst_jsontreeeditor.moc"
