// The prefserver executable: the exact first line, command-line options, the
// --data file, error exits, a clean exit on SIGTERM and SIGINT, the refusal
// of non-loopback hosts, --public-url, and the simulated latency and workers.
#include "ServerTestClient.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestServerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLineAndCleanExit_data();
    void firstLineAndCleanExit();
    void optionsReachTheServer();
    void controlApiNeedsTheOption();
    void demoWithoutControlHasNoControlEndpoints();
    void nonLoopbackHostRefused_data();
    void nonLoopbackHostRefused();
    void publicUrlOriginInPageLinks();
    void latencyAndWorkersReachTheServer();
    void dataFileIsWrittenAndReloaded();
    void dataFileInTheDocumentedFormat();
    void logsGoToStderrWithoutSecrets();
    void badArgumentsExitWithError_data();
    void badArgumentsExitWithError();
    void helpListsTheOptions();

private:
    // Starts prefserver; returns its base URL (empty on failure).
    QUrl start(QProcess &process, const QStringList &arguments);
    static void stop(QProcess &process);
};

QUrl TestServerCli::start(QProcess &process, const QStringList &arguments)
{
    process.setProgram(QStringLiteral(PREFSERVER_BINARY));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(5000))
        return QUrl();
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(10000))
            return QUrl();
    }
    const QString line = QString::fromUtf8(process.readLine());
    static const QRegularExpression format(
        QStringLiteral(R"(^prefserver listening on (http://127\.0\.0\.1:(\d+))\n$)"));
    const QRegularExpressionMatch match = format.match(line);
    if (!match.hasMatch() || match.captured(2).toInt() <= 0) {
        qWarning() << "unexpected first line" << line;
        return QUrl();
    }
    return QUrl(match.captured(1));
}

void TestServerCli::stop(QProcess &process)
{
    if (process.state() != QProcess::NotRunning) {
        process.terminate();
        process.waitForFinished(5000);
    }
}

