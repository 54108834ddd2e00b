// ChangeSet, ChangeSetApplier and PreferenceComparison: the plan's kinds, and
// the apply against a real in-process prefserver, with at most four writes
// in flight, the conflict check on every patch and delete, and cancel().

#include "ChangeSet.h"
#include "ChangeSetApplier.h"
#include "JsonValue.h"
#include "PreferenceComparison.h"
#include "PreferenceListJob.h"
#include "PreferenceWrite.h"
#include "ServerTestClient.h"
#include "SignedInClient.h"
#include "TestServer.h"
#include "TestValues.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace {

const QString Me = QStringLiteral("me");

QList<ChangeSet::Kind> kinds(const ChangeSet &changes)
{
    QList<ChangeSet::Kind> result;
    for (const ChangeSet::Operation &operation : changes.operations())
        result.append(operation.kind);
    return result;
}

QStringList keys(const ChangeSet &changes)
{
    QStringList result;
    for (const ChangeSet::Operation &operation : changes.operations())
        result.append(operation.key);
    return result;
}

// The operations' statuses, by key.
QMap<QString, ChangeSetApplier::Status> statuses(const ChangeSetApplier &applier)
{
    QMap<QString, ChangeSetApplier::Status> result;
    for (qsizetype i = 0; i < applier.changes().size(); ++i)
        result.insert(applier.changes().operations().at(i).key, applier.results().at(i).status);
    return result;
}

} // namespace

class TestChangeSet : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void planKinds();
    void planComparesByMeaning();
    void comparison();

    void applyWritesAtMostFourAtATime();
    void applyChecksEveryPatchAndDelete();
    void changedBetweenPlanAndApplyIsAConflict();
    void failedWriteIsReported();
    void cancelMidApply();
    void cancelBeforeStartSendsNothing();
    void givenOperationsAreApplied();

private:
    QList<Preference> readPreferences();
    // Starts applier and waits for finished(); fails the test if it does not come.
    void runToEnd(ChangeSetApplier &applier);
    void addDelay(const QByteArray &method, int delayMs);

    std::unique_ptr<PrefServer> m_server;
    std::unique_ptr<SignedInClient> m_session;
};

void TestChangeSet::init()
{
    m_server = startDemoServer();
    QVERIFY(m_server);
    m_session = std::make_unique<SignedInClient>(*m_server, QStringLiteral("alice"));
    m_session->api()->setTimeout(std::chrono::seconds(20));
}

void TestChangeSet::cleanup()
{
    m_session.reset();
    m_server.reset();
}

QList<Preference> TestChangeSet::readPreferences()
{
    auto *job = new PreferenceListJob(m_session->api(), Me);
    QSignalSpy succeeded(job, &PreferenceListJob::succeeded);
    job->start();
    if (!succeeded.wait(20000)) {
        QTest::qFail("the preferences did not arrive", __FILE__, __LINE__);
        return {};
    }
    m_server->clearRequestLog();
    return PreferenceListJob::preferences(
        succeeded.first().at(0).value<QList<PreferencePage::Row>>());
}

void TestChangeSet::runToEnd(ChangeSetApplier &applier)
{
    QSignalSpy finished(&applier, &ChangeSetApplier::finished);
    applier.start();
    QCOMPARE(finished.count(), 0); // never from inside start()
    QVERIFY(finished.wait(30000));
    QTest::qWait(0);
    QCOMPARE(finished.count(), 1);
    QVERIFY(applier.isFinished());
}

void TestChangeSet::addDelay(const QByteArray &method, int delayMs)
{
    Fault fault;
    fault.path = QStringLiteral("*");
    fault.method = method;
    fault.kind = Fault::Kind::Delay;
    fault.delayMs = delayMs;
    fault.count = 1000;
    m_server->addFault(fault);
}

// --- The plan ------------------------------------------------------------------

