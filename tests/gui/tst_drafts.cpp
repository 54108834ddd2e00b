// Crash-safe drafts, end to end: the main window against a real in-process
// prefserver (demo data), the editor driven by keys from where focus is, the
// drafts in a private XDG state directory. An edit survives its window's
// destruction and is offered, restored by keys and saved in the next window;
// a discarded edit leaves nothing; a failed save or a cancelled close keeps
// the draft; writes are throttled; another user's draft switches the window;
// several drafts are listed.

#include "DraftAutosave.h"
#include "DraftKeeper.h"
#include "DraftListDialog.h"
#include "DraftStore.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "PrefServer.h"
#include "PreferenceEditorDialog.h"
#include "PreferenceModel.h"
#include "PreferenceTableView.h"
#include "ServerTestClient.h"
#include "SignedInClient.h"
#include "TestServer.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

const QString Typed = QStringLiteral("\"draft\": 1,");

} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void restoreAfterTheWindowIsDestroyed();
    void discardedEditLeavesNoDraft();
    void failedSaveAndCancelledCloseKeepTheDraft();
    void writesAreThrottled();
    void draftOfAnotherUserSwitchesTheWindow();
    void severalDraftsAreListed();

private:
    void openWindow(const QString &username, const QString &user = QString());
    void destroyWindow();
    void waitForLoad();
    // Selects the row of key, presses Enter on the table: the editor opens.
    PreferenceEditorDialog *openEditorByKeys(const QString &key);
    // In the open editor's JSON text, right after the opening brace.
    void typeIntoObject(PreferenceEditorDialog *dialog, const QString &text);
    QStringList draftFiles() const;
    // Where focus is once window is active and has it; nullptr if never.
    static QWidget *focusIn(QWidget *window);
    Preference preferenceOnServer(const QString &username, const QString &userPath, qint64 id);
    template<typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    QTemporaryDir m_state;
    std::unique_ptr<PrefServer> m_server;
    std::unique_ptr<SignedInClient> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestDrafts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PrefEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_drafts"));
    QVERIFY(m_state.isValid());
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_state.path()));
}

void TestDrafts::init()
{
    MainWindowFixture::clearSharedState();
    QDir(DraftStore::defaultDirectory()).removeRecursively();
    QCOMPARE(DraftStore::defaultDirectory(), m_state.path() + QStringLiteral("/prefeditor/drafts"));

    m_server = startDemoServer();
    QVERIFY(m_server);
}

void TestDrafts::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_server.reset();
    QSettings().clear();
}

void TestDrafts::openWindow(const QString &username, const QString &user)
{
    if (!m_session) {
        m_session = std::make_unique<SignedInClient>(*m_server, username);
        QVERIFY(!m_session->credentials().accessToken().isEmpty());
    }
    const auto account = m_session->fetchAccount();
    QVERIFY(account);

    m_window = std::make_unique<MainWindow>(m_session->api(), *account);
    m_window->draftKeeper()->setAutosaveInterval(200);
    MainWindowFixture::showActive(*m_window);
    if (QTest::currentTestFailed())
        return;
    m_window->openInitialUser(user);
}

void TestDrafts::destroyWindow()
{
    // As when the application quits with the editor open: no close, no reject.
    QPointer<PreferenceEditorDialog> dialog = m_window->findChild<PreferenceEditorDialog *>();
    m_window.reset();
    QVERIFY(!dialog);
}

void TestDrafts::waitForLoad()
{
    MainWindowFixture::waitForLoad(*m_window);
}

PreferenceEditorDialog *TestDrafts::openEditorByKeys(const QString &key)
{
    PreferenceModel *model = m_window->preferenceModel();
    qint64 id = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->preferenceAt(row).key == key)
            id = model->preferenceAt(row).id;
    }
    auto *table = child<PreferenceTableView>("preferenceTable");
    if (id == 0 || !table || !table->selectPreferenceId(id))
        return nullptr;
    m_window->activateWindow(); // an editor that just closed may have had it
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    table->setFocus();
    if (!QTest::qWaitFor([table] { return table->hasFocus(); }))
        return nullptr;
    QTest::keyClick(table, Qt::Key_Return);
    PreferenceEditorDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_window->findChild<PreferenceEditorDialog *>();
        return dialog && dialog->isVisible();
    });
    return shown && dialog->preferenceId() == id ? dialog : nullptr;
}

