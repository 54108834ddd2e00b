#include "MainMenu.h"

#include "PreferenceTableView.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace {

QString keyText(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText).toHtmlEscaped();
}

// The platform's Quit keys; Ctrl+Q where it has none (Windows, offscreen).
QList<QKeySequence> quitKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (keys.isEmpty())
        keys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    return keys;
}

} // namespace

MainMenu::MainMenu(QMainWindow *window, PreferenceTableView *table, const Commands &commands)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("mainMenu"));
    window->menuBar()->setObjectName(QStringLiteral("menuBar"));

    m_switchCommunity = newAction(tr("Switch &Community…"), "actionSwitchCommunity");
    m_switchCommunity->setToolTip(tr("Sign in to another community or account"));
    m_signOut = newAction(tr("Sign &Out"), "actionSignOut");
    m_signOut->setToolTip(tr("Sign out and forget the stored sign-in"));
    m_signOut->setEnabled(false); // until the window has a sign-in to end
    m_quit = newAction(tr("&Quit"), "actionQuit");
    m_quit->setShortcuts(quitKeys());
    m_quit->setMenuRole(QAction::QuitRole);
    // Closing the last window ends the application, after it saved its layout.
    connect(m_quit, &QAction::triggered, window, &QWidget::close);

    QMenu *file = addMenu(tr("&File"), "menuFile");
    file->addAction(m_switchCommunity);
    file->addAction(m_signOut);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = addMenu(tr("&Edit"), "menuEdit");
    edit->addAction(commands.newPreference);
    edit->addAction(commands.edit);
    edit->addAction(commands.remove);

    QMenu *view = addMenu(tr("&View"), "menuView");
    view->addAction(commands.refresh);
    view->addAction(commands.find);
    view->addSeparator();
    QMenu *columns = view->addMenu(tr("&Columns"));
    columns->setObjectName(QStringLiteral("menuColumns"));
    columns->menuAction()->setObjectName(QStringLiteral("actionColumns"));
    // Built when opened, so that it shows the header's current state.
    connect(columns, &QMenu::aboutToShow, table, [table, columns] {
        columns->clear();
        table->populateColumnMenu(columns);
    });

    QMenu *help = addMenu(tr("&Help"), "menuHelp");
    QAction *shortcuts = newAction(tr("&Keyboard Shortcuts"), "actionKeyboardShortcuts");
    connect(shortcuts, &QAction::triggered, this, &MainMenu::showShortcuts);
    help->addAction(shortcuts);
    QAction *about = newAction(tr("&About Preference Editor"), "actionAbout");
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainMenu::showAbout);
    help->addAction(about);
}

QMenu *MainMenu::addMenu(const QString &title, const char *objectName)
{
    QMenu *menu = m_window->menuBar()->addMenu(title);
    menu->setObjectName(QLatin1String(objectName));
    menu->setAccessibleName(QString(title).remove(QLatin1Char('&')));
    return menu;
}

QAction *MainMenu::newAction(const QString &text, const char *objectName)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(QLatin1String(objectName));
    // QAction has no accessible name of its own: screen readers read the
    // text, without its '&', as the menu item's name.
    return action;
}

void MainMenu::showShortcuts()
{
    if (m_shortcutsBox) {
        m_shortcutsBox->raise();
        m_shortcutsBox->activateWindow();
        return;
    }
    const QList<std::pair<QKeySequence, QString>> rows = {
        {QKeySequence::Refresh, tr("Load the preferences again")},
        {QKeySequence::New, tr("Create a preference")},
        {QKeySequence(Qt::Key_Return), tr("Edit the selected preference")},
        {QKeySequence::Delete, tr("Delete the selected preference")},
        {QKeySequence::Find,
            tr("Filter keys and values; then Enter edits the highlighted row and Down moves "
               "into the table")},
        {QKeySequence(Qt::ALT | Qt::Key_U), tr("Find a user by name or id (support staff)")},
        {QKeySequence::Save, tr("Save, in the editor")},
        {QKeySequence(Qt::CTRL | Qt::Key_E), tr("Go to the first error, in the editor")},
        {QKeySequence(Qt::Key_Escape), tr("Close the editor or cancel")},
        {QKeySequence(Qt::CTRL | Qt::Key_H),
            tr("Show the history of changes made on this computer")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
            tr("Copy the selected preferences to another user, after a preview (support "
               "staff)")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
            tr("Compare the open user's preferences with another user's (support staff)")},
        {QKeySequence::Undo,
            tr("Undo your last change of this session (asks first); in the editor, undo "
               "the last edit")},
        {quitKeys().constFirst(), tr("Quit")},
    };
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    for (const auto &[key, what] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keyText(key), what.toHtmlEscaped());
    html += QStringLiteral("</table>");

    // Non-modal: it can stay open beside the window while the user works.
    m_shortcutsBox = new QMessageBox(
        QMessageBox::NoIcon, tr("Keyboard Shortcuts"), html, QMessageBox::Close, m_window);
    m_shortcutsBox->setObjectName(QStringLiteral("shortcutsDialog"));
    m_shortcutsBox->setTextFormat(Qt::RichText);
    m_shortcutsBox->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcutsBox->setWindowModality(Qt::NonModal);
    m_shortcutsBox->show();
}

void MainMenu::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Preference Editor"),
        tr("<h3>Preference Editor %1</h3>"
           "<p>Edit the preferences of a community's users.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(m_window->windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, without a nested event loop
}
