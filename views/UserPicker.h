#pragma once

#include "ApiError.h"
#include "Preference.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

class ApiClient;
class ApiJob;
class UserJob;
class QCompleter;
class QLineEdit;
class QStandardItemModel;

// For admins: find a user by name or id and open their preferences. Searches
// /api/v2/user/search/?user= as the user types (debounced), shows the results
// in a popup that loads the next page on scrolling to its end (or "More…"),
// and accepts a numeric user id.
class UserPicker : public QWidget
{
    Q_OBJECT

public:
    enum Role {
        UserRole = Qt::UserRole + 1, // UserInfo
        KindRole, // ItemKind as int
        CompletionRole, // the text put in the line edit
    };
    enum class ItemKind { User, UserId, More };

    explicit UserPicker(ApiClient *client, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    QStandardItemModel *resultsModel() const { return m_results; }
    bool isSearching() const { return !m_searchJob.isNull(); }

    void setDebounceInterval(int msecs) { m_debounce.setInterval(msecs); }
    void setPageSize(int size) { m_pageSize = size; }

public slots:
    // Opens the user with this numeric id (fetches /api/v2/user/{id}/).
    void openUserId(qint64 id);
    void loadMore();

signals:
    void userChosen(const UserInfo &user);
    void failed(const ApiError &error);

private:
    void onTextEdited(const QString &text);
    void startSearch();
    void fetchPage(const QUrl &url, bool append);
    void onPage(const JsonValue &body, bool append);
    void onActivated(const QModelIndex &index);
    void onReturnPressed();
    void onPopupScrolled(int value);
    void removeMoreItem();
    void showPopup();

    QPointer<ApiClient> m_client;
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStandardItemModel *m_results;
    QTimer m_debounce;
    QPointer<ApiJob> m_searchJob;
    QPointer<UserJob> m_userJob;
    QString m_term;
    QUrl m_next;
    int m_pageSize = 20;
};
