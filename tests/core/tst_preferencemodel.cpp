// PreferenceModel and PreferenceFilterModel against a real in-process
// prefserver (and, for answers prefserver never gives, a scripted
// QHttpServer). QAbstractItemModelTester watches the model and the proxy for
// the whole of every test.

#include "ApiClient.h"
#include "ApiError.h"
#include "Credentials.h"
#include "JsonValue.h"
#include "PreferenceFilterModel.h"
#include "PreferenceModel.h"
#include "ServerTestClient.h"
#include "TestServer.h"
#include "TestValues.h"
#include "WriteRecorder.h"

#include <QAbstractItemModelTester>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

using Json = nlohmann::ordered_json;

namespace {

struct Seed
{
    qint64 id = 0;
    QString key;
    QByteArray value; // JSON text
    QString createdAt; // ISO 8601; empty lets the server stamp it
};

} // namespace

class TestPreferenceModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsManyPagesInOrderAndConcurrently();
    void reloadWhileLoadingStartsOver();
    void filtersByKeyAndValueText();
    void sortsDatesByTimeAndIdsAsNumbers();
    void filterAndOrderAgreeWithAPlainScan_data();
    void filterAndOrderAgreeWithAPlainScan();
    void searchesExactKeyOnServer();
    void dataRolesAndHeaders();
    void createSendsKeyAndValue();
    void patchSendsOnlyWhatChanged_data();
    void patchSendsOnlyWhatChanged();
    void patchWithNothingChangedSendsNothing();
    void failedPatchKeepsServerValueAndHandsEditBack();
    void removeDropsRowOnlyAfterServerAnswer();
    void droppedConnectionFailsLoad();
    void droppedConnectionMidLoadFailsLoad();
    void cancelMidLoad();
    void acceptsPlainArray();
    void duplicateIdsAcrossPagesGiveOneRow();

    // Issue 12: paging behind a TLS-terminating proxy.
    void nextOnlyPathAndQueryFollowed_data();
    void nextOnlyPathAndQueryFollowed();
    void nextOutsideTheListRefused_data();
    void nextOutsideTheListRefused();
    void publicUrlOfAnotherOriginTokenOnlyToTheBase();

private:
    // Starts prefserver with alice (id 2) holding the given preferences and
    // builds the client, the model, the proxy and their testers.
    void startServer(const QList<Seed> &seeds, int serverPageSize = 7, const QUrl &publicUrl = {});
    void attachModel(const QUrl &baseUrl, const QString &token);
    void loadAll();
    static QList<Seed> manySeeds(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PrefServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<StaticCredentials> m_credentials;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PreferenceModel> m_model;
    std::unique_ptr<PreferenceFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestPreferenceModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPreferenceModel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
    m_client.reset();
    m_credentials.reset();
    m_nam.reset();
    m_server.reset();
    m_dir.reset();
}

void TestPreferenceModel::startServer(
    const QList<Seed> &seeds, int serverPageSize, const QUrl &publicUrl)
{
    Json users = Json::array();
    users.push_back(Json {{"id", 2}, {"username", "alice"}, {"password", "alice"},
        {"real_name", "Alice Bianchi"}, {"email", "alice@example.org"}, {"role", nullptr}});
    Json preferences = Json::array();
    for (const Seed &seed : seeds) {
        Json entry {{"id", seed.id}, {"user_id", 2}, {"key", seed.key.toStdString()},
            {"value", Json::parse(seed.value.toStdString())}};
        if (!seed.createdAt.isEmpty()) {
            entry["created_at"] = seed.createdAt.toStdString();
            entry["last_updated_at"] = seed.createdAt.toStdString();
        }
        preferences.push_back(std::move(entry));
    }
    const QString fileName = m_dir->filePath(QStringLiteral("data.json"));
    QVERIFY(writeServerData(fileName, users, preferences));

    ServerOptions options;
    options.enableTestControl = true;
    options.dataFile = fileName;
    options.pageSize = serverPageSize;
    options.maxPageSize = 100;
    options.publicUrl = publicUrl;
    m_server = startTestServer(options);
    QVERIFY(m_server);

    const QString token = m_server->issueAccessToken(QStringLiteral("alice"));
    QVERIFY(!token.isEmpty());
    attachModel(m_server->baseUrl(), token);
}

void TestPreferenceModel::attachModel(const QUrl &baseUrl, const QString &token)
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_credentials = std::make_unique<StaticCredentials>(token);
    m_client = std::make_unique<ApiClient>(m_nam.get());
    m_client->setBaseUrl(baseUrl);
    m_client->setCredentials(m_credentials.get());
    m_client->setTimeout(std::chrono::seconds(20));

    m_model = std::make_unique<PreferenceModel>(m_client.get());
    m_model->setPageSize(7);
    m_proxy = std::make_unique<PreferenceFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    // Before the first change, alive until cleanup().
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPreferenceModel::loadAll()
{
    QSignalSpy finished(m_model.get(), &PreferenceModel::loadFinished);
    QSignalSpy failed(m_model.get(), &PreferenceModel::loadFailed);
    m_model->reload();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 60000);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!m_model->isLoading());
}

