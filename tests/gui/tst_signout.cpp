// The main window's menu bar and File > Sign Out, against an in-process
// prefserver: a real password sign-in (session-only, so no keychain is
// needed), the revoke request on the server, the tokens gone from memory, the
// question about unsaved edits, and every menu with its actions and shortcuts.

#include "ApiClient.h"
#include "KeychainStore.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PreferenceEditorDialog.h"
#include "PreferenceTableView.h"
#include "ProfileStore.h"
#include "Session.h"
#include "SignInController.h"
#include "TestServer.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString RevokePath = QStringLiteral("/oauth/revoke_token/");

QStringList actionNames(const QMenu *menu)
{
    QStringList names;
    for (const QAction *action : menu->actions())
        names.append(action->isSeparator() ? QStringLiteral("-") : action->objectName());
    return names;
}

} // namespace

class TestSignOut : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signOutRevokesAndForgetsTokens();
    void signOutAsksAboutUnsavedEdits();
    void signOutDisabledInDemo();
    void menusHoldEveryCommand();
    void columnsMenuHidesColumns();
    void helpShowsShortcutsWithoutBlocking();
    void quitClosesTheWindow();

private:
    std::unique_ptr<PrefServer> m_server;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SignInController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestSignOut::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PrefEditorTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_signout"));
    QSettings().clear();
    ServerOptions options;
    options.demo = true;
    options.enableTestControl = true;
    m_server = startTestServer(options);
    QVERIFY(m_server);
}

void TestSignOut::init()
{
    static int counter = 0;
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(++counter)), QSettings::IniFormat);
    m_api = std::make_unique<ApiClient>(&m_nam);
    m_keychain = std::make_unique<KeychainStore>();
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_controller =
        std::make_unique<SignInController>(m_api.get(), m_keychain.get(), m_profiles.get());
    m_controller->setSavingAllowed(false); // session-only: the keychain is not touched

    QSignalSpy signedIn(m_controller.get(), &SignInController::signedIn);
    m_controller->signInWithPassword(m_server->baseUrl(), QStringLiteral("prefeditor"),
        QStringLiteral("support"), QStringLiteral("support"));
    QVERIFY(signedIn.wait(15000));
    QVERIFY(!m_controller->session()->accessToken().isEmpty());

    m_window = std::make_unique<MainWindow>(m_api.get(), m_controller->user());
    m_window->setSignInController(m_controller.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->openInitialUser(QStringLiteral("me"));
    QTRY_VERIFY(m_window->preferenceModel()->rowCount() > 0);
    m_server->clearRequestLog();
}

void TestSignOut::cleanup()
{
    MessageBox::setNextAnswers({});
    MessageBox::clearAskedQuestions();
    m_window.reset();
    m_controller.reset();
    m_profiles.reset();
    m_keychain.reset();
    m_api.reset();
    m_settings.reset();
}

void TestSignOut::signOutRevokesAndForgetsTokens()
{
    auto *signOut = m_window->findChild<QAction *>(QStringLiteral("actionSignOut"));
    QVERIFY(signOut);
    QVERIFY(signOut->isEnabled());
    QSignalSpy signedOut(m_window.get(), &MainWindow::signedOut);
    QSignalSpy controllerOut(m_controller.get(), &SignInController::signedOut);

    signOut->trigger();

    QCOMPARE(signedOut.count(), 1);
    QVERIFY(m_controller->session()->accessToken().isEmpty());
    QVERIFY(!m_controller->isSignedIn());
    QTRY_COMPARE_WITH_TIMEOUT(controllerOut.count(), 1, 10000);
    // Both tokens, refresh and access, are revoked.
    QCOMPARE(countRequests(*m_server, "POST", RevokePath), 2);
    QVERIFY(MessageBox::askedQuestions().isEmpty()); // nothing unsaved: no question
    QVERIFY(!signOut->isEnabled()); // nothing left to sign out of
}

