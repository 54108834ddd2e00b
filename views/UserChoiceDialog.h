#pragma once

#include "ApiError.h"
#include "Preference.h"

#include <QDialog>

class ApiClient;
class QLabel;
class UserPicker;

// Asks for another user, with the user picker of the main window (search by
// name, or a numeric id): for Copy to User and Compare with User. The user
// picked is chosen() and the dialog accepted; the open user (excluded) is
// refused in place, and so is a user that cannot be found.
class UserChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    // prompt labels the field (with its mnemonic); excluded is the user the
    // other is picked for.
    UserChoiceDialog(ApiClient *client, const QString &title, const QString &prompt,
        const UserInfo &excluded, QWidget *parent = nullptr);

    UserPicker *picker() const { return m_picker; }
    UserInfo chosenUser() const { return m_chosen; }

signals:
    void chosen(const UserInfo &user);

private:
    void onUserChosen(const UserInfo &user);
    void showProblem(const QString &text);

    UserInfo m_excluded;
    UserInfo m_chosen;
    UserPicker *m_picker;
    QLabel *m_problem;
};
