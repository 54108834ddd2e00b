// The change journal on real files: exact values, private files, filters,
// corrupt lines, one file per community, two processes appending at once,
// and the writes of a PreferenceModel journaled against a real prefserver.

#include "ChangeJournal.h"
#include "JournalRecorder.h"
#include "PreferenceWrite.h"
#include "SignedInClient.h"
#include "TestServer.h"
#include "TestValues.h"
#include "TestedPreferenceModel.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

namespace {

const QUrl Community(QStringLiteral("https://community.example.org"));
const QString Password = QStringLiteral("Journal-canary-pw-5e1d");

JournalEntry entry(qint64 user, const QString &key, const QDateTime &time)
{
    JournalEntry entry;
    entry.id = JournalEntry::newId();
    entry.time = time;
    entry.actor = {1, QStringLiteral("support")};
    entry.user = {user, QStringLiteral("user%1").arg(user)};
    entry.preferenceId = 7;
    entry.outcome = JournalEntry::Outcome::Applied;
    entry.keyBefore = key;
    entry.keyAfter = key;
    entry.valueBefore = json("1");
    entry.valueAfter = json("2");
    return entry;
}

QDateTime day(int day)
{
    return QDateTime(QDate(2024, 3, day), QTime(12, 0), Qt::UTC);
}

int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestChangeJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripKeepsValuesExactly();
    void filesArePrivate();
    void filters();
    void corruptLinesAreSkipped();
    void communitiesHaveFilesOfTheirOwn();
    void twoProcessesAppendAtOnce();
    void modelWritesAreJournaled();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_journalDir;
};

void TestChangeJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_journalDir = m_dir->filePath(QStringLiteral("prefeditor/journal"));
}

void TestChangeJournal::cleanup()
{
    m_dir.reset();
}

void TestChangeJournal::roundTripKeepsValuesExactly()
{
    const ChangeJournal journal(Community, m_journalDir);
    JournalEntry written = entry(3, QStringLiteral("limits"), day(2));
    written.operation = JournalEntry::Operation::Patch;
    written.keyAfter = QStringLiteral("limits.v2");
    written.valueBefore = json("12345678901234567890123");
    written.valueAfter = json("{\"price\":1.10,\"big\":12345678901234567890123,\"e\":1E+2}");
    written.updatedAtAfter = QDateTime(QDate(2024, 3, 2), QTime(12, 0, 0, 120), Qt::UTC);
    written.batchId = QStringLiteral("batch-1");
    written.undoes = JournalEntry::newId();
    QString error;
    QVERIFY2(journal.append(written, &error), qPrintable(error));

    // Verbatim in the file: one line, numbers as written.
    const QByteArray text = fileContents(journal.filePath());
    QCOMPARE(text.count('\n'), 1);
    QVERIFY(text.endsWith('\n'));
    QVERIFY2(text.contains("\"value_before\":12345678901234567890123,"), text.constData());
    QVERIFY(text.contains(
        "\"value_after\":{\"price\":1.10,\"big\":12345678901234567890123,\"e\":1E+2},"));
    QVERIFY(text.contains("\"updated_at_after\":\"2024-03-02T12:00:00.120Z\""));

    const std::optional<JournalEntry> read = journal.find(written.id);
    QVERIFY(read);
    QCOMPARE(read->toJson().toJson(), written.toJson().toJson());
    QCOMPARE(read->time, written.time);
    QCOMPARE(read->actor.username, QStringLiteral("support"));
    QCOMPARE(read->user.id, 3);
    QCOMPARE(*read->keyAfter, QStringLiteral("limits.v2"));
    QCOMPARE(read->valueBefore->numberText(), QByteArray("12345678901234567890123"));
    QCOMPARE(read->valueAfter->value(QStringLiteral("price")).numberText(), QByteArray("1.10"));
    QCOMPARE(read->updatedAtAfter, written.updatedAtAfter);
    QCOMPARE(read->batchId, written.batchId);
    QCOMPARE(read->undoes, written.undoes);

    // A create has nothing before it; a null value is a value, not nothing.
    JournalEntry created = entry(3, QStringLiteral("n"), day(3));
    created.operation = JournalEntry::Operation::Create;
    created.keyBefore.reset();
    created.valueBefore.reset();
    created.valueAfter = JsonValue();
    QVERIFY(journal.append(created));
    const std::optional<JournalEntry> readCreated = journal.find(created.id);
    QVERIFY(readCreated);
    QVERIFY(!readCreated->keyBefore && !readCreated->valueBefore);
    QVERIFY(readCreated->valueAfter && readCreated->valueAfter->isNull());
    QVERIFY(!journal.find(QStringLiteral("no-such-id")));
}

