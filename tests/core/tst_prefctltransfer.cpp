// prefctl export, import, copy and diff end to end: the real binary against
// an in-process demo prefserver (support, id 1, is the admin; alice is 2,
// bob 3), whose request log shows every request prefctl sent. prefctl runs
// in the C locale: its messages are the untranslated source texts.

#include "JsonValue.h"
#include "PrefctlProcess.h"
#include "PreferenceFile.h"
#include "PreferencePage.h"
#include "ServerTestClient.h"
#include "TestServer.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

const QString Alice = QStringLiteral("2");
const QString Bob = QStringLiteral("3");

QString listPath(const QString &user)
{
    return u"/api/v2/user/%1/preference/"_qs.arg(user);
}

QString preferencePath(const QString &user, qint64 id)
{
    return listPath(user) + QString::number(id) + QLatin1Char('/');
}

// The lines of prefctl's output with the table's padding replaced by " | ".
QStringList cells(const QByteArray &out)
{
    static const QRegularExpression padding(QStringLiteral(" {2,}"));
    QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.replace(padding, QStringLiteral(" | "));
    return lines;
}

const Preference *find(const QList<Preference> &preferences, const QString &key)
{
    for (const Preference &preference : preferences) {
        if (preference.key == key)
            return &preference;
    }
    return nullptr;
}

} // namespace

class TestPrefctlTransfer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exportImportDiffRoundTrip();
    void dryRunWritesNothing();
    void badImportFileSendsNothing_data();
    void badImportFileSendsNothing();
    void copyKeys();
    void copyOfAMissingKeyWritesNothing();
    void changedMeanwhileExitsSix();
    void failedWriteExitsOne();
    void usageErrors_data();
    void usageErrors();

private:
    PrefctlResult run(const QStringList &arguments, const QByteArray &input = {});
    // The API requests, "METHOD path?query", sorted: prefctl sends many at once.
    QStringList sortedRequests() const;
    // A user's preferences as the server holds them, read directly (the log
    // is cleared after).
    QList<Preference> serverPreferences(const QString &user);
    QString writeFile(const QString &name, const QByteArray &contents);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PrefServer> m_server;
    QString m_token;
};

void TestPrefctlTransfer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = startDemoServer();
    QVERIFY(m_server);
    m_token = m_server->issueAccessToken(QStringLiteral("support"));
    QVERIFY(!m_token.isEmpty());
}

void TestPrefctlTransfer::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

PrefctlResult TestPrefctlTransfer::run(const QStringList &arguments, const QByteArray &input)
{
    const QStringList server {QStringLiteral("--server"), m_server->baseUrl().toString()};
    // Each test its own journal.
    return runPrefctl(QStringLiteral(PREFCTL_PATH), server + arguments, m_token, input,
        m_dir->filePath(QStringLiteral("data-home")));
}

QStringList TestPrefctlTransfer::sortedRequests() const
{
    QStringList lines;
    for (const RecordedRequest &request : m_server->requestLog()) {
        if (!request.path.startsWith(QLatin1String("/api/")))
            continue;
        QString line = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
        if (!request.query.isEmpty())
            line += QLatin1Char('?') + request.query;
        lines.append(line);
    }
    lines.sort();
    return lines;
}

QList<Preference> TestPrefctlTransfer::serverPreferences(const QString &user)
{
    ServerTestClient client(m_server->baseUrl());
    client.setToken(m_token);
    const HttpResult result = client.get(listPath(user) + QStringLiteral("?limit=100"));
    m_server->clearRequestLog();
    // Parsed exactly: no number goes through double.
    const std::optional<JsonValue> body = JsonValue::parse(result.body);
    QString error;
    const std::optional<PreferencePage> page =
        body ? PreferencePage::parse(*body, &error) : std::nullopt;
    if (result.status != 200 || !page || !page->next.isEmpty()) {
        QTest::qFail("cannot read the preferences", __FILE__, __LINE__);
        return {};
    }
    QList<Preference> preferences;
    for (const PreferencePage::Row &row : page->rows)
        preferences.append(row.preference);
    return preferences;
}

