// prefctl end to end: the real binary (QProcess) against an in-process
// prefserver, whose request log shows exactly what prefctl sent.

#include "JsonValue.h"
#include "PrefctlProcess.h"
#include "ServerTestClient.h"
#include "TestServer.h"
#include "TestValues.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <csignal>
#include <cstdlib>

#include <fcntl.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <memory>

using Json = nlohmann::ordered_json;

namespace {

// Issue 8's exact numbers: no double holds them, and 1E+2 must stay as written.
const QByteArray ExactNumbers =
    "{\"n\":123456789012345678901234567890,\"d\":0.1000000000000000055511151231257827,"
    "\"e\":1E+2}";

QString line(const char *method, const QString &path)
{
    return QLatin1String(method) + QLatin1Char(' ') + path;
}

// Before each write prefctl asks who writes, for the journal.
const QString WhoAmI = line("GET", QStringLiteral("/api/v2/user/me/"));

struct Seed
{
    qint64 id;
    const char *key;
    const char *value; // compact JSON text, as it must come back
};

// Awkward on purpose: key order, 64-bit integers, unicode and escapes.
const Seed Seeds[] = {
    {1, "editor.theme", "\"dark\""},
    {2, "editor.font", "{\"size\":12,\"family\":\"Noto Sans\",\"features\":[\"liga\",\"calt\"]}"},
    {3, "counters",
        "{\"z\":18446744073709551615,\"a\":-9223372036854775808,\"m\":9007199254740993}"},
    {4, "greeting", "\"Ciao, perché \\\"no\\\"? è ✓ 𝄞\\n\""},
    {5, "flags", "[true,false,null,0,-1.5,1e+300]"},
    {6, "layout.sidebar.width.px.when.the.window.is.very.wide",
        "{\"value\":\""
        "0123456789012345678901234567890123456789012345678901234567890123456789"
        "\"}"},
};

using Result = PrefctlResult;

} // namespace

class TestPrefctl : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listJsonKeepsValuesExactly();
    void listTable();
    void listByKey();
    void getJson();
    void createSendsKeyAndValue();
    void createReadsValueFromStdin();
    void setValueSendsOnlyValue();
    void setKeySendsOnlyKey();
    void deleteSendsDelete();
    void whoami();
    void invalidValueSendsNothing_data();
    void invalidValueSendsNothing();
    void usageErrors_data();
    void usageErrors();
    void apiErrorExitsOne();
    void networkErrorExitsFour();
    void missingOrRefusedTokenExitsFive();
    void controlCharactersInTokenRefused();
    void ctrlCAtPasswordPromptRestoresEcho();
    void plainHttpTokenNeverSentToAnotherHost_data();
    void plainHttpTokenNeverSentToAnotherHost();

    // Conditional writes and conflicts (exit code 6).
    void setIfValueChangedMeanwhileConflicts();
    void setIfValueMatchingWrites();
    void setIfUpdatedAtChangedMeanwhileConflicts();
    void setIfUpdatedAtMatchingWrites();
    void setIfValueDeletedMeanwhileConflicts();
    void deleteIfValueMismatchConflicts();
    void deleteIfValueMatchingDeletes();
    void createExistingKeyConflicts();
    void lostAnswerIsVerified();

    // Issue 8's exact numbers, end to end.
    void getJsonKeepsExactNumbers();
    void setKeepsExactNumbersOfUntouchedMembers();

    // The journal: history and undo.
    void historyListsWriteWithBeforeAndAfter();
    void historyFilters();
    void undoRestoresOldValue();
    void undoDeleteAndCreate();
    void undoAfterAnotherChangeConflicts();
    void undoUnknownEntrySendsNothing();

private:
    Result run(const QStringList &arguments, const QByteArray &input = {},
        std::optional<QString> token = std::nullopt);
    QStringList server() const
    {
        return {QStringLiteral("--server"), m_server->baseUrl().toString()};
    }
    QList<RecordedRequest> apiRequests() const;
    // The API requests as "METHOD path", query left off, in order.
    QStringList requestLines() const;
    // Another client's request, behind prefctl's back; clears the log after.
    HttpResult otherClient(
        const QByteArray &method, const QString &path, const QByteArray &body = {});
    // The server's stored object, read directly (the log is cleared after).
    QByteArray storedObject(qint64 id);
    // history --json, parsed; the test fails when it is not an array.
    QList<JsonValue> history(const QStringList &options = {});
    // prefctl --server URL command, for its exit code alone.
    int exitCodeOf(const QStringList &command) { return run(server() + command).exitCode; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PrefServer> m_server;
    QString m_token;
};

void TestPrefctl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Json preferences = Json::array();
    for (const Seed &seed : Seeds) {
        preferences.push_back(Json {{"id", seed.id}, {"user_id", 2}, {"key", seed.key},
            {"value", Json::parse(seed.value)}, {"created_at", "2024-03-01T10:00:00.000Z"},
            {"last_updated_at", "2024-03-02T11:30:00.000Z"}});
    }
    const Json users = Json::array({Json {{"id", 2}, {"username", "alice"},
        {"real_name", "Alice Bianchi"}, {"email", "alice@example.org"}, {"role", nullptr}}});
    const QString fileName = m_dir->filePath(QStringLiteral("data.json"));
    QVERIFY(writeServerData(fileName, users, preferences));

    ServerOptions options;
    options.enableTestControl = true;
    options.dataFile = fileName;
    options.pageSize = 4; // several pages for six preferences
    options.maxPageSize = 4;
    m_server = startTestServer(options);
    QVERIFY(m_server);
    m_token = m_server->issueAccessToken(QStringLiteral("alice"));
    QVERIFY(!m_token.isEmpty());
}

void TestPrefctl::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

Result TestPrefctl::run(
    const QStringList &arguments, const QByteArray &input, std::optional<QString> token)
{
    // Each test its own journal.
    return runPrefctl(QStringLiteral(PREFCTL_PATH), arguments, token.value_or(m_token), input,
        m_dir->filePath(QStringLiteral("data-home")));
}

