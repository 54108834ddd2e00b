#include "UserSearchModel.h"

#include "ApiClient.h"
#include "PageFetcher.h"
#include "UserJob.h"

#include <QRegularExpression>

#include <utility>

UserSearchModel::UserSearchModel(ApiClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_fetcher(new PageFetcher(client, this))
{
    connect(m_fetcher, &PageFetcher::pageReady, this, &UserSearchModel::onPageReady);
    connect(m_fetcher, &PageFetcher::finished, this, &UserSearchModel::onPagesFinished);
    connect(m_fetcher, &PageFetcher::failed, this, &UserSearchModel::reportFailure);
}

UserSearchModel::~UserSearchModel()
{
    m_fetcher->cancel();
    if (UserJob *job = m_userJob.data()) {
        m_userJob = nullptr;
        job->abort();
    }
}

std::optional<qint64> UserSearchModel::userIdIn(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\\s*#?(\\d{1,18})\\s*$"));
    const QRegularExpressionMatch match = digits.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 id = match.captured(1).toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

bool UserSearchModel::isSearching() const
{
    return m_fetcher->isActive();
}

bool UserSearchModel::hasNextPage() const
{
    return m_fetcher->canFetchMore();
}

void UserSearchModel::search(const QString &term)
{
    m_fetcher->cancel();
    beginResetModel();
    m_items.clear();
    m_term = term.trimmed();
    endResetModel();
    if (!m_term.isEmpty() && m_client)
        m_fetcher->start(m_client->userSearchUrl(m_term, m_pageSize), PageFetcher::Mode::OnDemand);
}

void UserSearchModel::fetchNextPage()
{
    m_fetcher->fetchMore();
}

void UserSearchModel::onPageReady(int index, const ListPage &page)
{
    removeTrailingItem();
    QList<Item> items;
    if (index == 0) {
        if (const std::optional<qint64> id = userIdIn(m_term))
            items.append({ItemKind::UserId, {}, *id, false});
    }
    for (const JsonValue &object : page.items) {
        if (std::optional<UserInfo> user = UserInfo::fromJson(object)) {
            const bool deleted = object.value(QStringLiteral("deleted")).toBool();
            items.append({ItemKind::User, std::move(*user), 0, deleted});
        }
    }
    append(std::move(items));
}

void UserSearchModel::onPagesFinished()
{
    if (m_fetcher->canFetchMore())
        append({{ItemKind::More, {}, 0, false}});
    else if (m_items.isEmpty())
        append({{ItemKind::NoMatch, {}, 0, false}});
    emit pageArrived();
}

void UserSearchModel::removeTrailingItem()
{
    if (m_items.isEmpty())
        return;
    const ItemKind last = m_items.constLast().kind;
    if (last != ItemKind::More && last != ItemKind::NoMatch)
        return;
    const int row = int(m_items.size()) - 1;
    beginRemoveRows({}, row, row);
    m_items.removeLast();
    endRemoveRows();
}

void UserSearchModel::append(QList<Item> items)
{
    if (items.isEmpty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(items.size()) - 1);
    m_items += std::move(items);
    endInsertRows();
}

void UserSearchModel::lookUpUserId(qint64 id)
{
    if (!m_client || id <= 0)
        return;
    if (UserJob *previous = m_userJob.data()) {
        m_userJob = nullptr;
        previous->abort();
    }
    UserJob *job = m_client->fetchUser(id);
    m_userJob = job;
    connect(job, &UserJob::succeeded, this, [this, job](const UserInfo &user) {
        if (job == m_userJob.data())
            emit userFound(user);
    });
    connect(job, &UserJob::failed, this, [this, job](const ApiError &error) {
        if (job == m_userJob.data())
            reportFailure(error);
    });
    job->start();
}

void UserSearchModel::reportFailure(const ApiError &error)
{
    if (error.kind() != ApiError::Kind::Cancelled)
        emit failed(error);
}

// --- QAbstractItemModel ---------------------------------------------------

int UserSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

Qt::ItemFlags UserSearchModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && m_items.at(index.row()).kind == ItemKind::NoMatch)
        return Qt::NoItemFlags;
    return QAbstractListModel::flags(index);
}

QVariant UserSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(item);
    case Qt::ToolTipRole:
        return item.kind == ItemKind::User ? QVariant(item.user.email) : QVariant();
    case UserRole:
        if (item.kind == ItemKind::User)
            return QVariant::fromValue(item.user);
        return item.kind == ItemKind::UserId ? QVariant(item.id) : QVariant();
    case KindRole:
        return int(item.kind);
    case CompletionRole:
        return item.kind == ItemKind::User ? item.user.username : m_term;
    default:
        return {};
    }
}

QString UserSearchModel::displayText(const Item &item) const
{
    switch (item.kind) {
    case ItemKind::UserId:
        return tr("Open the user with id %1").arg(item.id);
    case ItemKind::User: {
        const UserInfo &user = item.user;
        const QString text = user.realName.isEmpty()
            ? tr("%1 (id %2)").arg(user.username).arg(user.id)
            : tr("%1 (%2, id %3)").arg(user.realName, user.username).arg(user.id);
        return item.deleted ? tr("%1 — deleted").arg(text) : text;
    }
    case ItemKind::More:
        return tr("More…");
    case ItemKind::NoMatch:
        return tr("No user matches “%1”").arg(m_term);
    }
    return {};
}