void TestSignOut::signOutAsksAboutUnsavedEdits()
{
    m_window->findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    QPointer<PreferenceEditorDialog> editor = m_window->findChild<PreferenceEditorDialog *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    auto *keyEdit = editor->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    QVERIFY(keyEdit);
    QTest::keyClicks(keyEdit, QStringLiteral("unsaved.key"));
    QVERIFY(editor->hasChanges());
    auto *signOut = m_window->findChild<QAction *>(QStringLiteral("actionSignOut"));
    QSignalSpy signedOut(m_window.get(), &MainWindow::signedOut);

    // Keep the edits: still signed in, the editor stays.
    MessageBox::setNextAnswers({QMessageBox::Cancel});
    signOut->trigger();
    QCOMPARE(MessageBox::askedQuestions().size(), 1);
    QVERIFY(MessageBox::askedQuestions().first().contains(QStringLiteral("unsaved.key")));
    QCOMPARE(signedOut.count(), 0);
    QVERIFY(!m_controller->session()->accessToken().isEmpty());
    QVERIFY(editor && editor->isVisible());
    QCOMPARE(countRequests(*m_server, "POST", RevokePath), 0);

    // Discard them: the editor closes and the sign-out goes ahead.
    MessageBox::setNextAnswers({QMessageBox::Discard});
    signOut->trigger();
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!editor || !editor->isVisible());
    QVERIFY(m_controller->session()->accessToken().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(countRequests(*m_server, "POST", RevokePath), 2, 10000);
}

void TestSignOut::signOutDisabledInDemo()
{
    auto *signOut = m_window->findChild<QAction *>(QStringLiteral("actionSignOut"));
    m_window->setDemoMode(true);
    QVERIFY(!signOut->isEnabled());
    signOut->trigger(); // a disabled action does nothing, even when triggered
    QVERIFY(!m_controller->session()->accessToken().isEmpty());

    // Without a controller (the demo), there is nothing to sign out of.
    m_window->setDemoMode(false);
    QVERIFY(signOut->isEnabled());
    m_window->setSignInController(nullptr);
    QVERIFY(!signOut->isEnabled());
    // Switch Community stays: the application makes the sign-in on demand.
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionSwitchCommunity"))->isEnabled());
}

void TestSignOut::menusHoldEveryCommand()
{
    QMenuBar *bar = m_window->menuBar();
    QStringList menus;
    for (const QAction *action : bar->actions())
        menus.append(action->menu()->objectName());
    QCOMPARE(menus,
        (QStringList {QStringLiteral("menuFile"), QStringLiteral("menuEdit"),
            QStringLiteral("menuView"), QStringLiteral("menuHelp")}));
    for (const QAction *action : bar->actions()) {
        QVERIFY(action->text().contains(QLatin1Char('&'))); // a mnemonic: Alt+F etc.
        QVERIFY(!action->menu()->accessibleName().isEmpty());
    }

    auto *file = m_window->findChild<QMenu *>(QStringLiteral("menuFile"));
    QCOMPARE(actionNames(file),
        (QStringList {QStringLiteral("actionExport"), QStringLiteral("actionImport"),
            QStringLiteral("-"), QStringLiteral("actionSwitchCommunity"),
            QStringLiteral("actionSignOut"), QStringLiteral("-"), QStringLiteral("actionQuit")}));
    auto *edit = m_window->findChild<QMenu *>(QStringLiteral("menuEdit"));
    QCOMPARE(actionNames(edit),
        (QStringList {QStringLiteral("actionNew"), QStringLiteral("actionEdit"),
            QStringLiteral("actionDelete"), QStringLiteral("-"),
            QStringLiteral("actionUndoLastChange"), QStringLiteral("-"),
            QStringLiteral("actionCopyToUser"), QStringLiteral("actionCompareWithUser")}));
    auto *view = m_window->findChild<QMenu *>(QStringLiteral("menuView"));
    QCOMPARE(actionNames(view),
        (QStringList {QStringLiteral("actionRefresh"), QStringLiteral("actionFind"),
            QStringLiteral("-"), QStringLiteral("actionColumns"), QStringLiteral("-"),
            QStringLiteral("actionHistory")}));
    auto *help = m_window->findChild<QMenu *>(QStringLiteral("menuHelp"));
    QCOMPARE(actionNames(help),
        (QStringList {QStringLiteral("actionKeyboardShortcuts"), QStringLiteral("actionAbout")}));

    const auto shortcut = [this](const char *name) {
        return m_window->findChild<QAction *>(QLatin1String(name))
            ->shortcut()
            .toString(QKeySequence::PortableText);
    };
    QCOMPARE(shortcut("actionQuit"), QStringLiteral("Ctrl+Q"));
    QCOMPARE(shortcut("actionNew"), QStringLiteral("Ctrl+N"));
    QCOMPARE(shortcut("actionRefresh"), QStringLiteral("F5"));
    QCOMPARE(shortcut("actionFind"), QStringLiteral("Ctrl+F"));
    QCOMPARE(shortcut("actionEdit"), QStringLiteral("Return"));
    QCOMPARE(shortcut("actionDelete"), QStringLiteral("Del"));
    QCOMPARE(shortcut("actionCopyToUser"), QStringLiteral("Ctrl+Shift+C"));
    QCOMPARE(shortcut("actionCompareWithUser"), QStringLiteral("Ctrl+Shift+D"));
    // The toolbar and the menu share the same actions: one command each.
    QCOMPARE(m_window->findChildren<QAction *>(QStringLiteral("actionRefresh")).size(), 1);
}