QList<RecordedRequest> TestPrefctl::apiRequests() const
{
    QList<RecordedRequest> result;
    for (const RecordedRequest &request : m_server->requestLog()) {
        if (request.path.startsWith(QLatin1String("/api/")))
            result.append(request);
    }
    return result;
}

QStringList TestPrefctl::requestLines() const
{
    QStringList lines;
    for (const RecordedRequest &request : apiRequests())
        lines.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path);
    return lines;
}

HttpResult TestPrefctl::otherClient(
    const QByteArray &method, const QString &path, const QByteArray &body)
{
    ServerTestClient client(m_server->baseUrl());
    client.setToken(m_token);
    const HttpResult result = client.send(method, client.url(path), body,
        body.isEmpty() ? QByteArray() : QByteArray("application/json"));
    m_server->clearRequestLog();
    return result;
}

QByteArray TestPrefctl::storedObject(qint64 id)
{
    const HttpResult result = otherClient("GET", preferencePath(id));
    return result.status == 200 ? result.body : QByteArray::number(result.status);
}

QList<JsonValue> TestPrefctl::history(const QStringList &options)
{
    const Result result =
        run(server() + QStringList {QStringLiteral("history"), QStringLiteral("--json")} + options);
    const std::optional<JsonValue> entries = JsonValue::parse(result.out);
    [&] {
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(entries && entries->isArray(), result.out.constData());
    }();
    return entries ? entries->elements() : QList<JsonValue>();
}

void TestPrefctl::listJsonKeepsValuesExactly()
{
    const Result result = run(server() +
        QStringList {QStringLiteral("--user"), QStringLiteral("me"), QStringLiteral("--json"),
            QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY(result.out.endsWith("]\n"));

    // Byte for byte: the API's objects, in the API's order, values as stored.
    QByteArray expected = "[";
    for (const Seed &seed : Seeds) {
        if (expected.size() > 1)
            expected += ',';
        expected += "{\"id\":" + QByteArray::number(seed.id) + ",\"user_id\":2,\"key\":\"" +
            seed.key + "\",\"value\":" + seed.value +
            ",\"created_at\":\"2024-03-01T10:00:00.000Z\","
            "\"last_updated_at\":\"2024-03-02T11:30:00.000Z\"}";
    }
    expected += "]\n";
    QCOMPARE(result.out, expected);

    // Two pages of four (the server's maximum), fetched by limit and offset.
    const QList<RecordedRequest> requests = apiRequests();
    QCOMPARE(requests.size(), 2);
    for (const RecordedRequest &request : requests) {
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, PreferencesPath);
        QCOMPARE(header(request, "Authorization"), QByteArray("[redacted]"));
    }
}

void TestPrefctl::listTable()
{
    const Result result = run(server() + QStringList {QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.size(), 1 + 6 + 1); // header, rows, final empty piece
    QVERIFY(lines.at(0).startsWith("ID  KEY"));
    const qsizetype valueColumn = lines.at(0).indexOf("VALUE");
    const qsizetype typeColumn = lines.at(0).indexOf("TYPE");
    QVERIFY(valueColumn > 0 && typeColumn > 0);
    QVERIFY(lines.at(1).startsWith(" 1  editor.theme  "));
    QCOMPARE(lines.at(1).mid(typeColumn, 6), QByteArray("string"));
    QCOMPARE(lines.at(1).mid(valueColumn), QByteArray("\"dark\""));
    QVERIFY(lines.at(2).contains(
        "{\"size\":12,\"family\":\"Noto Sans\",\"features\":[\"liga\",\"calt\"]}"));
    // Not a terminal: values cut at 60 characters.
    const QString longValue = QString::fromUtf8(lines.at(6)).mid(valueColumn);
    QCOMPARE(longValue.size(), 60);
    QVERIFY(longValue.endsWith(QChar(0x2026)));
    // Control characters never break a line.
    QVERIFY(lines.at(4).contains("\\n"));
}

void TestPrefctl::listByKey()
{
    const Result result = run(server() +
        QStringList {QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--key"),
            QStringLiteral("counters")});
    QCOMPARE(result.exitCode, 0);
    const std::optional<JsonValue> list = JsonValue::parse(result.out);
    QVERIFY(list && list->isArray());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->at(0).value(QStringLiteral("key")).toString(), QStringLiteral("counters"));
    const QList<RecordedRequest> requests = apiRequests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.first().query.contains(QLatin1String("key=counters")));
}

