// DraftStore and Draft: where drafts live, their files (atomic, 0600 in a
// 0700 directory), the round trip of every field (the typed text verbatim,
// even when it is not JSON), listing by server, removal, unreadable files
// skipped with a warning, and nothing secret in a file.

#include "Draft.h"
#include "DraftStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

// The permission bits of a path, as the file system has them.
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

Preference basePreference()
{
    Preference base;
    base.id = 17;
    base.userId = 3;
    base.key = QStringLiteral("notifications");
    base.value = *JsonValue::parse(
        QByteArray(R"({"email":true,"push":false,"n":18446744073709551615,"d":0.25})"));
    base.createdAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    base.lastUpdatedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
    return base;
}

Draft editDraft(const QString &server = QStringLiteral("https://community.example.org"))
{
    Draft draft;
    draft.server = server;
    draft.user = QStringLiteral("3");
    draft.ownerId = 3;
    draft.ownerName = QStringLiteral("Bob Rossi");
    draft.account = QStringLiteral("support");
    draft.base = basePreference();
    draft.preferenceId = draft.base->id;
    draft.id = DraftStore::editDraftId(draft.server, draft.user, draft.preferenceId);
    draft.key = QStringLiteral("notifications ");
    // Not valid JSON, with tabs, blank lines, CRs and non-ASCII: kept as typed.
    draft.valueText = QStringLiteral(
        "{\"email\": false,,\r\n\t\"push\": tru\n\n  \"caf\u00e9\": \"\U0001F600\"  ");
    draft.savedAt = QDateTime(QDate(2024, 6, 1), QTime(12, 0, 0, 500), Qt::UTC);
    return draft;
}

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void defaultDirectoryFollowsXdgStateHome();
    void idsAreStableAndSafe();
    void serverKeyDropsUserInfo();
    void roundTripKeepsEveryField();
    void newDraftHasNoBase();
    void fileIsPrivateAndWrittenAtomically();
    void existingFileBecomesPrivate();
    void listFiltersByServerOldestFirst();
    void removeDeletesTheFile();
    void unreadableFilesAreSkippedWithAWarning();
    void fileHoldsNothingSecret();

private:
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_dir;
};

void TestDraftStore::init()
{
    m_temp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temp->isValid());
    m_dir = m_temp->path() + QStringLiteral("/state/prefeditor/drafts");
}

void TestDraftStore::defaultDirectoryFollowsXdgStateHome()
{
    const QByteArray oldState = qgetenv("XDG_STATE_HOME");
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_temp->path() + QStringLiteral("/xdg")));
    QCOMPARE(
        DraftStore::defaultDirectory(), m_temp->path() + QStringLiteral("/xdg/prefeditor/drafts"));

    qunsetenv("XDG_STATE_HOME");
    qputenv("HOME", QFile::encodeName(m_temp->path()));
    QCOMPARE(DraftStore::defaultDirectory(),
        m_temp->path() + QStringLiteral("/.local/state/prefeditor/drafts"));
    // A relative XDG_STATE_HOME is invalid by the spec: ignored.
    qputenv("XDG_STATE_HOME", "relative/state");
    QCOMPARE(DraftStore::defaultDirectory(),
        m_temp->path() + QStringLiteral("/.local/state/prefeditor/drafts"));

    qputenv("HOME", oldHome);
    if (oldState.isNull())
        qunsetenv("XDG_STATE_HOME");
    else
        qputenv("XDG_STATE_HOME", oldState);
}

void TestDraftStore::idsAreStableAndSafe()
{
    const QString server = QStringLiteral("https://community.example.org");
    const QString id = DraftStore::editDraftId(server, QStringLiteral("me"), 17);
    QCOMPARE(DraftStore::editDraftId(server, QStringLiteral("me"), 17), id);
    QVERIFY(id.startsWith(QLatin1String("edit-")));
    QCOMPARE(id.size(), 5 + 32);
    QVERIFY(DraftStore::editDraftId(server, QStringLiteral("3"), 17) != id);
    QVERIFY(DraftStore::editDraftId(server, QStringLiteral("me"), 18) != id);
    QVERIFY(DraftStore::editDraftId(server + QLatin1Char('x'), QStringLiteral("me"), 17) != id);
    QVERIFY(DraftStore::isValidId(id));

    const QString a = DraftStore::newDraftId();
    const QString b = DraftStore::newDraftId();
    QVERIFY(a != b);
    QVERIFY(a.startsWith(QLatin1String("new-")));
    QVERIFY(DraftStore::isValidId(a));

    DraftStore store(m_dir);
    for (const QString &bad : {QStringLiteral("../edit-0123456789abcdef"), QStringLiteral("edit-"),
             QStringLiteral("x"), QStringLiteral("edit-0123456789ABCDEF"),
             QStringLiteral("new-12345678/../../x"), QString()}) {
        QVERIFY2(!DraftStore::isValidId(bad), qPrintable(bad));
        QVERIFY(store.filePath(bad).isEmpty());
    }
    QCOMPARE(store.filePath(id), m_dir + QLatin1Char('/') + id + QStringLiteral(".json"));
}

