#pragma once

#include "ApiError.h"
#include "Preference.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

#include <optional>

class ApiClient;
class ListPage;
class PageFetcher;
class UserJob;

// For admins: the users that match a search term, from
// /api/v2/user/search/?user=term, a page at a time. The rows, in order:
// - "Open the user with id N" when the term is a user id;
// - the matching users, in server order;
// - "More…" while the server has another page (fetchNextPage());
// - "No user matches …" when the search found nobody.
// The first two kinds come with the search's first page.
class UserSearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        UserRole = Qt::UserRole + 1, // UserInfo (a User row) or the id (a UserId row)
        KindRole, // ItemKind as int
        CompletionRole, // the text for the line edit: the username, or the term
    };
    enum class ItemKind { User, UserId, More, NoMatch };
    Q_ENUM(ItemKind)

    explicit UserSearchModel(ApiClient *client, QObject *parent = nullptr);
    ~UserSearchModel() override;

    // "42", " #42 ": the user id a text names, if it names one.
    static std::optional<qint64> userIdIn(const QString &text);

    void setPageSize(int size) { m_pageSize = size; }
    QString term() const { return m_term; }
    bool isSearching() const;
    bool hasNextPage() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

public slots:
    // Starts over with this term; an empty one just clears the rows.
    void search(const QString &term);
    void fetchNextPage();
    // GET /api/v2/user/{id}/: userFound() or failed().
    void lookUpUserId(qint64 id);

signals:
    // A page of results is in: the rows are complete until the next page.
    void pageArrived();
    void userFound(const UserInfo &user);
    void failed(const ApiError &error);

private:
    struct Item
    {
        ItemKind kind;
        UserInfo user; // User
        qint64 id = 0; // UserId
        bool deleted = false; // User: the account is deleted
    };

    void onPageReady(int index, const ListPage &page);
    void onPagesFinished();
    void reportFailure(const ApiError &error);
    void removeTrailingItem();
    void append(QList<Item> items);
    QString displayText(const Item &item) const;

    QPointer<ApiClient> m_client;
    PageFetcher *m_fetcher;
    QPointer<UserJob> m_userJob;
    QList<Item> m_items;
    QString m_term;
    int m_pageSize = 20;
};
