#include "PreferenceListJob.h"

#include "ApiClient.h"
#include "PageFetcher.h"

PreferenceListJob::PreferenceListJob(
    ApiClient *client, const QString &user, const QString &key, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_user(user)
    , m_key(key)
    , m_fetcher(new PageFetcher(client, this))
{
    connect(m_fetcher, &PageFetcher::pageReady, this,
        [this](int, const ListPage &page) { onPageReady(page); });
    connect(m_fetcher, &PageFetcher::finished, this, &PreferenceListJob::onFinished);
    connect(m_fetcher, &PageFetcher::failed, this, &PreferenceListJob::onFailed);
}

void PreferenceListJob::start()
{
    // Concurrent pages where the server allows it. Without a client the
    // fetcher fails from the event loop.
    m_fetcher->start(m_client ? m_client->preferenceListUrl(m_user, m_key, PageSize) : QUrl());
}

QList<Preference> PreferenceListJob::preferences(const QList<PreferencePage::Row> &rows)
{
    QList<Preference> result;
    result.reserve(rows.size());
    for (const PreferencePage::Row &row : rows)
        result.append(row.preference);
    return result;
}

void PreferenceListJob::onPageReady(const ListPage &page)
{
    QString error;
    std::optional<QList<PreferencePage::Row>> rows = PreferencePage::rowsFrom(page.items, &error);
    if (!rows) {
        m_fetcher->cancel();
        onFailed(ApiError(ApiError::Kind::MalformedResponse, error));
        return;
    }
    m_rows += std::move(*rows);
}

void PreferenceListJob::onFinished()
{
    if (std::exchange(m_done, true))
        return;
    emit succeeded(m_rows);
    deleteLater();
}

void PreferenceListJob::onFailed(const ApiError &error)
{
    if (std::exchange(m_done, true))
        return;
    emit failed(error);
    deleteLater();
}
