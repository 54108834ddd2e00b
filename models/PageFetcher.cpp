#include "PageFetcher.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "Logging.h"

#include <QUrlQuery>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

// How many pages past the next one to hand over may be fetched or buffered,
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

PageFetcher::PageFetcher(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

PageFetcher::~PageFetcher()
{
    cancel();
}

void PageFetcher::setMaxConcurrentPages(int count)
{
    m_maxConcurrent = std::max(1, count);
}

void PageFetcher::start(const QUrl &firstPage, Mode mode)
{
    cancel();
    m_mode = mode;
    m_listPath = firstPage.path();
    m_handedOverIds.clear();
    m_nextToHandOver = 0;
    m_nextToRequest = 1;
    m_pageCount = -1;
    m_pagingTemplate = QUrl();
    m_pagingOffset = 0;
    m_pagingLimit = 0;
    m_active = true;
    if (!m_client) {
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation)
                    fail(ApiError(ApiError::Kind::Network, tr("No connection to a server.")));
            },
            Qt::QueuedConnection);
        return;
    }
    startPage(firstPage, 0);
}

bool PageFetcher::canFetchMore() const
{
    return m_mode == Mode::OnDemand && !m_active && m_followUrl.isValid();
}

void PageFetcher::fetchMore()
{
    if (!canFetchMore() || !m_client)
        return;
    m_active = true;
    const int index = m_nextToHandOver;
    m_nextToRequest = index + 1;
    startPage(std::exchange(m_followUrl, QUrl()), index);
}

void PageFetcher::cancel()
{
    // A new generation first: aborting a job may report synchronously.
    ++m_generation;
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->abort();
    }
    m_arrived.clear();
    m_ready.clear();
    m_followUrl = QUrl();
    m_active = false;
}

void PageFetcher::startPage(const QUrl &url, int pageIndex)
{
    qCDebug(lcApi) << "requesting page" << pageIndex << url.path() << url.query();
    ApiJob *job = m_client->get(url);
    const quint64 generation = m_generation;
    connect(job, &ApiJob::succeeded, this, [this, generation, pageIndex](const JsonValue &body) {
        if (generation == m_generation)
            onPageLoaded(pageIndex, body);
    });
    connect(job, &ApiJob::failed, this, [this, generation, pageIndex](const ApiError &error) {
        if (generation != m_generation)
            return;
        m_jobs.remove(pageIndex);
        fail(error);
    });
    m_jobs.insert(pageIndex, job);
    job->start();
}

void PageFetcher::onPageLoaded(int pageIndex, const JsonValue &body)
{
    const QPointer<ApiJob> job = m_jobs.take(pageIndex);
    m_arrived.append({pageIndex, body, job ? job->url() : QUrl()});
    // Keep the network busy while the page waits for its turn.
    if (m_pageCount > 0)
        requestMorePages();
    schedulePass();
}

void PageFetcher::schedulePass()
{
    if (m_passScheduled || (m_arrived.isEmpty() && !m_ready.contains(m_nextToHandOver)))
        return;
    m_passScheduled = true;
    QMetaObject::invokeMethod(this, &PageFetcher::pass, Qt::QueuedConnection);
}

// One pass: parses one answer and hands over at most one page.
void PageFetcher::pass()
{
    m_passScheduled = false;
    if (!m_active)
        return;
    const quint64 generation = m_generation;
    if (!m_arrived.isEmpty() && !parseArrivedPage())
        return;
    handOverReadyPage();
    if (generation != m_generation || !m_active)
        return; // the slot of pageReady stopped or restarted us
    requestMorePages();
    finishIfDone();
    if (generation == m_generation && m_active)
        schedulePass();
}