void TestDrafts::typeIntoObject(PreferenceEditorDialog *dialog, const QString &text)
{
    auto *valueEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"));
    QVERIFY(valueEdit);
    QVERIFY(focusIn(dialog)); // an object: the tree, and Alt+J to the JSON page
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_J, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), valueEdit);
    QTest::keyClick(valueEdit, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(valueEdit, Qt::Key_Right);
    QTest::keyClicks(valueEdit, text);
}

QWidget *TestDrafts::focusIn(QWidget *window)
{
    const bool focused = QTest::qWaitFor([window] {
        QWidget *focus = QApplication::focusWidget();
        return window->isActiveWindow() && focus && window->isAncestorOf(focus);
    });
    return focused ? QApplication::focusWidget() : nullptr;
}

QStringList TestDrafts::draftFiles() const
{
    return QDir(DraftStore::defaultDirectory()).entryList(QDir::Files | QDir::Hidden);
}

Preference TestDrafts::preferenceOnServer(
    const QString &username, const QString &userPath, qint64 id)
{
    ServerTestClient client(m_server->baseUrl());
    client.setToken(m_server->issueAccessToken(username));
    const HttpResult result =
        client.get(QStringLiteral("/api/v2/user/%1/preference/%2/").arg(userPath).arg(id));
    if (result.status != 200)
        return {};
    return Preference::fromJson(*JsonValue::parse(result.body)).value_or(Preference());
}

void TestDrafts::restoreAfterTheWindowIsDestroyed()
{
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    QVERIFY(!child<MessageBar>("draftOfferBar")->isVisible()); // nothing from before
    // Only the destruction writes here.
    m_window->draftKeeper()->setAutosaveInterval(60 * 1000);
    PreferenceEditorDialog *dialog = openEditorByKeys(QStringLiteral("notifications"));
    QVERIFY(dialog);
    const Preference base = dialog->basePreference();
    QCOMPARE(base.key, QStringLiteral("notifications"));
    QVERIFY(base.lastUpdatedAt.isValid());
    typeIntoObject(dialog, Typed);
    const QString typed = dialog->valueText();
    QVERIFY(typed.startsWith(QStringLiteral("{") + Typed));
    QVERIFY(draftFiles().isEmpty()); // not yet: the throttle waits
    QVERIFY(dialog->findChild<DraftAutosave *>()->isPending());

    destroyWindow();
    // Written when the dialog went, before the interval was over.
    QCOMPARE(draftFiles().size(), 1);
    const QList<Draft> drafts = DraftStore().list();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().valueText, typed);
    QCOMPARE(drafts.first().user, QStringLiteral("me"));
    QCOMPARE(drafts.first().account, QStringLiteral("alice"));
    QCOMPARE(drafts.first().server, DraftStore::serverKey(m_server->baseUrl()));

    // The next window, for the same server.
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    auto *bar = child<MessageBar>("draftOfferBar");
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->text(),
        QStringLiteral("1 unsaved edit from an earlier session: your \u201cnotifications\u201d."));
    QVERIFY(child<QToolButton>("draftDiscardButton")->isVisible());

    // Restore by keys: Tab from the table reaches the bar's Restore button.
    auto *table = child<PreferenceTableView>("preferenceTable");
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    auto *restoreButton = bar->findChild<QToolButton *>(QStringLiteral("messageBarAction"));
    QCOMPARE(restoreButton->text(), QStringLiteral("&Restore"));
    for (int i = 0; i < 30 && QApplication::focusWidget() != restoreButton; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), restoreButton);
    QTest::keyClick(restoreButton, Qt::Key_Space);

    QTRY_VERIFY((dialog = m_window->findChild<PreferenceEditorDialog *>()) && dialog->isVisible());
    QVERIFY(!bar->isVisible());
    QCOMPARE(dialog->mode(), PreferenceEditorDialog::Mode::Edit);
    QCOMPARE(dialog->preferenceId(), base.id);
    QCOMPARE(dialog->valueText(), typed);
    QCOMPARE(dialog->key(), base.key);
    QCOMPARE(dialog->basePreference().id, base.id);
    QCOMPARE(dialog->basePreference().key, base.key);
    QVERIFY(dialog->basePreference().value.isIdenticalTo(base.value));
    QCOMPARE(dialog->basePreference().lastUpdatedAt, base.lastUpdatedAt);
    QCOMPARE(dialog->basePreference().createdAt, base.createdAt);
    QTRY_VERIFY(dialog->hasChanges() && dialog->isValid());
    QVERIFY(dialog->isWindowModified());

    // Saved by keys, from where focus is in the editor.
    QVERIFY(focusIn(dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<PreferenceEditorDialog *>(), 10000);
    const Preference saved =
        preferenceOnServer(QStringLiteral("alice"), QStringLiteral("me"), base.id);
    QCOMPARE(saved.value.value(QStringLiteral("draft")).toInteger(), qint64(1));
    QCOMPARE(saved.value.value(QStringLiteral("push")), base.value.value(QStringLiteral("push")));
    QVERIFY(draftFiles().isEmpty());
    QVERIFY(!bar->isVisible());
}

