#include "DemoHistory.h"

#include "ApiClient.h"
#include "JournalEntry.h"
#include "PreferenceListJob.h"

#include <algorithm>

namespace {

constexpr qint64 Marco = 5;
constexpr qint64 Francesca = 6;

const Preference *find(const QList<Preference> &preferences, const QString &key)
{
    for (const Preference &preference : preferences) {
        if (preference.key == key)
            return &preference;
    }
    return nullptr;
}

// support's write to the preference with this key, as the server holds it
// now; before is the value it replaced (none: it created the preference).
std::optional<JournalEntry> entryFor(const QList<Preference> &preferences, qint64 userId,
    const char *username, const char *key, const char *before, const QString &batchId)
{
    const Preference *now = find(preferences, QLatin1String(key));
    if (!now)
        return std::nullopt;
    JournalEntry entry;
    entry.id = JournalEntry::newId();
    entry.time = now->lastUpdatedAt;
    entry.actor = {1, QStringLiteral("support")};
    entry.user = {userId, QLatin1String(username)};
    entry.preferenceId = now->id;
    entry.outcome = JournalEntry::Outcome::Applied;
    if (before) {
        entry.operation = JournalEntry::Operation::Patch;
        entry.keyBefore = now->key;
        entry.valueBefore = JsonValue::parse(QByteArray(before));
    } else {
        entry.operation = JournalEntry::Operation::Create;
    }
    entry.keyAfter = now->key;
    entry.valueAfter = now->value;
    entry.updatedAtAfter = now->lastUpdatedAt;
    entry.batchId = batchId;
    return entry;
}

} // namespace

DemoHistory::DemoHistory(ApiClient *client, const ChangeJournal &journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{ }

void DemoHistory::start()
{
    m_pending = 2;
    for (const qint64 userId : {Marco, Francesca}) {
        auto *job = new PreferenceListJob(m_client, QString::number(userId), QString(), this);
        connect(job, &PreferenceListJob::succeeded, this,
            [this, userId](const QList<PreferencePage::Row> &rows) {
                onListed(userId, PreferenceListJob::preferences(rows));
            });
        connect(job, &PreferenceListJob::failed, this, [this] {
            m_failed = true;
            onListed(0, {});
        });
        job->start();
    }
}

void DemoHistory::onListed(qint64 userId, const QList<Preference> &preferences)
{
    if (userId == Marco)
        m_marco = preferences;
    else if (userId == Francesca)
        m_francesca = preferences;
    if (--m_pending == 0)
        write();
}

void DemoHistory::write()
{
    bool ok = !m_failed;
    QList<JournalEntry> entries;
    if (ok) {
        const QString copy = JournalEntry::newId(); // alice's setup copied to francesca
        const std::optional<JournalEntry> made[] = {
            entryFor(m_marco, Marco, "marco.ricci", "keyboard_shortcuts", nullptr, {}),
            entryFor(m_francesca, Francesca, "francesca.colombo", "theme", "\"dark\"", copy),
            entryFor(m_francesca, Francesca, "francesca.colombo", "autosave", nullptr, copy),
            entryFor(m_francesca, Francesca, "francesca.colombo", "items_per_page", "10", copy),
            entryFor(m_marco, Marco, "marco.ricci", "language", "\"de\"", {}),
        };
        for (const std::optional<JournalEntry> &entry : made) {
            ok = ok && entry.has_value();
            if (entry)
                entries.append(*entry);
        }
    }
    // Oldest first, as they would have been appended.
    std::stable_sort(entries.begin(), entries.end(),
        [](const JournalEntry &a, const JournalEntry &b) { return a.time < b.time; });
    for (const JournalEntry &entry : std::as_const(entries))
        ok = m_journal.append(entry) && ok;
    emit finished(ok);
}