void TestChangeSet::planKinds()
{
    const QList<PreferenceEntry> source {
        {u"theme"_qs, json("\"dark\"")},
        {u"language"_qs, json("\"en\"")},
        {u"editor.tabs"_qs, json("{\"width\":4}")},
        {u"theme"_qs, json("\"ignored: a key given twice, the first counts\"")},
    };
    const QList<Preference> target {
        preference(7, "language", "\"en\""),
        preference(8, "beta_programs", "[]"),
        preference(9, "theme", "\"light\""),
    };

    // Keys the source lacks are left alone unless asked.
    const ChangeSet kept = ChangeSet::plan(source, target);
    QCOMPARE(keys(kept), (QStringList {u"theme"_qs, u"language"_qs, u"editor.tabs"_qs}));
    QCOMPARE(kinds(kept),
        (QList<ChangeSet::Kind> {
            ChangeSet::Kind::Change, ChangeSet::Kind::Unchanged, ChangeSet::Kind::Create}));
    QCOMPARE(kept.writeCount(), 2);
    QCOMPARE(kept.count(ChangeSet::Kind::Delete), 0);

    const ChangeSet::Operation &change = kept.operations().at(0);
    QCOMPARE(change.current->id, 9); // the version the patch is conditional on
    QVERIFY(change.current->value.isIdenticalTo(json("\"light\"")));
    QVERIFY(change.value->isIdenticalTo(json("\"dark\"")));
    const ChangeSet::Operation &create = kept.operations().at(2);
    QVERIFY(!create.current);
    QVERIFY(create.value->isIdenticalTo(json("{\"width\":4}")));

    const ChangeSet deleting = ChangeSet::plan(source, target, ChangeSet::Missing::Delete);
    QCOMPARE(keys(deleting),
        (QStringList {u"theme"_qs, u"language"_qs, u"editor.tabs"_qs, u"beta_programs"_qs}));
    const ChangeSet::Operation &removal = deleting.operations().at(3);
    QCOMPARE(removal.kind, ChangeSet::Kind::Delete);
    QCOMPARE(removal.current->id, 8);
    QVERIFY(!removal.value);
    QCOMPARE(deleting.writeCount(), 3);
}

void TestChangeSet::planComparesByMeaning()
{
    // Key order, white space and 1.0 versus 1 are no change.
    const ChangeSet changes =
        ChangeSet::plan({{u"a"_qs, json("{\"x\": 1.0, \"y\": [1E+2]}")}, {u"b"_qs, json("0.10")},
                            {u"c"_qs, json("12345678901234567890123")}},
            {preference(1, "a", "{\"y\":[100],\"x\":1}"), preference(2, "b", "0.1"),
                preference(3, "c", "12345678901234567890124")});
    QCOMPARE(kinds(changes),
        (QList<ChangeSet::Kind> {
            ChangeSet::Kind::Unchanged, ChangeSet::Kind::Unchanged, ChangeSet::Kind::Change}));
}

void TestChangeSet::comparison()
{
    const PreferenceComparison comparison = PreferenceComparison::compare(
        {preference(1, "theme", "\"dark\""), preference(2, "language", "\"it\""),
            preference(3, "only.a", "1")},
        {preference(4, "only.b", "2"), preference(5, "language", "\"it\""),
            preference(6, "theme", "\"light\"")});
    QCOMPARE(comparison.rows.size(), 4);
    const auto row = [&comparison](int i) {
        return comparison.rows.at(i);
    };
    QCOMPARE(row(0).key, u"theme"_qs);
    QCOMPARE(row(0).status, PreferenceComparison::Status::Differing);
    QVERIFY(row(0).a->isIdenticalTo(json("\"dark\"")));
    QVERIFY(row(0).b->isIdenticalTo(json("\"light\"")));
    QCOMPARE(row(1).status, PreferenceComparison::Status::Identical);
    QCOMPARE(row(2).key, u"only.a"_qs);
    QCOMPARE(row(2).status, PreferenceComparison::Status::OnlyInA);
    QVERIFY(!row(2).b);
    QCOMPARE(row(3).key, u"only.b"_qs);
    QCOMPARE(row(3).status, PreferenceComparison::Status::OnlyInB);
    QVERIFY(!row(3).a);
    QVERIFY(row(3).b->isIdenticalTo(json("2")));
    QCOMPARE(comparison.count(PreferenceComparison::Status::Identical), 1);
}

// --- Apply ---------------------------------------------------------------------