QList<Seed> TestPreferenceModel::manySeeds(int count)
{
    QList<Seed> seeds;
    for (int i = 1; i <= count; ++i) {
        Seed seed;
        seed.id = i;
        seed.key = QStringLiteral("key.%1").arg(i, 5, 10, QLatin1Char('0'));
        switch (i % 4) {
        case 0:
            seed.value = QByteArray::number(i);
            break;
        case 1:
            seed.value = "{\"z\":" + QByteArray::number(i) +
                ",\"a\":[true,null],\"big\":12345678901234567890}";
            break;
        case 2:
            seed.value = "\"text " + QByteArray::number(i) + "\"";
            break;
        default:
            seed.value = "[1.5,\"x\",{\"b\":1,\"a\":2}]";
            break;
        }
        seeds.append(seed);
    }
    return seeds;
}

void TestPreferenceModel::loadsManyPagesInOrderAndConcurrently()
{
    constexpr int Count = 1003;
    startServer(manySeeds(Count));
    const int pages = (Count + 6) / 7;

    // Once the first page is in, the next six answers take a second. A
    // model that pages concurrently asks for six pages at once (the
    // connections Qt opens to a host), and no more until one of them is
    // back: 200 ms later the server has seen exactly seven requests
    // (sequential paging would show two).
    int progressCalls = 0;
    qsizetype requestsWhileWaiting = -1;
    connect(m_model.get(), &PreferenceModel::loadProgress, this, [&](int loaded, int total) {
        if (loaded == 0)
            return;
        ++progressCalls;
        QCOMPARE(total, Count);
        if (progressCalls == 1) {
            QCOMPARE(loaded, 7);
            Fault delay;
            delay.path = PreferencesPath;
            delay.method = "GET";
            delay.kind = Fault::Kind::Delay;
            delay.delayMs = 1000;
            delay.count = 6;
            m_server->addFault(delay);
            QTimer::singleShot(200, this, [&] {
                requestsWhileWaiting = requestsTo(*m_server, "GET", PreferencesPath).size();
            });
        }
    });
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    loadAll();
    QCOMPARE(m_model->rowCount(), Count);
    QCOMPARE(m_model->expectedCount(), Count);
    QCOMPARE(inserted.count(), pages); // one batch per page
    for (int row = 0; row < Count; ++row) {
        QCOMPARE(m_model->preferenceAt(row).id, qint64(row + 1));
        QCOMPARE(m_model->rowForId(row + 1), row);
    }
    // Values kept exactly: key order and a 64-bit unsigned integer.
    QCOMPARE(m_model->data(m_model->index(0, int(PreferenceModel::Column::Value))).toString(),
        QStringLiteral("{\"z\":1,\"a\":[true,null],\"big\":12345678901234567890}"));

    QCOMPARE(requestsWhileWaiting, qsizetype(1 + 6));

    // Every page exactly once, with the limit asked for.
    const QList<RecordedRequest> gets = requestsTo(*m_server, "GET", PreferencesPath);
    QCOMPARE(gets.size(), pages);
    QSet<int> offsets;
    for (const RecordedRequest &request : gets) {
        const QUrlQuery query(request.query);
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("7"));
        offsets.insert(query.queryItemValue(QStringLiteral("offset")).toInt());
    }
    QCOMPARE(offsets.size(), pages);
    for (int page = 0; page < pages; ++page)
        QVERIFY(offsets.contains(page * 7));
}

void TestPreferenceModel::reloadWhileLoadingStartsOver()
{
    startServer(manySeeds(200));
    QSignalSpy finished(m_model.get(), &PreferenceModel::loadFinished);
    m_model->reload();
    m_model->reload(); // the first load's answers must be ignored
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_model->rowCount(), 200);
}

void TestPreferenceModel::filtersByKeyAndValueText()
{
    startServer({{1, QStringLiteral("editor.theme"), "\"dark\"", {}},
        {2, QStringLiteral("editor.font"), "{\"family\":\"Noto Sans\",\"size\":12}", {}},
        {3, QStringLiteral("notifications"), "{\"theme_mail\":true}", {}},
        {4, QStringLiteral("layout"), "[1,2,3]", {}}});
    loadAll();
    QCOMPARE(m_proxy->rowCount(), 4);

    // As the user types, case-insensitively.
    m_proxy->setFilterText(QStringLiteral("T"));
    QCOMPARE(m_proxy->rowCount(), 4); // "layout" has a t, the others in key or value
    m_proxy->setFilterText(QStringLiteral("TH"));
    QCOMPARE(m_proxy->rowCount(), 2); // editor.theme by key, notifications by value
    m_proxy->setFilterText(QStringLiteral("THE"));
    QCOMPARE(m_proxy->rowCount(), 2);

    m_proxy->setScope(PreferenceFilterModel::Scope::Key);
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->data(m_proxy->index(0, 0)).toString(), QStringLiteral("editor.theme"));

    m_proxy->setScope(PreferenceFilterModel::Scope::Value);
    m_proxy->setFilterText(QStringLiteral("noto SANS"));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->data(m_proxy->index(0, 0)).toString(), QStringLiteral("editor.font"));

    m_proxy->setScope(PreferenceFilterModel::Scope::KeyAndValue);
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestPreferenceModel::sortsDatesByTimeAndIdsAsNumbers()
{
    // Text order of these dates and ids differs from their real order.
    startServer({{2, QStringLiteral("b"), "1", QStringLiteral("2023-05-01T10:00:00.000Z")},
        {10, QStringLiteral("a"), "2", QStringLiteral("2021-12-31T23:00:00.000-02:00")},
        {100, QStringLiteral("c"), "3", QStringLiteral("2022-01-01T00:30:00.000Z")}});
    loadAll();

    const auto idsInProxyOrder = [this] {
        QList<qint64> ids;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids.append(m_proxy->index(row, 0).data(PreferenceModel::IdRole).toLongLong());
        return ids;
    };

    m_proxy->sort(int(PreferenceModel::Column::Id), Qt::AscendingOrder);
    QCOMPARE(idsInProxyOrder(), (QList<qint64> {2, 10, 100}));
    m_proxy->sort(int(PreferenceModel::Column::Id), Qt::DescendingOrder);
    QCOMPARE(idsInProxyOrder(), (QList<qint64> {100, 10, 2}));

    // 2021-12-31T23:00-02:00 is 2022-01-01T01:00Z, after id 100's 00:30Z.
    m_proxy->sort(int(PreferenceModel::Column::Created), Qt::AscendingOrder);
    QCOMPARE(idsInProxyOrder(), (QList<qint64> {100, 10, 2}));
    QCOMPARE(m_model
                 ->data(m_model->index(1, int(PreferenceModel::Column::Created)),
                     PreferenceModel::SortRole)
                 .userType(),
        QMetaType::QDateTime);

    // A write moves the row to the newest "last updated", and the proxy follows.
    m_proxy->sort(int(PreferenceModel::Column::LastUpdated), Qt::AscendingOrder);
    QCOMPARE(idsInProxyOrder(), (QList<qint64> {100, 10, 2}));
    WriteRecorder write;
    write.start(
        m_model->patch(m_model->preferenceAt(m_model->rowForId(100)), std::nullopt, json("4")));
    QTRY_VERIFY(write.isDone());
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Succeeded);
    QCOMPARE(idsInProxyOrder(), (QList<qint64> {10, 2, 100}));
}

