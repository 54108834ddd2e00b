// The keyboard-first flows of the main window and the editor (issue 9),
// driven by keys only, each sent to where the focus really is (or to the
// open popup), against a real in-process prefserver with the demo data.
// A QAbstractItemModelTester watches the view's proxy for the whole of
// every test.

#include "AccountStatus.h"
#include "EmptyStateOverlay.h"
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
#include "UserPicker.h"
#include "UserSearchModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString BobPreferences = u"/api/v2/user/3/preference/"_s;
const QString MyPreferences = u"/api/v2/user/me/preference/"_s;

// The status bar's count, as AccountStatus words it (no translation loaded).
QString countText(int count)
{
    return AccountStatus::tr("%n preference(s)", nullptr, count);
}

// Where a key press really goes: an open popup first, else the focus.
QWidget *keyTarget()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget();
}

} // namespace

class TestKeyboardFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void supportFlowByKeysOnly();
    void narrowWindowKeepsTheFilterVisible();
    void enterInTheFilterOpensTheHighlightedRow();
    void downInTheFilterMovesIntoTheTable();
    void editorFocusesTheValueOfEachKind();
    void typeComboIsOneTabAway();
    void failedRefreshKeepsTheLastGoodRows();
    void failedFirstLoadDoesNotSayZero();
    void statusBarCountsWhatTheFilterShows();
    void createdRowHiddenByTheFilterIsAnnounced();

private:
    void openWindow(const QString &username, const QString &user = QString());
    void waitForLoad();
    // Key presses to keyTarget(); fails the test when nothing has focus.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString &text);
    PreferenceEditorDialog *waitForEditor();
    // Waits for the editor to close, then gives the main window back the
    // activation a window manager would (offscreen has none).
    void waitForEditorClosed();
    int sourceRowOf(const QString &key) const;
    template<typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<PrefServer> m_server;
    std::unique_ptr<SignedInClient> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestKeyboardFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PrefEditorTests"_s);
    QCoreApplication::setApplicationName(u"tst_keyboardflow"_s);
}

void TestKeyboardFlow::init()
{
    MainWindowFixture::clearSharedState();
    m_server = startDemoServer();
    QVERIFY(m_server);
}

void TestKeyboardFlow::cleanup()
{
    m_proxyTester.reset();
    m_window.reset();
    m_session.reset();
    m_server.reset();
    QSettings().clear();
}

void TestKeyboardFlow::openWindow(const QString &username, const QString &user)
{
    m_session = std::make_unique<SignedInClient>(*m_server, username);
    const auto account = m_session->fetchAccount();
    QVERIFY(account);

    m_window = std::make_unique<MainWindow>(m_session->api(), *account);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_window->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    MainWindowFixture::showActive(*m_window);
    if (QTest::currentTestFailed())
        return;
    m_window->openInitialUser(user);
}

void TestKeyboardFlow::waitForLoad()
{
    MainWindowFixture::waitForLoad(*m_window);
}

void TestKeyboardFlow::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = keyTarget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}

void TestKeyboardFlow::type(const QString &text)
{
    QWidget *target = keyTarget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClicks(target, text);
}

PreferenceEditorDialog *TestKeyboardFlow::waitForEditor()
{
    PreferenceEditorDialog *dialog = nullptr;
    const bool open = QTest::qWaitFor([&] {
        dialog = m_window->findChild<PreferenceEditorDialog *>();
        return dialog && dialog->isVisible() && QApplication::focusWidget() &&
            dialog->isAncestorOf(QApplication::focusWidget());
    });
    return open ? dialog : nullptr;
}

void TestKeyboardFlow::waitForEditorClosed()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<PreferenceEditorDialog *>(), 10000);
    if (!m_window->isActiveWindow()) {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    QTRY_VERIFY(QApplication::focusWidget());
}

int TestKeyboardFlow::sourceRowOf(const QString &key) const
{
    const PreferenceModel *model = m_window->preferenceModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->preferenceAt(row).key == key)
            return row;
    }
    return -1;
}