QString TestPrefctlTransfer::writeFile(const QString &name, const QByteArray &contents)
{
    const QString fileName = m_dir->filePath(name);
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        QTest::qFail("cannot write the file", __FILE__, __LINE__);
    return fileName;
}

void TestPrefctlTransfer::exportImportDiffRoundTrip()
{
    const QList<Preference> bob = serverPreferences(Bob);
    const QList<Preference> alice = serverPreferences(Alice);
    QVERIFY(bob.size() > 10);

    // export: the user and the list, nothing else.
    const QString fileName = m_dir->filePath(QStringLiteral("bob.json"));
    const PrefctlResult exported = run({u"--user"_qs, Bob, u"export"_qs, u"-o"_qs, fileName});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.err.isEmpty());
    QCOMPARE(exported.out,
        u"Exported %1 preference(s) of bob (user id 3) to %2.\n"_qs.arg(bob.size())
            .arg(fileName)
            .toUtf8());
    QCOMPARE(sortedRequests(),
        (QStringList {u"GET /api/v2/user/3/"_qs, u"GET /api/v2/user/3/preference/?limit=100"_qs}));

    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("\"n\": 123456789012345678901234567890"));
    QVERIFY(text.contains("\"d\": 0.1000000000000000055511151231257827"));
    QVERIFY(text.contains("\"e\": 1E+2"));
    QVERIFY(text.contains("18446744073709551615"));
    QString error;
    const std::optional<PreferenceFile> read = PreferenceFile::parse(text, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->server, m_server->baseUrl());
    QCOMPARE(read->userId, 3);
    QCOMPARE(read->username, u"bob"_qs);
    QVERIFY(read->exportedAt.isValid());
    QCOMPARE(read->preferences.size(), bob.size());
    for (qsizetype i = 0; i < bob.size(); ++i) {
        QCOMPARE(read->preferences.at(i).key, bob.at(i).key); // the server's order
        QVERIFY(read->preferences.at(i).value.isIdenticalTo(bob.at(i).value));
    }
    m_server->clearRequestLog();

    // import into alice: the list, then per key a check and a write.
    const PrefctlResult imported = run({u"--user"_qs, Alice, u"import"_qs, fileName});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.err.isEmpty(), imported.err.constData());
    // Before the writes, the journal asks who writes, and to whose preferences.
    QStringList expected {u"GET /api/v2/user/2/preference/?limit=100"_qs,
        u"GET /api/v2/user/me/"_qs, u"GET /api/v2/user/2/"_qs};
    int changes = 0;
    for (const Preference &preference : bob) {
        if (const Preference *existing = find(alice, preference.key)) {
            expected.append(u"GET "_qs + preferencePath(Alice, existing->id));
            expected.append(u"PATCH "_qs + preferencePath(Alice, existing->id));
            ++changes;
        } else {
            expected.append(u"GET "_qs + listPath(Alice) + u"?key="_qs + preference.key);
            expected.append(u"POST "_qs + listPath(Alice));
        }
    }
    expected.sort();
    QCOMPARE(sortedRequests(), expected);
    QVERIFY(changes > 0 && changes < bob.size());
    QCOMPARE(countRequests(*m_server, "POST", listPath(Alice),
                 "{\"key\":\"precision_test\",\"value\":{\"n\":123456789012345678901234567890,"
                 "\"d\":0.1000000000000000055511151231257827,\"e\":1E+2}}"),
        1);

    const QStringList lines = cells(imported.out);
    QVERIFY(lines.contains(u"ACTION | KEY | VALUE"_qs));
    QVERIFY(lines.contains(u"change | theme | \"light\" → \"system\""_qs));
    QVERIFY(lines.contains(u"create | storage_quota_bytes | 18446744073709551615"_qs));
    QVERIFY(lines.contains(u"RESULT | KEY | DETAIL"_qs));
    QVERIFY(
        lines.contains(u"applied | theme | preference %1"_qs.arg(find(alice, u"theme"_qs)->id)));
    QCOMPARE(lines.filter(QRegularExpression(u"^applied "_qs)).size(), bob.size());
    QVERIFY(QRegularExpression(u"^Batch [0-9a-f-]{36}: applied %1, unchanged 0, conflict 0, "
                               u"failed 0\\.$"_qs.arg(bob.size()))
                .match(lines.value(lines.size() - 2))
                .hasMatch());

    // diff: bob's keys are identical in alice's now; hers stay hers.
    m_server->clearRequestLog();
    const PrefctlResult diff = run({u"diff"_qs, Bob, Alice});
    QCOMPARE(diff.exitCode, 0);
    QCOMPARE(sortedRequests(),
        (QStringList {u"GET /api/v2/user/2/preference/?limit=100"_qs,
            u"GET /api/v2/user/3/preference/?limit=100"_qs}));
    const QStringList diffLines = cells(diff.out);
    QCOMPARE(diffLines.first(), u"STATUS | KEY | USER 3 | USER 2"_qs);
    QVERIFY(diffLines.contains(u"identical | theme | \"system\" | \"system\""_qs));
    QVERIFY(diffLines.contains(u"only in 2 | beta_programs | []"_qs));

    m_server->clearRequestLog();
    const PrefctlResult diffJson = run({u"--json"_qs, u"diff"_qs, Bob, Alice});
    QCOMPARE(diffJson.exitCode, 0);
    QCOMPARE(sortedRequests().size(), 2);
    const std::optional<JsonValue> document = JsonValue::parse(diffJson.out);
    QVERIFY(document);
    QCOMPARE(document->value(u"a"_qs).toInteger(), 3);
    QCOMPARE(document->value(u"b"_qs).toInteger(), 2);
    const QList<JsonValue> rows = document->value(u"keys"_qs).elements();
    QCOMPARE(rows.size(), bob.size() + alice.size() - changes);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString status = rows.at(i).value(u"status"_qs).toString();
        QCOMPARE(status, i < bob.size() ? u"identical"_qs : u"only_in_b"_qs);
    }
    QVERIFY(rows.at(bob.size() - 1).value(u"a"_qs).isIdenticalTo(bob.last().value));
}