namespace {

// What the proxy must show, found the slow way: every row of the model
// whose key or value text contains text case-insensitively, ordered by key
// case-insensitively (descending), equal keys in the model's order.
QList<qint64> expectedIds(const PreferenceModel &model, const QString &text)
{
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(PreferenceModel::KeyRole).toString().contains(text, Qt::CaseInsensitive) ||
            index.data(PreferenceModel::RawJsonRole).toString().contains(text, Qt::CaseInsensitive))
            rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [&model](int left, int right) {
        return QString::compare(model.index(left, 0).data(PreferenceModel::KeyRole).toString(),
                   model.index(right, 0).data(PreferenceModel::KeyRole).toString(),
                   Qt::CaseInsensitive) > 0;
    });
    QList<qint64> ids;
    for (const int row : rows)
        ids.append(model.index(row, 0).data(PreferenceModel::IdRole).toLongLong());
    return ids;
}

QList<qint64> proxyIds(const QAbstractItemModel &proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(PreferenceModel::IdRole).toLongLong());
    return ids;
}

} // namespace

void TestPreferenceModel::filterAndOrderAgreeWithAPlainScan_data()
{
    QTest::addColumn<int>("parallelFromRows");
    QTest::newRow("one thread") << 1000000;
    QTest::newRow("rows split between threads") << 1;
}

void TestPreferenceModel::filterAndOrderAgreeWithAPlainScan()
{
    QFETCH(int, parallelFromRows);
    // Keys in mixed case, some equal but for case, non-ASCII text.
    QList<Seed> seeds;
    const QStringList words = {QStringLiteral("Caffè"), QStringLiteral("caffe"),
        QStringLiteral("THEME"), QStringLiteral("theme"), QStringLiteral("Straße"),
        QStringLiteral("panel"), QStringLiteral("Über")};
    for (int i = 1; i <= 150; ++i) {
        const QString word = words.at(i % words.size());
        seeds.append({i, QStringLiteral("%1.%2").arg(word).arg(i % 13),
            i % 3 == 0 ? QByteArray("\"") + words.at((i * 7) % words.size()).toUtf8() + "\""
                       : QByteArray::number(i * 37),
            {}});
    }
    startServer(seeds);
    m_proxy->setParallelFromRows(std::size_t(parallelFromRows));
    // Filtered and sorted while the pages come in.
    m_proxy->sort(int(PreferenceModel::Column::Key), Qt::DescendingOrder);
    m_proxy->setFilterText(QStringLiteral("E"));
    loadAll();
    QCOMPARE(proxyIds(*m_proxy), expectedIds(*m_model, QStringLiteral("E")));

    // Typed, erased, replaced: narrower, wider and neither.
    for (const QString &text : {QStringLiteral("ca"), QStringLiteral("caf"),
             QStringLiteral("CAFFÈ"), QStringLiteral("caffè.1"), QStringLiteral("caf"),
             QStringLiteral("1"), QStringLiteral("STRASSE"), QStringLiteral("straße"),
             QStringLiteral("\"über\""), QStringLiteral("3"), QString()}) {
        m_proxy->setFilterText(text);
        QCOMPARE(proxyIds(*m_proxy), expectedIds(*m_model, text));
    }

    // Rows that come, change and go while filtered keep their place.
    m_proxy->setFilterText(QStringLiteral("theme"));
    WriteRecorder created;
    created.start(m_model->create(QStringLiteral("aaa.theme"), json("1")));
    QTRY_VERIFY(created.isDone());
    QCOMPARE(created.outcome, WriteRecorder::Outcome::Succeeded);
    QCOMPARE(proxyIds(*m_proxy), expectedIds(*m_model, QStringLiteral("theme")));
    WriteRecorder renamed;
    renamed.start(m_model->patch(
        m_model->preferenceAt(m_model->rowForId(3)), QStringLiteral("zzz.Theme"), std::nullopt));
    QTRY_VERIFY(renamed.isDone());
    QCOMPARE(renamed.outcome, WriteRecorder::Outcome::Succeeded);
    QCOMPARE(proxyIds(*m_proxy).first(), 3);
    QCOMPARE(proxyIds(*m_proxy), expectedIds(*m_model, QStringLiteral("theme")));
    WriteRecorder hidden;
    hidden.start(m_model->patch(
        m_model->preferenceAt(m_model->rowForId(3)), QStringLiteral("other"), std::nullopt));
    QTRY_VERIFY(hidden.isDone());
    QCOMPARE(proxyIds(*m_proxy), expectedIds(*m_model, QStringLiteral("theme")));
    QVERIFY(!proxyIds(*m_proxy).contains(3));
    WriteRecorder removed;
    removed.start(m_model->remove(m_model->preferenceAt(m_model->rowForId(10))));
    QTRY_VERIFY(removed.isDone());
    QCOMPARE(removed.outcome, WriteRecorder::Outcome::Succeeded);
    QCOMPARE(proxyIds(*m_proxy), expectedIds(*m_model, QStringLiteral("theme")));

    // A persistent index follows its row through a new filter and order.
    const QPersistentModelIndex first = m_proxy->index(0, 0);
    const qint64 firstId = first.data(PreferenceModel::IdRole).toLongLong();
    m_proxy->setFilterText(QStringLiteral("e"));
    QCOMPARE(first.data(PreferenceModel::IdRole).toLongLong(), firstId);
    m_proxy->sort(int(PreferenceModel::Column::Id), Qt::AscendingOrder);
    QCOMPARE(first.data(PreferenceModel::IdRole).toLongLong(), firstId);
    QCOMPARE(m_proxy->index(0, 0).data(PreferenceModel::IdRole).toLongLong(), qint64(1));
}