void TestPrefctl::getJson()
{
    const Result result = run(server() +
        QStringList {QStringLiteral("--json"), QStringLiteral("get"), QStringLiteral("3")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
        QByteArray("{\"id\":3,\"user_id\":2,\"key\":\"counters\",\"value\":") + Seeds[2].value +
            ",\"created_at\":\"2024-03-01T10:00:00.000Z\","
            "\"last_updated_at\":\"2024-03-02T11:30:00.000Z\"}\n");
    const QList<RecordedRequest> requests = apiRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("GET"));
    QCOMPARE(requests.first().path, PreferencesPath + QStringLiteral("3/"));

    // People get the whole value, pretty.
    const Result human = run(server() + QStringList {QStringLiteral("get"), QStringLiteral("2")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.contains("editor.font"));
    QVERIFY(human.out.contains("\"family\": \"Noto Sans\""));
}

void TestPrefctl::createSendsKeyAndValue()
{
    const Result result = run(server() +
        QStringList {QStringLiteral("--user"), QStringLiteral("2"), QStringLiteral("--json"),
            QStringLiteral("create"), QStringLiteral("new.key"),
            QStringLiteral("{\"b\": [1, 18446744073709551615], \"a\": \"é\"}")});
    QCOMPARE(result.exitCode, 0);
    // The key is looked up first: a key in use is a conflict, not a 400.
    // User 2 is alice herself: no second user lookup.
    const QString path = QStringLiteral("/api/v2/user/2/preference/");
    QCOMPARE(requestLines(), QStringList({WhoAmI, line("GET", path), line("POST", path)}));
    const QList<RecordedRequest> requests = apiRequests();
    QCOMPARE(requests.at(1).query, QStringLiteral("key=new.key"));
    QCOMPARE(requests.last().body,
        QByteArray("{\"key\":\"new.key\",\"value\":{\"b\":[1,18446744073709551615],\"a\":\"é\"}}"));
    QVERIFY(header(requests.last(), "Content-Type").startsWith("application/json"));
    const std::optional<JsonValue> created = JsonValue::parse(result.out);
    QVERIFY(created);
    QCOMPARE(created->value(QStringLiteral("key")).toString(), QStringLiteral("new.key"));
    QCOMPARE(created->value(QStringLiteral("value")).toJson(),
        QByteArray("{\"b\":[1,18446744073709551615],\"a\":\"é\"}"));
}

void TestPrefctl::createReadsValueFromStdin()
{
    const Result result = run(server() +
            QStringList {
                QStringLiteral("create"), QStringLiteral("from.stdin"), QStringLiteral("-")},
        "{\n  \"lines\": [\n    -5\n  ]\n}\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(requestLines(),
        QStringList({WhoAmI, line("GET", PreferencesPath), line("POST", PreferencesPath)}));
    QCOMPARE(apiRequests().last().body,
        QByteArray("{\"key\":\"from.stdin\",\"value\":{\"lines\":[-5]}}"));

    // A negative number is a value, not an option.
    m_server->clearRequestLog();
    const Result negative = run(server() +
        QStringList {QStringLiteral("create"), QStringLiteral("neg"), QStringLiteral("-42")});
    QCOMPARE(negative.exitCode, 0);
    QCOMPARE(apiRequests().last().body, QByteArray("{\"key\":\"neg\",\"value\":-42}"));
}

void TestPrefctl::setValueSendsOnlyValue()
{
    const Result result = run(server() +
        QStringList {QStringLiteral("--json"), QStringLiteral("set"), QStringLiteral("2"),
            QStringLiteral("--value"),
            QStringLiteral("{\"size\": 14, \"family\": \"Noto Sans\"}")});
    QCOMPARE(result.exitCode, 0);
    // Read first, even without a condition: the journal records what was replaced.
    QCOMPARE(requestLines(),
        QStringList({WhoAmI, line("GET", preferencePath(2)), line("PATCH", preferencePath(2))}));
    const RecordedRequest patch = apiRequests().last();
    QCOMPARE(patch.body, QByteArray("{\"value\":{\"size\":14,\"family\":\"Noto Sans\"}}"));
    QCOMPARE(header(patch, "Content-Type"), QByteArray("application/json"));
    QVERIFY(result.out.contains(
        "\"key\":\"editor.font\",\"value\":{\"size\":14,\"family\":\"Noto Sans\"}"));
}

void TestPrefctl::setKeySendsOnlyKey()
{
    Result result = run(server() +
        QStringList {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--key"),
            QStringLiteral("ui.theme")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(apiRequests().last().body, QByteArray("{\"key\":\"ui.theme\"}"));

    result = run(server() +
        QStringList {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--key"),
            QStringLiteral("ui.colors"), QStringLiteral("--value"), QStringLiteral("\"light\"")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(apiRequests().last().body, QByteArray("{\"key\":\"ui.colors\",\"value\":\"light\"}"));
}

void TestPrefctl::deleteSendsDelete()
{
    Result result = run(server() + QStringList {QStringLiteral("delete"), QStringLiteral("4")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(requestLines(),
        QStringList({WhoAmI, line("GET", preferencePath(4)), line("DELETE", preferencePath(4))}));

    result = run(server() + QStringList {QStringLiteral("get"), QStringLiteral("4")});
    QCOMPARE(result.exitCode, 1); // 404 now
    QVERIFY(!result.err.isEmpty());
}

void TestPrefctl::whoami()
{
    const Result result =
        run(server() + QStringList {QStringLiteral("--json"), QStringLiteral("whoami")});
    QCOMPARE(result.exitCode, 0);
    const std::optional<JsonValue> user = JsonValue::parse(result.out);
    QVERIFY(user && user->isObject());
    QCOMPARE(user->value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    QCOMPARE(apiRequests().first().path, QStringLiteral("/api/v2/user/me/"));

    const Result human = run(server() + QStringList {QStringLiteral("whoami")});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(human.out.startsWith("alice"));
}

void TestPrefctl::invalidValueSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("position");

    QTest::newRow("create") << QStringList {QStringLiteral("create"), QStringLiteral("k"),
                                   QStringLiteral("{\"a\": 1,}")}
                            << QByteArray() << QByteArray("line 1, column 9");
    QTest::newRow("bare word") << QStringList {QStringLiteral("create"), QStringLiteral("k"),
                                      QStringLiteral("dark")}
                               << QByteArray() << QByteArray("line 1, column 1");
    QTest::newRow("duplicate key")
        << QStringList {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--value"),
               QStringLiteral("{\"a\": 1, \"a\": 2}")}
        << QByteArray() << QByteArray("line 1, column ");
    QTest::newRow("stdin") << QStringList {QStringLiteral("create"), QStringLiteral("k"),
                                  QStringLiteral("-")}
                           << QByteArray("[1,\n 2,\n oops]") << QByteArray("line 3, column ");
    QTest::newRow("empty key") << QStringList {QStringLiteral("create"), QString(),
                                      QStringLiteral("1")}
                               << QByteArray() << QByteArray("key");
    // The conditions are input too: refused before anything is sent.
    QTest::newRow("if-value") << QStringList {QStringLiteral("set"), QStringLiteral("1"),
                                     QStringLiteral("--value"), QStringLiteral("1"),
                                     QStringLiteral("--if-value"), QStringLiteral("{\"a\": 1,}")}
                              << QByteArray()
                              << QByteArray("--if-value is not valid JSON: line 1, column 9");
    QTest::newRow("if-value bare word")
        << QStringList {QStringLiteral("delete"), QStringLiteral("1"), QStringLiteral("--if-value"),
               QStringLiteral("dark")}
        << QByteArray() << QByteArray("--if-value is not valid JSON: line 1, column 1");
    QTest::newRow("if-value stdin")
        << QStringList {QStringLiteral("delete"), QStringLiteral("1"), QStringLiteral("--if-value"),
               QStringLiteral("-")}
        << QByteArray("{\n\"a\": oops}") << QByteArray("--if-value is not valid JSON: line 2, ");
    QTest::newRow("if-updated-at")
        << QStringList {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--value"),
               QStringLiteral("1"), QStringLiteral("--if-updated-at"), QStringLiteral("yesterday")}
        << QByteArray() << QByteArray("--if-updated-at needs an ISO 8601 timestamp");
    QTest::newRow("if-updated-at date only")
        << QStringList {QStringLiteral("delete"), QStringLiteral("1"),
               QStringLiteral("--if-updated-at"), QStringLiteral("2024-03-02")}
        << QByteArray() << QByteArray("\"2024-03-02\"");
    QTest::newRow("if-updated-at bad time")
        << QStringList {QStringLiteral("delete"), QStringLiteral("1"),
               QStringLiteral("--if-updated-at"), QStringLiteral("2024-03-02T25:00:00Z")}
        << QByteArray() << QByteArray("\"2024-03-02T25:00:00Z\"");
}

void TestPrefctl::invalidValueSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, position);
    const Result result = run(server() + arguments, input.isEmpty() ? QByteArray() : input);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(position), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestPrefctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString url = QStringLiteral("http://127.0.0.1:1");
    QTest::newRow("no command") << QStringList {QStringLiteral("--server"), url};
    QTest::newRow("unknown command")
        << QStringList {QStringLiteral("--server"), url, QStringLiteral("frobnicate")};
    QTest::newRow("no server") << QStringList {QStringLiteral("list")};
    QTest::newRow("bad server") << QStringList {
        QStringLiteral("--server"), QStringLiteral("ftp://x"), QStringLiteral("list")};
    QTest::newRow("id not a number") << QStringList {
        QStringLiteral("--server"), url, QStringLiteral("get"), QStringLiteral("abc")};
    QTest::newRow("missing value") << QStringList {
        QStringLiteral("--server"), url, QStringLiteral("create"), QStringLiteral("k")};
    QTest::newRow("set with nothing") << QStringList {
        QStringLiteral("--server"), url, QStringLiteral("set"), QStringLiteral("1")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--server"), url,
        QStringLiteral("--token"), QStringLiteral("t"), QStringLiteral("list")};
    QTest::newRow("bad user") << QStringList {QStringLiteral("--server"), url,
        QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("list")};
    QTest::newRow("if-value on get")
        << QStringList {QStringLiteral("--server"), url, QStringLiteral("get"), QStringLiteral("1"),
               QStringLiteral("--if-value"), QStringLiteral("1")};
    QTest::newRow("if-updated-at on create") << QStringList {QStringLiteral("--server"), url,
        QStringLiteral("create"), QStringLiteral("k"), QStringLiteral("1"),
        QStringLiteral("--if-updated-at"), QStringLiteral("2024-03-02T11:30:00.000Z")};
    QTest::newRow("if-value without JSON") << QStringList {QStringLiteral("--server"), url,
        QStringLiteral("delete"), QStringLiteral("1"), QStringLiteral("--if-value")};
    QTest::newRow("stdin twice") << QStringList {QStringLiteral("--server"), url,
        QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--value"), QStringLiteral("-"),
        QStringLiteral("--if-value"), QStringLiteral("-")};
    QTest::newRow("history limit 0") << QStringList {QStringLiteral("--server"), url,
        QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("0")};
    QTest::newRow("history user me") << QStringList {QStringLiteral("--server"), url,
        QStringLiteral("history"), QStringLiteral("--user"), QStringLiteral("me")};
    QTest::newRow("limit on list") << QStringList {QStringLiteral("--server"), url,
        QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")};
    QTest::newRow("undo without entry")
        << QStringList {QStringLiteral("--server"), url, QStringLiteral("undo")};
    QTest::newRow("undo with user") << QStringList {QStringLiteral("--server"), url,
        QStringLiteral("--user"), QStringLiteral("2"), QStringLiteral("undo"), QStringLiteral("x")};
}

void TestPrefctl::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("Usage:"));
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestPrefctl::apiErrorExitsOne()
{
    Fault fault;
    fault.path = PreferencesPath + QStringLiteral("1/");
    fault.method = "PATCH";
    fault.status = 400;
    fault.kind = Fault::Kind::Status;
    m_server->addFault(fault);
    Result result = run(server() +
        QStringList {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--value"),
            QStringLiteral("1")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.startsWith("prefctl: "));

    // 404, and 500 with an HTML body.
    result = run(server() + QStringList {QStringLiteral("get"), QStringLiteral("999")});
    QCOMPARE(result.exitCode, 1);
    fault.path = PreferencesPath;
    fault.method = "GET";
    fault.kind = Fault::Kind::Html;
    fault.status = 500;
    m_server->addFault(fault);
    result = run(server() + QStringList {QStringLiteral("list")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.err.contains("<html"));
}

void TestPrefctl::networkErrorExitsFour()
{
    // A port nobody listens on.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    Result result = run({QStringLiteral("--server"),
        QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 4);

    // A dropped connection.
    Fault fault;
    fault.path = QStringLiteral("/api/v2/user/me/");
    fault.kind = Fault::Kind::Drop;
    fault.count = 10; // Qt resends a GET once on a closed connection
    m_server->addFault(fault);
    result = run(server() + QStringList {QStringLiteral("whoami")});
    QCOMPARE(result.exitCode, 4);
}

void TestPrefctl::missingOrRefusedTokenExitsFive()
{
    Result result = run(server() + QStringList {QStringLiteral("list")}, {}, QString());
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.err.contains("PREFCTL_TOKEN"));
    QVERIFY(m_server->requestLog().isEmpty());

    result =
        run(server() + QStringList {QStringLiteral("list")}, {}, QStringLiteral("not-a-token"));
    QCOMPARE(result.exitCode, 5);
}

// Issue 12: a token with CR/LF would have added headers of its own.
void TestPrefctl::controlCharactersInTokenRefused()
{
    const Result result = run(server() + QStringList {QStringLiteral("list")}, {},
        m_token + QStringLiteral("\r\nX-Injected: 1"));
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("PREFCTL_TOKEN"), result.err.constData());
    QVERIFY(m_server->requestLog().isEmpty());
}

// Issue 12: Ctrl-C at the password prompt left the terminal without echo.
// prefctl runs with a pseudo-terminal as its standard input.
void TestPrefctl::ctrlCAtPasswordPromptRestoresEcho()
{
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
        QSKIP("no pseudo-terminal available");
    const auto closeMaster = qScopeGuard([master] { ::close(master); });
    const int terminal = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
    QVERIFY(terminal >= 0);
    const auto closeTerminal = qScopeGuard([terminal] { ::close(terminal); });
    termios before = {};
    QVERIFY(::tcgetattr(terminal, &before) == 0);
    QVERIFY(before.c_lflag & ECHO);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PREFCTL_TOKEN"));
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([terminal] { ::dup2(terminal, STDIN_FILENO); });
    process.start(QStringLiteral(PREFCTL_PATH),
        server() +
            QStringList {
                QStringLiteral("login"), QStringLiteral("--username"), QStringLiteral("alice")});
    QVERIFY(process.waitForStarted(10000));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += process.readAllStandardError()).contains("Password for alice: "), 20000);
    // The prompt hides what is typed...
    termios during = {};
    QTRY_VERIFY_WITH_TIMEOUT(::tcgetattr(terminal, &during) == 0 && !(during.c_lflag & ECHO), 5000);

    // ...and Ctrl-C (SIGINT) ends prefctl with the echo back on.
    QVERIFY(::kill(pid_t(process.processId()), SIGINT) == 0);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    termios after = {};
    QVERIFY(::tcgetattr(terminal, &after) == 0);
    QVERIFY2(after.c_lflag & ECHO, "the terminal was left without echo");
    QVERIFY(apiRequests().isEmpty());
}

// Issue 12: PREFCTL_TOKEN went over plain http to any host for every
// command but login. Now every command checks the URL like login does.
void TestPrefctl::plainHttpTokenNeverSentToAnotherHost_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("list") << QStringList {QStringLiteral("list")};
    QTest::newRow("get") << QStringList {QStringLiteral("get"), QStringLiteral("1")};
    QTest::newRow("whoami") << QStringList {QStringLiteral("whoami")};
    QTest::newRow("delete") << QStringList {QStringLiteral("delete"), QStringLiteral("1")};
}

void TestPrefctl::plainHttpTokenNeverSentToAnotherHost()
{
    QFETCH(QStringList, command);
    Result result = run(
        QStringList {QStringLiteral("--server"), QStringLiteral("http://example.org")} + command);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("http://example.org") && result.err.contains("https://"),
        result.err.constData());
    QVERIFY(result.out.isEmpty());
}

