#pragma once

#include "ApiError.h"
#include "Preference.h"

#include <QTimer>
#include <QWidget>

class UserSearchModel;
class QCompleter;
class QLineEdit;

// For admins: find a user by name or id and open their preferences. Searches
// as the user types (debounced) through a UserSearchModel, shows its rows in a
// popup that loads the next page on scrolling to its end (or "More…"), and
// accepts a numeric user id.
class UserPicker : public QWidget
{
    Q_OBJECT

public:
    // model: not owned.
    explicit UserPicker(UserSearchModel *model, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    UserSearchModel *model() const { return m_model; }

    void setDebounceInterval(int msecs) { m_debounce.setInterval(msecs); }

public slots:
    // Opens the user with this numeric id (fetches /api/v2/user/{id}/).
    void openUserId(qint64 id);

signals:
    void userChosen(const UserInfo &user);
    void failed(const ApiError &error);

private:
    void onTextEdited(const QString &text);
    void startSearch();
    void onActivated(const QModelIndex &index);
    void onReturnPressed();
    void onPopupScrolled(int value);
    void showPopup();

    UserSearchModel *m_model;
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QTimer m_debounce;
};
