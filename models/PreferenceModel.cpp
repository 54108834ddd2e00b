#include "PreferenceModel.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "Credentials.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcPreferenceModel, "prefeditor.model", QtInfoMsg)

namespace {

// Long values make tooltips unusable; the editor shows the whole value.
constexpr qsizetype MaxToolTipLength = 4000;
// How many pages past the next one to insert may be fetched or buffered,
// in units of the concurrency limit. Bounds the memory held by pages that
// arrived early.
constexpr int ReadAheadFactor = 4;

std::optional<qint64> integerQueryItem(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

PreferenceModel::PreferenceModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    qRegisterMetaType<Preference>();
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<JsonValue>();
}

PreferenceModel::~PreferenceModel()
{
    ++m_generation;
    for (const QPointer<ApiJob> &job : std::as_const(m_loadJobs)) {
        if (job)
            job->abort();
    }
}

void PreferenceModel::setUser(const QString &user)
{
    stopLoading();
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
    m_maxConcurrent = std::max(1, count);
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
    return m_loading;
}

// --- Loading ----------------------------------------------------------------

QUrl PreferenceModel::firstPageUrl() const
{
    QUrl url = m_client->preferencesUrl(m_user);
    QUrlQuery query(url);
    if (m_pageSize > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!m_keyFilter.isEmpty())
        query.addQueryItem(QStringLiteral("key"), m_keyFilter);
    url.setQuery(query);
    return url;
}

void PreferenceModel::reload()
{
    stopLoading();
    // The rows stay until the new load has data (discardPreviousRows): a
    // refresh that fails keeps the last good list.

    if (!m_client) {
        emit loadFailed(ApiError(ApiError::Kind::Network, tr("No connection to a server.")));
        return;
    }

    m_loading = true;
    m_readyPages.clear();
    m_nextPageToInsert = 0;
    m_nextPageToRequest = 1;
    m_pageCount = -1;
    m_pagingTemplate = QUrl();
    m_pagingOffset = 0;
    m_pagingLimit = 0;
    m_followUrl = QUrl();
    m_replaceRows = true;

    emit loadStarted();
    emit loadProgress(0, -1);
    startPage(firstPageUrl(), 0);
}

void PreferenceModel::cancelLoad()
{
    if (!m_loading)
        return;
    stopLoading();
    emit loadCancelled();
}

void PreferenceModel::stopLoading()
{
    // A new generation first: aborting a job may report synchronously.
    ++m_generation;
    const auto jobs = m_loadJobs;
    m_loadJobs.clear();
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->abort();
    }
    m_arrivedPages.clear();
    m_readyPages.clear();
    m_followUrl = QUrl();
    m_loading = false;
    m_replaceRows = false;
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

void PreferenceModel::startPage(const QUrl &url, int pageIndex)
{
    qCDebug(lcPreferenceModel) << "requesting page" << pageIndex << url.path() << url.query();
    ApiJob *job = m_client->get(url);
    const quint64 generation = m_generation;
    connect(job, &ApiJob::succeeded, this, [this, generation, pageIndex](const JsonValue &body) {
        onPageLoaded(generation, pageIndex, body);
    });
    connect(job, &ApiJob::failed, this, [this, generation, pageIndex](const ApiError &error) {
        if (generation != m_generation)
            return;
        m_loadJobs.remove(pageIndex);
        failLoad(error);
    });
    m_loadJobs.insert(pageIndex, job);
    job->start();
}

bool PreferenceModel::planConcurrentPages(const ParsedPage &first)
{
    if (!first.isPage || first.count < 0 || !first.next.isValid())
        return false;
    const QUrlQuery query(first.next);
    const std::optional<qint64> limit = integerQueryItem(query, QStringLiteral("limit"));
    const std::optional<qint64> offset = integerQueryItem(query, QStringLiteral("offset"));
    if (!limit || !offset || *limit <= 0 || *offset >= first.count)
        return false;
    const qint64 remainingPages = (first.count - *offset + *limit - 1) / *limit;
    if (remainingPages > 1000000)
        return false;
    m_pagingTemplate = first.next;
    m_pagingOffset = *offset;
    m_pagingLimit = *limit;
    m_pageCount = int(1 + remainingPages);
    qCDebug(lcPreferenceModel) << "limit/offset paging:" << m_pageCount << "pages of" << *limit;
    return true;
}

QUrl PreferenceModel::pageUrl(int pageIndex) const
{
    QUrl url = m_pagingTemplate;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("offset"));
    query.addQueryItem(QStringLiteral("offset"),
        QString::number(m_pagingOffset + qint64(pageIndex - 1) * m_pagingLimit));
    url.setQuery(query);
    return url;
}

void PreferenceModel::onPageLoaded(quint64 generation, int pageIndex, const JsonValue &body)
{
    if (generation != m_generation)
        return;
    const QPointer<ApiJob> job = m_loadJobs.take(pageIndex);
    m_arrivedPages.append({pageIndex, body, job ? job->url() : QUrl()});
    // Keep the network busy while the page waits for its turn.
    if (m_pageCount > 0)
        scheduleMorePages();
    schedulePageProcessing();
}

