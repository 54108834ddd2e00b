// PreferenceWrite against a real in-process prefserver: one outcome per
// write, the read (and conflict check) before every patch and delete, and writes whose
// answer was lost, resolved by reading again. Every test asserts the exact
// requests the server received.

#include "ApiClient.h"
#include "ApiJob.h"
#include "JsonValue.h"
#include "PreferenceWrite.h"
#include "SignedInClient.h"
#include "TestServer.h"
#include "TestValues.h"
#include "WriteRecorder.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

// "GET", "PATCH /api/…/7/", … for comparing request sequences at a glance.
QStringList methods(const QList<RecordedRequest> &requests)
{
    QStringList result;
    for (const RecordedRequest &request : requests)
        result.append(QString::fromLatin1(request.method));
    return result;
}

} // namespace

class TestPreferenceWrite : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bodiesAreBuiltInOnePlace();
    void patchChecksThenSendsOnlyWhatDiffers();
    void unconditionedWritesReadFirst();
    void failedCheckWroteNothing();
    void patchConflictsWhenChangedMeanwhile();
    void patchConflictsWhenDeletedMeanwhile();
    void deleteConflictsWhenChangedMeanwhile();
    void createConflictsWhenKeyExists();
    void createWhoseAnswerWasDroppedIsFoundApplied();
    void createDroppedBeforeApplyingIsNotApplied();
    void patchWhoseAnswerTimedOutIsFoundApplied();
    void patchDroppedBeforeApplyingIsNotApplied();
    void deleteWhoseAnswerWasDroppedIsApplied();
    void nonsenseAnswerIsNotTrusted();
    void connectionRefusedIsNotUncertain();
    void answerThatDiffersFromWhatWasSentIsReported();

private:
    // A preference of alice's, created before the test's requests are logged.
    Preference seed(const QString &key, const char *value);
    // Runs a write to its single outcome.
    void run(WriteRecorder &recorder, PreferenceWrite *write);
    // Another client writes directly, with a plain PATCH.
    Preference changeBehindTheEditorsBack(qint64 id, const char *value);
    void addFault(const QString &path, const QByteArray &method, Fault::Kind kind, bool applyFirst,
        int count = 1, int delayMs = 0);

    std::unique_ptr<PrefServer> m_server;
    std::unique_ptr<SignedInClient> m_session;
};

void TestPreferenceWrite::init()
{
    m_server = startDemoServer();
    QVERIFY(m_server);
    m_session = std::make_unique<SignedInClient>(*m_server, QStringLiteral("alice"));
    m_session->api()->setTimeout(std::chrono::seconds(20));
}

void TestPreferenceWrite::cleanup()
{
    m_session.reset();
    m_server.reset();
}

void TestPreferenceWrite::run(WriteRecorder &recorder, PreferenceWrite *write)
{
    recorder.start(write);
    QVERIFY(!recorder.isDone()); // never from inside start()
    QTRY_VERIFY_WITH_TIMEOUT(recorder.isDone(), 30000);
    QCOMPARE(recorder.outcomes, 1);
}

Preference TestPreferenceWrite::seed(const QString &key, const char *value)
{
    WriteRecorder created;
    run(created, PreferenceWrite::create(m_session->api(), QStringLiteral("me"), key, json(value)));
    [&] {
        QCOMPARE(created.outcome, WriteRecorder::Outcome::Succeeded);
    }();
    m_server->clearRequestLog();
    return created.result;
}

Preference TestPreferenceWrite::changeBehindTheEditorsBack(qint64 id, const char *value)
{
    // A plain PATCH, as another client sends it: the same value again still
    // moves last_updated_at.
    ApiClient *api = m_session->api();
    ApiJob *job = api->patch(api->preferenceUrl(QStringLiteral("me"), id),
        PreferenceWrite::patchBody(std::nullopt, json(value)));
    QSignalSpy answered(job, &ApiJob::succeeded);
    job->start();
    std::optional<Preference> stored;
    [&] {
        QVERIFY(answered.wait(20000));
        stored = Preference::fromJson(answered.first().at(0).value<JsonValue>());
        QVERIFY(stored);
    }();
    m_server->clearRequestLog();
    return stored.value_or(Preference());
}

