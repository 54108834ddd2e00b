#pragma once

#include "ApiError.h"
#include "Preference.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class MainWindow;
class PreferenceTableView;
class QAction;
class UserChoiceDialog;

// For admins, in the Edit menu: Copy to User… (Ctrl+Shift+C) writes the
// preferences selected in the table into another user's, after the same
// preview and apply as an import (ChangeSetDialog, one journaled batch);
// Compare with User… (Ctrl+Shift+D) shows the open user's preferences beside
// another's (CompareDialog). The other user is picked with the user picker
// (UserChoiceDialog). Hidden and disabled for an account that is not admin.
class UserTransferActions : public QObject
{
    Q_OBJECT

public:
    UserTransferActions(MainWindow *window, ApiClient *client);

    QAction *copyAction() const { return m_copy; }
    QAction *compareAction() const { return m_compare; }

    void copyToUser();
    void compareWithUser();

private:
    UserChoiceDialog *askUser(const QString &title, const QString &prompt);
    void startCopy(const QList<Preference> &selected, const UserInfo &from, const UserInfo &to);
    QList<Preference> selectedPreferences() const;
    void updateActions();

    MainWindow *m_window;
    PreferenceTableView *m_table;
    QPointer<ApiClient> m_client;
    QAction *m_copy;
    QAction *m_compare;
};