void PreferenceModel::schedulePageProcessing()
{
    if (m_processingScheduled || m_arrivedPages.isEmpty())
        return;
    m_processingScheduled = true;
    QMetaObject::invokeMethod(this, &PreferenceModel::processArrivedPage, Qt::QueuedConnection);
}

void PreferenceModel::processArrivedPage()
{
    m_processingScheduled = false;
    if (!m_loading || m_arrivedPages.isEmpty())
        return;
    const ArrivedPage arrived = m_arrivedPages.takeFirst();

    QString error;
    std::optional<PreferencePage> parsed = PreferencePage::parse(arrived.body, &error);
    if (!parsed) {
        failLoad(ApiError(ApiError::Kind::MalformedResponse, error));
        return;
    }
    std::optional<ParsedPage> page = ParsedPage {std::move(*parsed), arrived.url};
    if (page->next.isValid()) {
        // Only the path and query of next count, on our own origin: behind
        // a TLS-terminating proxy it may say http://internal-host:8000/.
        const QString listPath = m_client->preferencesUrl(m_user).path();
        const QUrl next = m_client->resolveNext(page->next, listPath);
        if (!next.isValid()) {
            failLoad(ApiError(ApiError::Kind::MalformedResponse,
                tr("The server's next page (%1) is not part of this list (%2).")
                    .arg(page->next.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                        listPath)));
            return;
        }
        page->next = next;
    }
    if (page->next.isValid() && page->next == page->url) {
        failLoad(ApiError(
            ApiError::Kind::MalformedResponse, tr("The server's next page is the page itself.")));
        return;
    }

    if (arrived.index == 0) {
        discardPreviousRows(); // the new load has data
        m_expectedCount = page->isPage ? int(page->count) : int(page->rows.size());
        if (!page->isPage)
            page->next = QUrl();
        planConcurrentPages(*page);
    }

    m_readyPages.insert(arrived.index, std::move(*page));
    insertReadyPages();
    if (!m_loading)
        return;
    scheduleMorePages();
    finishLoadIfDone();
    schedulePageProcessing();
}

void PreferenceModel::insertReadyPages()
{
    while (m_loading && m_readyPages.contains(m_nextPageToInsert)) {
        ParsedPage page = m_readyPages.take(m_nextPageToInsert);
        const int index = m_nextPageToInsert++;
        const bool lastPlanned = m_pageCount > 0 && index == m_pageCount - 1;
        if (m_pageCount < 0 || lastPlanned) {
            // Following next: sequentially from here on. After the last
            // planned page, a next means the list grew while we paged.
            m_followUrl = page.next;
            if (lastPlanned && page.next.isValid())
                m_pageCount = -1;
        }
        appendRows(std::move(page.rows));
        emit loadProgress(int(m_rows.size()), m_expectedCount);
    }
}

void PreferenceModel::scheduleMorePages()
{
    if (m_pageCount > 0) {
        const int window = m_maxConcurrent * ReadAheadFactor;
        while (m_loadJobs.size() < m_maxConcurrent && m_nextPageToRequest < m_pageCount &&
            m_nextPageToRequest < m_nextPageToInsert + window) {
            const int index = m_nextPageToRequest++;
            startPage(pageUrl(index), index);
        }
        return;
    }
    if (m_followUrl.isValid() && m_loadJobs.isEmpty() && m_readyPages.isEmpty() &&
        m_arrivedPages.isEmpty()) {
        const QUrl url = m_followUrl;
        m_followUrl = QUrl();
        const int index = m_nextPageToInsert;
        m_nextPageToRequest = index + 1;
        startPage(url, index);
    }
}

void PreferenceModel::finishLoadIfDone()
{
    if (!m_loading || !m_loadJobs.isEmpty() || !m_arrivedPages.isEmpty() ||
        !m_readyPages.isEmpty() || m_followUrl.isValid())
        return;
    if (m_pageCount > 0 && m_nextPageToInsert < m_pageCount)
        return;
    m_loading = false;
    ++m_generation;
    qCDebug(lcPreferenceModel) << "loaded" << m_rows.size() << "preferences";
    emit loadFinished();
}

void PreferenceModel::failLoad(const ApiError &error)
{
    qCWarning(lcPreferenceModel) << "loading failed:" << error.message();
    stopLoading();
    emit loadFailed(error);
}

void PreferenceModel::appendRows(QList<Row> rows)
{
    // Data that changes while we page can shift a row onto the next page:
    // keep the first copy of each id.
    QSet<qint64> seen;
    QList<Row> fresh;
    fresh.reserve(rows.size());
    for (Row &row : rows) {
        const qint64 id = row.preference.id;
        if (m_rowById.contains(id) || seen.contains(id))
            continue;
        seen.insert(id);
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