void TestChangeJournal::filesArePrivate()
{
    const ChangeJournal journal(Community, m_journalDir);
    QVERIFY(journal.append(entry(3, QStringLiteral("k"), day(1))));
    QCOMPARE(modeOf(journal.filePath()), 0600);
    QCOMPARE(modeOf(m_journalDir), 0700);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("prefeditor"))), 0700);

    // A file someone made readable is made private again by the next append.
    QVERIFY(QFile::setPermissions(journal.filePath(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QCOMPARE(modeOf(journal.filePath()), 0644);
    QVERIFY(journal.append(entry(3, QStringLiteral("k"), day(2))));
    QCOMPARE(modeOf(journal.filePath()), 0600);
}

void TestChangeJournal::filters()
{
    const ChangeJournal journal(Community, m_journalDir);
    JournalEntry first = entry(3, QStringLiteral("theme"), day(1));
    JournalEntry renamed = entry(3, QStringLiteral("theme"), day(2));
    renamed.keyAfter = QStringLiteral("ui.theme");
    renamed.batchId = QStringLiteral("set-a");
    JournalEntry other = entry(4, QStringLiteral("font"), day(3));
    other.batchId = QStringLiteral("set-a");
    JournalEntry last = entry(3, QStringLiteral("font"), day(4));
    for (const JournalEntry &e : {first, renamed, other, last})
        QVERIFY(journal.append(e));

    const auto ids = [](const QList<JournalEntry> &entries) {
        QStringList result;
        for (const JournalEntry &e : entries)
            result.append(e.id);
        return result;
    };
    // Newest first.
    QCOMPARE(ids(journal.entries()), QStringList({last.id, other.id, renamed.id, first.id}));

    JournalFilter byUser;
    byUser.userId = 3;
    QCOMPARE(ids(journal.entries(byUser)), QStringList({last.id, renamed.id, first.id}));

    // The key before or after the write, exactly.
    JournalFilter byKey;
    byKey.key = QStringLiteral("ui.theme");
    QCOMPARE(ids(journal.entries(byKey)), QStringList({renamed.id}));
    byKey.key = QStringLiteral("theme");
    QCOMPARE(ids(journal.entries(byKey)), QStringList({renamed.id, first.id}));
    byKey.key = QStringLiteral("them");
    QVERIFY(journal.entries(byKey).isEmpty());

    // From (inclusive) to (exclusive).
    JournalFilter byDate;
    byDate.from = day(2);
    byDate.to = day(4);
    QCOMPARE(ids(journal.entries(byDate)), QStringList({other.id, renamed.id}));

    JournalFilter limited;
    limited.limit = 2;
    QCOMPARE(ids(journal.entries(limited)), QStringList({last.id, other.id}));
    limited.userId = 3;
    QCOMPARE(ids(journal.entries(limited)), QStringList({last.id, renamed.id}));

    QCOMPARE(
        ids(journal.entriesOfBatch(QStringLiteral("set-a"))), QStringList({other.id, renamed.id}));
    QVERIFY(journal.entriesOfBatch(QString()).isEmpty());
    QCOMPARE(*journal.find(renamed.id)->keyAfter, QStringLiteral("ui.theme"));
}

void TestChangeJournal::corruptLinesAreSkipped()
{
    const ChangeJournal journal(Community, m_journalDir);
    const JournalEntry first = entry(3, QStringLiteral("a"), day(1));
    QVERIFY(journal.append(first));
    {
        QFile file(journal.filePath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("this is not JSON\n");
        file.write("{\"id\":\"an object, but not an entry\"}\n");
        file.write("{\"id\":\"cut short by a crash"); // no newline
    }
    // The next entry starts a line of its own.
    const JournalEntry second = entry(3, QStringLiteral("b"), day(2));
    QVERIFY(journal.append(second));
    QVERIFY(fileContents(journal.filePath()).endsWith("crash\n" + second.toJson().toJson() + '\n'));

    for (int line : {4, 3, 2}) {
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(QStringLiteral("^skipping line %1 of .*\\.jsonl: ").arg(line)));
    }
    int skipped = 0;
    const QList<JournalEntry> entries = journal.entries({}, &skipped);
    QCOMPARE(skipped, 3);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).id, second.id);
    QCOMPARE(entries.at(1).id, first.id);
}