void TestPrefctlTransfer::dryRunWritesNothing()
{
    PreferenceFile file;
    file.preferences = {{u"theme"_qs, JsonValue::fromString(u"dark"_qs)},
        {u"new.key"_qs, JsonValue::fromInteger(1)},
        {u"language"_qs, JsonValue::fromString(u"en"_qs)}};
    const QString fileName = writeFile(u"plan.json"_qs, file.toJson());
    const int aliceCount = int(serverPreferences(Alice).size());

    const PrefctlResult result =
        run({u"--user"_qs, Alice, u"import"_qs, fileName, u"--dry-run"_qs, u"--delete-missing"_qs});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = cells(result.out);
    QVERIFY(lines.contains(u"change | theme | \"light\" → \"dark\""_qs));
    QVERIFY(lines.contains(u"create | new.key | 1"_qs));
    QVERIFY(lines.contains(u"unchanged | language | \"en\""_qs));
    QVERIFY(lines.contains(u"delete | beta_programs | []"_qs));
    QCOMPARE(lines.filter(QRegularExpression(u"^delete "_qs)).size(), aliceCount - 2);
    QVERIFY(lines.contains(u"Dry run: nothing was written."_qs));
    QCOMPARE(sortedRequests(), QStringList {u"GET /api/v2/user/2/preference/?limit=100"_qs});

    // --json: the plan with the values as stored, no batch.
    m_server->clearRequestLog();
    const PrefctlResult json =
        run({u"--json"_qs, u"--user"_qs, Alice, u"import"_qs, fileName, u"--dry-run"_qs});
    QCOMPARE(json.exitCode, 0);
    const std::optional<JsonValue> document = JsonValue::parse(json.out);
    QVERIFY(document);
    QVERIFY(document->value(u"batch"_qs).isNull());
    QCOMPARE(document->value(u"dry_run"_qs).toBool(), true);
    QCOMPARE(document->value(u"operations"_qs).at(0).toJson(),
        u"{\"action\":\"change\",\"key\":\"theme\",\"id\":%1,\"before\":\"light\",\"after\":"
        u"\"dark\"}"_qs.arg(find(serverPreferences(Alice), u"theme"_qs)->id)
            .toUtf8());
    m_server->clearRequestLog();

    // copy --dry-run: both lists read, nothing written.
    const PrefctlResult copy =
        run({u"copy"_qs, u"--from"_qs, Bob, u"--to"_qs, Alice, u"--dry-run"_qs});
    QCOMPARE(copy.exitCode, 0);
    QVERIFY(cells(copy.out).contains(u"change | language | \"en\" → \"de\""_qs));
    QCOMPARE(sortedRequests(),
        (QStringList {u"GET /api/v2/user/2/preference/?limit=100"_qs,
            u"GET /api/v2/user/3/preference/?limit=100"_qs}));
}