void TestPreferenceWrite::addFault(const QString &path, const QByteArray &method, Fault::Kind kind,
    bool applyFirst, int count, int delayMs)
{
    Fault fault;
    fault.path = path;
    fault.method = method;
    fault.kind = kind;
    fault.applyFirst = applyFirst;
    fault.count = count;
    fault.delayMs = delayMs;
    m_server->addFault(fault);
}

void TestPreferenceWrite::bodiesAreBuiltInOnePlace()
{
    QCOMPARE(PreferenceWrite::createBody(QStringLiteral("k"), json("[1,2]")).toJson(),
        QByteArray("{\"key\":\"k\",\"value\":[1,2]}"));
    QCOMPARE(PreferenceWrite::patchBody(std::nullopt, json("null")).toJson(),
        QByteArray("{\"value\":null}"));
    QCOMPARE(PreferenceWrite::patchBody(QStringLiteral("k2"), std::nullopt).toJson(),
        QByteArray("{\"key\":\"k2\"}"));
    QCOMPARE(PreferenceWrite::patchBody(QStringLiteral("k2"), json("1")).toJson(),
        QByteArray("{\"key\":\"k2\",\"value\":1}"));
}

void TestPreferenceWrite::patchChecksThenSendsOnlyWhatDiffers()
{
    const Preference base = seed(QStringLiteral("test.theme"), "\"dark\"");
    WriteRecorder write;
    // The key is unchanged: only the value goes out.
    run(write,
        PreferenceWrite::patch(m_session->api(), QStringLiteral("me"), base.id, base.key,
            json("\"light\""), WriteCondition::fromBase(base)));
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Succeeded);
    QVERIFY(!write.uncertain);
    QVERIFY(!write.answerDiffers);
    QVERIFY(write.result.value.isIdenticalTo(json("\"light\"")));

    const QList<RecordedRequest> requests = requestsTo(*m_server, preferencePath(base.id));
    QCOMPARE(methods(requests), (QStringList {u"GET"_qs, u"PATCH"_qs}));
    QCOMPARE(requests.at(1).body, QByteArray("{\"value\":\"light\"}"));
}

void TestPreferenceWrite::unconditionedWritesReadFirst()
{
    // Even without a condition, what a write replaces is known: before().
    const Preference base = seed(QStringLiteral("test.theme"), "\"dark\"");
    WriteRecorder patch;
    PreferenceWrite *write = PreferenceWrite::patch(
        m_session->api(), QStringLiteral("me"), base.id, std::nullopt, json("1.10"));
    std::optional<Preference> before;
    connect(
        write, &PreferenceWrite::succeeded, this, [&before, write] { before = write->before(); });
    run(patch, write);
    QCOMPARE(patch.outcome, WriteRecorder::Outcome::Succeeded);
    QVERIFY(before);
    QCOMPARE(before->key, base.key);
    QVERIFY(before->value.isIdenticalTo(json("\"dark\"")));
    QCOMPARE(before->lastUpdatedAt, base.lastUpdatedAt);
    QList<RecordedRequest> requests = requestsTo(*m_server, preferencePath(base.id));
    QCOMPARE(methods(requests), (QStringList {u"GET"_qs, u"PATCH"_qs}));
    QCOMPARE(requests.at(1).body, QByteArray("{\"value\":1.10}"));

    // The same value again: read, and nothing to send.
    m_server->clearRequestLog();
    WriteRecorder same;
    run(same,
        PreferenceWrite::patch(
            m_session->api(), QStringLiteral("me"), base.id, std::nullopt, json("1.10")));
    QCOMPARE(same.outcome, WriteRecorder::Outcome::Succeeded);
    QCOMPARE(methods(m_server->requestLog()), QStringList {u"GET"_qs});

    m_server->clearRequestLog();
    WriteRecorder removal;
    write = PreferenceWrite::remove(m_session->api(), QStringLiteral("me"), base.id);
    connect(
        write, &PreferenceWrite::succeeded, this, [&before, write] { before = write->before(); });
    run(removal, write);
    QCOMPARE(removal.outcome, WriteRecorder::Outcome::Succeeded);
    QVERIFY(before->value.isIdenticalTo(json("1.10")));
    QCOMPARE(removal.result.value.numberText(), QByteArray("1.10"));
    QCOMPARE(methods(m_server->requestLog()), (QStringList {u"GET"_qs, u"DELETE"_qs}));

    // Gone already: a conflict, and nothing sent but the read.
    m_server->clearRequestLog();
    WriteRecorder again;
    run(again,
        PreferenceWrite::patch(
            m_session->api(), QStringLiteral("me"), base.id, std::nullopt, json("2")));
    QCOMPARE(again.outcome, WriteRecorder::Outcome::Conflicted);
    QVERIFY(!again.current);
    QCOMPARE(methods(m_server->requestLog()), QStringList {u"GET"_qs});
}