void TestKeyboardFlow::supportFlowByKeysOnly()
{
    openWindow(u"support"_s);
    waitForLoad();
    auto *picker = child<UserPicker>("userPicker");
    QVERIFY(picker && picker->isVisible());

    // The user field: Alt+U, type, Down, Enter.
    press(Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), picker->lineEdit());
    type(u"bob"_s);
    QAbstractItemView *popup = picker->completer()->popup();
    QTRY_VERIFY(
        popup->isVisible() && !picker->model()->isSearching() && picker->model()->rowCount() > 0);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QTRY_COMPARE(m_window->currentUser().username, u"bob"_s);
    waitForLoad();

    // The filter: Ctrl+F, type the key, Enter opens it.
    press(Qt::Key_F, Qt::ControlModifier);
    auto *filter = child<QLineEdit>("filterEdit");
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    type(u"theme"_s);
    QCOMPARE(m_window->filterModel()->rowCount(), 1);
    m_server->clearRequestLog();
    press(Qt::Key_Return);
    PreferenceEditorDialog *dialog = waitForEditor();
    QVERIFY(dialog);
    QCOMPARE(dialog->key(), u"theme"_s);

    // The cursor is in the value, its text selected: typing replaces it.
    QCOMPARE(QApplication::focusWidget()->objectName(), u"stringEdit"_s);
    type(u"dark"_s);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(accepted.wait(10000));

    // The row shows the new value.
    const PreferenceModel *model = m_window->preferenceModel();
    const int row = sourceRowOf(u"theme"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model->preferenceAt(row).value.toCompactString(), u"\"dark\""_s);
    QCOMPARE(
        m_window->filterModel()->index(0, int(PreferenceModel::Column::Value)).data().toString(),
        u"\"dark\""_s);

    // On the wire: the conflict check's GET, then exactly one PATCH.
    const QString path = BobPreferences + QString::number(model->preferenceAt(row).id) + u'/';
    QStringList methods;
    for (const RecordedRequest &request : m_server->requestLog()) {
        if (request.path == path)
            methods.append(QString::fromLatin1(request.method));
    }
    QCOMPARE(methods, QStringList({u"GET"_s, u"PATCH"_s}));
    QCOMPARE(countRequests(*m_server, "PATCH", path), 1);
    QCOMPARE(requestsTo(*m_server, "PATCH", path).first().body, QByteArray(R"({"value":"dark"})"));
}

void TestKeyboardFlow::narrowWindowKeepsTheFilterVisible()
{
    openWindow(u"support"_s);
    m_window->resize(640, 480);
    waitForLoad();
    QTRY_COMPARE(m_window->width(), 640);
    auto *filter = child<QLineEdit>("filterEdit");
    auto *table = child<PreferenceTableView>("preferenceTable");
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());

    press(Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    QVERIFY(filter->isVisible());
    QVERIFY(filter->width() > 100);
    QVERIFY(
        m_window->rect().contains(QRect(filter->mapTo(m_window.get(), QPoint()), filter->size())));
    type(u"font"_s);
    QCOMPARE(filter->text(), u"font"_s);
    QCOMPARE(m_window->filterModel()->rowCount(), 1); // font_scale
    // The user field is still there too.
    QVERIFY(child<UserPicker>("userPicker")->isVisible());
}

void TestKeyboardFlow::enterInTheFilterOpensTheHighlightedRow()
{
    openWindow(u"alice"_s);
    waitForLoad();
    auto *table = child<PreferenceTableView>("preferenceTable");
    press(Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>("filterEdit"));
    type(u"e"_s); // most keys
    const int matches = m_window->filterModel()->rowCount();
    QVERIFY(matches > 3);
    // The first match is highlighted; Down in the table picks the third.
    QCOMPARE(table->currentIndex().row(), 0);
    press(Qt::Key_Down);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    const qint64 third = table->currentPreferenceId();
    QCOMPARE(table->currentIndex().row(), 2);

    // Back to the filter: typing keeps the current row while it matches.
    press(Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>("filterEdit"));
    press(Qt::Key_End);
    press(Qt::Key_Backspace);
    type(u"e"_s);
    QCOMPARE(table->currentPreferenceId(), third);
    press(Qt::Key_Return);
    PreferenceEditorDialog *dialog = waitForEditor();
    QVERIFY(dialog);
    QCOMPARE(dialog->preferenceId(), third);
    press(Qt::Key_Escape);
    waitForEditorClosed();

    // A filter that drops the current row makes the first match current.
    press(Qt::Key_F, Qt::ControlModifier);
    type(u"autosave"_s);
    QCOMPARE(m_window->filterModel()->rowCount(), 1);
    press(Qt::Key_Return);
    QVERIFY((dialog = waitForEditor()));
    QCOMPARE(dialog->key(), u"autosave"_s);
    press(Qt::Key_Escape);
    waitForEditorClosed();

    // Nothing matches: Enter opens nothing.
    press(Qt::Key_F, Qt::ControlModifier);
    type(u"no-such-thing"_s);
    QCOMPARE(m_window->filterModel()->rowCount(), 0);
    press(Qt::Key_Return);
    QTest::qWait(100);
    QVERIFY(!m_window->findChild<PreferenceEditorDialog *>());
}