void TestPrefctlTransfer::badImportFileSendsNothing_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("fromStdin");
    QTest::addColumn<QString>("message");

    const QByteArray invalid = "{\"format\": \"prefeditor.preferences\", \"version\": 1,\n"
                               " \"preferences\": [{\"key\": \"theme\", \"value\": dark}]}\n";
    QTest::newRow("invalid JSON") << invalid << false
                                  << u"The file is not valid JSON: line 2, column 44: invalid "
                                     u"literal. Nothing was sent."_qs;
    QTest::newRow("invalid JSON on stdin") << invalid << true
                                           << u"The file is not valid JSON: line 2, column 44: "
                                              u"invalid literal. Nothing was sent."_qs;
    QTest::newRow("another format")
        << QByteArray("{\"format\": \"something-else\", \"version\": 1, \"preferences\": []}")
        << false
        << u"The file is not a preference file: its \"format\" is not "
           u"\"prefeditor.preferences\". Nothing was sent."_qs;
    QTest::newRow("same key twice")
        << QByteArray("{\"format\": \"prefeditor.preferences\", \"version\": 1, \"preferences\": "
                      "[{\"key\": \"a\", \"value\": 1}, {\"key\": \"a\", \"value\": 2}]}")
        << false
        << u"The key \"a\" is in the file twice (preferences 1 and 2). Nothing was sent."_qs;
    QTest::newRow("no value")
        << QByteArray("{\"format\": \"prefeditor.preferences\", \"version\": 1, \"preferences\": "
                      "[{\"key\": \"a\"}]}")
        << false << u"Preference 1 of the file (\"a\") has no value. Nothing was sent."_qs;
}