void TestDraftStore::serverKeyDropsUserInfo()
{
    QCOMPARE(
        DraftStore::serverKey(QUrl(QStringLiteral("https://bob:secret@example.org:8443/x/?q=1#f"))),
        QStringLiteral("https://example.org:8443/x"));
    QCOMPARE(DraftStore::serverKey(QUrl(QStringLiteral("http://127.0.0.1:4000/"))),
        QStringLiteral("http://127.0.0.1:4000"));
}

void TestDraftStore::roundTripKeepsEveryField()
{
    DraftStore store(m_dir);
    const Draft draft = editDraft();
    QString error;
    QVERIFY2(store.write(draft, &error), qPrintable(error));

    const std::optional<Draft> read = store.read(draft.id, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->id, draft.id);
    QCOMPARE(read->server, draft.server);
    QCOMPARE(read->user, draft.user);
    QCOMPARE(read->ownerId, draft.ownerId);
    QCOMPARE(read->ownerName, draft.ownerName);
    QCOMPARE(read->account, draft.account);
    QCOMPARE(read->preferenceId, qint64(17));
    QCOMPARE(read->key, draft.key);
    QCOMPARE(read->valueText, draft.valueText); // verbatim, though not JSON
    QCOMPARE(read->savedAt, draft.savedAt);
    QVERIFY(read->base);
    QCOMPARE(read->base->id, qint64(17));
    QCOMPARE(read->base->userId, qint64(3));
    QCOMPARE(read->base->key, draft.base->key);
    QVERIFY(read->base->value.isIdenticalTo(draft.base->value));
    QCOMPARE(read->base->value.toCompactString(), draft.base->value.toCompactString());
    QCOMPARE(read->base->createdAt, draft.base->createdAt);
    QCOMPARE(read->base->lastUpdatedAt, draft.base->lastUpdatedAt);

    // The base value is stored as its JSON text.
    QFile file(store.filePath(draft.id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto object = JsonValue::parse(file.readAll());
    QVERIFY(object);
    QCOMPARE(object->value(QStringLiteral("base")).value(QStringLiteral("value")).toString(),
        draft.base->value.toCompactString());
    QCOMPARE(object->value(QStringLiteral("text")).toString(), draft.valueText);
}

void TestDraftStore::newDraftHasNoBase()
{
    DraftStore store(m_dir);
    Draft draft;
    draft.id = DraftStore::newDraftId();
    draft.server = QStringLiteral("https://community.example.org");
    draft.user = QStringLiteral("me");
    draft.ownerId = 2;
    draft.account = QStringLiteral("alice");
    draft.valueText = QStringLiteral("[1, 2,");
    draft.savedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(store.write(draft));
    const std::optional<Draft> read = store.read(draft.id);
    QVERIFY(read);
    QVERIFY(read->isNew());
    QVERIFY(!read->base);
    QCOMPARE(read->key, QString());
    QCOMPARE(read->valueText, draft.valueText);
}

void TestDraftStore::fileIsPrivateAndWrittenAtomically()
{
    // Even with a permissive umask.
    const mode_t oldMask = ::umask(0);
    DraftStore store(m_dir);
    Draft draft = editDraft();
    const bool written = store.write(draft);
    ::umask(oldMask);
    QVERIFY(written);

    QCOMPARE(modeOf(m_dir), 0700);
    QCOMPARE(modeOf(QFileInfo(m_dir).path()), 0700); // the prefeditor directory it made
    QCOMPARE(modeOf(store.filePath(draft.id)), 0600);

    // Replaced in place: one file, no temporary left beside it.
    draft.valueText = QStringLiteral("second");
    QVERIFY(store.write(draft));
    QCOMPARE(QDir(m_dir).entryList(QDir::Files | QDir::Hidden),
        QStringList {draft.id + QStringLiteral(".json")});
    QCOMPARE(store.read(draft.id)->valueText, QStringLiteral("second"));
    QCOMPARE(modeOf(store.filePath(draft.id)), 0600);
}

void TestDraftStore::existingFileBecomesPrivate()
{
    DraftStore store(m_dir);
    const Draft draft = editDraft();
    QVERIFY(QDir().mkpath(m_dir));
    QVERIFY(QFile::setPermissions(m_dir, QFileDevice::Permissions(0x7755)));
    {
        QFile file(store.filePath(draft.id));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{}");
    }
    QVERIFY(QFile::setPermissions(store.filePath(draft.id), QFileDevice::Permissions(0x6644)));
    QCOMPARE(modeOf(store.filePath(draft.id)), 0644);
    QCOMPARE(modeOf(m_dir), 0755);

    QVERIFY(store.write(draft));
    QCOMPARE(modeOf(store.filePath(draft.id)), 0600);
    QCOMPARE(modeOf(m_dir), 0700);
}

void TestDraftStore::listFiltersByServerOldestFirst()
{
    DraftStore store(m_dir);
    QVERIFY(store.list().isEmpty()); // no directory yet

    Draft late = editDraft();
    late.savedAt = QDateTime(QDate(2024, 6, 3), QTime(0, 0), Qt::UTC);
    Draft early = editDraft();
    early.preferenceId = 18;
    early.base->id = 18;
    early.id = DraftStore::editDraftId(early.server, early.user, 18);
    early.savedAt = QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
    Draft elsewhere = editDraft(QStringLiteral("https://other.example.org"));
    QVERIFY(store.write(late));
    QVERIFY(store.write(early));
    QVERIFY(store.write(elsewhere));

    const QList<Draft> here = store.list(QStringLiteral("https://community.example.org"));
    QCOMPARE(here.size(), 2);
    QCOMPARE(here.at(0).id, early.id);
    QCOMPARE(here.at(1).id, late.id);
    const QList<Draft> there = store.list(QStringLiteral("https://other.example.org"));
    QCOMPARE(there.size(), 1);
    QCOMPARE(there.first().id, elsewhere.id);
    QCOMPARE(store.list().size(), 3);
}

void TestDraftStore::removeDeletesTheFile()
{
    DraftStore store(m_dir);
    const Draft draft = editDraft();
    QVERIFY(store.write(draft));
    QVERIFY(QFile::exists(store.filePath(draft.id)));
    QVERIFY(store.remove(draft.id));
    QVERIFY(!QFile::exists(store.filePath(draft.id)));
    QVERIFY(!store.read(draft.id));
    QVERIFY(store.remove(draft.id)); // nothing there: fine
    QVERIFY(!store.remove(QStringLiteral("../x")));
}

void TestDraftStore::unreadableFilesAreSkippedWithAWarning()
{
    DraftStore store(m_dir);
    const Draft good = editDraft();
    QVERIFY(store.write(good));

    const auto put = [this](const QString &name, const QByteArray &content) {
        QFile file(m_dir + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    const QString truncated = QStringLiteral("edit-0000000000000000000000000000aaaa");
    const QString wrongShape = QStringLiteral("edit-0000000000000000000000000000bbbb");
    const QString otherName = QStringLiteral("new-00000000-0000-0000-0000-000000000001");
    put(truncated + QStringLiteral(".json"), R"({"format": 1, "id": "edit-00)");
    put(wrongShape + QStringLiteral(".json"), R"({"format": 1, "id": 5})");
    // A valid draft under another file name: its id is not its name.
    put(otherName + QStringLiteral(".json"), good.toJson().toJson());
    put(QStringLiteral("notes.txt"), "not a draft"); // not ours: silently left
    put(QStringLiteral("README.json"), "{}"); // not a draft id: silently left

    const QRegularExpression warning(QStringLiteral("^Ignoring a draft that cannot be read: "));
    QTest::ignoreMessage(QtWarningMsg, warning);
    QTest::ignoreMessage(QtWarningMsg, warning);
    QTest::ignoreMessage(QtWarningMsg, warning);
    const QList<Draft> drafts = store.list();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.first().id, good.id);
    // Left alone, for a person to look at.
    QVERIFY(QFile::exists(m_dir + QLatin1Char('/') + truncated + QStringLiteral(".json")));
    QString error;
    QVERIFY(!store.read(truncated, &error));
    QVERIFY(error.contains(QLatin1String("not valid JSON")));
    QVERIFY(!store.read(wrongShape, &error));
    QVERIFY(error.contains(QLatin1String("not a draft")));
}

void TestDraftStore::fileHoldsNothingSecret()
{
    DraftStore store(m_dir);
    Draft draft = editDraft(DraftStore::serverKey(
        QUrl(QStringLiteral("https://support:hunter2@community.example.org/"))));
    draft.id = DraftStore::editDraftId(draft.server, draft.user, draft.preferenceId);
    QVERIFY(store.write(draft));
    QFile file(store.filePath(draft.id));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    for (const char *word :
        {"token", "bearer", "password", "secret", "authorization", "hunter2", "refresh", "cookie"})
        QVERIFY2(!content.toLower().contains(word), word);

    // Exactly these fields, and no others.
    const auto object = JsonValue::parse(content);
    QVERIFY(object);
    const QStringList expected {QStringLiteral("format"), QStringLiteral("id"),
        QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("owner_id"),
        QStringLiteral("owner_name"), QStringLiteral("account"), QStringLiteral("preference_id"),
        QStringLiteral("base"), QStringLiteral("key"), QStringLiteral("text"),
        QStringLiteral("saved_at")};
    QCOMPARE(object->keys(), expected);
    QCOMPARE(object->value(QStringLiteral("base")).keys(),
        (QStringList {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("key"),
            QStringLiteral("value"), QStringLiteral("created_at"),
            QStringLiteral("last_updated_at")}));
    QCOMPARE(object->value(QStringLiteral("server")).toString(),
        QStringLiteral("https://community.example.org"));
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