void TestPreferenceWrite::failedCheckWroteNothing()
{
    // The read before the write times out: whatever became of that GET,
    // nothing was written, and the error does not say it might have been.
    const Preference base = seed(QStringLiteral("test.theme"), "\"dark\"");
    addFault(preferencePath(base.id), "GET", Fault::Kind::Delay, true, 1, 3000);
    m_session->api()->setTimeout(std::chrono::milliseconds(500));
    WriteRecorder write;
    run(write,
        PreferenceWrite::patch(
            m_session->api(), QStringLiteral("me"), base.id, std::nullopt, json("\"light\"")));
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Failed);
    QCOMPARE(write.error.kind(), ApiError::Kind::Timeout);
    QVERIFY(!write.error.mayHaveReachedServer());
    QVERIFY(!write.uncertain);
    QCOMPARE(methods(requestsTo(*m_server, preferencePath(base.id))), QStringList {u"GET"_qs});
}

void TestPreferenceWrite::patchConflictsWhenChangedMeanwhile()
{
    const Preference base =
        seed(QStringLiteral("test.notifications"), "{\"email\":true,\"push\":true}");
    const Preference theirs =
        changeBehindTheEditorsBack(base.id, "{\"email\":true,\"push\":false}");

    WriteRecorder write;
    run(write,
        PreferenceWrite::patch(m_session->api(), QStringLiteral("me"), base.id, std::nullopt,
            json("{\"email\":false,\"push\":true}"), WriteCondition::fromBase(base)));
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Conflicted);
    QVERIFY(write.current);
    QVERIFY(write.current->value.isIdenticalTo(theirs.value));
    QCOMPARE(write.current->lastUpdatedAt, theirs.lastUpdatedAt);
    // The edit is handed back untouched.
    QVERIFY(write.edit.value->isIdenticalTo(json("{\"email\":false,\"push\":true}")));

    // Read, and nothing written.
    QCOMPARE(methods(m_server->requestLog()), QStringList {u"GET"_qs});

    // Only the timestamp moved (the same value written again): still a conflict,
    // since the check cannot know what else happened in between.
    const Preference rewritten =
        changeBehindTheEditorsBack(base.id, "{\"email\":true,\"push\":false}");
    WriteRecorder stale;
    run(stale,
        PreferenceWrite::patch(m_session->api(), QStringLiteral("me"), base.id, std::nullopt,
            json("1"), WriteCondition::fromBase(theirs)));
    QCOMPARE(stale.outcome, WriteRecorder::Outcome::Conflicted);
    QCOMPARE(stale.current->lastUpdatedAt, rewritten.lastUpdatedAt);
}

