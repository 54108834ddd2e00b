// The demo's journal: DemoHistory writes entries whose "after" is what the
// demo server holds, so their undo (a batch as one change set, a single
// entry with its own write) is applied, not refused as a conflict. Real
// HTTP to the demo's own in-process server on loopback.

#include "ApiClient.h"
#include "ChangeJournal.h"
#include "ChangeSetApplier.h"
#include "DemoEnvironment.h"
#include "DemoHistory.h"
#include "JournalUndo.h"
#include "PrefServer.h"
#include "PreferenceWrite.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void entriesMatchTheDemoAndCanBeUndone();
};

void TestDemoHistory::entriesMatchTheDemoAndCanBeUndone()
{
    DemoEnvironment demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    QVERIFY(demo.baseUrl().host() == u"127.0.0.1"_s);
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    client.setBaseUrl(demo.baseUrl());
    client.setCredentials(demo.credentials());
    const ChangeJournal journal(demo.baseUrl(), demo.journalDirectory());

    DemoHistory history(&client, journal);
    QSignalSpy finished(&history, &DemoHistory::finished);
    history.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);

    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 5);
    QString batch;
    for (const JournalEntry &entry : entries) {
        QVERIFY(JournalUndo::isUndoable(entry));
        QCOMPARE(entry.actor.username, u"support"_s);
        QVERIFY(entry.user.id == 5 || entry.user.id == 6);
        if (!entry.batchId.isEmpty())
            batch = entry.batchId;
    }
    for (int i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).time >= entries.at(i).time); // newest first

    // The batch (francesca's copy from alice) undone as one change set.
    const QList<JournalEntry> copied = journal.entriesOfBatch(batch);
    QCOMPARE(copied.size(), 3);
    QList<JournalEntry> undone;
    const ChangeSet changes = JournalUndo::changeSet(copied, &undone);
    QCOMPARE(changes.size(), 3);
    ChangeSetApplier applier(&client, u"6"_s, changes);
    QSignalSpy applied(&applier, &ChangeSetApplier::finished);
    applier.start();
    QVERIFY(applied.wait(10000));
    QCOMPARE(applier.count(ChangeSetApplier::Status::Applied), 3);

    // A single entry: marco's language back to "de".
    JournalEntry language;
    for (const JournalEntry &entry : entries) {
        if (entry.keyAfter == u"language"_s)
            language = entry;
    }
    QCOMPARE(language.user.id, qint64(5));
    PreferenceWrite *write = JournalUndo::write(&client, language); // deletes itself when done
    std::optional<Preference> result;
    bool ended = false;
    connect(write, &PreferenceWrite::succeeded, this,
        [&result](const Preference &preference) { result = preference; });
    connect(write, &PreferenceWrite::finished, this, [&ended] { ended = true; });
    write->start();
    QTRY_VERIFY_WITH_TIMEOUT(ended, 10000);
    QVERIFY(result); // applied, not a conflict
    QCOMPARE(result->value.toCompactString(), u"\"de\""_s);
}

QTEST_MAIN(TestDemoHistory)
#include "tst_demohistory.moc"
