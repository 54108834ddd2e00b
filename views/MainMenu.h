#pragma once

#include <QObject>
#include <QPointer>

class PreferenceTableView;
class QAction;
class QMainWindow;
class QMenu;
class QMessageBox;

// The main window's menu bar: File (Switch Community, Sign Out, Quit), Edit
// (New, Edit, Delete), View (Refresh, Find, Columns) and Help (Keyboard
// Shortcuts, About). The window's own actions are reused, so a command is the
// same QAction in the toolbar, the menu and its shortcut.
class MainMenu : public QObject
{
    Q_OBJECT

public:
    // The window's existing actions; not owned.
    struct Commands
    {
        QAction *refresh = nullptr;
        QAction *newPreference = nullptr;
        QAction *edit = nullptr;
        QAction *remove = nullptr;
        QAction *find = nullptr;
    };

    // Builds window's menu bar; table supplies the Columns submenu.
    MainMenu(QMainWindow *window, PreferenceTableView *table, const Commands &commands);

    QAction *switchCommunityAction() const { return m_switchCommunity; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *quitAction() const { return m_quit; }

private:
    QMenu *addMenu(const QString &title, const char *objectName);
    QAction *newAction(const QString &text, const char *objectName);
    void showShortcuts();
    void showAbout();

    QMainWindow *m_window;
    QAction *m_switchCommunity;
    QAction *m_signOut;
    QAction *m_quit;
    QPointer<QMessageBox> m_shortcutsBox;
};