void TestPrefctlTransfer::badImportFileSendsNothing()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, fromStdin);
    QFETCH(QString, message);

    const QString fileName = writeFile(u"bad.json"_qs, contents);
    const PrefctlResult result = fromStdin
        ? run({u"--user"_qs, Alice, u"import"_qs, u"-"_qs}, contents)
        : run({u"--user"_qs, Alice, u"import"_qs, fileName});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(QString::fromUtf8(result.err),
        u"prefctl: %1: %2\n"_qs.arg(fromStdin ? u"standard input"_qs : fileName, message));
    QVERIFY(result.out.isEmpty());
    QVERIFY(m_server->requestLog().isEmpty()); // not even a GET

    const PrefctlResult missing = run({u"import"_qs, m_dir->filePath(u"missing.json"_qs)});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.startsWith("prefctl: Cannot read "));
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestPrefctlTransfer::copyKeys()
{
    const Preference theme = *find(serverPreferences(Alice), u"theme"_qs);
    const PrefctlResult result = run({u"copy"_qs, u"--from"_qs, Bob, u"--to"_qs, Alice, u"--key"_qs,
        u"theme"_qs, u"--key"_qs, u"storage_quota_bytes"_qs});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = cells(result.out);
    QCOMPARE(lines.mid(0, 3),
        (QStringList {u"ACTION | KEY | VALUE"_qs, u"change | theme | \"light\" → \"system\""_qs,
            u"create | storage_quota_bytes | 18446744073709551615"_qs}));
    QCOMPARE(lines.at(5), u"applied | theme | preference %1"_qs.arg(theme.id));
    QVERIFY(lines.at(6).startsWith(u"applied | storage_quota_bytes | preference "_qs));

    QStringList expected {u"GET "_qs + listPath(Bob) + u"?limit=100"_qs,
        u"GET "_qs + listPath(Alice) + u"?limit=100"_qs,
        u"GET "_qs + preferencePath(Alice, theme.id),
        u"PATCH "_qs + preferencePath(Alice, theme.id),
        u"GET "_qs + listPath(Alice) + u"?key=storage_quota_bytes"_qs,
        u"POST "_qs + listPath(Alice), u"GET /api/v2/user/me/"_qs, u"GET /api/v2/user/2/"_qs};
    expected.sort();
    QCOMPARE(sortedRequests(), expected);

    // Both writes are in the journal, as one batch.
    const PrefctlResult history = run({u"--json"_qs, u"history"_qs, u"--limit"_qs, u"2"_qs});
    QCOMPARE(history.exitCode, 0);
    const std::optional<JsonValue> entries = JsonValue::parse(history.out);
    QVERIFY2(entries && entries->size() == 2, history.out.constData());
    const QString batch = entries->at(0).value(u"batch"_qs).toString();
    QVERIFY(!batch.isEmpty());
    QCOMPARE(entries->at(1).value(u"batch"_qs).toString(), batch);
    QSet<QString> keys;
    for (qsizetype i = 0; i < 2; ++i) {
        QCOMPARE(entries->at(i).value(u"outcome"_qs).toString(), u"applied"_qs);
        QCOMPARE(entries->at(i).value(u"user"_qs).value(u"username"_qs).toString(), u"alice"_qs);
        keys.insert(entries->at(i).value(u"key_after"_qs).toString());
    }
    QCOMPARE(keys, (QSet<QString> {u"theme"_qs, u"storage_quota_bytes"_qs}));
    QCOMPARE(countRequests(
                 *m_server, "PATCH", preferencePath(Alice, theme.id), "{\"value\":\"system\"}"),
        1);

    const QList<Preference> after = serverPreferences(Alice);
    QVERIFY(find(after, u"theme"_qs)->value.isIdenticalTo(JsonValue::fromString(u"system"_qs)));
    QCOMPARE(
        find(after, u"storage_quota_bytes"_qs)->value.toJson(), QByteArray("18446744073709551615"));
}

void TestPrefctlTransfer::copyOfAMissingKeyWritesNothing()
{
    const PrefctlResult result = run({u"copy"_qs, u"--from"_qs, Bob, u"--to"_qs, Alice, u"--key"_qs,
        u"theme"_qs, u"--key"_qs, u"no.such.key"_qs});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(result.err,
        QByteArray("prefctl: User 3 has no preference with the key \"no.such.key\"; nothing was "
                   "written.\n"));
    for (const QString &line : sortedRequests())
        QVERIFY2(line.startsWith(u"GET "_qs), qPrintable(line));
}