void TestPreferenceWrite::patchConflictsWhenDeletedMeanwhile()
{
    const Preference base = seed(QStringLiteral("test.theme"), "\"dark\"");
    WriteRecorder removal;
    run(removal, PreferenceWrite::remove(m_session->api(), QStringLiteral("me"), base.id));
    QCOMPARE(removal.outcome, WriteRecorder::Outcome::Succeeded);
    m_server->clearRequestLog();

    WriteRecorder write;
    run(write,
        PreferenceWrite::patch(m_session->api(), QStringLiteral("me"), base.id, std::nullopt,
            json("\"light\""), WriteCondition::fromBase(base)));
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Conflicted);
    QVERIFY(!write.current); // it no longer exists
    QCOMPARE(methods(m_server->requestLog()), QStringList {u"GET"_qs});
}

void TestPreferenceWrite::deleteConflictsWhenChangedMeanwhile()
{
    const Preference base = seed(QStringLiteral("test.theme"), "\"dark\"");
    changeBehindTheEditorsBack(base.id, "\"blue\"");

    WriteRecorder removal;
    run(removal,
        PreferenceWrite::remove(
            m_session->api(), QStringLiteral("me"), base.id, WriteCondition::fromBase(base)));
    QCOMPARE(removal.outcome, WriteRecorder::Outcome::Conflicted);
    QVERIFY(removal.current->value.isIdenticalTo(json("\"blue\"")));
    QCOMPARE(methods(m_server->requestLog()), QStringList {u"GET"_qs});

    // With the version that is there now, it goes.
    m_server->clearRequestLog();
    WriteRecorder again;
    run(again,
        PreferenceWrite::remove(m_session->api(), QStringLiteral("me"), base.id,
            WriteCondition::fromBase(*removal.current)));
    QCOMPARE(again.outcome, WriteRecorder::Outcome::Succeeded);
    QCOMPARE(methods(m_server->requestLog()), (QStringList {u"GET"_qs, u"DELETE"_qs}));
}

void TestPreferenceWrite::createConflictsWhenKeyExists()
{
    const Preference existing = seed(QStringLiteral("test.theme"), "\"dark\"");
    WriteRecorder write;
    run(write,
        PreferenceWrite::create(m_session->api(), QStringLiteral("me"),
            QStringLiteral("test.theme"), json("\"light\"")));
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Conflicted);
    QCOMPARE(write.current->id, existing.id);
    QVERIFY(write.current->value.isIdenticalTo(json("\"dark\"")));
    const QList<RecordedRequest> requests = m_server->requestLog();
    QCOMPARE(methods(requests), QStringList {u"GET"_qs});
    QCOMPARE(QUrlQuery(requests.first().query).queryItemValue(QStringLiteral("key")),
        QStringLiteral("test.theme"));
}

void TestPreferenceWrite::createWhoseAnswerWasDroppedIsFoundApplied()
{
    // The POST is stored, then the connection drops before the answer. Qt
    // re-sends it once on its own; that copy is stored-then-dropped too (the
    // server refuses the duplicate key, and nobody hears it).
    addFault(PreferencesPath, "POST", Fault::Kind::Drop, true, 2);
    WriteRecorder write;
    run(write,
        PreferenceWrite::create(m_session->api(), QStringLiteral("me"),
            QStringLiteral("test.fresh"), json("{\"n\":1}")));
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Succeeded);
    QVERIFY(write.uncertain);
    QCOMPARE(write.result.key, QStringLiteral("test.fresh"));
    QVERIFY(write.result.id > 0);
    QCOMPARE(write.edit.id, write.result.id);

    const QList<RecordedRequest> requests = requestsTo(*m_server, PreferencesPath);
    QCOMPARE(methods(requests), (QStringList {u"GET"_qs, u"POST"_qs, u"POST"_qs, u"GET"_qs}));
    QCOMPARE(requests.at(1).body, QByteArray("{\"key\":\"test.fresh\",\"value\":{\"n\":1}}"));

    // Exactly one preference with the key: no duplicate.
    WriteRecorder again;
    run(again,
        PreferenceWrite::create(
            m_session->api(), QStringLiteral("me"), QStringLiteral("test.fresh"), json("2")));
    QCOMPARE(again.outcome, WriteRecorder::Outcome::Conflicted);
    QCOMPARE(again.current->id, write.result.id);
}