void TestPreferenceModel::searchesExactKeyOnServer()
{
    startServer({{1, QStringLiteral("editor.theme"), "\"dark\"", {}},
        {2, QStringLiteral("editor.theme.extra"), "1", {}}, {3, QStringLiteral("other"), "2", {}}});
    m_model->setKeyFilter(QStringLiteral("editor.theme"));
    loadAll();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->preferenceAt(0).key, QStringLiteral("editor.theme"));
    const QList<RecordedRequest> gets = requestsTo(*m_server, "GET", PreferencesPath);
    QCOMPARE(gets.size(), 1);
    QCOMPARE(QUrlQuery(gets.first().query).queryItemValue(QStringLiteral("key")),
        QStringLiteral("editor.theme"));

    m_model->setKeyFilter(QString());
    loadAll();
    QCOMPARE(m_model->rowCount(), 3);
}

void TestPreferenceModel::dataRolesAndHeaders()
{
    QByteArray big = "\"" + QByteArray(6000, 'x') + "\"";
    startServer({{5, QStringLiteral("editor.font"), "{\"size\":12,\"family\":\"Noto\"}",
                     QStringLiteral("2024-02-03T04:05:06.789Z")},
        {6, QStringLiteral("huge"), big, {}}});
    loadAll();
    using C = PreferenceModel::Column;
    const auto cell = [this](int row, C column, int role = Qt::DisplayRole) {
        return m_model->data(m_model->index(row, int(column)), role);
    };
    QCOMPARE(m_model->columnCount(), 6);
    QCOMPARE(m_model->headerData(int(C::Key), Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Key"));
    QCOMPARE(m_model->headerData(int(C::LastUpdated), Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Last updated"));
    QCOMPARE(cell(0, C::Key).toString(), QStringLiteral("editor.font"));
    QCOMPARE(cell(0, C::Value).toString(), QStringLiteral("{\"size\":12,\"family\":\"Noto\"}"));
    QCOMPARE(cell(0, C::Value, PreferenceModel::RawJsonRole).toString(),
        QStringLiteral("{\"size\":12,\"family\":\"Noto\"}"));
    QCOMPARE(cell(0, C::Type).toString(), JsonValue::typeName(JsonValue::Type::Object));
    QCOMPARE(cell(0, C::Id).toLongLong(), 5);
    QCOMPARE(cell(0, C::Key, PreferenceModel::IdRole).toLongLong(), 5);
    QCOMPARE(cell(0, C::Key, PreferenceModel::CreatedRole).toDateTime(),
        QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6, 789), Qt::UTC));
    QVERIFY(cell(0, C::Key, PreferenceModel::JsonValueRole)
                .value<JsonValue>()
                .isIdenticalTo(json("{\"size\":12,\"family\":\"Noto\"}")));
    QCOMPARE(cell(0, C::Key, PreferenceModel::ApiObjectRole)
                 .value<JsonValue>()
                 .value(QStringLiteral("created_at")),
        JsonValue::fromString(QStringLiteral("2024-02-03T04:05:06.789Z")));
    QCOMPARE(cell(0, C::Value, Qt::ToolTipRole).toString(),
        json("{\"size\":12,\"family\":\"Noto\"}").toPrettyString());
    // The model elides nothing; the tooltip is cut to a sane length.
    QCOMPARE(cell(1, C::Value).toString().size(), 6002);
    QVERIFY(cell(1, C::Value, Qt::ToolTipRole).toString().size() <= 4001);
    // Out of range and child indexes.
    QVERIFY(!m_model->data(m_model->index(7, 0)).isValid());
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QCOMPARE(m_model->columnCount(m_model->index(0, 0)), 0);
}

void TestPreferenceModel::createSendsKeyAndValue()
{
    startServer(manySeeds(3));
    loadAll();
    m_server->clearRequestLog();

    WriteRecorder write;
    write.start(m_model->create(
        QStringLiteral("new.key"), json("{\"b\": 1, \"a\": [9007199254740993, -0.5]}")));
    QTRY_VERIFY(write.isDone());
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Succeeded);
    QCOMPARE(write.outcomes, 1);

    // First a look for the key, then the POST.
    const QList<RecordedRequest> requests = requestsTo(*m_server, PreferencesPath);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(QUrlQuery(requests.at(0).query).queryItemValue(QStringLiteral("key")),
        QStringLiteral("new.key"));
    const QList<RecordedRequest> posts = requestsTo(*m_server, "POST", PreferencesPath);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().body,
        QByteArray("{\"key\":\"new.key\",\"value\":{\"b\":1,\"a\":[9007199254740993,-0.5]}}"));
    QVERIFY(header(posts.first(), "Content-Type").startsWith("application/json"));

    const qint64 id = write.result.id;
    QCOMPARE(write.edit.id, id);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowForId(id), 3); // appended at the end
    QCOMPARE(m_model->preferenceAt(3).key, QStringLiteral("new.key"));
    QCOMPARE(m_model->data(m_model->index(3, int(PreferenceModel::Column::Value))).toString(),
        QStringLiteral("{\"b\":1,\"a\":[9007199254740993,-0.5]}"));
}

