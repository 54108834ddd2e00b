// What the History and import/export tests share: a window signed in to a
// demo prefserver, with a journal in a temporary directory, driven by keys
// from where the focus really is.
#pragma once

#include "ChangeJournal.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "PrefServer.h"
#include "PreferenceEditorDialog.h"
#include "PreferenceFilterModel.h"
#include "PreferenceModel.h"
#include "SignedInClient.h"
#include "TestServer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct HistoryTestWindow
{
    std::unique_ptr<PrefServer> server;
    std::unique_ptr<SignedInClient> session;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<QTemporaryDir> journalDir;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;

    // The window of username on its own preferences, loaded, with a journal.
    void open(const QString &username)
    {
        session = std::make_unique<SignedInClient>(*server, username);
        const auto account = session->fetchAccount();
        QVERIFY(account);
        window = std::make_unique<MainWindow>(session->api(), *account);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            window->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        journalDir = std::make_unique<QTemporaryDir>();
        window->setJournal(ChangeJournal(server->baseUrl(), journalDir->path()));
        MainWindowFixture::showActive(*window);
        if (QTest::currentTestFailed())
            return;
        window->openInitialUser(QString());
        MainWindowFixture::waitForLoad(*window);
    }

    ChangeJournal journal() const { return ChangeJournal(server->baseUrl(), journalDir->path()); }

    void reset()
    {
        proxyTester.reset();
        window.reset();
        session.reset();
        server.reset();
        journalDir.reset();
    }

    static QWidget *keyTarget()
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup;
        return QApplication::focusWidget();
    }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = keyTarget();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::keyClick(target, key, modifiers);
    }
    static void type(const QString &text)
    {
        QWidget *target = keyTarget();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::keyClicks(target, text);
    }

    int rowOf(const QString &key) const
    {
        const PreferenceModel *model = window->preferenceModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->preferenceAt(row).key == key)
                return row;
        }
        return -1;
    }
    QString valueOf(const QString &key) const
    {
        const int row = rowOf(key);
        return row < 0 ? QString()
                       : window->preferenceModel()->preferenceAt(row).value.toCompactString();
    }
    QString pathOf(const QString &key) const
    {
        return QStringLiteral("/api/v2/user/%1/preference/%2/")
            .arg(window->account().id)
            .arg(window->preferenceModel()->preferenceAt(rowOf(key)).id);
    }

    // Ctrl+F, the key, Enter; types text over the selected string value; Ctrl+S.
    void editString(const QString &key, const QString &text)
    {
        press(Qt::Key_F, Qt::ControlModifier);
        type(key);
        press(Qt::Key_Return);
        PreferenceEditorDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<PreferenceEditorDialog *>()) &&
            dialog->isVisible() && QApplication::focusWidget() &&
            dialog->isAncestorOf(QApplication::focusWidget()));
        type(text);
        press(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<PreferenceEditorDialog *>(), 10000);
        if (!window->isActiveWindow()) {
            window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(window.get()));
        }
        QTRY_COMPARE(valueOf(key), QStringLiteral("\"%1\"").arg(text));
        // Back in the table, the filter cleared.
        press(Qt::Key_F, Qt::ControlModifier);
        press(Qt::Key_Backspace);
        press(Qt::Key_Down);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("preferenceTable"));
    }
};