void TestPreferenceWrite::createDroppedBeforeApplyingIsNotApplied()
{
    addFault(PreferencesPath, "POST", Fault::Kind::Drop, false, 2);
    WriteRecorder write;
    run(write,
        PreferenceWrite::create(
            m_session->api(), QStringLiteral("me"), QStringLiteral("test.fresh"), json("1")));
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Failed);
    QCOMPARE(write.error.kind(), ApiError::Kind::Network);
    QVERIFY2(write.error.message().contains(u"not created"_qs), qPrintable(write.error.message()));
    QVERIFY(write.edit.value->isIdenticalTo(json("1")));
    QCOMPARE(methods(requestsTo(*m_server, PreferencesPath)),
        (QStringList {u"GET"_qs, u"POST"_qs, u"POST"_qs, u"GET"_qs}));
}

void TestPreferenceWrite::patchWhoseAnswerTimedOutIsFoundApplied()
{
    const Preference base = seed(QStringLiteral("test.theme"), "\"dark\"");
    // Stored at once, answered after the client has given up.
    addFault(preferencePath(base.id), "PATCH", Fault::Kind::Delay, true, 1, 3000);
    m_session->api()->setTimeout(std::chrono::milliseconds(500));
    WriteRecorder write;
    run(write,
        PreferenceWrite::patch(m_session->api(), QStringLiteral("me"), base.id, std::nullopt,
            json("\"light\""), WriteCondition::fromBase(base)));
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Succeeded);
    QVERIFY(write.uncertain);
    QVERIFY(write.result.value.isIdenticalTo(json("\"light\"")));
    QCOMPARE(methods(requestsTo(*m_server, preferencePath(base.id))),
        (QStringList {u"GET"_qs, u"PATCH"_qs, u"GET"_qs}));
}

void TestPreferenceWrite::patchDroppedBeforeApplyingIsNotApplied()
{
    const Preference base = seed(QStringLiteral("test.theme"), "\"dark\"");
    addFault(preferencePath(base.id), "PATCH", Fault::Kind::Drop, false, 2);
    WriteRecorder write;
    run(write,
        PreferenceWrite::patch(m_session->api(), QStringLiteral("me"), base.id, std::nullopt,
            json("\"light\""), WriteCondition::fromBase(base)));
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Failed);
    QVERIFY2(write.error.message().contains(u"not applied"_qs), qPrintable(write.error.message()));
    QVERIFY(write.error.isTransient());
    QCOMPARE(methods(requestsTo(*m_server, preferencePath(base.id))),
        (QStringList {u"GET"_qs, u"PATCH"_qs, u"PATCH"_qs, u"GET"_qs}));
}

void TestPreferenceWrite::deleteWhoseAnswerWasDroppedIsApplied()
{
    const Preference base = seed(QStringLiteral("test.theme"), "\"dark\"");
    addFault(preferencePath(base.id), "DELETE", Fault::Kind::Drop, true, 1);
    WriteRecorder removal;
    run(removal,
        PreferenceWrite::remove(
            m_session->api(), QStringLiteral("me"), base.id, WriteCondition::fromBase(base)));
    QCOMPARE(removal.outcome, WriteRecorder::Outcome::Succeeded);
    QCOMPARE(removal.result.id, base.id);
    // Qt re-sends the DELETE once on its own; the 404 it gets means "gone".
    QCOMPARE(methods(requestsTo(*m_server, preferencePath(base.id))),
        (QStringList {u"GET"_qs, u"DELETE"_qs, u"DELETE"_qs}));
}