void TestPreferenceModel::patchSendsOnlyWhatChanged_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expectedBody");

    // Row 2 holds key.00002 = "text 2".
    QTest::newRow("value only") << QString() << QByteArray("{\"b\":2,\"a\":1}")
                                << QByteArray("{\"value\":{\"b\":2,\"a\":1}}");
    QTest::newRow("same key, new value")
        << QStringLiteral("key.00002") << QByteArray("null") << QByteArray("{\"value\":null}");
    QTest::newRow("key only") << QStringLiteral("renamed") << QByteArray()
                              << QByteArray("{\"key\":\"renamed\"}");
    QTest::newRow("new key, same value") << QStringLiteral("renamed") << QByteArray("\"text 2\"")
                                         << QByteArray("{\"key\":\"renamed\"}");
    QTest::newRow("both") << QStringLiteral("renamed") << QByteArray("[1]")
                          << QByteArray("{\"key\":\"renamed\",\"value\":[1]}");
    // Same meaning, different text: the user's text is what gets stored.
    QTest::newRow("reordered object") << QString() << QByteArray("{\"a\":1,\"b\":2}")
                                      << QByteArray("{\"value\":{\"a\":1,\"b\":2}}");
}

void TestPreferenceModel::patchSendsOnlyWhatChanged()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expectedBody);

    QList<Seed> seeds = manySeeds(3);
    seeds[0].value = "{\"b\":2,\"a\":1}";
    seeds[0].key = QStringLiteral("first");
    startServer(seeds);
    loadAll();
    m_server->clearRequestLog();
    // The first row's value is {"b":2,"a":1}: patch row 2 with it, or row 1
    // reordered.
    const qint64 id = qstrcmp(QTest::currentDataTag(), "reordered object") == 0 ? 1 : 2;

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    WriteRecorder write;
    write.start(m_model->patch(m_model->preferenceAt(m_model->rowForId(id)),
        key.isNull() ? std::nullopt : std::optional<QString>(key),
        value.isNull() ? std::nullopt : std::optional<JsonValue>(json(value.constData()))));
    QTRY_VERIFY(write.isDone());
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Succeeded);
    QCOMPARE(write.result.id, id);
    QVERIFY(!write.answerDiffers);

    // The conflict check reads the preference, then the PATCH goes out.
    const QList<RecordedRequest> requests = requestsTo(*m_server, preferencePath(id));
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("GET"));
    QCOMPARE(requests.at(1).method, QByteArray("PATCH"));
    const QList<RecordedRequest> patches = requestsTo(*m_server, "PATCH", preferencePath(id));
    QCOMPARE(patches.first().body, expectedBody);
    QVERIFY(header(patches.first(), "Content-Type").startsWith("application/json"));

    // The row now shows the server's answer.
    QCOMPARE(changed.count(), 1);
    const int row = m_model->rowForId(id);
    const std::optional<JsonValue> sent = JsonValue::parse(expectedBody);
    if (sent->contains(QStringLiteral("key")))
        QCOMPARE(m_model->preferenceAt(row).key, sent->value(QStringLiteral("key")).toString());
    if (sent->contains(QStringLiteral("value")))
        QVERIFY(
            m_model->preferenceAt(row).value.isIdenticalTo(sent->value(QStringLiteral("value"))));
}

void TestPreferenceModel::patchWithNothingChangedSendsNothing()
{
    startServer(manySeeds(3));
    loadAll();
    m_server->clearRequestLog();
    const Preference base = m_model->preferenceAt(m_model->rowForId(2));
    WriteRecorder same;
    same.start(m_model->patch(base, QStringLiteral("key.00002"), json("\"text 2\"")));
    WriteRecorder nothing;
    nothing.start(m_model->patch(base, std::nullopt, std::nullopt));
    QTRY_VERIFY(same.isDone() && nothing.isDone());
    QCOMPARE(same.outcome, WriteRecorder::Outcome::Succeeded);
    QCOMPARE(nothing.outcome, WriteRecorder::Outcome::Succeeded);
    // Each read the preference to compare; neither wrote.
    QCOMPARE(requestsTo(*m_server, "GET", preferencePath(2)).size(), 2);
    QCOMPARE(requestsTo(*m_server, "PATCH", preferencePath(2)).size(), 0);
}