void TestChangeSet::applyWritesAtMostFourAtATime()
{
    const QList<Preference> target = readPreferences();
    QList<PreferenceEntry> source;
    for (int i = 0; i < 10; ++i)
        source.append({u"batch.key%1"_qs.arg(i), JsonValue::fromInteger(i)});
    source.append({u"theme"_qs, json("\"dark\"")});
    source.append({u"language"_qs, json("\"en\"")}); // alice's already
    const ChangeSet changes = ChangeSet::plan(source, target);
    QCOMPARE(changes.writeCount(), 11);

    // Slow writes, so that they pile up if nothing holds them back.
    addDelay("POST", 150);
    addDelay("PATCH", 150);

    ChangeSetApplier applier(m_session->api(), Me, changes);
    QVERIFY(!QUuid::fromString(applier.batchId()).isNull());
    int inFlight = 0;
    int maxInFlight = 0;
    QStringList batchIds;
    connect(&applier, &ChangeSetApplier::writeStarted, this,
        [&](PreferenceWrite *write, const QString &batchId, int) {
            QVERIFY(!write->isFinished());
            batchIds.append(batchId);
            maxInFlight = std::max(maxInFlight, ++inFlight);
        });
    // A write is over once it reported its outcome: it has no request left.
    connect(&applier, &ChangeSetApplier::operationFinished, this, [&inFlight] { --inFlight; });
    QSignalSpy progress(&applier, &ChangeSetApplier::progress);
    QSignalSpy operationFinished(&applier, &ChangeSetApplier::operationFinished);
    runToEnd(applier);

    QCOMPARE(maxInFlight, ChangeSetApplier::MaxWritesInFlight);
    QCOMPARE(batchIds.size(), 11);
    QCOMPARE(batchIds.count(applier.batchId()), 11);
    QCOMPARE(progress.count(), 11);
    QCOMPARE(progress.last(), (QVariantList {11, 11}));
    QCOMPARE(operationFinished.count(), 11);
    QCOMPARE(applier.count(ChangeSetApplier::Status::Applied), 11);
    QCOMPARE(applier.count(ChangeSetApplier::Status::Unchanged), 1);

    // Each create looked for its key, then posted it; the patch was checked.
    QCOMPARE(countRequests(*m_server, "POST", PreferencesPath), 10);
    QCOMPARE(countRequests(*m_server, "GET", PreferencesPath), 10);
    const qint64 themeId = changes.operations().at(10).current->id;
    const QList<RecordedRequest> theme = requestsTo(*m_server, preferencePath(themeId));
    QCOMPARE(theme.size(), 2);
    QCOMPARE(theme.at(0).method, QByteArray("GET"));
    QCOMPARE(theme.at(1).method, QByteArray("PATCH"));
    QCOMPARE(theme.at(1).body, QByteArray("{\"value\":\"dark\"}"));

    // The server holds the source now.
    m_server->clearFaults();
    const QList<Preference> after = readPreferences();
    QCOMPARE(ChangeSet::plan(source, after).writeCount(), 0);
}

void TestChangeSet::applyChecksEveryPatchAndDelete()
{
    const QList<Preference> target = readPreferences();
    const ChangeSet changes =
        ChangeSet::plan({{u"theme"_qs, json("\"dark\"")}}, target, ChangeSet::Missing::Delete);
    QCOMPARE(changes.count(ChangeSet::Kind::Delete), target.size() - 1);

    ChangeSetApplier applier(m_session->api(), Me, changes);
    runToEnd(applier);
    QCOMPARE(applier.count(ChangeSetApplier::Status::Applied), target.size());

    // Every write read its preference first: GET, then PATCH or DELETE.
    for (const ChangeSet::Operation &operation : changes.operations()) {
        const QList<RecordedRequest> requests =
            requestsTo(*m_server, preferencePath(operation.current->id));
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QByteArray("GET"));
        QCOMPARE(requests.at(1).method,
            operation.kind == ChangeSet::Kind::Delete ? QByteArray("DELETE") : QByteArray("PATCH"));
    }
    const QList<Preference> after = readPreferences();
    QCOMPARE(after.size(), 1);
    QVERIFY(after.at(0).value.isIdenticalTo(json("\"dark\"")));
}

void TestChangeSet::changedBetweenPlanAndApplyIsAConflict()
{
    const QList<Preference> target = readPreferences();
    const ChangeSet changes = ChangeSet::plan(
        {{u"theme"_qs, json("\"dark\"")}, {u"language"_qs, json("\"it\"")}}, target);
    const qint64 themeId = changes.operations().at(0).current->id;
    const qint64 languageId = changes.operations().at(1).current->id;

    // Someone else changes the theme after the plan was made.
    ServerTestClient other(m_server->baseUrl());
    other.setToken(m_server->issueAccessToken(QStringLiteral("alice")));
    QCOMPARE(other.patchJson(preferencePath(themeId), "{\"value\":\"blue\"}").status, 200);
    m_server->clearRequestLog();

    ChangeSetApplier applier(m_session->api(), Me, changes);
    runToEnd(applier);
    const ChangeSetApplier::Result &theme = applier.results().at(0);
    QCOMPARE(theme.status, ChangeSetApplier::Status::Conflict);
    QVERIFY(theme.current);
    QVERIFY(theme.current->value.isIdenticalTo(json("\"blue\"")));
    QCOMPARE(applier.results().at(1).status, ChangeSetApplier::Status::Applied);

    // Read, and nothing written to the theme; the language was written.
    const QList<RecordedRequest> themeRequests = requestsTo(*m_server, preferencePath(themeId));
    QCOMPARE(themeRequests.size(), 1);
    QCOMPARE(themeRequests.at(0).method, QByteArray("GET"));
    QCOMPARE(countRequests(*m_server, "PATCH", preferencePath(languageId)), 1);
    QCOMPARE(jsonString(other.get(preferencePath(themeId)).json(), "value"), u"blue"_qs);
}

