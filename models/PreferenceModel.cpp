#include "PreferenceModel.h"

#include "ApiClient.h"
#include "Credentials.h"

#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcPreferenceModel, "prefeditor.model", QtInfoMsg)

namespace {

// Long values make tooltips unusable; the editor shows the whole value.
constexpr qsizetype MaxToolTipLength = 4000;

} // namespace

PreferenceModel::PreferenceModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_fetcher(new PageFetcher(client, this))
{
    connect(m_fetcher, &PageFetcher::pageReady, this, &PreferenceModel::onPageReady);
    connect(m_fetcher, &PageFetcher::finished, this, [this] {
        qCDebug(lcPreferenceModel) << "loaded" << m_rows.size() << "preferences";
        emit loadFinished();
    });
    connect(m_fetcher, &PageFetcher::failed, this, &PreferenceModel::failLoad);
    qRegisterMetaType<Preference>();
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<JsonValue>();
}

PreferenceModel::~PreferenceModel()
{
    m_fetcher->cancel();
}

void PreferenceModel::setUser(const QString &user)
{
    m_fetcher->cancel();
    m_replaceRows = false;
    m_user = user;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_expectedCount = -1;
    endResetModel();
}

void PreferenceModel::setKeyFilter(const QString &key)
{
    m_keyFilter = key;
}

void PreferenceModel::setPageSize(int pageSize)
{
    m_pageSize = std::max(0, pageSize);
}

void PreferenceModel::setMaxConcurrentPages(int count)
{
    m_fetcher->setMaxConcurrentPages(count);
}

// --- QAbstractItemModel ---------------------------------------------------

int PreferenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreferenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PreferenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size() || index.column() < 0 ||
        index.column() >= int(Column::Count))
        return {};

    const Row &row = m_rows.at(index.row());
    const Preference &pref = row.preference;
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Value: {
            QString pretty = pref.value.toPrettyString();
            if (pretty.size() > MaxToolTipLength) {
                pretty.truncate(MaxToolTipLength);
                pretty += QChar(0x2026);
            }
            return pretty;
        }
        case Column::LastUpdated:
            return pref.lastUpdatedAt.toUTC().toString(Qt::ISODateWithMs);
        case Column::Created:
            return pref.createdAt.toUTC().toString(Qt::ISODateWithMs);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Column::Id)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case RawJsonRole:
        return row.compactValue;
    case JsonValueRole:
        return QVariant::fromValue(pref.value);
    case IdRole:
        return pref.id;
    case CreatedRole:
        return pref.createdAt;
    case LastUpdatedRole:
        return pref.lastUpdatedAt;
    case KeyRole:
        return pref.key;
    case TypeRole:
        return int(pref.value.type());
    case SortRole:
        return sortData(row, column);
    case PreferenceRole:
        return QVariant::fromValue(pref);
    case ApiObjectRole:
        return QVariant::fromValue(row.object);
    default:
        return {};
    }
}

QVariant PreferenceModel::displayData(const Row &row, Column column) const
{
    const Preference &pref = row.preference;
    switch (column) {
    case Column::Key:
        return pref.key;
    case Column::Value:
        return row.compactValue;
    case Column::Type:
        return pref.value.typeName();
    case Column::LastUpdated:
        return QLocale().toString(pref.lastUpdatedAt.toLocalTime(), QLocale::LongFormat);
    case Column::Created:
        return QLocale().toString(pref.createdAt.toLocalTime(), QLocale::LongFormat);
    case Column::Id:
        return pref.id;
    case Column::Count:
        break;
    }
    return {};
}

QVariant PreferenceModel::sortData(const Row &row, Column column) const
{
    const Preference &pref = row.preference;
    switch (column) {
    case Column::LastUpdated:
        return pref.lastUpdatedAt;
    case Column::Created:
        return pref.createdAt;
    case Column::Id:
        return pref.id;
    case Column::Type:
        return pref.value.typeName();
    case Column::Key:
        return pref.key;
    case Column::Value:
        return row.compactValue;
    case Column::Count:
        break;
    }
    return {};
}