void TestPreferenceModel::failedPatchKeepsServerValueAndHandsEditBack()
{
    startServer(manySeeds(3));
    loadAll();
    Fault fault;
    fault.path = preferencePath(2);
    fault.method = "PATCH";
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    m_server->addFault(fault);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const JsonValue edit = json("{\"z\": 1, \"a\": \"the user's long edit\"}");
    WriteRecorder write;
    write.start(m_model->patch(
        m_model->preferenceAt(m_model->rowForId(2)), QStringLiteral("new.name"), edit));
    QTRY_VERIFY(write.isDone());
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Failed);
    QCOMPARE(write.outcomes, 1);

    const ApiError error = write.error;
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), 500);
    const PreferenceEdit handedBack = write.edit;
    QCOMPARE(handedBack.id, qint64(2));
    QCOMPARE(handedBack.key, std::optional<QString>(QStringLiteral("new.name")));
    QVERIFY(handedBack.value && handedBack.value->isIdenticalTo(edit));

    // The row still shows what the server holds.
    QCOMPARE(changed.count(), 0);
    const int row = m_model->rowForId(2);
    QCOMPARE(m_model->preferenceAt(row).key, QStringLiteral("key.00002"));
    QCOMPARE(m_model->data(m_model->index(row, int(PreferenceModel::Column::Value))).toString(),
        QStringLiteral("\"text 2\""));
}

void TestPreferenceModel::removeDropsRowOnlyAfterServerAnswer()
{
    startServer(manySeeds(5));
    loadAll();
    m_server->clearRequestLog();
    WriteRecorder removal;
    removal.start(m_model->remove(m_model->preferenceAt(m_model->rowForId(3))));
    QCOMPARE(m_model->rowCount(), 5); // not before the 204
    QTRY_VERIFY(removal.isDone());
    QCOMPARE(removal.outcome, WriteRecorder::Outcome::Succeeded);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowForId(3), -1);
    QCOMPARE(m_model->rowForId(4), 2);
    QCOMPARE(m_model->rowForId(5), 3);
    const QList<RecordedRequest> deletes = requestsTo(*m_server, "DELETE", preferencePath(3));
    QCOMPARE(deletes.size(), 1);
    QVERIFY(deletes.first().body.isEmpty());

    // A refused delete keeps the row.
    Fault fault;
    fault.path = preferencePath(4);
    fault.method = "DELETE";
    fault.status = 403;
    m_server->addFault(fault);
    WriteRecorder refused;
    refused.start(m_model->remove(m_model->preferenceAt(m_model->rowForId(4))));
    QTRY_VERIFY(refused.isDone());
    QCOMPARE(refused.outcome, WriteRecorder::Outcome::Failed);
    QCOMPARE(refused.error.httpStatus(), 403);
    QCOMPARE(m_model->rowForId(4), 2);
}

void TestPreferenceModel::droppedConnectionFailsLoad()
{
    startServer(manySeeds(20));
    Fault fault;
    fault.path = PreferencesPath;
    fault.kind = Fault::Kind::Drop;
    fault.count = 10; // Qt resends an idempotent request once on a closed connection
    m_server->addFault(fault);
    QSignalSpy finished(m_model.get(), &PreferenceModel::loadFinished);
    QSignalSpy failed(m_model.get(), &PreferenceModel::loadFailed);
    m_model->reload();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QCOMPARE(failed.first().at(0).value<ApiError>().kind(), ApiError::Kind::Network);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestPreferenceModel::droppedConnectionMidLoadFailsLoad()
{
    startServer(manySeeds(100));
    bool armed = false;
    connect(m_model.get(), &PreferenceModel::loadProgress, this, [&](int loaded, int) {
        if (loaded > 0 && !armed) {
            armed = true;
            Fault fault;
            fault.path = PreferencesPath;
            fault.kind = Fault::Kind::Drop;
            fault.count = 10; // Qt resends a GET once on a closed connection
            m_server->addFault(fault);
        }
    });
    QSignalSpy finished(m_model.get(), &PreferenceModel::loadFinished);
    QSignalSpy failed(m_model.get(), &PreferenceModel::loadFailed);
    m_model->reload();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QTest::qWait(200);
    QCOMPARE(failed.count(), 1); // the other pages were aborted, not reported
    QCOMPARE(finished.count(), 0);
    QVERIFY(!m_model->isLoading());
    QVERIFY(m_model->rowCount() < 100);
}

void TestPreferenceModel::cancelMidLoad()
{
    startServer(manySeeds(100));
    Fault delay;
    delay.path = PreferencesPath;
    delay.kind = Fault::Kind::Delay;
    delay.delayMs = 150;
    delay.count = 100;
    m_server->addFault(delay);

    QSignalSpy finished(m_model.get(), &PreferenceModel::loadFinished);
    QSignalSpy cancelled(m_model.get(), &PreferenceModel::loadCancelled);
    QSignalSpy progress(m_model.get(), &PreferenceModel::loadProgress);
    m_model->reload();
    QVERIFY(m_model->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > 0, 10000);
    m_model->cancelLoad();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!m_model->isLoading());
    const int rows = m_model->rowCount();
    const qsizetype progressCount = progress.count();
    QTest::qWait(500);
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(progress.count(), progressCount);
    QCOMPARE(finished.count(), 0);
    QVERIFY(rows < 100);
}

