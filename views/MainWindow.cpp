#include "MainWindow.h"

#include "AccountStatus.h"
#include "ApiClient.h"
#include "DeleteConfirmation.h"
#include "DraftKeeper.h"
#include "EmptyStateOverlay.h"
#include "HistoryPanel.h"
#include "JournalRecorder.h"
#include "LoadProgress.h"
#include "MainMenu.h"
#include "MessageBar.h"
#include "PreferenceEditorDialog.h"
#include "PreferenceFilterModel.h"
#include "PreferenceModel.h"
#include "PreferenceTableView.h"
#include "SignInController.h"
#include "TransferActions.h"
#include "UserBanner.h"
#include "UserPicker.h"
#include "UserSearchModel.h"
#include "UserTransferActions.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

QIcon themedIcon(const char *themeName, const char *fallback)
{
    return QIcon::fromTheme(QLatin1String(themeName),
        QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(fallback))));
}

} // namespace

MainWindow::MainWindow(ApiClient *client, const UserInfo &account, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_account(account)
    , m_model(new PreferenceModel(client, this))
    , m_proxy(new PreferenceFilterModel(this))
    , m_banner(new UserBanner(this))
    , m_messageBar(new MessageBar(this))
    , m_table(new PreferenceTableView(this))
    , m_emptyState(new EmptyStateOverlay(m_table))
    , m_picker(new UserPicker(new UserSearchModel(client, this), this))
    , m_filterEdit(new QLineEdit(this))
    , m_progress(new LoadProgress(this))
    , m_accountStatus(new AccountStatus(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Preference Editor"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/prefeditor.svg")));
    m_communityId = client->baseUrl().toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);

    createActions();
    createToolBar();
    createStatusBar();

    // The filter has a row of its own: a toolbar would hide it in its
    // overflow menu in a narrow window.
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_messageBar);
    layout->addWidget(createFilterRow());
    layout->addWidget(m_table, 1);
    setCentralWidget(central);
    m_menu = new MainMenu(
        this, m_table, {m_refreshAction, m_newAction, m_editAction, m_deleteAction, m_findAction});
    connect(m_menu->switchCommunityAction(), &QAction::triggered, this, [this] {
        if (closeEditor())
            emit switchCommunityRequested();
    });
    connect(m_menu->signOutAction(), &QAction::triggered, this, &MainWindow::signOut);
    m_history = new HistoryPanel(this, client); // View > History, Edit > Undo Last Change
    new TransferActions(this, client); // File > Export, Import
    new UserTransferActions(this, client); // Edit > Copy to User, Compare with User

    connect(m_model, &PreferenceModel::loadStarted, this, &MainWindow::onLoadStarted);
    connect(m_model, &PreferenceModel::loadProgress, m_progress, &LoadProgress::setProgress);
    connect(m_model, &PreferenceModel::loadFinished, this, &MainWindow::onLoadFinished);
    connect(m_model, &PreferenceModel::loadFailed, this, &MainWindow::onLoadFailed);
    connect(m_model, &PreferenceModel::loadCancelled, this, &MainWindow::onLoadCancelled);
    connect(m_progress, &LoadProgress::cancelRequested, m_model, &PreferenceModel::cancelLoad);
    connect(m_messageBar, &MessageBar::actionTriggered, this, [this] {
        const RetryAction retry = std::exchange(m_retry, RetryAction::None);
        m_messageBar->clear();
        if (retry == RetryAction::Reload)
            refresh();
        else if (retry == RetryAction::Delete && m_failedDelete)
            startDelete(*std::exchange(m_failedDelete, std::nullopt));
        else if (retry == RetryAction::ShowHidden) {
            const qint64 id = std::exchange(m_hiddenSavedId, 0);
            m_filterEdit->clear();
            m_table->selectPreferenceId(id);
            m_table->setFocus();
        }
    });
    connect(m_messageBar, &MessageBar::closed, this, [this] {
        if (std::exchange(m_retry, RetryAction::None) == RetryAction::Delete)
            m_failedDelete.reset(); // the user let the failed deletion go
        updateActions();
    });
    connect(m_picker, &UserPicker::userChosen, this, &MainWindow::openUser);
    connect(m_picker, &UserPicker::failed, this, [this](const ApiError &error) {
        showError(error, tr("The user could not be found."), false);
    });
    connect(m_filterEdit, &QLineEdit::textChanged, this, &MainWindow::setFilterText);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &MainWindow::editFromFilter);
    m_filterEdit->installEventFilter(this); // Down moves into the table
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    // Rows the filter hides still count.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::updateActions);
    connect(m_table, &PreferenceTableView::editRequested, this, &MainWindow::editPreference);

    setTabOrder(m_picker, m_filterEdit);
    setTabOrder(m_filterEdit, m_table);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_table->restoreLayout();
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1000, 680);
    m_banner->setUsers(m_account, m_account);
    m_drafts = new DraftKeeper(this, client->baseUrl()); // offers earlier drafts
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_refreshAction = new QAction(themedIcon("view-refresh", "refresh"), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh); // F5
    m_refreshAction->setToolTip(tr("Load the preferences again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_newAction = new QAction(themedIcon("document-new", "new"), tr("&New"), this);
    m_newAction->setObjectName(QStringLiteral("actionNew"));
    m_newAction->setShortcut(QKeySequence::New); // Ctrl+N
    m_newAction->setToolTip(tr("Create a preference (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newPreference);

    // Enter and Delete act on the table only, so they stay plain keys elsewhere.
    m_editAction = new QAction(themedIcon("document-edit", "edit"), tr("&Edit"), this);
    m_editAction->setObjectName(QStringLiteral("actionEdit"));
    m_editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    m_editAction->setToolTip(tr("Edit the selected preference (Enter)"));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editPreference);

    m_deleteAction = new QAction(themedIcon("edit-delete", "delete"), tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("actionDelete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected preference (Del)"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deletePreference);

    m_table->addAction(m_editAction);
    m_table->addAction(m_deleteAction);

    m_findAction = new QAction(themedIcon("edit-find", "search"), tr("&Filter"), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find); // Ctrl+F
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    addAction(m_findAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    // Alt+U goes to the user field.
    auto *userLabel = new QLabel(tr("&User:"), bar);
    userLabel->setObjectName(QStringLiteral("userLabel"));
    userLabel->setBuddy(m_picker->lineEdit()); // a buddy needs a focus policy of its own
    userLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(userLabel)->setVisible(m_account.isAdmin());
    m_pickerAction = bar->addWidget(m_picker);
    m_pickerAction->setVisible(m_account.isAdmin());
    m_picker->setEnabled(m_account.isAdmin());
    bar->addSeparator()->setVisible(m_account.isAdmin());
    bar->addAction(m_refreshAction);
    bar->addAction(m_newAction);
    bar->addAction(m_editAction);
    bar->addAction(m_deleteAction);
}

QWidget *MainWindow::createFilterRow()
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("filterRow"));
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter keys and values (Ctrl+F)"));
    m_filterEdit->setAccessibleName(tr("Filter preferences"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->addAction(m_findAction->icon(), QLineEdit::LeadingPosition);
    m_filterEdit->setMinimumWidth(
        m_filterEdit->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 12);
    m_filterEdit->setMaximumWidth(
        m_filterEdit->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 36);
    m_filterEdit->setToolTip(tr("Enter opens the highlighted row; Down moves into the table"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_filterEdit, 1);
    layout->addStretch(0);
    return row;
}

void MainWindow::createStatusBar()
{
    m_accountStatus->setAccount(m_account, m_client ? m_client->baseUrl() : QUrl());
    m_progress->hide();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_accountStatus);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    m_accountStatus->setDemo(demo);
    updateActions();
}

void MainWindow::setSignInController(SignInController *controller)
{
    if (m_signIn)
        disconnect(m_signIn, nullptr, this, nullptr);
    m_signIn = controller;
    if (m_signIn)
        connect(m_signIn, &SignInController::signedIn, this, &MainWindow::updateActions);
    updateActions();
}

bool MainWindow::closeEditor()
{
    // Its reject() asks before discarding changes (MessageBox::question).
    QPointer<PreferenceEditorDialog> editor = findChild<PreferenceEditorDialog *>();
    if (editor && editor->isVisible())
        editor->reject();
    return !editor || !editor->isVisible();
}

void MainWindow::signOut()
{
    if (!m_signIn || m_demo || !closeEditor())
        return;
    m_signIn->signOut(); // revokes, deletes the keychain entry, forgets the tokens
    updateActions();
    emit signedOut();
}

void MainWindow::setCommunityId(const QString &id)
{
    m_communityId = id;
}

void MainWindow::setJournal(const ChangeJournal &journal)
{
    // A recorder set before stays alive: writes it watches are still journaled.
    m_journal = new JournalRecorder(journal, this);
    m_journal->setContext({m_account, m_user, {}, {}});
    m_model->setJournal(m_journal);
    m_history->setRecorder(m_journal);
}

// Per account, not per community: two staff members (or one with two
// accounts) on the same community each come back to their own last user.
QString MainWindow::lastUserKey() const
{
    return QStringLiteral("lastUser/%1/%2")
        .arg(QString::fromLatin1(m_communityId.toUtf8().toPercentEncoding()),
            QString::fromLatin1(m_account.username.toUtf8().toPercentEncoding()));
}

void MainWindow::openInitialUser(const QString &user)
{
    QString wanted = user;
    if (wanted.isEmpty() && m_account.isAdmin())
        wanted = QSettings().value(lastUserKey()).toString();
    bool isId = false;
    const qint64 id = wanted.toLongLong(&isId);
    if (!isId || id == m_account.id)
        openUser(m_account);
    else
        m_picker->openUserId(id);
}

void MainWindow::openUser(const UserInfo &user)
{
    m_user = user;
    const bool self = user.id == m_account.id;
    m_banner->setUsers(m_account, user);
    // Qt adds the application's name.
    setWindowTitle(self ? tr("My Preferences") : tr("Preferences of %1").arg(user.displayName()));
    // However the user was opened (picked, typed id, remembered), the field
    // says whose preferences these are.
    m_picker->lineEdit()->setText(self ? QString() : user.username);
    m_messageBar->clear();
    m_retry = RetryAction::None;
    m_reselectId = 0;
    m_hiddenSavedId = 0;
    m_failedDelete.reset();
    m_stale = false;
    m_model->setUser(self ? QStringLiteral("me") : QString::number(user.id));
    if (m_journal)
        m_journal->setContext({m_account, user, {}, {}});
    m_model->reload();
    QSettings().setValue(lastUserKey(), self ? QStringLiteral("me") : QString::number(user.id));
    m_table->setFocus();
}

void MainWindow::refresh()
{
    m_reselectId = m_table->currentPreferenceId();
    m_messageBar->clear();
    m_model->reload();
}

void MainWindow::onLoadStarted()
{
    m_loadFailed = false;
    m_progress->setProgress(0, -1);
    m_progress->show();
    updateEmptyState();
    updateActions();
}

void MainWindow::onLoadFinished()
{
    m_progress->hide();
    m_stale = false;
    const qint64 id = std::exchange(m_reselectId, 0);
    if (!m_table->selectPreferenceId(id) && m_proxy->rowCount() > 0 &&
        !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_proxy->index(0, int(PreferenceModel::Column::Key)));
    updateEmptyState();
    updateActions();
}

void MainWindow::onLoadFailed(const ApiError &error)
{
    m_progress->hide();
    m_loadFailed = true;
    m_stale = true; // the rows, if any, are the last good ones
    showError(error, tr("The preferences could not be loaded."), true);
    updateEmptyState();
    updateActions();
}

void MainWindow::onLoadCancelled()
{
    m_progress->hide();
    m_stale = true;
    m_retry = RetryAction::Reload;
    m_messageBar->showMessage(MessageBar::Type::Warning,
        tr("Loading was cancelled: %n preference(s) shown.", nullptr, m_model->rowCount()),
        tr("Load All"));
    updateEmptyState();
    updateActions();
}

void MainWindow::startDelete(const Preference &preference)
{
    // Checked against the version the user confirmed: a value changed
    // meanwhile is not deleted unseen.
    PreferenceWrite *write = m_model->remove(preference);
    m_deleteWrite = write;
    connect(write, &PreferenceWrite::failed, this, [this, preference](const ApiError &error) {
        showError(error, tr("\u201c%1\u201d could not be deleted.").arg(preference.key),
            error.isTransient());
        if (error.isTransient() && !error.isAuthenticationError()) {
            m_retry = RetryAction::Delete;
            m_failedDelete = preference;
        }
    });
    connect(write, &PreferenceWrite::conflicted, this, [this, write, preference] {
        if (write->current()) {
            m_messageBar->showMessage(MessageBar::Type::Warning,
                tr("\u201c%1\u201d was not deleted: it changed on the server after you chose to "
                   "delete it. The list now shows its current value.")
                    .arg(preference.key));
            m_table->selectPreferenceId(preference.id);
        } else {
            m_messageBar->showMessage(MessageBar::Type::Information,
                tr("\u201c%1\u201d had already been deleted on the server.").arg(preference.key));
        }
    });
    connect(write, &PreferenceWrite::finished, this, &MainWindow::updateActions);
    write->start();
    updateActions();
}

void MainWindow::showError(const ApiError &error, const QString &context, bool retryable)
{
    if (error.kind() == ApiError::Kind::Cancelled)
        return;
    m_retry = retryable ? RetryAction::Reload : RetryAction::None;
    QString action = retryable ? tr("Retry") : QString();
    if (error.isAuthenticationError()) {
        m_retry = RetryAction::None;
        action.clear();
        emit signInRequested();
    }
    m_messageBar->showMessage(MessageBar::Type::Error,
        QStringLiteral("%1 %2").arg(context, error.toUserString()), action);
}

void MainWindow::newPreference()
{
    runEditor(0);
}

void MainWindow::editPreference()
{
    const qint64 id = m_table->currentPreferenceId();
    if (id != 0)
        runEditor(id);
}

void MainWindow::runEditor(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (m_user.id == 0 || (id != 0 && row < 0) || findChild<PreferenceEditorDialog *>())
        return;
    auto *dialog = id == 0 ? new PreferenceEditorDialog(m_model, this)
                           : new PreferenceEditorDialog(m_model, m_model->preferenceAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOwner(m_user, m_user.id == m_account.id);
    if (!m_demo) // the demo's data lives only as long as the process
        m_drafts->watch(dialog); // keeps its draft until it is saved or discarded
    connect(dialog, &PreferenceEditorDialog::saved, this, [this, dialog](qint64 savedId) {
        onSaved(savedId, dialog->mode() == PreferenceEditorDialog::Mode::New);
    });
    dialog->open(); // window-modal, without a nested event loop
}

void MainWindow::onSaved(qint64 id, bool created)
{
    if (m_table->selectPreferenceId(id))
        return;
    const int row = m_model->rowForId(id);
    if (row < 0) {
        m_reselectId = id; // not in the list yet: selected after the load
        return;
    }
    // In the list, but the filter hides it: say so, and offer to show it.
    const QString key = m_model->preferenceAt(row).key;
    m_hiddenSavedId = id;
    m_failedDelete.reset(); // its Retry gives way to this message
    m_retry = RetryAction::ShowHidden;
    m_messageBar->showMessage(MessageBar::Type::Information,
        created ? tr("Created \u201c%1\u201d (hidden by the filter).").arg(key)
                : tr("Saved \u201c%1\u201d (hidden by the filter).").arg(key),
        tr("Show"));
}

void MainWindow::setFilterText(const QString &text)
{
    const qint64 current = m_table->currentPreferenceId();
    m_proxy->setFilterText(text);
    // The current row stays when it matches; otherwise the first match
    // becomes current. Enter in the filter opens the highlighted row.
    if (!m_table->selectPreferenceId(current) && m_proxy->rowCount() > 0)
        m_table->selectPreferenceId(
            m_proxy->index(0, 0).data(PreferenceModel::IdRole).toLongLong());
    updateEmptyState();
}

void MainWindow::editFromFilter()
{
    if (m_proxy->rowCount() == 0)
        return;
    if (!m_table->currentIndex().isValid())
        m_table->selectPreferenceId(
            m_proxy->index(0, 0).data(PreferenceModel::IdRole).toLongLong());
    editPreference();
}

void MainWindow::focusTableFromFilter()
{
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectPreferenceId(
            m_proxy->index(0, 0).data(PreferenceModel::IdRole).toLongLong());
    m_table->setFocus(Qt::TabFocusReason);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) &&
            key->modifiers() == Qt::NoModifier && m_proxy->rowCount() > 0) {
            focusTableFromFilter();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::deletePreference()
{
    const qint64 id = m_table->currentPreferenceId();
    const int row = m_model->rowForId(id);
    if (id == 0 || row < 0 || m_deleteWrite)
        return;
    if (!DeleteConfirmation::confirm(this, m_model->preferenceAt(row), m_user, m_account))
        return;
    m_messageBar->clear();
    startDelete(m_model->preferenceAt(row));
}

void MainWindow::updateActions()
{
    const bool hasUser = m_user.id != 0;
    const bool hasRow = m_table->currentPreferenceId() != 0;
    m_refreshAction->setEnabled(hasUser);
    m_newAction->setEnabled(hasUser && !m_model->isLoading());
    m_editAction->setEnabled(hasRow);
    // One deletion at a time; a finished one (failed, too) blocks nothing.
    m_deleteAction->setEnabled(hasRow && !(m_deleteWrite && !m_deleteWrite->isFinished()));
    m_menu->signOutAction()->setEnabled(m_signIn && m_signIn->isSignedIn() && !m_demo);
    // A count only once the server said how many there are.
    const bool counted = hasUser && !m_model->isLoading() && m_model->expectedCount() >= 0;
    m_accountStatus->setPreferenceCount(counted ? m_model->rowCount() : -1,
        counted && !m_proxy->filterText().isEmpty() ? m_proxy->rowCount() : -1);
    m_accountStatus->setStale(hasUser && m_stale && m_model->rowCount() > 0);
}

void MainWindow::updateEmptyState()
{
    if (m_proxy->rowCount() > 0 || m_user.id == 0) {
        m_emptyState->hide();
    } else if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_emptyState->showMessage(tr("Loading preferences…"), QString());
    } else if (m_model->rowCount() == 0 && m_model->expectedCount() < 0) {
        // Never loaded: "no preferences" would be a guess.
        m_emptyState->showMessage(m_loadFailed ? tr("The preferences could not be loaded")
                                               : tr("The preferences are not loaded"),
            tr("Press F5 to load them again."));
    } else if (m_model->rowCount() == 0) {
        const bool self = m_user.id == m_account.id;
        m_emptyState->showMessage(self ? tr("You have no preferences yet")
                                       : tr("%1 has no preferences yet").arg(m_user.displayName()),
            tr("Press Ctrl+N to create one."));
    } else {
        m_emptyState->showMessage(tr("No preference matches “%1”").arg(m_filterEdit->text()),
            tr("The filter looks at keys and values. Clear it to see all "
               "%n preference(s).",
                nullptr, m_model->rowCount()));
    }
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    m_table->saveLayout();
    QMainWindow::closeEvent(event);
}
