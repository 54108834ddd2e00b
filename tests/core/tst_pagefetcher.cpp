// PageFetcher against a scripted loopback HTTP server: what its users rely on
// beyond what PreferenceModel's and UserSearchModel's tests show. A slot may
// stop or restart it; items without an id are kept; a page whose next is
// itself, or a plain array, ends the list.

#include "ApiClient.h"
#include "Credentials.h"
#include "PageFetcher.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

const QString ListPath = QStringLiteral("/api/v2/things/");

// Ten items {"id": 1..10} in pages of limit (default 2), with count and
// limit/offset next links; ?plain=1 answers a bare array with a next-like
// member nowhere; ?self=1 answers a page whose next is the page itself.
QHttpServerResponse scriptedAnswer(const QHttpServerRequest &request, quint16 port)
{
    const QUrlQuery query(request.url());
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port) + ListPath;
    if (query.hasQueryItem(QStringLiteral("plain")))
        return QHttpServerResponse("application/json", "[{\"id\":1},{\"name\":\"no id\"}]");
    if (query.hasQueryItem(QStringLiteral("self"))) {
        return QHttpServerResponse("application/json",
            QStringLiteral("{\"next\":\"%1?self=1\",\"results\":[{\"id\":1}]}").arg(base).toUtf8());
    }
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
        ? query.queryItemValue(QStringLiteral("limit")).toInt()
        : 2;
    const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
    QStringList items;
    for (int id = offset + 1; id <= std::min(10, offset + limit); ++id)
        items.append(QStringLiteral("{\"id\":%1}").arg(id));
    const QString next = offset + limit < 10
        ? QStringLiteral("\"%1?limit=%2&offset=%3\"").arg(base).arg(limit).arg(offset + limit)
        : QStringLiteral("null");
    return QHttpServerResponse("application/json",
        QStringLiteral("{\"count\":10,\"next\":%1,\"results\":[%2]}")
            .arg(next, items.join(QLatin1Char(',')))
            .toUtf8());
}

QList<qint64> ids(const ListPage &page)
{
    QList<qint64> result;
    for (const JsonValue &item : page.items)
        result.append(item.value(QStringLiteral("id")).toInteger(-1));
    return result;
}

} // namespace

class TestPageFetcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void allPagesInOrderNothingBeforeReturning();
    void cancelFromPageReadyStopsQuietly();
    void restartFromPageReadyDropsTheOldRun();
    void plainArrayIsTheWholeListAndKeepsItemsWithoutId();
    void nextThatIsThePageItselfFails();

private:
    QUrl url(const QString &query) const;

    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    int m_requests = 0;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<StaticCredentials> m_credentials;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PageFetcher> m_fetcher;
};

void TestPageFetcher::init()
{
    m_http = std::make_unique<QHttpServer>();
    m_requests = 0;
    m_http->route(ListPath, [this](const QHttpServerRequest &request) {
        ++m_requests;
        return scriptedAnswer(request, m_port);
    });
    m_port = m_http->listen(QHostAddress::LocalHost);
    QVERIFY(m_port != 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_credentials = std::make_unique<StaticCredentials>(QStringLiteral("tok"));
    m_client = std::make_unique<ApiClient>(m_nam.get());
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    m_client->setCredentials(m_credentials.get());
    m_client->setTimeout(std::chrono::seconds(20));
    m_fetcher = std::make_unique<PageFetcher>(m_client.get());
}

void TestPageFetcher::cleanup()
{
    m_fetcher.reset();
    m_client.reset();
    m_credentials.reset();
    m_nam.reset();
    m_http.reset();
}

QUrl TestPageFetcher::url(const QString &query) const
{
    QUrl result = m_client->url(ListPath);
    result.setQuery(query);
    return result;
}

void TestPageFetcher::allPagesInOrderNothingBeforeReturning()
{
    QSignalSpy ready(m_fetcher.get(), &PageFetcher::pageReady);
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::finished);
    m_fetcher->setMaxConcurrentPages(3);
    m_fetcher->start(url(QStringLiteral("limit=2")));
    QVERIFY(m_fetcher->isActive());
    QCOMPARE(ready.size(), 0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_fetcher->isActive());
    QVERIFY(!m_fetcher->canFetchMore()); // AllPages: nothing waits
    QCOMPARE(ready.size(), 5);
    QList<qint64> all;
    for (int i = 0; i < ready.size(); ++i) {
        QCOMPARE(ready.at(i).at(0).toInt(), i);
        all += ids(ready.at(i).at(1).value<ListPage>());
    }
    QCOMPARE(all, (QList<qint64> {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    QCOMPARE(ready.at(0).at(1).value<ListPage>().count, qint64(10));
    QCOMPARE(m_requests, 5);
}

void TestPageFetcher::cancelFromPageReadyStopsQuietly()
{
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::finished);
    QSignalSpy failed(m_fetcher.get(), &PageFetcher::failed);
    int pages = 0;
    connect(m_fetcher.get(), &PageFetcher::pageReady, this, [&](int index) {
        ++pages;
        if (index == 1)
            m_fetcher->cancel();
    });
    m_fetcher->start(url(QStringLiteral("limit=2")));
    QTRY_COMPARE_WITH_TIMEOUT(pages, 2, 20000);
    QVERIFY(!m_fetcher->isActive());
    QTest::qWait(200); // pages in flight or buffered must not come
    QCOMPARE(pages, 2);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
}

void TestPageFetcher::restartFromPageReadyDropsTheOldRun()
{
    QList<qint64> seen;
    bool restarted = false;
    connect(m_fetcher.get(), &PageFetcher::pageReady, this, [&](int index, const ListPage &page) {
        seen += ids(page);
        if (index == 0 && !restarted) {
            restarted = true;
            m_fetcher->start(url(QStringLiteral("limit=5")));
        }
    });
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::finished);
    m_fetcher->start(url(QStringLiteral("limit=2")));
    QVERIFY(finished.wait(20000));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    // The first run's first page, then the whole second run: its ids are
    // new to it, so none is dropped as a repeat.
    QCOMPARE(seen, (QList<qint64> {1, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
}

void TestPageFetcher::plainArrayIsTheWholeListAndKeepsItemsWithoutId()
{
    QSignalSpy ready(m_fetcher.get(), &PageFetcher::pageReady);
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::finished);
    m_fetcher->start(url(QStringLiteral("plain=1")), PageFetcher::Mode::OnDemand);
    QVERIFY(finished.wait(20000));
    QCOMPARE(ready.size(), 1);
    const ListPage page = ready.at(0).at(1).value<ListPage>();
    QVERIFY(!page.isPage);
    QCOMPARE(page.items.size(), 2);
    QCOMPARE(page.items.at(1).value(QStringLiteral("name")).toString(), QStringLiteral("no id"));
    QVERIFY(!m_fetcher->canFetchMore());
}

void TestPageFetcher::nextThatIsThePageItselfFails()
{
    QSignalSpy failed(m_fetcher.get(), &PageFetcher::failed);
    QSignalSpy ready(m_fetcher.get(), &PageFetcher::pageReady);
    m_fetcher->start(url(QStringLiteral("self=1")));
    QVERIFY(failed.wait(20000));
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::MalformedResponse);
    QVERIFY2(
        error.message().contains(QStringLiteral("the page itself")), qPrintable(error.message()));
    QCOMPARE(ready.size(), 0);
    QCOMPARE(m_requests, 1);
    QVERIFY(!m_fetcher->isActive());
}

QTEST_MAIN(TestPageFetcher)
#include "tst_pagefetcher.moc"