void TestChangeJournal::communitiesHaveFilesOfTheirOwn()
{
    QVERIFY(
        QRegularExpression(QStringLiteral("^community\\.example\\.org-443-[0-9a-f]{16}\\.jsonl$"))
            .match(ChangeJournal::fileName(Community))
            .hasMatch());
    // The same community, however it is written.
    QCOMPARE(ChangeJournal::fileName(QUrl(QStringLiteral("https://Community.Example.org:443/"))),
        ChangeJournal::fileName(Community));
    // Other communities: another host, port, path or scheme.
    const QStringList others = {QStringLiteral("https://other.example.org"),
        QStringLiteral("https://community.example.org:8443"),
        QStringLiteral("https://community.example.org/forum"),
        QStringLiteral("http://127.0.0.1:8000"), QStringLiteral("http://[::1]:8000")};
    QSet<QString> names {ChangeJournal::fileName(Community)};
    for (const QString &url : others)
        names.insert(ChangeJournal::fileName(QUrl(url)));
    QCOMPARE(names.size(), others.size() + 1);
    QVERIFY(ChangeJournal::fileName(QUrl(others.last())).startsWith(QLatin1String("__1-8000-")));

    const ChangeJournal mine(Community, m_journalDir);
    const ChangeJournal theirs(QUrl(others.first()), m_journalDir);
    const JournalEntry a = entry(3, QStringLiteral("a"), day(1));
    const JournalEntry b = entry(3, QStringLiteral("b"), day(1));
    QVERIFY(mine.append(a));
    QVERIFY(theirs.append(b));
    QVERIFY(mine.filePath() != theirs.filePath());
    QCOMPARE(mine.entries().size(), 1);
    QCOMPARE(mine.entries().first().id, a.id);
    QCOMPARE(theirs.entries().size(), 1);
    QCOMPARE(theirs.entries().first().id, b.id);
}

void TestChangeJournal::twoProcessesAppendAtOnce()
{
    // Each process appends Count entries of a few KiB (journal_appender.cpp).
    constexpr int Count = 150;
    const QStringList writers = {QStringLiteral("writer-a"), QStringLiteral("writer-b")};
    std::vector<std::unique_ptr<QProcess>> processes;
    std::vector<std::unique_ptr<QSignalSpy>> finished;
    for (const QString &writer : writers) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        finished.push_back(std::make_unique<QSignalSpy>(process.get(), &QProcess::finished));
        process->start(QStringLiteral(JOURNAL_APPENDER_PATH),
            {m_journalDir, Community.toString(), QString::number(Count), writer});
        processes.push_back(std::move(process));
    }
    for (std::size_t i = 0; i < processes.size(); ++i) {
        QVERIFY(finished[i]->count() == 1 || finished[i]->wait(120000));
        QCOMPARE(processes[i]->exitStatus(), QProcess::NormalExit);
        QCOMPARE(processes[i]->exitCode(), 0);
    }

    const ChangeJournal journal(Community, m_journalDir);
    const QList<QByteArray> lines = fileContents(journal.filePath()).split('\n');
    QCOMPARE(lines.size(), 2 * Count + 1); // and the empty rest after the last newline
    QVERIFY(lines.last().isEmpty());
    QSet<QString> ids;
    QHash<QString, int> perWriter;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const std::optional<JsonValue> object = JsonValue::parse(lines.at(i));
        QVERIFY2(object, lines.at(i).left(80).constData());
        const std::optional<JournalEntry> read = JournalEntry::fromJson(*object);
        QVERIFY(read);
        ids.insert(read->id);
        ++perWriter[read->actor.username];
        // Whole: the value ends as its writer wrote it.
        QVERIFY(read->valueAfter->toString().endsWith(
            read->actor.username + QLatin1Char('/') + QString::number(read->preferenceId)));
    }
    QCOMPARE(ids.size(), 2 * Count);
    QCOMPARE(perWriter.value(writers.at(0)), Count);
    QCOMPARE(perWriter.value(writers.at(1)), Count);
}