void TestKeyboardFlow::downInTheFilterMovesIntoTheTable()
{
    openWindow(u"alice"_s);
    waitForLoad();
    auto *table = child<PreferenceTableView>("preferenceTable");
    auto *filter = child<QLineEdit>("filterEdit");
    press(Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    type(u"language"_s); // the key, and a value of editor_settings
    QCOMPARE(m_window->filterModel()->rowCount(), 2);
    press(Qt::Key_Down);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QVERIFY(table->currentIndex().isValid());
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(table->currentIndex().data(PreferenceModel::KeyRole).toString(), u"editor_settings"_s);
    press(Qt::Key_Down); // on, in the table
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
    // And Enter there opens it.
    press(Qt::Key_Return);
    PreferenceEditorDialog *dialog = waitForEditor();
    QVERIFY(dialog);
    QCOMPARE(dialog->key(), u"language"_s);
    press(Qt::Key_Escape);
    waitForEditorClosed();
}

void TestKeyboardFlow::editorFocusesTheValueOfEachKind()
{
    openWindow(u"alice"_s);
    waitForLoad();
    const auto open = [this](const QString &key) -> PreferenceEditorDialog * {
        press(Qt::Key_F, Qt::ControlModifier);
        type(key);
        press(Qt::Key_Return);
        return waitForEditor();
    };

    // A string: the text selected, typing replaces it.
    PreferenceEditorDialog *dialog = open(u"theme"_s);
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"stringEdit"_s);
    type(u"sepia"_s);
    QTRY_COMPARE(dialog->valueText(), u"\"sepia\""_s);
    MessageBox::setNextAnswers({QMessageBox::Discard});
    press(Qt::Key_Escape);
    waitForEditorClosed();

    // A number: the same.
    QVERIFY((dialog = open(u"items_per_page"_s)));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"numberEdit"_s);
    type(u"35"_s);
    QTRY_COMPARE(dialog->valueText(), u"35"_s);
    MessageBox::setNextAnswers({QMessageBox::Discard});
    press(Qt::Key_Escape);
    waitForEditorClosed();

    // A boolean: Space toggles it.
    QVERIFY((dialog = open(u"autosave"_s)));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"boolCheck"_s);
    press(Qt::Key_Space);
    QTRY_COMPARE(dialog->valueText(), u"false"_s);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(accepted.wait(10000));
    QCOMPARE(m_window->preferenceModel()
                 ->preferenceAt(sourceRowOf(u"autosave"_s))
                 .value.toCompactString(),
        u"false"_s);
}

void TestKeyboardFlow::typeComboIsOneTabAway()
{
    openWindow(u"alice"_s);
    waitForLoad();
    press(Qt::Key_F, Qt::ControlModifier);
    type(u"items_per_page"_s);
    press(Qt::Key_Return);
    PreferenceEditorDialog *dialog = waitForEditor();
    QVERIFY(dialog);
    QWidget *field = QApplication::focusWidget();
    QCOMPARE(field->objectName(), u"numberEdit"_s);
    press(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"typeCombo"_s);
    press(Qt::Key_Tab); // one Tab past the type, back in the value
    QCOMPARE(QApplication::focusWidget(), field);
    press(Qt::Key_Escape);
    waitForEditorClosed();
}