bool PageFetcher::parseArrivedPage()
{
    const ArrivedPage arrived = m_arrived.takeFirst();
    QString error;
    std::optional<ListPage> page = ListPage::parse(arrived.body, &error);
    if (!page) {
        fail(ApiError(ApiError::Kind::MalformedResponse, error));
        return false;
    }
    if (arrived.index == 0 && !page->isPage)
        page->next = QUrl(); // a plain array is the whole list
    if (page->next.isValid()) {
        const QUrl next = m_client->resolveNext(page->next, m_listPath);
        if (!next.isValid()) {
            fail(ApiError(ApiError::Kind::MalformedResponse,
                tr("The server's next page (%1) is not part of this list (%2).")
                    .arg(page->next.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                        m_listPath)));
            return false;
        }
        page->next = next;
    }
    if (page->next.isValid() && page->next == arrived.url) {
        fail(ApiError(
            ApiError::Kind::MalformedResponse, tr("The server's next page is the page itself.")));
        return false;
    }
    if (arrived.index == 0 && m_mode == Mode::AllPages)
        planConcurrentPages(*page);
    m_ready.insert(arrived.index, std::move(*page));
    return true;
}

bool PageFetcher::planConcurrentPages(const ListPage &first)
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
    qCDebug(lcApi) << "limit/offset paging:" << m_pageCount << "pages of" << *limit;
    return true;
}

QUrl PageFetcher::pageUrl(int pageIndex) const
{
    QUrl url = m_pagingTemplate;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("offset"));
    query.addQueryItem(QStringLiteral("offset"),
        QString::number(m_pagingOffset + qint64(pageIndex - 1) * m_pagingLimit));
    url.setQuery(query);
    return url;
}

void PageFetcher::handOverReadyPage()
{
    const auto found = m_ready.find(m_nextToHandOver);
    if (found == m_ready.end())
        return;
    ListPage page = std::move(*found);
    m_ready.erase(found);
    const int index = m_nextToHandOver++;
    const bool lastPlanned = m_pageCount > 0 && index == m_pageCount - 1;
    if (m_pageCount < 0 || lastPlanned) {
        // Following next: sequentially from here on. After the last planned
        // page, a next means the list grew while we paged.
        m_followUrl = page.next;
        if (lastPlanned && page.next.isValid())
            m_pageCount = -1;
    }
    const auto seen = [this](const JsonValue &item) {
        const JsonValue id = item.value(QStringLiteral("id"));
        if (id.type() != JsonValue::Type::Integer)
            return false;
        const qint64 value = id.toInteger(-1);
        if (m_handedOverIds.contains(value))
            return true;
        m_handedOverIds.insert(value);
        return false;
    };
    page.items.removeIf(seen);
    emit pageReady(index, page);
}

void PageFetcher::requestMorePages()
{
    if (m_pageCount > 0) {
        const int window = m_maxConcurrent * ReadAheadFactor;
        while (m_jobs.size() < m_maxConcurrent && m_nextToRequest < m_pageCount &&
            m_nextToRequest < m_nextToHandOver + window) {
            const int index = m_nextToRequest++;
            startPage(pageUrl(index), index);
        }
        return;
    }
    if (m_mode == Mode::AllPages && m_followUrl.isValid() && m_jobs.isEmpty() &&
        m_ready.isEmpty() && m_arrived.isEmpty()) {
        const int index = m_nextToHandOver;
        m_nextToRequest = index + 1;
        startPage(std::exchange(m_followUrl, QUrl()), index);
    }
}

void PageFetcher::finishIfDone()
{
    if (!m_active || !m_jobs.isEmpty() || !m_arrived.isEmpty() || !m_ready.isEmpty())
        return;
    if (m_mode == Mode::AllPages &&
        (m_followUrl.isValid() || (m_pageCount > 0 && m_nextToHandOver < m_pageCount)))
        return;
    m_active = false;
    ++m_generation;
    emit finished();
}

void PageFetcher::fail(const ApiError &error)
{
    qCWarning(lcApi) << "paging failed:" << error.message();
    cancel();
    emit failed(error);
}