void TestPrefctlTransfer::changedMeanwhileExitsSix()
{
    const Preference theme = *find(serverPreferences(Alice), u"theme"_qs);
    PreferenceFile file;
    file.preferences = {{u"theme"_qs, JsonValue::fromString(u"dark"_qs)},
        {u"language"_qs, JsonValue::fromString(u"it"_qs)}};
    const QString fileName = writeFile(u"import.json"_qs, file.toJson());

    // The list is read, its answer held back, and meanwhile someone else
    // changes the theme.
    Fault fault;
    fault.path = listPath(Alice);
    fault.method = "GET";
    fault.kind = Fault::Kind::Delay;
    fault.applyFirst = true;
    fault.delayMs = 1000;
    m_server->addFault(fault);
    ServerTestClient other(m_server->baseUrl());
    other.setToken(m_token);
    bool changed = false;
    m_server->setRequestObserver([&](const HttpRequestData &request) {
        if (request.method != "GET" || request.path != listPath(Alice) || changed)
            return;
        changed = true;
        QTimer::singleShot(0, this,
            [&] { other.patchJson(preferencePath(Alice, theme.id), "{\"value\":\"blue\"}"); });
    });

    const PrefctlResult result = run({u"--user"_qs, Alice, u"import"_qs, fileName});
    QCOMPARE(result.exitCode, 6);
    QCOMPARE(result.err,
        QByteArray("prefctl: 1 preference(s) changed since they were read; nothing was written to "
                   "them.\n"));
    const QStringList lines = cells(result.out);
    QVERIFY(lines.contains(u"conflict | theme | changed since it was read; now \"blue\""_qs));
    QCOMPARE(
        lines.filter(QRegularExpression(u"^applied \\| language \\| preference \\d+$"_qs)).size(),
        1);
    QVERIFY(changed);
    m_server->setRequestObserver({});
    // Checked, and not written: the other change stays.
    QCOMPARE(countRequests(*m_server, "PATCH", preferencePath(Alice, theme.id)), 1); // theirs
    QVERIFY(find(serverPreferences(Alice), u"theme"_qs)
                ->value.isIdenticalTo(JsonValue::fromString(u"blue"_qs)));
}

void TestPrefctlTransfer::failedWriteExitsOne()
{
    const Preference theme = *find(serverPreferences(Alice), u"theme"_qs);
    Fault fault;
    fault.path = preferencePath(Alice, theme.id);
    fault.method = "PATCH";
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    m_server->addFault(fault);

    const PrefctlResult result =
        run({u"copy"_qs, u"--from"_qs, Bob, u"--to"_qs, Alice, u"--key"_qs, u"theme"_qs});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QByteArray("prefctl: 1 operation(s) failed.\n"));
    QVERIFY(
        !cells(result.out).filter(QRegularExpression(u"^failed \\| theme \\| .+500"_qs)).isEmpty());
}

void TestPrefctlTransfer::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("copy without --to") << QStringList {u"copy"_qs, u"--from"_qs, u"3"_qs};
    QTest::newRow("copy with --user") << QStringList {
        u"--user"_qs, u"2"_qs, u"copy"_qs, u"--from"_qs, u"3"_qs, u"--to"_qs, u"2"_qs};
    QTest::newRow("diff with one id") << QStringList {u"diff"_qs, u"3"_qs};
    QTest::newRow("diff with a name") << QStringList {u"diff"_qs, u"3"_qs, u"alice"_qs};
    QTest::newRow("import without file") << QStringList {u"import"_qs};
    QTest::newRow("export --dry-run") << QStringList {u"export"_qs, u"--dry-run"_qs};
    QTest::newRow("-o for import") << QStringList {u"import"_qs, u"f.json"_qs, u"-o"_qs, u"x"_qs};
    QTest::newRow("--delete-missing for copy") << QStringList {
        u"copy"_qs, u"--from"_qs, u"3"_qs, u"--to"_qs, u"2"_qs, u"--delete-missing"_qs};
}

void TestPrefctlTransfer::usageErrors()
{
    QFETCH(QStringList, arguments);
    const PrefctlResult result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.startsWith("prefctl: "));
    QVERIFY(m_server->requestLog().isEmpty());
}

QTEST_GUILESS_MAIN(TestPrefctlTransfer)
#include "tst_prefctltransfer.moc"