void TestDrafts::discardedEditLeavesNoDraft()
{
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    PreferenceEditorDialog *dialog = openEditorByKeys(QStringLiteral("notifications"));
    QVERIFY(dialog);
    auto *autosave = dialog->findChild<DraftAutosave *>();
    QVERIFY(autosave);
    QSignalSpy written(autosave, &DraftAutosave::written);
    typeIntoObject(dialog, Typed);
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(draftFiles().size(), 1);

    // Escape, and Discard to the question.
    MessageBox::setNextAnswers({QMessageBox::Discard});
    QVERIFY(focusIn(dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<PreferenceEditorDialog *>());
    QCOMPARE(MessageBox::askedQuestions().size(), 1);
    QVERIFY(draftFiles().isEmpty());

    // An unchanged editor closed: nothing written, nothing asked.
    dialog = openEditorByKeys(QStringLiteral("notifications"));
    QVERIFY(dialog);
    QVERIFY(focusIn(dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<PreferenceEditorDialog *>());
    QCOMPARE(MessageBox::askedQuestions().size(), 1);
    QVERIFY(draftFiles().isEmpty());

    // A New editor, typed into and discarded.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY((dialog = m_window->findChild<PreferenceEditorDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->mode(), PreferenceEditorDialog::Mode::New);
    QVERIFY(focusIn(dialog));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("brand_new"));
    autosave = dialog->findChild<DraftAutosave *>();
    QVERIFY(autosave);
    QTRY_VERIFY(autosave->hasDraft());
    QCOMPARE(draftFiles(), QStringList {autosave->draftId() + QStringLiteral(".json")});
    QVERIFY(autosave->draftId().startsWith(QLatin1String("new-")));
    MessageBox::setNextAnswers({QMessageBox::Discard});
    QVERIFY(focusIn(dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<PreferenceEditorDialog *>());
    QVERIFY(draftFiles().isEmpty());

    // A window destroyed afterwards leaves nothing either.
    destroyWindow();
    QVERIFY(draftFiles().isEmpty());
}

void TestDrafts::failedSaveAndCancelledCloseKeepTheDraft()
{
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    PreferenceEditorDialog *dialog = openEditorByKeys(QStringLiteral("notifications"));
    QVERIFY(dialog);
    const qint64 id = dialog->preferenceId();
    typeIntoObject(dialog, Typed);
    QTRY_COMPARE(draftFiles().size(), 1);

    Fault fault;
    fault.path = QStringLiteral("/api/v2/user/me/preference/%1/").arg(id);
    fault.method = "PATCH";
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    fault.count = 5;
    m_server->addFault(fault);
    QTRY_VERIFY(dialog->isValid());
    QVERIFY(focusIn(dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        !requestsTo(*m_server, "PATCH", fault.path).isEmpty() && !dialog->isSaving(), 10000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(draftFiles().size(), 1); // the save failed: kept

    // Escape, then Cancel: the editor stays, and so does the draft.
    MessageBox::setNextAnswers({QMessageBox::Cancel});
    QVERIFY(focusIn(dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(MessageBox::askedQuestions().size(), 1);
    QVERIFY(dialog->isVisible());
    QTest::qWait(300); // longer than the interval
    QCOMPARE(draftFiles().size(), 1);
    QCOMPARE(DraftStore().list().first().valueText, dialog->valueText());

    // Edited back to the base: the draft goes, though the editor is open.
    auto *autosave = dialog->findChild<DraftAutosave *>();
    QSignalSpy removed(autosave, &DraftAutosave::removed);
    QVERIFY(focusIn(dialog));
    for (int i = 0; i < Typed.size(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(dialog->valueText(), dialog->basePreference().value.toPrettyString());
    QTRY_COMPARE(removed.count(), 1);
    QVERIFY(draftFiles().isEmpty());
}

void TestDrafts::writesAreThrottled()
{
    QCOMPARE(DraftAutosave::DefaultIntervalMs, 2000);
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    m_window->draftKeeper()->setAutosaveInterval(DraftAutosave::DefaultIntervalMs);
    PreferenceEditorDialog *dialog = openEditorByKeys(QStringLiteral("notifications"));
    QVERIFY(dialog);
    auto *autosave = dialog->findChild<DraftAutosave *>();
    QVERIFY(autosave);
    QCOMPARE(autosave->interval(), 2000);
    const int interval = 250;
    autosave->setInterval(interval);
    QSignalSpy written(autosave, &DraftAutosave::written);

    typeIntoObject(dialog, QStringLiteral("\""));
    QVERIFY(autosave->isPending());
    QTest::qWait(interval / 2);
    QCOMPARE(written.count(), 0); // not at once
    QTRY_COMPARE(written.count(), 1);
    QVERIFY(!autosave->isPending());

    // Typing on, a key every 40 ms for about 1.2 s.
    written.clear();
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < 30; ++i) {
        QVERIFY(focusIn(dialog));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A);
        QTest::qWait(40);
    }
    const qint64 typingMs = elapsed.elapsed();
    QVERIFY(written.count() >= 1);
    QVERIFY2(written.count() <= typingMs / interval + 1,
        qPrintable(QStringLiteral("%1 writes in %2 ms").arg(written.count()).arg(typingMs)));
    // The last keys arrive within one interval.
    QTRY_VERIFY(!autosave->isPending());
    QCOMPARE(DraftStore().list().first().valueText, dialog->valueText());
}

void TestDrafts::draftOfAnotherUserSwitchesTheWindow()
{
    // support (an admin) edits Bob's notifications; the window is destroyed.
    openWindow(QStringLiteral("support"), QStringLiteral("3"));
    waitForLoad();
    QTRY_COMPARE(m_window->currentUser().username, QStringLiteral("bob"));
    waitForLoad();
    PreferenceEditorDialog *dialog = openEditorByKeys(QStringLiteral("notifications"));
    QVERIFY(dialog);
    const Preference base = dialog->basePreference();
    typeIntoObject(dialog, Typed);
    const QString typed = dialog->valueText();
    destroyWindow();
    const QList<Draft> drafts = DraftStore().list();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().user, QStringLiteral("3"));
    QCOMPARE(drafts.first().ownerId, qint64(3));
    QCOMPARE(drafts.first().ownerName, QStringLiteral("Bob Rossi"));
    QCOMPARE(drafts.first().account, QStringLiteral("support"));

    // The next window opens on support's own preferences.
    openWindow(QStringLiteral("support"), QStringLiteral("me"));
    waitForLoad();
    QCOMPARE(m_window->currentUser().username, QStringLiteral("support"));
    auto *bar = child<MessageBar>("draftOfferBar");
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->text(),
        QStringLiteral(
            "1 unsaved edit from an earlier session: \u201cnotifications\u201d of Bob Rossi."));
    // Alt+R, the button's mnemonic, from the table.
    QVERIFY(focusIn(m_window.get()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY((dialog = m_window->findChild<PreferenceEditorDialog *>()) && dialog->isVisible());
    QCOMPARE(m_window->currentUser().username, QStringLiteral("bob"));
    QCOMPARE(m_window->preferenceModel()->user(), QStringLiteral("3"));
    QCOMPARE(dialog->valueText(), typed);
    QCOMPARE(dialog->basePreference().lastUpdatedAt, base.lastUpdatedAt);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("ownerLabel"))
                ->text()
                .contains(QLatin1String("Bob Rossi")));
    // The same draft file, taken over.
    QCOMPARE(dialog->findChild<DraftAutosave *>()->draftId(), drafts.first().id);

    MessageBox::setNextAnswers({QMessageBox::Discard});
    QVERIFY(focusIn(dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<PreferenceEditorDialog *>());
    QVERIFY(draftFiles().isEmpty());
    QVERIFY(!bar->isVisible());
    // Bob's value is as it was.
    const Preference onServer =
        preferenceOnServer(QStringLiteral("support"), QStringLiteral("3"), base.id);
    QVERIFY(onServer.value.isIdenticalTo(base.value));
}

void TestDrafts::severalDraftsAreListed()
{
    // A New editor with a key and a value, and an edit: both left behind.
    openWindow(QStringLiteral("alice"));
    waitForLoad();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    PreferenceEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<PreferenceEditorDialog *>()) && dialog->isVisible());
    QVERIFY(focusIn(dialog));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("from_draft"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"))
        ->setPlainText(QStringLiteral("[1, 2"));
    destroyWindow();

    openWindow(QStringLiteral("alice"));
    waitForLoad();
    dialog = openEditorByKeys(QStringLiteral("notifications"));
    QVERIFY(dialog);
    typeIntoObject(dialog, Typed);
    destroyWindow();
    QCOMPARE(draftFiles().size(), 2);

    // One of another community: not offered here.
    Draft elsewhere = DraftStore().list().first();
    elsewhere.server = QStringLiteral("https://elsewhere.example.org");
    elsewhere.id = DraftStore::newDraftId();
    QVERIFY(DraftStore().write(elsewhere));

    openWindow(QStringLiteral("alice"));
    waitForLoad();
    auto *bar = child<MessageBar>("draftOfferBar");
    QTRY_VERIFY(bar->isVisible());
    // "edits" with the English translation; the source text without one.
    QVERIFY2(bar->text() == QStringLiteral("2 unsaved edits from an earlier session.") ||
            bar->text() == QStringLiteral("2 unsaved edit(s) from an earlier session."),
        qPrintable(bar->text()));
    QVERIFY(!child<QToolButton>("draftDiscardButton")->isVisible());
    QVERIFY(focusIn(m_window.get()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::AltModifier);
    DraftListDialog *list = nullptr;
    QTRY_VERIFY((list = m_window->findChild<DraftListDialog *>()) && list->isVisible());
    auto *items = list->findChild<QListWidget *>(QStringLiteral("draftList"));
    QCOMPARE(items->count(), 2);
    QTRY_COMPARE(QApplication::focusWidget(), items);

    // Discard the edit of notifications (Alt+D), keep the new one.
    int notifications = -1;
    for (int row = 0; row < items->count(); ++row) {
        if (items->item(row)->text().contains(QLatin1String("notifications")))
            notifications = row;
    }
    QVERIFY(notifications >= 0);
    items->setCurrentRow(notifications);
    MessageBox::setNextAnswers({QMessageBox::Discard});
    QTest::keyClick(items, Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(items->count(), 1);
    QVERIFY(items->item(0)->text().contains(QLatin1String("from_draft")));
    QCOMPARE(draftFiles().size(), 2); // the new one and the other community's

    // Enter restores the new one.
    QTest::keyClick(items, Qt::Key_Return);
    QTRY_VERIFY((dialog = m_window->findChild<PreferenceEditorDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->mode(), PreferenceEditorDialog::Mode::New);
    QCOMPARE(dialog->key(), QStringLiteral("from_draft"));
    QCOMPARE(dialog->valueText(), QStringLiteral("[1, 2")); // as typed, not valid JSON
    QTRY_VERIFY(!dialog->isValidationPending());
    QVERIFY(!dialog->isValid());
    QVERIFY(dialog->hasChanges());
    QVERIFY(dialog->jumpToError());
}

QTEST_MAIN(TestDrafts)
#include "tst_drafts.moc"