void TestServerCli::firstLineAndCleanExit_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestServerCli::firstLineAndCleanExit()
{
    QFETCH(int, signalNumber);
    QProcess process;
    const QUrl base =
        start(process, {QStringLiteral("--demo"), QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(base.isValid());
    ServerTestClient client(base);
    QCOMPARE(client.get(QStringLiteral("/api/v2/user/me/")).status, 401);
    QVERIFY(client.signIn(QStringLiteral("alice")));
    QCOMPARE(client.get(QStringLiteral("/api/v2/user/me/preference/")).status, 200);

    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // nothing after the first line
}

void TestServerCli::optionsReachTheServer()
{
    QProcess process;
    const QUrl base = start(process,
        {u"--demo"_qs, u"--host"_qs, u"127.0.0.1"_qs, u"--page-size"_qs, u"3"_qs,
            u"--max-page-size"_qs, u"5"_qs, u"--token-lifetime"_qs, u"77"_qs});
    QVERIFY(base.isValid());
    ServerTestClient client(base);
    QUrlQuery form;
    for (const auto &[name, value] :
        {qMakePair(u"grant_type"_qs, u"password"_qs), qMakePair(u"client_id"_qs, u"prefeditor"_qs),
            qMakePair(u"username"_qs, u"bob"_qs), qMakePair(u"password"_qs, u"bob"_qs)})
        form.addQueryItem(name, value);
    const Json tokens = client.postForm(u"/oauth/token/"_qs, form).json();
    QCOMPARE(tokens.at("expires_in").get<int>(), 77);
    client.setToken(jsonString(tokens, "access_token"));
    QCOMPARE(client.get(u"/api/v2/user/me/preference/"_qs).json().at("results").size(), size_t(3));
    QCOMPARE(client.get(u"/api/v2/user/me/preference/?limit=50"_qs).json().at("results").size(),
        size_t(5));
    stop(process);
}

void TestServerCli::controlApiNeedsTheOption()
{
    QProcess plain;
    QUrl base = start(plain, {u"--demo"_qs});
    QVERIFY(base.isValid());
    QCOMPARE(ServerTestClient(base).get(u"/_control/requests"_qs).status, 404);
    stop(plain);

    QProcess controlled;
    base = start(controlled, {u"--demo"_qs, u"--enable-test-control"_qs});
    QVERIFY(base.isValid());
    ServerTestClient client(base);
    QCOMPARE(client
                 .postJson(u"/_control/faults"_qs,
                     R"({"path":"/api/v2/user/me/","kind":"status","status":503})")
                 .status,
        201);
    QCOMPARE(client.get(u"/api/v2/user/me/"_qs).status, 503);
    QCOMPARE(client.get(u"/_control/requests"_qs).json().size(), size_t(1));
    stop(controlled);
}

void TestServerCli::demoWithoutControlHasNoControlEndpoints()
{
    QProcess process;
    const QUrl base = start(process, {u"--demo"_qs});
    QVERIFY(base.isValid());
    ServerTestClient client(base);
    for (const char *path :
        {"/_control/faults", "/_control/requests", "/_control/token", "/_control/expire_tokens",
            "/_control/approve", "/_control/clock", "/_control/concurrency", "/_control/"}) {
        const QString name = QLatin1String(path);
        QCOMPARE(client.get(name).status, 404);
        QCOMPARE(client.postJson(name, R"({"username":"support","advance_ms":1})").status, 404);
        QCOMPARE(client.deleteResource(name).status, 404);
    }
    stop(process);
}

void TestServerCli::nonLoopbackHostRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString hint = QStringLiteral("--insecure-listen-anywhere");
    const QString control = QStringLiteral("test control");
    QTest::newRow("0.0.0.0") << QStringList {u"--host"_qs, u"0.0.0.0"_qs} << hint;
    QTest::newRow("::") << QStringList {u"--host"_qs, u"::"_qs} << hint;
    QTest::newRow("LAN") << QStringList {u"--host"_qs, u"192.168.1.20"_qs} << hint;
    QTest::newRow("0.0.0.0 with control")
        << QStringList {u"--host"_qs, u"0.0.0.0"_qs, u"--enable-test-control"_qs} << control;
    QTest::newRow("insecure with control")
        << QStringList {u"--host"_qs, u"0.0.0.0"_qs, u"--insecure-listen-anywhere"_qs,
               u"--enable-test-control"_qs}
        << control;
}

void TestServerCli::nonLoopbackHostRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QProcess process;
    process.start(QStringLiteral(PREFSERVER_BINARY), arguments << u"--demo"_qs);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // no "listening" line
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.startsWith(u"prefserver: Refusing to listen on "_qs), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestServerCli::publicUrlOriginInPageLinks()
{
    QProcess process;
    const QUrl base = start(process,
        {u"--demo"_qs, u"--page-size"_qs, u"2"_qs, u"--public-url"_qs,
            u"http://internal-host:8000"_qs});
    QVERIFY(base.isValid()); // the first line names where it listens, not the public URL
    ServerTestClient client(base);
    QVERIFY(client.signIn(u"alice"_qs));
    const Json page = client.get(u"/api/v2/user/me/preference/"_qs).json();
    QCOMPARE(jsonString(page, "next"),
        u"http://internal-host:8000/api/v2/user/me/preference/?limit=2&offset=2"_qs);
    stop(process);
}

void TestServerCli::latencyAndWorkersReachTheServer()
{
    QProcess process;
    const QUrl base = start(process,
        {u"--demo"_qs, u"--enable-test-control"_qs, u"--latency-ms"_qs, u"150"_qs, u"--workers"_qs,
            u"2"_qs, u"--processing-ms"_qs, u"50"_qs});
    QVERIFY(base.isValid());
    ServerTestClient client(base);
    const HttpResult me = client.get(u"/api/v2/user/me/"_qs);
    QCOMPARE(me.status, 401);
    // A worker's 50 ms, then the 150 ms on the way back; a timer is never early.
    QVERIFY2(me.elapsedMs >= 200, qPrintable(QString::number(me.elapsedMs)));
    const HttpResult concurrency = client.get(u"/_control/concurrency"_qs);
    QCOMPARE(concurrency.status, 200);
    QCOMPARE(concurrency.json().at("latency_ms").get<int>(), 150);
    QCOMPARE(concurrency.json().at("workers").get<int>(), 2);
    QCOMPARE(concurrency.json().at("processing_ms").get<int>(), 50);
    QCOMPARE(concurrency.json().at("peak_busy_workers").get<int>(), 1);
    stop(process);
}

void TestServerCli::dataFileIsWrittenAndReloaded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"prefs.json"_qs);
    qint64 id = 0;
    {
        QProcess process;
        const QUrl base = start(process, {u"--demo"_qs, u"--data"_qs, file});
        QVERIFY(base.isValid());
        QVERIFY(QFile::exists(file)); // seeded from the demo at start
        ServerTestClient client(base);
        QVERIFY(client.signIn(u"alice"_qs));
        const HttpResult created = client.postJson(u"/api/v2/user/me/preference/"_qs,
            R"({"key":"persisted","value":{"z":1,"a":18446744073709551615}})");
        QCOMPARE(created.status, 201);
        id = created.json().at("id").get<qint64>();
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("18446744073709551615")); // written after each change
        stop(process);
    }
    QProcess process;
    const QUrl base = start(process, {u"--data"_qs, file}); // no --demo: the file is the data
    QVERIFY(base.isValid());
    ServerTestClient client(base);
    QVERIFY(client.signIn(u"alice"_qs));
    const HttpResult fetched = client.get(u"/api/v2/user/me/preference/%1/"_qs.arg(id));
    QCOMPARE(fetched.status, 200);
    QVERIFY(fetched.body.contains(R"("value":{"z":1,"a":18446744073709551615})"));
    QCOMPARE(client.deleteResource(u"/api/v2/user/me/preference/%1/"_qs.arg(id)).status, 204);
    // New ids continue after the highest one in the file.
    const HttpResult again =
        client.postJson(u"/api/v2/user/me/preference/"_qs, R"({"key":"persisted","value":1})");
    QVERIFY(again.json().at("id").get<qint64>() > id);
    stop(process);
}