void TestSignOut::columnsMenuHidesColumns()
{
    auto *columns = m_window->findChild<QMenu *>(QStringLiteral("menuColumns"));
    QVERIFY(columns);
    auto *table = m_window->findChild<PreferenceTableView *>();
    QHeaderView *header = table->horizontalHeader();
    emit columns->aboutToShow();
    // One entry per column, a separator and "Reset Columns": the header's menu.
    QCOMPARE(columns->actions().size(), header->count() + 2);
    QAction *first = columns->findChild<QAction *>(QStringLiteral("actionColumn1"));
    QVERIFY(first && first->isCheckable());
    const bool wasHidden = header->isSectionHidden(1);
    first->trigger();
    QCOMPARE(header->isSectionHidden(1), !wasHidden);
    emit columns->aboutToShow(); // rebuilt, not appended to
    QCOMPARE(columns->actions().size(), header->count() + 2);
    columns->actions().last()->trigger(); // Reset Columns
    QVERIFY(!header->isSectionHidden(1));
}

void TestSignOut::helpShowsShortcutsWithoutBlocking()
{
    m_window->findChild<QAction *>(QStringLiteral("actionKeyboardShortcuts"))->trigger();
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->windowModality(), Qt::NonModal);
    for (const char *key :
        {"F5", "Ctrl+N", "Return", "Del", "Ctrl+F", "Ctrl+S", "Ctrl+E", "Esc", "Ctrl+Q"})
        QVERIFY2(box->text().contains(QLatin1String(key)), key);
    box->close();

    m_window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    auto *about = m_window->findChild<QMessageBox *>(QStringLiteral("aboutDialog"));
    QVERIFY(about);
    QVERIFY(about->text().contains(QString::fromLatin1(qVersion())));
    about->close();
}

void TestSignOut::quitClosesTheWindow()
{
    const QString dir = qEnvironmentVariable("PREF_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        // The File menu open over the window, for the docs and for review.
        auto *file = m_window->findChild<QMenu *>(QStringLiteral("menuFile"));
        QMenuBar *bar = m_window->menuBar();
        file->popup(bar->mapToGlobal(bar->actionGeometry(file->menuAction()).bottomLeft()));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        QPixmap shot = m_window->grab();
        QPainter painter(&shot);
        painter.drawPixmap(m_window->mapFromGlobal(file->pos()), file->grab());
        painter.end();
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("file-menu.png"))));
        file->close();
    }
    QAction *quit = m_window->findChild<QAction *>(QStringLiteral("actionQuit"));
    quit->trigger();
    QVERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestSignOut)
#include "tst_signout.moc"