void TestPreferenceWrite::nonsenseAnswerIsNotTrusted()
{
    const Preference base = seed(QStringLiteral("test.theme"), "\"dark\"");
    // A 200 whose body is not a preference.
    Fault fault;
    fault.path = preferencePath(base.id);
    fault.method = "PATCH";
    fault.kind = Fault::Kind::Malformed;
    m_server->addFault(fault);
    WriteRecorder write;
    run(write,
        PreferenceWrite::patch(m_session->api(), QStringLiteral("me"), base.id, std::nullopt,
            json("\"light\""), WriteCondition::fromBase(base)));
    // A nonsense answer is not trusted: the preference is read again.
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Failed);
    QVERIFY2(write.error.message().contains(u"not applied"_qs), qPrintable(write.error.message()));
    QCOMPARE(methods(requestsTo(*m_server, preferencePath(base.id))),
        (QStringList {u"GET"_qs, u"PATCH"_qs, u"GET"_qs}));
}

void TestPreferenceWrite::connectionRefusedIsNotUncertain()
{
    m_server.reset(); // nobody listens there now
    WriteRecorder write;
    run(write,
        PreferenceWrite::create(
            m_session->api(), QStringLiteral("me"), QStringLiteral("test.k"), json("1")));
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Failed);
    QCOMPARE(write.error.kind(), ApiError::Kind::Network);
    QVERIFY(!write.error.mayHaveReachedServer());
    QVERIFY(!write.uncertain);
}

void TestPreferenceWrite::answerThatDiffersFromWhatWasSentIsReported()
{
    // A server that rounds numbers: prefserver never does, so a scripted one.
    const QByteArray stored = R"({"id":7,"user_id":2,"key":"n","value":0.1,)"
                              R"("created_at":"2024-01-01T00:00:00Z",)"
                              R"("last_updated_at":"2024-01-01T00:00:00Z"})";
    const QByteArray rounded = R"({"id":7,"user_id":2,"key":"n","value":1.2345678901234568e+29,)"
                               R"("created_at":"2024-01-01T00:00:00Z",)"
                               R"("last_updated_at":"2024-01-02T00:00:00Z"})";
    QHttpServer http;
    const QString path = PreferencesPath + u"7/"_qs;
    http.route(path, QHttpServerRequest::Method::Get,
        [stored] { return QHttpServerResponse("application/json", stored); });
    http.route(path, QHttpServerRequest::Method::Patch,
        [rounded] { return QHttpServerResponse("application/json", rounded); });
    const quint16 port = http.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    m_session->api()->setBaseUrl(QUrl(u"http://127.0.0.1:%1"_qs.arg(port)));

    const Preference base = *Preference::fromJson(*JsonValue::parse(stored));
    WriteRecorder write;
    run(write,
        PreferenceWrite::patch(m_session->api(), u"me"_qs, 7, std::nullopt,
            json("123456789012345678901234567890"), WriteCondition::fromBase(base)));
    QCOMPARE(write.outcome, WriteRecorder::Outcome::Succeeded);
    QVERIFY(write.answerDiffers);
    QCOMPARE(write.result.value.numberText(), QByteArray("1.2345678901234568e+29"));

    // An answer that holds what was sent is not flagged.
    WriteRecorder same;
    run(same,
        PreferenceWrite::patch(m_session->api(), u"me"_qs, 7, std::nullopt,
            json("1.2345678901234568e+29"), WriteCondition::fromBase(base)));
    QCOMPARE(same.outcome, WriteRecorder::Outcome::Succeeded);
    QVERIFY(!same.answerDiffers);
}

QTEST_GUILESS_MAIN(TestPreferenceWrite)
#include "tst_preferencewrite.moc"