// prefserver always pages; a scripted server answers what it cannot.
void TestPreferenceModel::acceptsPlainArray()
{
    QHttpServer http;
    http.route(PreferencesPath, [] {
        return QHttpServerResponse("application/json",
            "[{\"id\":3,\"user_id\":2,\"key\":\"a\",\"value\":{\"y\":1,\"x\":2},"
            "\"created_at\":\"2024-01-01T00:00:00Z\",\"last_updated_at\":\"2024-01-01T00:00:00Z\"},"
            "{\"id\":1,\"user_id\":2,\"key\":\"b\",\"value\":18446744073709551615,"
            "\"created_at\":\"2024-01-01T00:00:00Z\",\"last_updated_at\":\"2024-01-01T00:00:00Z\"}"
            "]");
    });
    const quint16 port = http.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    attachModel(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("token"));
    loadAll();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->expectedCount(), 2);
    QCOMPARE(m_model->preferenceAt(0).id, qint64(3));
    QCOMPARE(m_model->data(m_model->index(1, int(PreferenceModel::Column::Value))).toString(),
        QStringLiteral("18446744073709551615"));
}

void TestPreferenceModel::duplicateIdsAcrossPagesGiveOneRow()
{
    // Page 2 repeats the last row of page 1, as a list that changes while
    // it is paged does. Once with limit/offset (concurrent), once with
    // opaque next links (sequential).
    QHttpServer http;
    quint16 port = 0;
    const auto row = [](int id) {
        return QStringLiteral("{\"id\":%1,\"user_id\":2,\"key\":\"k%1\",\"value\":%1,"
                              "\"created_at\":\"2024-01-01T00:00:00Z\","
                              "\"last_updated_at\":\"2024-01-01T00:00:00Z\"}")
            .arg(id);
    };
    http.route(PreferencesPath, [&](const QHttpServerRequest &request) {
        const QUrlQuery query(request.url());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port) + PreferencesPath;
        QString body;
        if (query.hasQueryItem(QStringLiteral("cursor"))) {
            body = QStringLiteral("{\"next\":null,\"results\":[%1,%2]}").arg(row(3), row(4));
        } else if (query.queryItemValue(QStringLiteral("offset")) == QLatin1String("3")) {
            body = QStringLiteral("{\"count\":5,\"next\":null,\"results\":[%1,%2]}")
                       .arg(row(3), row(5));
        } else if (query.queryItemValue(QStringLiteral("limit")) == QLatin1String("3")) {
            body = QStringLiteral(
                "{\"count\":5,\"next\":\"%1?limit=3&offset=3\",\"results\":[%2,%3,%4]}")
                       .arg(base, row(1), row(2), row(3));
        } else {
            body = QStringLiteral("{\"next\":\"%1?cursor=abc\",\"results\":[%2,%3]}")
                       .arg(base, row(2), row(3));
        }
        return QHttpServerResponse("application/json", body.toUtf8());
    });
    port = http.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    attachModel(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("token"));

    m_model->setPageSize(3);
    loadAll();
    QCOMPARE(m_model->rowCount(), 4);
    QList<qint64> ids;
    for (int i = 0; i < m_model->rowCount(); ++i)
        ids.append(m_model->preferenceAt(i).id);
    QCOMPARE(ids, (QList<qint64> {1, 2, 3, 5}));

    m_model->setPageSize(2);
    loadAll();
    ids.clear();
    for (int i = 0; i < m_model->rowCount(); ++i)
        ids.append(m_model->preferenceAt(i).id);
    QCOMPARE(ids, (QList<qint64> {2, 3, 4}));
}

namespace {

QString scriptedRow(int id)
{
    return QStringLiteral("{\"id\":%1,\"user_id\":2,\"key\":\"k%1\",\"value\":%1,"
                          "\"created_at\":\"2024-01-01T00:00:00Z\","
                          "\"last_updated_at\":\"2024-01-01T00:00:00Z\"}")
        .arg(id);
}

// Seven rows in pages of three; next as the server behind a proxy writes it.
QString scriptedPage(const QUrlQuery &query, const QString &nextPrefix, bool offsets)
{
    int first = 1;
    if (offsets && query.hasQueryItem(QStringLiteral("offset")))
        first = query.queryItemValue(QStringLiteral("offset")).toInt() + 1;
    else if (!offsets && query.hasQueryItem(QStringLiteral("cursor")))
        first = query.queryItemValue(QStringLiteral("cursor")).toInt();
    QStringList rows;
    for (int id = first; id < first + 3 && id <= 7; ++id)
        rows.append(scriptedRow(id));
    QString next = QStringLiteral("null");
    if (first + 3 <= 7) {
        next = QLatin1Char('"') + nextPrefix +
            (offsets ? QStringLiteral("?limit=3&offset=%1").arg(first + 2)
                     : QStringLiteral("?cursor=%1").arg(first + 3)) +
            QLatin1Char('"');
    }
    const QString count = offsets ? QStringLiteral("\"count\":7,") : QString();
    return QStringLiteral("{%1\"next\":%2,\"results\":[%3]}")
        .arg(count, next, rows.join(QLatin1Char(',')));
}

} // namespace

