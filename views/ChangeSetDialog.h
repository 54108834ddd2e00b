#pragma once

#include "ApiClient.h"
#include "ChangeSet.h"
#include "ChangeSetApplier.h"
#include "JournalRecorder.h"
#include "Preference.h"
#include "PreferenceEntry.h"

#include <QDialog>
#include <QPointer>

class ChangeSetModel;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// The preview of planned writes into one user's preferences, for an import
// (File > Import), a copy from another user (Copy to User) and a row copied
// in the comparison of two users: the plan (create, change, unchanged and,
// when asked, delete) in a table; Apply writes it (ChangeSetApplier, at most
// four writes at a time, each checked against the version the plan saw) with
// a progress bar and Cancel, then shows each row's result in the same table.
// The writes are journaled as one batch, which the History panel can undo as
// a whole.
class ChangeSetDialog : public QDialog
{
    Q_OBJECT

public:
    // user is "me" or a numeric id (the API's), owner whose preferences
    // they are, account who writes; source what they should hold (by key),
    // current the preferences the user has now.
    ChangeSetDialog(ApiClient *client, const QString &user, const UserInfo &owner,
        const UserInfo &account, const QList<PreferenceEntry> &source,
        const QList<Preference> &current, QWidget *parent = nullptr);

    // An import: the file's name, in the introduction.
    void setSourceName(const QString &name);
    // A copy: the introduction says whose preferences are copied.
    void setSourceUser(const UserInfo &from);
    // Offers "Also delete keys that are not in the file" (an import); on by
    // default.
    void setDeleteMissingOffered(bool offered);
    // Journals the writes (not owned; may be null).
    void setRecorder(JournalRecorder *recorder) { m_recorder = recorder; }

    const ChangeSet &changes() const { return m_changes; }
    ChangeSetApplier *applier() const { return m_applier; }

    void apply();

signals:
    // The apply has ended (every write has its result).
    void applied();

public slots:
    void reject() override;

private:
    void replan();
    void onFinished();
    QString summaryText() const;
    // "your preferences" or "the preferences of NAME": what the change set writes to.
    QString targetText() const;

    QPointer<ApiClient> m_client;
    QString m_user;
    UserInfo m_owner;
    UserInfo m_account;
    QList<PreferenceEntry> m_source;
    QList<Preference> m_current;
    QPointer<JournalRecorder> m_recorder;
    ChangeSet m_changes;
    QPointer<ChangeSetApplier> m_applier;

    QLabel *m_intro;
    ChangeSetModel *m_model;
    QTableView *m_table;
    QCheckBox *m_deleteMissing;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_applyButton;
    QPushButton *m_cancelButton;
};
