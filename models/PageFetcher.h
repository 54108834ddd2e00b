#pragma once

#include "ApiError.h"
#include "ListPage.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class ApiClient;
class ApiJob;

// Pages through a list endpoint of the API: the preferences of a user, a user
// search. Hands the pages over in server order, one per pass of the event
// loop, so that pages arriving together never stall it.
//
// - AllPages fetches every page. When the first page's next is a
//   limit/offset URL and the page has a count, the rest are fetched
//   concurrently (setMaxConcurrentPages()); otherwise next is followed.
// - OnDemand fetches the first page, then one more per fetchMore().
//
// Only the path and query of a next count, resolved against the client's
// base URL and accepted only under the first page's path
// (ApiClient::resolveNext): behind a TLS-terminating proxy next may say
// http://internal-host:8000/. Data that changes while we page can shift an
// item onto the next page: an item whose "id" was already handed over in this
// run is dropped.
class PageFetcher : public QObject
{
    Q_OBJECT

public:
    enum class Mode { AllPages, OnDemand };

    explicit PageFetcher(ApiClient *client, QObject *parent = nullptr);
    ~PageFetcher() override;

    // Default 6, the connections Qt opens to one host (more would only
    // queue in Qt); AllPages only.
    void setMaxConcurrentPages(int count);

    // Starts over: stops what runs, then fetches firstPage. Emits nothing
    // before returning.
    void start(const QUrl &firstPage, Mode mode = Mode::AllPages);
    // OnDemand: fetches the next page, if there is one and nothing runs.
    void fetchMore();
    bool canFetchMore() const;
    // Stops quietly: no signal follows. Safe from a slot of pageReady.
    void cancel();
    // A page is being fetched or waits to be handed over.
    bool isActive() const { return m_active; }

signals:
    // index 0 is the first page. Its count is the first page's count.
    void pageReady(int index, const ListPage &page);
    // Nothing runs any more: every page came (AllPages), or the asked page
    // did and canFetchMore() says whether another waits (OnDemand).
    void finished();
    void failed(const ApiError &error);

private:
    struct ArrivedPage
    {
        int index;
        JsonValue body;
        QUrl url;
    };

    void stop();
    void startPage(const QUrl &url, int pageIndex);
    void onPageLoaded(int pageIndex, const JsonValue &body);
    void schedulePass();
    void pass();
    bool parseArrivedPage();
    bool planConcurrentPages(const ListPage &first);
    QUrl pageUrl(int pageIndex) const;
    void handOverReadyPage();
    void requestMorePages();
    void finishIfDone();
    void fail(const ApiError &error);

    QPointer<ApiClient> m_client;
    int m_maxConcurrent = 6;
    Mode m_mode = Mode::AllPages;
    QString m_listPath; // every next must lie under it

    // Every run has its own generation; answers from an older one are
    // ignored.
    quint64 m_generation = 0;
    bool m_active = false;
    QHash<int, QPointer<ApiJob>> m_jobs; // page index -> its running request
    QList<ArrivedPage> m_arrived; // answers not yet parsed
    bool m_passScheduled = false;
    QMap<int, ListPage> m_ready; // page index -> parsed page, waiting for its turn
    QSet<qint64> m_handedOverIds;
    int m_nextToHandOver = 0;
    int m_nextToRequest = 1;
    int m_pageCount = -1; // known with limit/offset paging; -1 while following next
    QUrl m_pagingTemplate; // the first page's next URL: offsets are set on it
    qint64 m_pagingOffset = 0; // offset of page 1
    qint64 m_pagingLimit = 0;
    QUrl m_followUrl; // the next URL after the last page handed over
    qint64 m_count = -1; // the first page's count
};