void TestKeyboardFlow::failedRefreshKeepsTheLastGoodRows()
{
    openWindow(u"alice"_s);
    waitForLoad();
    const int rows = m_window->preferenceModel()->rowCount();
    QVERIFY(rows > 10);
    auto *count = child<QLabel>("statusCount");
    auto *stale = child<QLabel>("statusStale");
    QCOMPARE(count->text(), countText(rows));
    QVERIFY(!stale->isVisible());

    Fault fault;
    fault.path = MyPreferences;
    fault.method = "GET";
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    m_server->addFault(fault);
    QSignalSpy failed(m_window->preferenceModel(), &PreferenceModel::loadFailed);
    press(Qt::Key_F5);
    QTRY_COMPARE(failed.count(), 1);

    // The rows stay, marked stale; the error offers Retry.
    QCOMPARE(m_window->preferenceModel()->rowCount(), rows);
    QCOMPARE(m_window->filterModel()->rowCount(), rows);
    QCOMPARE(count->text(), countText(rows));
    QVERIFY(stale->isVisible());
    QVERIFY(!child<EmptyStateOverlay>("emptyState")->isVisible());
    auto *bar = child<MessageBar>("messageBar");
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->type(), MessageBar::Type::Error);
    auto *retry = bar->findChild<QToolButton *>(u"messageBarAction"_s);
    QVERIFY(retry && retry->isVisible());
    QCOMPARE(retry->text(), u"Retry"_s);

    // F5 again, the server well: fresh rows, no longer stale.
    m_server->clearFaults();
    QSignalSpy finished(m_window->preferenceModel(), &PreferenceModel::loadFinished);
    press(Qt::Key_F5);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_window->preferenceModel()->rowCount(), rows);
    QVERIFY(!stale->isVisible());
    QVERIFY(!bar->isVisible());
}

void TestKeyboardFlow::failedFirstLoadDoesNotSayZero()
{
    Fault fault;
    fault.path = MyPreferences;
    fault.method = "GET";
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    m_server->addFault(fault);
    openWindow(u"alice"_s);
    auto *bar = child<MessageBar>("messageBar");
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(m_window->filterModel()->rowCount(), 0);
    QVERIFY(!child<QLabel>("statusCount")->text().contains(u'0'));
    auto *empty = child<EmptyStateOverlay>("emptyState");
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(), u"The preferences could not be loaded"_s);
    QVERIFY(!empty->title().contains(u"no preferences"_s));
}

void TestKeyboardFlow::statusBarCountsWhatTheFilterShows()
{
    openWindow(u"alice"_s);
    waitForLoad();
    const int total = m_window->preferenceModel()->rowCount();
    auto *count = child<QLabel>("statusCount");
    QCOMPARE(count->text(), countText(total));
    press(Qt::Key_F, Qt::ControlModifier);
    type(u"theme"_s);
    const int shown = m_window->filterModel()->rowCount();
    QVERIFY(shown > 0 && shown < total);
    QCOMPARE(count->text(), u"%1 of %2 shown"_s.arg(shown).arg(total));
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Backspace);
    QCOMPARE(count->text(), countText(total));
}

void TestKeyboardFlow::createdRowHiddenByTheFilterIsAnnounced()
{
    openWindow(u"alice"_s);
    waitForLoad();
    const int total = m_window->preferenceModel()->rowCount();
    press(Qt::Key_F, Qt::ControlModifier);
    type(u"theme"_s);
    const int shown = m_window->filterModel()->rowCount();

    // Ctrl+N, the key, Tab to the tab bar, Tab to the JSON, the value, Ctrl+S.
    press(Qt::Key_N, Qt::ControlModifier);
    PreferenceEditorDialog *dialog = waitForEditor();
    QVERIFY(dialog);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"keyEdit"_s);
    type(u"zz.hidden"_s);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"valueEdit"_s);
    type(u"1"_s);
    QTRY_VERIFY(dialog->isValid());
    press(Qt::Key_S, Qt::ControlModifier);
    waitForEditorClosed();

    const int row = sourceRowOf(u"zz.hidden"_s);
    QVERIFY(row >= 0);
    const qint64 id = m_window->preferenceModel()->preferenceAt(row).id;
    QCOMPARE(m_window->filterModel()->rowCount(), shown); // hidden
    QCOMPARE(child<QLabel>("statusCount")->text(), u"%1 of %2 shown"_s.arg(shown).arg(total + 1));
    auto *bar = child<MessageBar>("messageBar");
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->text(), u"Created “zz.hidden” (hidden by the filter)."_s);
    auto *show = bar->findChild<QToolButton *>(u"messageBarAction"_s);
    QVERIFY(show && show->isVisible());
    QCOMPARE(show->text(), u"Show"_s);

    // Tab to Show, Space: the filter is cleared and the new row is current.
    for (int i = 0; i < 20 && QApplication::focusWidget() != show; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), show);
    press(Qt::Key_Space);
    QTRY_VERIFY(child<QLineEdit>("filterEdit")->text().isEmpty());
    auto *table = child<PreferenceTableView>("preferenceTable");
    QCOMPARE(table->currentPreferenceId(), id);
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(child<QLabel>("statusCount")->text(), countText(total + 1));
}

QTEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
