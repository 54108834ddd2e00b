#pragma once

#include "ApiError.h"
#include "JournalRecorder.h"
#include "Preference.h"

#include <QDialog>
#include <QPointer>

class ApiClient;
class PreferenceComparisonModel;
class QLabel;
class QPushButton;
class QTreeView;

// Compare with User: the preferences of two users side by side, grouped as
// only in A, only in B, differing and identical (PreferenceComparisonModel).
// The selected key can be copied A → B or B → A: a one-operation change set
// shown and applied in a ChangeSetDialog (checked against the version read,
// journaled as a batch); then the comparison is read again.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    // a is the user open in the window, b the one picked; account who writes.
    CompareDialog(ApiClient *client, const UserInfo &account, const UserInfo &a, const UserInfo &b,
        QWidget *parent = nullptr);

    // Journals the copies (not owned; may be null).
    void setRecorder(JournalRecorder *recorder) { m_recorder = recorder; }

    PreferenceComparisonModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    bool isLoading() const { return m_pending > 0; }

public slots:
    // Reads both users' preferences again and compares them.
    void reload();
    // The selected key, from A to B or from B to A, after the preview.
    void copyToB();
    void copyToA();

signals:
    // A comparison is shown (after each reload).
    void compared();
    // A copy was applied to user's preferences.
    void copied(const UserInfo &user);

private:
    void onListed(bool isA, const QList<Preference> &preferences);
    void onFailed(const ApiError &error);
    void showComparison();
    void copy(bool toB);
    void updateButtons();

    QPointer<ApiClient> m_client;
    UserInfo m_account;
    UserInfo m_a;
    UserInfo m_b;
    QPointer<JournalRecorder> m_recorder;
    QList<Preference> m_aPreferences;
    QList<Preference> m_bPreferences;
    int m_pending = 0;
    bool m_failed = false;
    QString m_currentKey; // kept current across a reload

    QLabel *m_intro;
    PreferenceComparisonModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QPushButton *m_toBButton;
    QPushButton *m_toAButton;
    QPushButton *m_reloadButton;
};
