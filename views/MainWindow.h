#pragma once

#include "ApiError.h"
#include "Preference.h"
#include "PreferenceWrite.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class AccountStatus;
class ChangeJournal;
class DraftKeeper;
class ApiClient;
class EmptyStateOverlay;
class HistoryPanel;
class JournalRecorder;
class LoadProgress;
class MainMenu;
class MessageBar;
class PreferenceFilterModel;
class PreferenceModel;
class PreferenceTableView;
class QAction;
class QLineEdit;
class SignInController;
class UserBanner;
class UserPicker;

// The editor's main window: whose preferences are open (banner, and for
// admins a user picker), the filterable table, the actions (Refresh, New,
// Edit, Delete) in the toolbar and the menu bar (MainMenu), inline errors and
// the loading progress.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // client is not owned and must outlive the window; account is the
    // signed-in user (GET /api/v2/user/me/).
    MainWindow(ApiClient *client, const UserInfo &account, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the "Demo" badge in the status bar; there is no Sign Out then.
    void setDemoMode(bool demo);
    // The sign-in that File > Sign Out ends; not owned. Without one (the
    // demo), Sign Out is disabled.
    void setSignInController(SignInController *controller);
    // Asks to discard the edits of an open editor and closes it. False when
    // the user keeps them (or the editor is saving).
    bool closeEditor();
    // Names the community in QSettings (the last opened user is remembered
    // per account on it). Defaults to the API's base URL.
    void setCommunityId(const QString &id);
    // Journals every write from now on as the account's change to the
    // preferences of the user open when the write is made.
    void setJournal(const ChangeJournal &journal);

    // "me", a numeric user id, or empty for the one opened last time.
    void openInitialUser(const QString &user);
    void openUser(const UserInfo &user);

    UserInfo account() const { return m_account; }
    UserInfo currentUser() const { return m_user; }
    PreferenceModel *preferenceModel() const { return m_model; }
    PreferenceFilterModel *filterModel() const { return m_proxy; }
    // The editors' drafts: autosave, and the offer to restore earlier ones.
    DraftKeeper *draftKeeper() const { return m_drafts; }
    // Its journal (set by setJournal), or null.
    JournalRecorder *journalRecorder() const { return m_journal; }
    HistoryPanel *historyPanel() const { return m_history; }

signals:
    // The server no longer accepts the token; the application may sign in again.
    void signInRequested();
    // File > Switch Community, after any open editor was closed.
    void switchCommunityRequested();
    // File > Sign Out ended the sign-in: the tokens are revoked and forgotten.
    void signedOut();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createToolBar();
    QWidget *createFilterRow();
    void createStatusBar();
    QString lastUserKey() const; // the settings key of the last opened user

    void refresh();
    void newPreference();
    void editPreference();
    void deletePreference();
    void runEditor(qint64 id);
    void onSaved(qint64 id, bool created);
    void setFilterText(const QString &text);
    void editFromFilter();
    void focusTableFromFilter();
    void signOut();

    void onLoadStarted();
    void onLoadFinished();
    void onLoadFailed(const ApiError &error);
    void onLoadCancelled();
    void startDelete(const Preference &preference);
    void showError(const ApiError &error, const QString &context, bool retryable);
    void updateActions();
    void updateEmptyState();

    QPointer<ApiClient> m_client;
    UserInfo m_account;
    UserInfo m_user;
    QString m_communityId;
    QPointer<SignInController> m_signIn;
    bool m_demo = false;
    bool m_loadFailed = false;
    bool m_stale = false; // the rows are the last good ones: the latest load did not finish
    qint64 m_hiddenSavedId = 0; // what Show reveals: a saved row the filter hides
    qint64 m_reselectId = 0;
    QPointer<PreferenceWrite> m_deleteWrite; // the deletion in flight
    std::optional<Preference> m_failedDelete; // what Retry deletes
    enum class RetryAction { None, Reload, Delete, ShowHidden } m_retry = RetryAction::None;

    PreferenceModel *m_model;
    PreferenceFilterModel *m_proxy;
    UserBanner *m_banner;
    MessageBar *m_messageBar;
    PreferenceTableView *m_table;
    EmptyStateOverlay *m_emptyState;
    UserPicker *m_picker;
    QLineEdit *m_filterEdit;
    LoadProgress *m_progress;
    AccountStatus *m_accountStatus;
    MainMenu *m_menu = nullptr;
    DraftKeeper *m_drafts = nullptr;
    JournalRecorder *m_journal = nullptr;
    HistoryPanel *m_history = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_pickerAction = nullptr;
};