QVariant PreferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (Column(section)) {
    case Column::Key:
        return tr("Key");
    case Column::Value:
        return tr("Value");
    case Column::Type:
        return tr("Type");
    case Column::LastUpdated:
        return tr("Last updated");
    case Column::Created:
        return tr("Created");
    case Column::Id:
        return tr("Id");
    case Column::Count:
        break;
    }
    return {};
}

QHash<int, QByteArray> PreferenceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawJsonRole, "rawJson");
    names.insert(JsonValueRole, "jsonValue");
    names.insert(IdRole, "preferenceId");
    names.insert(CreatedRole, "createdAt");
    names.insert(LastUpdatedRole, "lastUpdatedAt");
    names.insert(KeyRole, "key");
    names.insert(TypeRole, "valueType");
    names.insert(SortRole, "sortValue");
    names.insert(PreferenceRole, "preference");
    names.insert(ApiObjectRole, "apiObject");
    return names;
}

const Preference &PreferenceModel::preferenceAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row).preference;
}

int PreferenceModel::rowForId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

bool PreferenceModel::isLoading() const
{
    return m_fetcher->isActive();
}

// --- Loading ----------------------------------------------------------------

void PreferenceModel::reload()
{
    // The rows stay until the new load has data (discardPreviousRows): a
    // refresh that fails keeps the last good list.
    m_fetcher->cancel();
    if (!m_client) {
        m_replaceRows = false;
        emit loadFailed(ApiError(ApiError::Kind::Network, tr("No connection to a server.")));
        return;
    }
    m_replaceRows = true;
    emit loadStarted();
    emit loadProgress(0, -1);
    m_fetcher->start(m_client->preferenceListUrl(m_user, m_keyFilter, m_pageSize));
}

void PreferenceModel::cancelLoad()
{
    if (!isLoading())
        return;
    m_fetcher->cancel();
    m_replaceRows = false;
    emit loadCancelled();
}

void PreferenceModel::discardPreviousRows()
{
    if (!std::exchange(m_replaceRows, false))
        return;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_expectedCount = -1;
    endResetModel();
}

void PreferenceModel::onPageReady(int index, const ListPage &page)
{
    QString error;
    std::optional<QList<Row>> rows = PreferencePage::rowsFrom(page.items, &error);
    if (!rows) {
        failLoad(ApiError(ApiError::Kind::MalformedResponse, error));
        return;
    }
    if (index == 0) {
        discardPreviousRows(); // the new load has data
        m_expectedCount = page.isPage ? int(page.count) : int(rows->size());
    }
    appendRows(std::move(*rows));
    emit loadProgress(int(m_rows.size()), m_expectedCount);
}

void PreferenceModel::failLoad(const ApiError &error)
{
    qCWarning(lcPreferenceModel) << "loading failed:" << error.message();
    m_fetcher->cancel();
    m_replaceRows = false;
    emit loadFailed(error);
}

void PreferenceModel::appendRows(QList<Row> rows)
{
    // A row created here while the list loads may come again with a page
    // (PageFetcher already drops what a page repeats).
    QList<Row> fresh;
    fresh.reserve(rows.size());
    for (Row &row : rows) {
        if (!m_rowById.contains(row.preference.id))
            fresh.append(std::move(row));
    }
    if (fresh.isEmpty())
        return;

    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    for (Row &row : fresh) {
        m_rowById.insert(row.preference.id, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void PreferenceModel::replaceRow(const Row &row)
{
    const int index = rowForId(row.preference.id);
    if (index < 0)
        return;
    m_rows[index] = row;
    emit dataChanged(this->index(index, 0), this->index(index, int(Column::Count) - 1));
}

void PreferenceModel::removeRowAt(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    m_rowById.remove(m_rows.at(row).preference.id);
    m_rows.removeAt(row);
    reindexFrom(row);
    endRemoveRows();
}

void PreferenceModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).preference.id, i);
}

// --- Writes -----------------------------------------------------------------