void TestPreferenceModel::nextOnlyPathAndQueryFollowed_data()
{
    QTest::addColumn<QString>("nextOrigin"); // "other": a second loopback origin
    QTest::addColumn<bool>("offsets");
    QTest::newRow("internal http host, offsets")
        << QStringLiteral("http://internal-host:8000") << true;
    QTest::newRow("internal http host, cursor")
        << QStringLiteral("http://internal-host:8000") << false;
    QTest::newRow("another origin, offsets") << QStringLiteral("other") << true;
    QTest::newRow("another origin, cursor") << QStringLiteral("other") << false;
}

void TestPreferenceModel::nextOnlyPathAndQueryFollowed()
{
    QFETCH(QString, nextOrigin);
    QFETCH(bool, offsets);
    // The other origin listens, and must never see a connection.
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost));
    if (nextOrigin == QLatin1String("other"))
        nextOrigin = QStringLiteral("http://127.0.0.1:%1").arg(other.serverPort());

    QHttpServer http;
    QStringList seen; // "query|Authorization" of every request
    http.route(PreferencesPath, [&](const QHttpServerRequest &request) {
        seen.append(request.query().toString(QUrl::FullyEncoded) + QLatin1Char('|') +
            QString::fromLatin1(request.value("Authorization")));
        return QHttpServerResponse("application/json",
            scriptedPage(request.query(), nextOrigin + PreferencesPath, offsets).toUtf8());
    });
    const quint16 port = http.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    attachModel(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("tok"));
    loadAll();
    QCOMPARE(m_model->rowCount(), 7);
    for (int row = 0; row < 7; ++row)
        QCOMPARE(m_model->preferenceAt(row).id, qint64(row + 1));
    QCOMPARE(seen.size(), 3);
    for (const QString &request : std::as_const(seen))
        QVERIFY2(request.endsWith(QLatin1String("|Bearer tok")), qPrintable(request));
    QTest::qWait(20);
    QVERIFY(!other.hasPendingConnections());
}

void TestPreferenceModel::nextOutsideTheListRefused_data()
{
    QTest::addColumn<QString>("next");
    QTest::newRow("another user's list") << QStringLiteral("/api/v2/user/3/preference/?offset=3");
    QTest::newRow("dot segments") << QStringLiteral(
        "http://internal-host:8000/api/v2/user/me/preference/../../3/preference/");
    QTest::newRow("a sibling path") << QStringLiteral("/api/v2/user/me/preferences-all/");
}

void TestPreferenceModel::nextOutsideTheListRefused()
{
    QFETCH(QString, next);
    QHttpServer http;
    int listRequests = 0;
    int elsewhere = 0;
    http.route(PreferencesPath, [&] {
        ++listRequests;
        return QHttpServerResponse("application/json",
            QStringLiteral("{\"next\":\"%1\",\"results\":[%2]}")
                .arg(next, scriptedRow(1))
                .toUtf8());
    });
    const auto count = [&] {
        ++elsewhere;
        return QHttpServerResponse("application/json", "{\"next\":null,\"results\":[]}");
    };
    http.route(QStringLiteral("/api/v2/user/3/preference/"), count);
    http.route(QStringLiteral("/api/v2/user/me/preferences-all/"), count);
    const quint16 port = http.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    attachModel(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("tok"));
    QSignalSpy failed(m_model.get(), &PreferenceModel::loadFailed);
    m_model->reload();
    QVERIFY(failed.wait(20000));
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QVERIFY2(error.message().contains(QStringLiteral("not part of this list")),
        qPrintable(error.message()));
    QCOMPARE(listRequests, 1);
    QCOMPARE(elsewhere, 0);
}

// Through prefserver --public-url: every next names another origin (as a
// misconfigured proxy makes it), yet the load completes, and the token goes
// only to the configured one.
void TestPreferenceModel::publicUrlOfAnotherOriginTokenOnlyToTheBase()
{
    QTcpServer other; // the public origin: nothing may reach it
    QVERIFY(other.listen(QHostAddress::LocalHost));
    const QUrl publicUrl(QStringLiteral("http://127.0.0.1:%1").arg(other.serverPort()));
    startServer(manySeeds(40), 7, publicUrl);

    // The server really writes next on the other origin.
    {
        ServerTestClient probe(m_server->baseUrl());
        probe.setToken(m_server->issueAccessToken(QStringLiteral("alice")));
        const HttpResult first = probe.send("GET", probe.url(PreferencesPath));
        QCOMPARE(first.status, 200);
        const auto body = JsonValue::parse(first.body);
        QVERIFY(body);
        QVERIFY2(body->value(QStringLiteral("next")).toString().startsWith(publicUrl.toString()),
            first.body.constData());
    }
    m_server->clearRequestLog();

    loadAll();
    QCOMPARE(m_model->rowCount(), 40);
    const QList<RecordedRequest> log = m_server->requestLog();
    QVERIFY(log.size() >= 40 / 7);
    for (const RecordedRequest &request : log) {
        QCOMPARE(request.path, PreferencesPath);
        QCOMPARE(header(request, "Authorization"), QByteArray("[redacted]"));
    }
    QTest::qWait(20);
    QVERIFY(!other.hasPendingConnections());
}

QTEST_MAIN(TestPreferenceModel)
#include "tst_preferencemodel.moc"