// --- Conditional writes -------------------------------------------------------

void TestPrefctl::setIfValueChangedMeanwhileConflicts()
{
    // Another client adds a member to "counters" after the script read it.
    const QByteArray theirs = "{\"z\":18446744073709551615,\"a\":-9223372036854775808,"
                              "\"m\":9007199254740993,\"push\":true}";
    QCOMPARE(otherClient("PATCH", preferencePath(3), "{\"value\":" + theirs + '}').status, 200);

    const Result result = run(server() +
        QStringList {QStringLiteral("set"), QStringLiteral("3"), QStringLiteral("--value"),
            QStringLiteral("{\"z\":0}"), QStringLiteral("--if-value"),
            QString::fromUtf8(Seeds[2].value)});
    QCOMPARE(result.exitCode, 6);
    QVERIFY(result.out.isEmpty());
    // One line saying what differed, then the current value, exactly.
    const QList<QByteArray> lines = result.err.split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith("prefctl: Preference 3 has changed: its value"),
        lines.at(0).constData());
    QCOMPARE(lines.at(1), theirs);
    QCOMPARE(lines.at(2), QByteArray());
    // A read, and no write.
    QCOMPARE(requestLines(), QStringList({WhoAmI, line("GET", preferencePath(3))}));
    QVERIFY(storedObject(3).contains("\"value\":" + theirs + ','));
}