void TestServerCli::dataFileInTheDocumentedFormat()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"custom.json"_qs);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({
  "users": [
    {"id": 7, "username": "carla", "password": "secret", "real_name": "Carla Neri",
     "email": "carla@example.org", "role": "admin", "date_joined": "2024-01-02T03:04:05.678Z"},
    {"id": 8, "username": "dino", "real_name": "Dino Zoff"}
  ],
  "preferences": [
    {"id": 40, "user_id": 8, "key": "theme", "value": {"b": [1, 2], "a": -9223372036854775808},
     "created_at": "2025-05-06T07:08:09.010Z", "last_updated_at": "2025-05-07T07:08:09.010Z"}
  ]
})");
    out.close();
    QProcess process;
    const QUrl base = start(process, {u"--data"_qs, file});
    QVERIFY(base.isValid());
    ServerTestClient client(base);
    QVERIFY(
        client.passwordGrant(u"dino"_qs, u"dino"_qs).first.isEmpty()); // no password, no sign-in
    client.setToken(client.passwordGrant(u"carla"_qs, u"secret"_qs).first);
    const HttpResult me = client.get(u"/api/v2/user/me/"_qs);
    QCOMPARE(me.json().at("id").get<int>(), 7);
    QCOMPARE(jsonString(me.json(), "date_joined"), u"2024-01-02T03:04:05.678Z"_qs);
    const HttpResult preference = client.get(u"/api/v2/user/8/preference/40/"_qs);
    QCOMPARE(preference.status, 200);
    QCOMPARE(preference.body,
        QByteArray(
            R"({"id":40,"user_id":8,"key":"theme","value":{"b":[1,2],"a":-9223372036854775808},)"
            R"("created_at":"2025-05-06T07:08:09.010Z","last_updated_at":"2025-05-07T07:08:09.010Z"})"));
    stop(process);
}

void TestServerCli::logsGoToStderrWithoutSecrets()
{
    QProcess process;
    const QUrl base = start(process, {u"--demo"_qs});
    QVERIFY(base.isValid());
    ServerTestClient client(base);
    const auto [access, refresh] = client.passwordGrant(u"support"_qs, u"support"_qs);
    QVERIFY(!access.isEmpty());
    client.setToken(access);
    QCOMPARE(client.get(u"/api/v2/user/me/"_qs).status, 200);
    stop(process);
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("prefserver.http"), log.constData());
    QVERIFY(log.contains("/oauth/token/"));
    QVERIFY(!log.contains(access.toLatin1()));
    QVERIFY(!log.contains(refresh.toLatin1()));
    QVERIFY(!log.contains("password=support"));
}

void TestServerCli::badArgumentsExitWithError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("port not a number") << QStringList {u"--port"_qs, u"http"_qs} << 2;
    QTest::newRow("port too large") << QStringList {u"--port"_qs, u"70000"_qs} << 2;
    QTest::newRow("page size zero") << QStringList {u"--page-size"_qs, u"0"_qs} << 2;
    QTest::newRow("bad host") << QStringList {u"--host"_qs, u"not-an-address"_qs} << 2;
    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_qs} << 1;
    QTest::newRow("garbage data file") << QStringList {u"--data"_qs, u"GARBAGE"_qs} << 1;
    QTest::newRow("public url with path")
        << QStringList {u"--public-url"_qs, u"http://internal-host:8000/api"_qs} << 2;
    QTest::newRow("public url not http")
        << QStringList {u"--public-url"_qs, u"ftp://internal-host"_qs} << 2;
    QTest::newRow("negative latency") << QStringList {u"--latency-ms"_qs, u"-1"_qs} << 2;
    QTest::newRow("workers not a number") << QStringList {u"--workers"_qs, u"many"_qs} << 2;
    QTest::newRow("workers without processing time") << QStringList {u"--workers"_qs, u"4"_qs} << 2;
}

void TestServerCli::badArgumentsExitWithError()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    const QString garbage = dir.filePath(u"garbage.json"_qs);
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"users\": [ nope");
    file.close();
    arguments.replaceInStrings(u"GARBAGE"_qs, garbage);

    QProcess process;
    process.start(QStringLiteral(PREFSERVER_BINARY), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(!process.readAllStandardError().isEmpty());
}

void TestServerCli::helpListsTheOptions()
{
    QProcess process;
    process.start(QStringLiteral(PREFSERVER_BINARY), {u"--help"_qs});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option :
        {"--host", "--port", "--demo", "--data", "--page-size", "--max-page-size",
            "--token-lifetime", "--enable-test-control", "--insecure-listen-anywhere",
            "--public-url", "--latency-ms", "--workers", "--processing-ms"})
        QVERIFY2(help.contains(option), option);
}

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