void TestChangeSet::failedWriteIsReported()
{
    const QList<Preference> target = readPreferences();
    const ChangeSet changes = ChangeSet::plan(
        {{u"theme"_qs, json("\"dark\"")}, {u"language"_qs, json("\"it\"")}}, target);
    Fault fault;
    fault.path = preferencePath(changes.operations().at(1).current->id);
    fault.method = "PATCH";
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    m_server->addFault(fault);

    ChangeSetApplier applier(m_session->api(), Me, changes);
    runToEnd(applier);
    QCOMPARE(statuses(applier).value(u"theme"_qs), ChangeSetApplier::Status::Applied);
    const ChangeSetApplier::Result &failed = applier.results().at(1);
    QCOMPARE(failed.status, ChangeSetApplier::Status::Failed);
    QCOMPARE(failed.error.httpStatus(), 500);
    QVERIFY(!failed.error.toUserString().isEmpty());
}

void TestChangeSet::cancelMidApply()
{
    QList<PreferenceEntry> source;
    for (int i = 0; i < 8; ++i)
        source.append({u"cancel.key%1"_qs.arg(i), JsonValue::fromInteger(i)});
    const ChangeSet changes = ChangeSet::plan(source, readPreferences());
    addDelay("POST", 200);

    ChangeSetApplier applier(m_session->api(), Me, changes);
    QSignalSpy writeStarted(&applier, &ChangeSetApplier::writeStarted);
    QSignalSpy finished(&applier, &ChangeSetApplier::finished);
    // Cancel as soon as the first write ends: no write starts after it.
    connect(&applier, &ChangeSetApplier::operationFinished, &applier, &ChangeSetApplier::cancel);
    runToEnd(applier);

    QVERIFY(applier.isCancelled());
    QCOMPARE(writeStarted.count(), ChangeSetApplier::MaxWritesInFlight);
    // The running writes finished; the others were never sent.
    QCOMPARE(applier.count(ChangeSetApplier::Status::Applied), 4);
    QCOMPARE(applier.count(ChangeSetApplier::Status::Cancelled), 4);
    for (int i = 4; i < 8; ++i)
        QCOMPARE(applier.results().at(i).status, ChangeSetApplier::Status::Cancelled);
    QCOMPARE(countRequests(*m_server, "POST", PreferencesPath), 4);
    QCOMPARE(finished.count(), 1);
}

void TestChangeSet::cancelBeforeStartSendsNothing()
{
    const ChangeSet changes = ChangeSet::plan(
        {{u"theme"_qs, json("\"dark\"")}, {u"new.key"_qs, json("1")}}, readPreferences());
    ChangeSetApplier applier(m_session->api(), Me, changes);
    QSignalSpy writeStarted(&applier, &ChangeSetApplier::writeStarted);
    applier.cancel();
    runToEnd(applier);
    QCOMPARE(writeStarted.count(), 0);
    QCOMPARE(applier.count(ChangeSetApplier::Status::Cancelled), 2);
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestChangeSet::givenOperationsAreApplied()
{
    // E.g. the undo of a batch: delete what a create made, conditional on it.
    const QList<Preference> target = readPreferences();
    const auto theme = std::find_if(
        target.cbegin(), target.cend(), [](const Preference &p) { return p.key == u"theme"_qs; });
    QVERIFY(theme != target.cend());
    const ChangeSet changes({{ChangeSet::Kind::Delete, theme->key, *theme, std::nullopt},
        {ChangeSet::Kind::Create, u"restored"_qs, std::nullopt, json("[1.10]")}});

    ChangeSetApplier applier(m_session->api(), Me, changes);
    runToEnd(applier);
    QCOMPARE(applier.count(ChangeSetApplier::Status::Applied), 2);
    QCOMPARE(applier.results().at(0).preference.id, theme->id);
    const Preference created = applier.results().at(1).preference;
    QVERIFY(created.id > 0);
    QVERIFY(created.value.isIdenticalTo(json("[1.10]")));
    QCOMPARE(countRequests(*m_server, "DELETE", preferencePath(theme->id)), 1);
    QCOMPARE(countRequests(*m_server, "POST", PreferencesPath, "\"value\":[1.10]"), 1);
}

QTEST_GUILESS_MAIN(TestChangeSet)
#include "tst_changeset.moc"