void TestPrefctl::setIfValueMatchingWrites()
{
    // By meaning: another member order, other white space, 12.0 for 12.
    const Result result = run(server() +
        QStringList {QStringLiteral("--json"), QStringLiteral("set"), QStringLiteral("2"),
            QStringLiteral("--value"), QStringLiteral("{\"size\": 14}"),
            QStringLiteral("--if-value"),
            QStringLiteral("{ \"features\": [\"liga\", \"calt\"], \"family\": \"Noto Sans\", "
                           "\"size\": 12.0 }")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(requestLines(),
        QStringList({WhoAmI, line("GET", preferencePath(2)), line("PATCH", preferencePath(2))}));
    QCOMPARE(apiRequests().last().body, QByteArray("{\"value\":{\"size\":14}}"));
    QVERIFY(result.out.contains("\"key\":\"editor.font\",\"value\":{\"size\":14}"));
}

void TestPrefctl::setIfUpdatedAtChangedMeanwhileConflicts()
{
    QCOMPARE(otherClient("PATCH", preferencePath(1), "{\"value\":\"light\"}").status, 200);

    const Result result = run(server() +
        QStringList {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--value"),
            QStringLiteral("\"blue\""), QStringLiteral("--if-updated-at"),
            QStringLiteral("2024-03-02T11:30:00.000Z")});
    QCOMPARE(result.exitCode, 6);
    const QList<QByteArray> lines = result.err.split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith("prefctl: Preference 1 has changed: it was last updated at "),
        lines.at(0).constData());
    QVERIFY(lines.at(0).contains(", not 2024-03-02T11:30:00.000Z;"));
    QCOMPARE(lines.at(1), QByteArray("\"light\""));
    QCOMPARE(requestLines(), QStringList({WhoAmI, line("GET", preferencePath(1))}));
    QVERIFY(storedObject(1).contains("\"value\":\"light\","));
}

void TestPrefctl::setIfUpdatedAtMatchingWrites()
{
    // The API's own form, and the same instant written otherwise.
    Result result = run(server() +
        QStringList {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--value"),
            QStringLiteral("\"blue\""), QStringLiteral("--if-updated-at"),
            QStringLiteral("2024-03-02T11:30:00.000Z")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(requestLines(),
        QStringList({WhoAmI, line("GET", preferencePath(1)), line("PATCH", preferencePath(1))}));
    QCOMPARE(apiRequests().last().body, QByteArray("{\"value\":\"blue\"}"));

    m_server->clearRequestLog();
    result = run(server() +
        QStringList {QStringLiteral("set"), QStringLiteral("2"), QStringLiteral("--key"),
            QStringLiteral("ui.font"),
            QStringLiteral("--if-updated-at=2024-03-02T12:30:00+01:00")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(requestLines(),
        QStringList({WhoAmI, line("GET", preferencePath(2)), line("PATCH", preferencePath(2))}));
    QCOMPARE(apiRequests().last().body, QByteArray("{\"key\":\"ui.font\"}"));
}

void TestPrefctl::setIfValueDeletedMeanwhileConflicts()
{
    QCOMPARE(otherClient("DELETE", preferencePath(1)).status, 204);

    const Result result = run(server() +
        QStringList {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--value"),
            QStringLiteral("\"blue\""), QStringLiteral("--if-value"), QStringLiteral("\"dark\"")});
    QCOMPARE(result.exitCode, 6);
    QCOMPARE(
        result.err, QByteArray("prefctl: Preference 1 no longer exists; nothing was written.\n"));
    QCOMPARE(requestLines(), QStringList({WhoAmI, line("GET", preferencePath(1))}));
}

void TestPrefctl::deleteIfValueMismatchConflicts()
{
    const Result result = run(server() +
        QStringList {QStringLiteral("delete"), QStringLiteral("1"), QStringLiteral("--if-value"),
            QStringLiteral("\"light\"")});
    QCOMPARE(result.exitCode, 6);
    QVERIFY(result.out.isEmpty());
    const QList<QByteArray> lines = result.err.split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("prefctl: Preference 1 has changed: its value"));
    QCOMPARE(lines.at(1), QByteArray("\"dark\""));
    QCOMPARE(requestLines(), QStringList({WhoAmI, line("GET", preferencePath(1))}));
    QVERIFY(storedObject(1).contains("\"value\":\"dark\","));
}

void TestPrefctl::deleteIfValueMatchingDeletes()
{
    // --if-value - reads the JSON from stdin when VALUE does not.
    Result result = run(server() +
            QStringList {QStringLiteral("delete"), QStringLiteral("4"),
                QStringLiteral("--if-value"), QStringLiteral("-")},
        QByteArray(Seeds[3].value) + '\n');
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(result.out, QByteArray("Deleted preference 4.\n"));
    QCOMPARE(requestLines(),
        QStringList({WhoAmI, line("GET", preferencePath(4)), line("DELETE", preferencePath(4))}));

    m_server->clearRequestLog();
    result = run(server() +
        QStringList {QStringLiteral("delete"), QStringLiteral("1"), QStringLiteral("--if-value"),
            QStringLiteral("\"dark\""), QStringLiteral("--if-updated-at"),
            QStringLiteral("2024-03-02T11:30:00Z")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(requestLines(),
        QStringList({WhoAmI, line("GET", preferencePath(1)), line("DELETE", preferencePath(1))}));
    QCOMPARE(storedObject(1), QByteArray("404"));
}

void TestPrefctl::createExistingKeyConflicts()
{
    const Result result = run(server() +
        QStringList {QStringLiteral("create"), QStringLiteral("editor.font"),
            QStringLiteral("{\"size\": 9}")});
    QCOMPARE(result.exitCode, 6);
    QVERIFY(result.out.isEmpty());
    const QList<QByteArray> lines = result.err.split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).contains("\"editor.font\" is already in use by preference 2"),
        lines.at(0).constData());
    QCOMPARE(lines.at(1), QByteArray(Seeds[1].value));
    // The key was looked up; nothing was posted.
    QCOMPARE(requestLines(), QStringList({WhoAmI, line("GET", PreferencesPath)}));
    QCOMPARE(apiRequests().last().query, QStringLiteral("key=editor.font"));
}

void TestPrefctl::lostAnswerIsVerified()
{
    // The server stores the PATCH, then drops the connection unanswered
    // (twice: Qt may re-send once on its own).
    Fault fault;
    fault.path = preferencePath(1);
    fault.method = "PATCH";
    fault.kind = Fault::Kind::Drop;
    fault.applyFirst = true;
    fault.count = 2;
    m_server->addFault(fault);

    const Result result = run(server() +
        QStringList {QStringLiteral("--json"), QStringLiteral("set"), QStringLiteral("1"),
            QStringLiteral("--value"), QStringLiteral("\"blue\"")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err,
        QByteArray("prefctl: the answer was lost; the change was verified on the server.\n"));
    QVERIFY(result.out.contains("\"key\":\"editor.theme\",\"value\":\"blue\","));
    // The write, then a read to find out; never a guess.
    const QStringList lines = requestLines();
    const QString patch = line("PATCH", preferencePath(1));
    const QString get = line("GET", preferencePath(1));
    QVERIFY2(lines == QStringList({WhoAmI, get, patch, get}) ||
            lines == QStringList({WhoAmI, get, patch, patch, get}),
        qPrintable(lines.join(QStringLiteral(", "))));
}

// --- Exact numbers --------------------------------------------------------------

void TestPrefctl::getJsonKeepsExactNumbers()
{
    const HttpResult created =
        otherClient("POST", PreferencesPath, "{\"key\":\"exact\",\"value\":" + ExactNumbers + '}');
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value("id", qint64(0));
    QVERIFY(id > 0);
    // The server alone must change nothing.
    QVERIFY2(created.body.contains("\"value\":" + ExactNumbers + ','), created.body.constData());

    const Result result = run(server() +
        QStringList {QStringLiteral("--json"), QStringLiteral("get"), QString::number(id)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(
        result.out.contains("\"key\":\"exact\",\"value\":" + ExactNumbers + ",\"created_at\":"),
        result.out.constData());
}

void TestPrefctl::setKeepsExactNumbersOfUntouchedMembers()
{
    const auto withLabel = [](const char *label) {
        QByteArray object = ExactNumbers;
        object.chop(1);
        return object + ",\"label\":\"" + label + "\"}";
    };
    const HttpResult created = otherClient(
        "POST", PreferencesPath, "{\"key\":\"exact\",\"value\":" + withLabel("old") + '}');
    QCOMPARE(created.status, 201);
    const qint64 id = created.json().value("id", qint64(0));
    QVERIFY(id > 0);

    // An unrelated member changed; the numbers go out and are stored as written.
    Result result = run(server() +
        QStringList {QStringLiteral("--json"), QStringLiteral("set"), QString::number(id),
            QStringLiteral("--value"), QString::fromUtf8(withLabel("new"))});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(requestLines(),
        QStringList({WhoAmI, line("GET", preferencePath(id)), line("PATCH", preferencePath(id))}));
    QCOMPARE(apiRequests().last().body, "{\"value\":" + withLabel("new") + '}');
    QVERIFY2(result.out.contains("\"value\":" + withLabel("new") + ','), result.out.constData());
    QVERIFY(storedObject(id).contains("\"value\":" + withLabel("new") + ','));

    // The same through the conditional path, which compares with the
    // server's value before it writes.
    result = run(server() +
        QStringList {QStringLiteral("--json"), QStringLiteral("set"), QString::number(id),
            QStringLiteral("--value"), QString::fromUtf8(withLabel("newer")),
            QStringLiteral("--if-value"), QString::fromUtf8(withLabel("new"))});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(requestLines(),
        QStringList({WhoAmI, line("GET", preferencePath(id)), line("PATCH", preferencePath(id))}));
    QCOMPARE(apiRequests().last().body, "{\"value\":" + withLabel("newer") + '}');
    QVERIFY(storedObject(id).contains("\"value\":" + withLabel("newer") + ','));
}

// --- The journal: history and undo -------------------------------------------

void TestPrefctl::historyListsWriteWithBeforeAndAfter()
{
    Result result = run(server() +
        QStringList {QStringLiteral("set"), QStringLiteral("3"), QStringLiteral("--value"),
            QStringLiteral("{\"z\": 1.10}")});
    QCOMPARE(result.exitCode, 0);
    m_server->clearRequestLog();

    const QList<JsonValue> entries = history();
    QCOMPARE(entries.size(), 1);
    const JsonValue entry = entries.first();
    QCOMPARE(entry.value(u"operation"_qs).toString(), u"patch"_qs);
    QCOMPARE(entry.value(u"outcome"_qs).toString(), u"applied"_qs);
    QCOMPARE(entry.value(u"preference_id"_qs).toInteger(), 3);
    QCOMPARE(entry.value(u"actor"_qs).toJson(), QByteArray("{\"id\":2,\"username\":\"alice\"}"));
    QCOMPARE(entry.value(u"user"_qs).toJson(), QByteArray("{\"id\":2,\"username\":\"alice\"}"));
    QCOMPARE(entry.value(u"key_before"_qs).toString(), u"counters"_qs);
    QCOMPARE(entry.value(u"key_after"_qs).toString(), u"counters"_qs);
    // Byte for byte, as the server held them.
    QCOMPARE(entry.value(u"value_before"_qs).toJson(), QByteArray(Seeds[2].value));
    QCOMPARE(entry.value(u"value_after"_qs).toJson(), QByteArray("{\"z\":1.10}"));
    QVERIFY(entry.value(u"id"_qs).toString().size() >= 32);
    // The local journal only: nothing was asked of the server.
    QVERIFY(m_server->requestLog().isEmpty());

    // For people; no token needed.
    result = run(server() + QStringList {QStringLiteral("history")}, {}, QString());
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.size(), 3); // header, one entry, and the final newline
    QVERIFY(lines.at(0).startsWith("TIME"));
    for (const char *text : {"alice", "counters", "set", "applied",
             "{\"z\":18446744073709551615,\"a\":-9223372036854775808,"}) {
        QVERIFY2(lines.at(1).contains(text), lines.at(1).constData());
    }
    QVERIFY(lines.at(1).contains(entry.value(u"id"_qs).toString().toUtf8()));
}

void TestPrefctl::historyFilters()
{
    QCOMPARE(exitCodeOf({QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--value"),
                 QStringLiteral("\"blue\"")}),
        0);
    QCOMPARE(
        exitCodeOf({QStringLiteral("create"), QStringLiteral("new.key"), QStringLiteral("[1]")}),
        0);
    QCOMPARE(exitCodeOf({QStringLiteral("delete"), QStringLiteral("4")}), 0);

    QList<JsonValue> entries = history();
    QCOMPARE(entries.size(), 3);
    // Newest first.
    QCOMPARE(entries.at(0).value(u"operation"_qs).toString(), u"delete"_qs);
    QCOMPARE(entries.at(0).value(u"value_before"_qs).toJson(), QByteArray(Seeds[3].value));
    QVERIFY(!entries.at(0).contains(u"value_after"_qs));
    QCOMPARE(entries.at(1).value(u"operation"_qs).toString(), u"create"_qs);
    QVERIFY(!entries.at(1).contains(u"value_before"_qs));
    QCOMPARE(entries.at(1).value(u"value_after"_qs).toJson(), QByteArray("[1]"));
    QCOMPARE(entries.at(2).value(u"operation"_qs).toString(), u"patch"_qs);

    QCOMPARE(history({QStringLiteral("--limit"), QStringLiteral("2")}).size(), 2);
    entries = history({QStringLiteral("--key"), QStringLiteral("editor.theme")});
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().value(u"value_after"_qs).toJson(), QByteArray("\"blue\""));
    const Result table = run(server() +
        QStringList {
            QStringLiteral("history"), QStringLiteral("--key"), QStringLiteral("editor.theme")});
    QVERIFY2(table.out.contains("\"dark\" → \"blue\"\n"), table.out.constData());
    QCOMPARE(history({QStringLiteral("--user"), QStringLiteral("2")}).size(), 3);
    QCOMPARE(history({QStringLiteral("--user"), QStringLiteral("3")}).size(), 0);
}

void TestPrefctl::undoRestoresOldValue()
{
    // Key and value change; the undo puts both back.
    QCOMPARE(
        exitCodeOf({QStringLiteral("set"), QStringLiteral("3"), QStringLiteral("--key"),
            QStringLiteral("totals"), QStringLiteral("--value"), QStringLiteral("{\"z\": 0}")}),
        0);
    const QString id = history().first().value(u"id"_qs).toString();
    m_server->clearRequestLog();

    const Result result =
        run(server() + QStringList {QStringLiteral("--json"), QStringLiteral("undo"), id});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    // Checked against what the set left, then patched back, numbers exact.
    const QString path = QStringLiteral("/api/v2/user/2/preference/3/");
    QCOMPARE(requestLines(), QStringList({WhoAmI, line("GET", path), line("PATCH", path)}));
    QCOMPARE(apiRequests().last().body,
        "{\"key\":\"counters\",\"value\":" + QByteArray(Seeds[2].value) + '}');
    QVERIFY(storedObject(3).contains(
        "\"key\":\"counters\",\"value\":" + QByteArray(Seeds[2].value) + ','));

    // The undo is journaled too, naming what it undid.
    const QList<JsonValue> entries = history();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().value(u"undoes"_qs).toString(), id);
    QCOMPARE(entries.first().value(u"outcome"_qs).toString(), u"applied"_qs);
    QCOMPARE(entries.first().value(u"value_after"_qs).toJson(), QByteArray(Seeds[2].value));
}

void TestPrefctl::undoDeleteAndCreate()
{
    // A delete is undone by creating it again (under a new id)...
    QCOMPARE(exitCodeOf({QStringLiteral("delete"), QStringLiteral("4")}), 0);
    m_server->clearRequestLog();
    Result result = run(server() +
        QStringList {QStringLiteral("--json"), QStringLiteral("undo"),
            history().first().value(u"id"_qs).toString()});
    QCOMPARE(result.exitCode, 0);
    const QString path = QStringLiteral("/api/v2/user/2/preference/");
    QCOMPARE(requestLines(), QStringList({WhoAmI, line("GET", path), line("POST", path)}));
    QCOMPARE(apiRequests().last().body,
        "{\"key\":\"greeting\",\"value\":" + QByteArray(Seeds[3].value) + '}');
    const std::optional<JsonValue> created = JsonValue::parse(result.out);
    QVERIFY(created);
    const qint64 id = created->value(u"id"_qs).toInteger();
    QVERIFY(id > 6);

    // ...and that create by deleting what it made, as long as it is as it was left.
    m_server->clearRequestLog();
    result = run(server() +
        QStringList {QStringLiteral("undo"), history().first().value(u"id"_qs).toString()});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("Deleted preference %1.\n").arg(id).toUtf8());
    const QString createdPath = path + QString::number(id) + QLatin1Char('/');
    QCOMPARE(requestLines(),
        QStringList({WhoAmI, line("GET", createdPath), line("DELETE", createdPath)}));
    QCOMPARE(storedObject(id), QByteArray("404"));
}

void TestPrefctl::undoAfterAnotherChangeConflicts()
{
    QCOMPARE(exitCodeOf({QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--value"),
                 QStringLiteral("\"blue\"")}),
        0);
    const QString id = history().first().value(u"id"_qs).toString();
    // Someone else changes it afterwards.
    QCOMPARE(otherClient("PATCH", preferencePath(1), "{\"value\":\"green\"}").status, 200);

    const Result result = run(server() + QStringList {QStringLiteral("undo"), id});
    QCOMPARE(result.exitCode, 6);
    QVERIFY(result.out.isEmpty());
    const QList<QByteArray> lines = result.err.split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith("prefctl: Preference 1 has changed since entry " + id.toUtf8()),
        lines.at(0).constData());
    QCOMPARE(lines.at(1), QByteArray("\"green\""));
    // The check, and no write.
    QCOMPARE(requestLines(),
        QStringList({WhoAmI, line("GET", QStringLiteral("/api/v2/user/2/preference/1/"))}));
    QVERIFY(storedObject(1).contains("\"value\":\"green\","));
    // The refused undo is in the journal as a conflict.
    const JsonValue refused = history().first();
    QCOMPARE(refused.value(u"undoes"_qs).toString(), id);
    QCOMPARE(refused.value(u"outcome"_qs).toString(), u"conflict"_qs);
    QCOMPARE(refused.value(u"value_before"_qs).toJson(), QByteArray("\"green\""));
}

void TestPrefctl::undoUnknownEntrySendsNothing()
{
    Result result =
        run(server() + QStringList {QStringLiteral("undo"), QStringLiteral("no-such-entry")});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.startsWith("prefctl: The journal of "), result.err.constData());
    QVERIFY(m_server->requestLog().isEmpty());

    // A write that was refused changed nothing: nothing to undo.
    result = run(server() +
        QStringList {QStringLiteral("create"), QStringLiteral("editor.font"), QStringLiteral("1")});
    QCOMPARE(result.exitCode, 6);
    m_server->clearRequestLog();
    result = run(server() +
        QStringList {QStringLiteral("undo"), history().first().value(u"id"_qs).toString()});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("nothing to undo"), result.err.constData());
    QVERIFY(m_server->requestLog().isEmpty());
}

QTEST_GUILESS_MAIN(TestPrefctl)
#include "tst_prefctl.moc"
