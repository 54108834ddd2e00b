#include "UserTransferActions.h"

#include "ChangeSetDialog.h"
#include "CompareDialog.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "PreferenceEntry.h"
#include "PreferenceFilterModel.h"
#include "PreferenceListJob.h"
#include "PreferenceModel.h"
#include "PreferenceTableView.h"
#include "UserChoiceDialog.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

#include <algorithm>

UserTransferActions::UserTransferActions(MainWindow *window, ApiClient *client)
    : QObject(window)
    , m_window(window)
    , m_table(window->findChild<PreferenceTableView *>())
    , m_client(client)
{
    setObjectName(QStringLiteral("userTransferActions"));
    m_copy = new QAction(tr("Cop&y to User…"), window);
    m_copy->setObjectName(QStringLiteral("actionCopyToUser"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setShortcutContext(Qt::WindowShortcut);
    m_copy->setToolTip(tr("Write the selected preferences into another user's, after a preview "
                          "(Ctrl+Shift+C)"));
    connect(m_copy, &QAction::triggered, this, &UserTransferActions::copyToUser);
    m_compare = new QAction(tr("Com&pare with User…"), window);
    m_compare->setObjectName(QStringLiteral("actionCompareWithUser"));
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_compare->setShortcutContext(Qt::WindowShortcut);
    m_compare->setToolTip(tr("Show the open user's preferences beside another user's "
                             "(Ctrl+Shift+D)"));
    connect(m_compare, &QAction::triggered, this, &UserTransferActions::compareWithUser);
    // Only support staff copy between users or compare them.
    const bool admin = window->account().isAdmin();
    for (QAction *action : {m_copy, m_compare}) {
        action->setVisible(admin);
        action->setEnabled(false);
        window->addAction(action); // the shortcut works with the menu closed
    }

    if (QMenu *edit = window->findChild<QMenu *>(QStringLiteral("menuEdit"))) {
        edit->addSeparator()->setVisible(admin);
        edit->addAction(m_copy);
        edit->addAction(m_compare);
        connect(edit, &QMenu::aboutToShow, this, &UserTransferActions::updateActions);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &UserTransferActions::updateActions);
    PreferenceModel *model = window->preferenceModel();
    connect(model, &PreferenceModel::loadStarted, this, &UserTransferActions::updateActions);
    connect(model, &PreferenceModel::loadFinished, this, &UserTransferActions::updateActions);
    connect(model, &PreferenceModel::loadFailed, this, &UserTransferActions::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &UserTransferActions::updateActions);
    // The filter hides selected rows: they are no longer selected.
    PreferenceFilterModel *proxy = window->filterModel();
    connect(proxy, &QAbstractItemModel::modelReset, this, &UserTransferActions::updateActions);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &UserTransferActions::updateActions);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &UserTransferActions::updateActions);
    updateActions();
}

void UserTransferActions::updateActions()
{
    const bool ready = m_window->account().isAdmin() && m_window->currentUser().id != 0 &&
        !m_window->preferenceModel()->isLoading();
    m_copy->setEnabled(ready && !selectedPreferences().isEmpty());
    m_compare->setEnabled(ready);
}

QList<Preference> UserTransferActions::selectedPreferences() const
{
    const PreferenceModel *model = m_window->preferenceModel();
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const int row = model->rowForId(index.data(PreferenceModel::IdRole).toLongLong());
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end()); // the server's order, whatever the sorting
    QList<Preference> selected;
    for (const int row : std::as_const(rows))
        selected.append(model->preferenceAt(row));
    return selected;
}

UserChoiceDialog *UserTransferActions::askUser(const QString &title, const QString &prompt)
{
    auto *dialog = new UserChoiceDialog(m_client, title, prompt, m_window->currentUser(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void UserTransferActions::copyToUser()
{
    updateActions();
    if (!m_copy->isEnabled())
        return;
    const QList<Preference> selected = selectedPreferences();
    const UserInfo from = m_window->currentUser();
    UserChoiceDialog *dialog = askUser(tr("Copy to User"),
        tr("Copy %n selected preference(s) of %1 &to:", nullptr, int(selected.size()))
            .arg(from.username));
    connect(dialog, &UserChoiceDialog::chosen, this,
        [this, selected, from](const UserInfo &to) { startCopy(selected, from, to); });
}

void UserTransferActions::startCopy(
    const QList<Preference> &selected, const UserInfo &from, const UserInfo &to)
{
    // The plan is made against what the target holds now.
    auto *job = new PreferenceListJob(m_client, QString::number(to.id), QString(), this);
    connect(job, &PreferenceListJob::succeeded, this,
        [this, selected, from, to](const QList<PreferencePage::Row> &rows) {
            auto *dialog = new ChangeSetDialog(m_client, QString::number(to.id), to,
                m_window->account(), PreferenceEntry::fromPreferences(selected),
                PreferenceListJob::preferences(rows), m_window);
            dialog->setWindowTitle(tr("Copy to %1").arg(to.username));
            dialog->setSourceUser(from);
            dialog->setDeleteMissingOffered(false);
            dialog->setRecorder(m_window->journalRecorder());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    connect(job, &PreferenceListJob::failed, this, [this, to](const ApiError &error) {
        if (auto *bar = m_window->findChild<MessageBar *>())
            bar->showMessage(MessageBar::Type::Error,
                tr("The preferences of %1 could not be read. %2")
                    .arg(to.displayName(), error.toUserString()));
    });
    job->start();
}

void UserTransferActions::compareWithUser()
{
    updateActions();
    if (!m_compare->isEnabled())
        return;
    const UserInfo a = m_window->currentUser();
    UserChoiceDialog *dialog = askUser(
        tr("Compare with User"), tr("Compare the preferences of %1 &with:").arg(a.username));
    connect(dialog, &UserChoiceDialog::chosen, this, [this, a](const UserInfo &b) {
        auto *compare = new CompareDialog(m_client, m_window->account(), a, b, m_window);
        compare->setRecorder(m_window->journalRecorder());
        compare->setAttribute(Qt::WA_DeleteOnClose);
        connect(compare, &CompareDialog::copied, this, [this](const UserInfo &user) {
            if (user.id == m_window->currentUser().id)
                m_window->preferenceModel()->reload();
        });
        compare->open();
    });
}