void TestChangeJournal::modelWritesAreJournaled()
{
    // alice, an admin, edits bob's preferences in the editor's model.
    const QString data = m_dir->filePath(QStringLiteral("data.json"));
    const Json users = Json::array({
        Json {{"id", 2}, {"username", "alice"}, {"password", Password.toStdString()},
            {"real_name", "Alice"}, {"role", "admin"}},
        Json {{"id", 3}, {"username", "bob"}, {"password", Password.toStdString()},
            {"real_name", "Bob"}, {"role", nullptr}},
    });
    QVERIFY(writeServerData(data, users, Json::array()));
    ServerOptions options;
    options.enableTestControl = true;
    options.dataFile = data;
    const std::unique_ptr<PrefServer> server = startTestServer(options);
    QVERIFY(server);
    SignedInClient alice(*server, QStringLiteral("alice"));
    const std::optional<UserInfo> account = alice.fetchAccount();
    QVERIFY(account);
    UserInfo bob;
    bob.id = 3;
    bob.username = QStringLiteral("bob");

    TestedPreferenceModel model(alice.api());
    model.setUser(QStringLiteral("3"));
    JournalRecorder recorder(ChangeJournal(server->baseUrl(), m_journalDir));
    recorder.setContext({*account, bob, QStringLiteral("batch-7"), {}});
    model.setJournal(&recorder);
    QSignalSpy recorded(&recorder, &JournalRecorder::recorded);
    const auto nextEntry = [&recorded](PreferenceWrite *write) {
        write->start();
        return recorded.wait(20000) ? recorded.takeFirst().at(0).value<JournalEntry>()
                                    : JournalEntry();
    };

    const JournalEntry created = nextEntry(model.create(u"journal.theme"_qs, json("\"dark\"")));
    QCOMPARE(created.operation, JournalEntry::Operation::Create);
    QCOMPARE(created.outcome, JournalEntry::Outcome::Applied);
    QCOMPARE(created.actor.username, QStringLiteral("alice"));
    QCOMPARE(created.user.id, 3);
    QCOMPARE(created.user.username, QStringLiteral("bob"));
    QCOMPARE(created.batchId, QStringLiteral("batch-7"));
    QVERIFY(created.preferenceId > 0);
    QVERIFY(!created.keyBefore && !created.valueBefore);
    QCOMPARE(created.valueAfter->toJson(), QByteArray("\"dark\""));

    const Preference base = model.preferenceAt(model.rowForId(created.preferenceId));
    const JournalEntry patched =
        nextEntry(model.patch(base, std::nullopt, json("12345678901234567890123")));
    QCOMPARE(patched.outcome, JournalEntry::Outcome::Applied);
    QCOMPARE(patched.valueBefore->toJson(), QByteArray("\"dark\""));
    QCOMPARE(patched.valueAfter->toJson(), QByteArray("12345678901234567890123"));
    QCOMPARE(*patched.keyAfter, u"journal.theme"_qs);
    QVERIFY(patched.updatedAtAfter.isValid());

    // A save from a stale version: a conflict, "before" what it found.
    const JournalEntry stale = nextEntry(model.patch(base, std::nullopt, json("1.10")));
    QCOMPARE(stale.outcome, JournalEntry::Outcome::Conflict);
    QCOMPARE(stale.valueBefore->toJson(), QByteArray("12345678901234567890123"));
    QCOMPARE(stale.valueAfter->toJson(), QByteArray("1.10"));

    const Preference current = model.preferenceAt(model.rowForId(created.preferenceId));
    const JournalEntry removed = nextEntry(model.remove(current));
    QCOMPARE(removed.operation, JournalEntry::Operation::Delete);
    QCOMPARE(removed.outcome, JournalEntry::Outcome::Applied);
    QCOMPARE(removed.valueBefore->toJson(), QByteArray("12345678901234567890123"));
    QVERIFY(!removed.keyAfter && !removed.valueAfter);

    const ChangeJournal journal = recorder.journal();
    QCOMPARE(journal.entriesOfBatch(QStringLiteral("batch-7")).size(), 4);
    // Who and whose, never how they signed in.
    const QByteArray text = fileContents(journal.filePath());
    QVERIFY(text.contains("\"actor\":{\"id\":2,\"username\":\"alice\"}"));
    QVERIFY(!alice.credentials().accessToken().isEmpty());
    QVERIFY(!text.contains(alice.credentials().accessToken().toUtf8()));
    QVERIFY(!text.contains(Password.toUtf8()));
    QVERIFY(!text.contains("Bearer"));
}

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_changejournal.moc"
