#include "DemoData.h"

#include "PrefStore.h"
#include "RawJson.h"

#include <QDateTime>

using namespace HttpHelpers;

namespace {

// [key, value] pairs; each value is stored as written here (RawJson), with
// its key order and every digit.
const char kSupportPreferences[] = R"([
  ["theme", "dark"],
  ["language", "it"],
  ["timezone", "Europe/Rome"],
  ["notifications", {"email": true, "push": false, "digest": "daily",
                     "channels": ["mentions", "replies", "reports"], "quiet_hours": {"from": "22:00", "to": "07:30"}}],
  ["platform_tour", {"completed": true, "current_step": 5, "dismissed_at": "2025-02-11T09:14:00Z",
                     "steps": [{"id": "welcome", "seen": true}, {"id": "profile", "seen": true},
                               {"id": "moderation", "seen": true}, {"id": "reports", "seen": true},
                               {"id": "settings", "seen": true}]}],
  ["feature_flags", ["moderation_queue_v2", "bulk_actions", "audit_log"]],
  ["items_per_page", 50],
  ["font_scale", 1.25],
  ["last_seen_report_id", 9007199254740993],
  ["compact_mode", true],
  ["signature", null],
  ["dashboard_layout", {"version": 3, "columns": [
      {"width": 0.6, "widgets": [{"type": "reports", "filters": {"status": ["open", "escalated"], "assigned_to": "me"},
                                  "sort": [{"field": "created_at", "order": "desc"}], "limit": 25},
                                 {"type": "activity", "show_avatars": true, "group_by": "day"}]},
      {"width": 0.4, "widgets": [{"type": "stats", "metrics": ["new_users", "posts", "flags"], "range_days": 30},
                                 {"type": "notes", "text": "Rotate the on-call list every Monday; escalate spam waves to the infra channel."}]}],
    "pinned": [101, 205, 9007199254740993], "collapsed": false}]
])";

const char kAlicePreferences[] = R"([
  ["theme", "light"],
  ["language", "en"],
  ["notifications", {"email": false, "push": true, "digest": "weekly", "channels": ["mentions"]}],
  ["platform_tour", {"completed": false, "current_step": 2,
                     "steps": [{"id": "welcome", "seen": true}, {"id": "profile", "seen": true},
                               {"id": "editor", "seen": false}, {"id": "sharing", "seen": false}]}],
  ["feature_flags", ["new_editor", "dark_mode_auto"]],
  ["beta_programs", []],
  ["items_per_page", 20],
  ["utc_offset_minutes", -300],
  ["font_scale", 1.0],
  ["last_read_message_id", 9223372036854775807],
  ["autosave", true],
  ["status_message", null],
  ["recent_searches", ["sourdough", "trail running", "Dolomiti in autunno", "caffè moka"]],
  ["editor_settings", {"spellcheck": {"enabled": true, "languages": ["en-GB", "it-IT"]},
                       "toolbar": ["bold", "italic", "link", "quote", "code"],
                       "drafts": {"keep_days": 14, "max": 20},
                       "snippets": [{"name": "greeting", "body": "Hi everyone,\nthanks for the warm welcome!"},
                                    {"name": "sign-off", "body": "Cheers, Alice"}],
                       "shortcuts": {"save": "Ctrl+S", "preview": "Ctrl+Shift+P", "toggle_markdown": null}}]
])";

const char kBobPreferences[] = R"([
  ["theme", "system"],
  ["language", "de"],
  ["notifications", {"email": true, "push": true, "digest": "never", "channels": []}],
  ["platform_tour", {"completed": false, "current_step": 0, "steps": [{"id": "welcome", "seen": false}]}],
  ["feature_flags", ["legacy_layout"]],
  ["utc_offset_minutes", -60],
  ["sidebar_width", 280.5],
  ["storage_quota_bytes", 18446744073709551615],
  ["min_balance", -9223372036854775808],
  ["show_email", false],
  ["nickname", null],
  ["favourite_tags", ["cycling", "photography", "linux"]],
  ["saved_filters", {"cycling": {"tags": ["cycling", "gravel"], "sort": "new", "include_archived": false},
                     "photos": {"tags": ["photography"], "sort": "top", "period": {"unit": "month", "count": 3}},
                     "unread": {"query": "is:unread -author:me", "pinned": true,
                                "columns": [{"name": "title", "width": 320}, {"name": "author", "width": 120},
                                            {"name": "replies", "width": 60}, {"name": "activity", "width": 90}]}}],
  ["precision_test", {"n": 123456789012345678901234567890, "d": 0.1000000000000000055511151231257827, "e": 1E+2}]
])";

// Marco (user 5) was set up like Bob: some keys identical, some differing
// (nested objects, big numbers), some only his. Compare them, or copy.
const char kMarcoPreferences[] = R"([
  ["theme", "system"],
  ["language", "it"],
  ["notifications", {"email": true, "push": false, "digest": "daily", "channels": ["mentions"]}],
  ["platform_tour", {"completed": true, "current_step": 4, "steps": [{"id": "welcome", "seen": true}]}],
  ["feature_flags", ["legacy_layout"]],
  ["utc_offset_minutes", -60],
  ["storage_quota_bytes", 9007199254740993],
  ["show_email", false],
  ["favourite_tags", ["cycling", "photography", "linux"]],
  ["saved_filters", {"cycling": {"tags": ["cycling", "gravel"], "sort": "new", "include_archived": false},
                     "photos": {"tags": ["photography", "film"], "sort": "top", "period": {"unit": "month", "count": 6}}}],
  ["items_per_page", 50],
  ["last_read_message_id", 9223372036854775806],
  ["keyboard_shortcuts", {"enabled": true, "custom": {"next": "j", "previous": "k", "reply": "r"}}]
])";

// Francesca (user 6) much like Alice.
const char kFrancescaPreferences[] = R"([
  ["theme", "light"],
  ["language", "en"],
  ["notifications", {"email": true, "push": true, "digest": "weekly", "channels": ["mentions", "replies"]}],
  ["feature_flags", ["new_editor"]],
  ["items_per_page", 20],
  ["font_scale", 1.0],
  ["autosave", true],
  ["recent_searches", ["caffè moka", "Dolomiti in inverno"]],
  ["editor_settings", {"spellcheck": {"enabled": true, "languages": ["it-IT"]},
                       "toolbar": ["bold", "italic", "link"],
                       "drafts": {"keep_days": 30, "max": 20}}],
  ["calendar", {"week_starts_on": "monday", "show_weekends": false, "working_hours": {"from": "09:00", "to": "17:30"}}],
  ["storage_quota_bytes", 18446744073709551615]
])";

const char *const kExtraUsers[][2] = {
    {"giulia.romano", "Giulia Romano"},
    {"marco.ricci", "Marco Ricci"},
    {"francesca.colombo", "Francesca Colombo"},
    {"luca.marino", "Luca Marino"},
    {"chiara.greco", "Chiara Greco"},
    {"alessandro.bruno", "Alessandro Bruno"},
    {"martina.gallo", "Martina Gallo"},
    {"matteo.conti", "Matteo Conti"},
    {"sofia.deluca", "Sofia De Luca"},
    {"lorenzo.mancini", "Lorenzo Mancini"},
    {"elena.costa", "Elena Costa"},
    {"andrea.giordano", "Andrea Giordano"},
    {"valentina.rizzo", "Valentina Rizzo"},
    {"davide.lombardi", "Davide Lombardi"},
    {"federica.moretti", "Federica Moretti"},
    {"simone.barbieri", "Simone Barbieri"},
    {"alessia.fontana", "Alessia Fontana"},
    {"riccardo.santoro", "Riccardo Santoro"},
    {"giorgia.mariani", "Giorgia Mariani"},
    {"stefano.rinaldi", "Stefano Rinaldi"},
    {"silvia.caruso", "Silvia Caruso"},
    {"paolo.ferrara", "Paolo Ferrara"},
    {"anna.galli", "Anna Galli"},
    {"gabriele.martini", "Gabriele Martini"},
    {"laura.leone", "Laura Leone"},
    {"fabio.longo", "Fabio Longo"},
    {"ilaria.gentile", "Ilaria Gentile"},
    {"roberto.martinelli", "Roberto Martinelli"},
    {"beatrice.vitale", "Beatrice Vitale"},
    {"tommaso.lombardo", "Tommaso Lombardo"},
};

qint64 joinedMs(int dayOffset)
{
    const QDateTime start(QDate(2021, 3, 1), QTime(9, 30), Qt::UTC);
    return start.addDays(dayOffset).addSecs(dayOffset * 137).toMSecsSinceEpoch();
}

// Appends a user's preferences with past timestamps derived from their overall
// index: created_at spread over the last two years in id order, last_updated_at
// equal to it, somewhere in between or within the last day.
void addPreferences(Json &preferences, qint64 userId, const char *json, qint64 nowMs)
{
    constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
    for (const QByteArrayView pair : RawJson::elements(json)) {
        const QList<QByteArrayView> keyAndValue = RawJson::elements(pair);
        Q_ASSERT(keyAndValue.size() == 2);
        const Json key = Json::parse(keyAndValue.at(0).begin(), keyAndValue.at(0).end());
        const qint64 i = qint64(preferences.size());
        // Days ago: from 730 down to 16 in steps of 19, then round again;
        // never in the future, however many preferences there are.
        const qint64 daysAgo = 730 - (19 * i) % 714;
        const qint64 created = nowMs - daysAgo * kDayMs - (i * 7919117 + 3301) % kDayMs;
        const qint64 updated = i % 5 == 0 ? created
            : i % 7 == 3                  ? nowMs - 1 - (i * 2345678) % kDayMs
                                          : created + (nowMs - created) * (i * 37 % 90 + 5) / 100;
        preferences.push_back({{"user_id", userId}, {"key", key},
            {"value", RawJson::fragment(RawJson::compact(keyAndValue.at(1)))},
            {"created_at", toStd(isoTimestamp(created))},
            {"last_updated_at", toStd(isoTimestamp(updated))}});
    }
}

} // namespace

void DemoData::populate(PrefStore &store)
{
    store.clear();
    const auto account = [](qint64 id, const char *name, const char *realName, const char *role) {
        UserRecord user;
        user.id = id;
        user.username = QLatin1String(name);
        user.password = QLatin1String(name);
        user.realName = QString::fromUtf8(realName);
        user.email = user.username + QLatin1String("@community.example.org");
        user.role = QLatin1String(role);
        user.dateJoinedMs = joinedMs(int(id));
        return user;
    };
    store.addUser(account(1, "support", "Sara Conti", "admin"));
    store.addUser(account(2, "alice", "Alice Bianchi", ""));
    store.addUser(account(3, "bob", "Bob Rossi", ""));

    int index = 0;
    for (const auto &[username, realName] : kExtraUsers) {
        UserRecord user;
        user.username = QLatin1String(username);
        user.realName = QString::fromUtf8(realName);
        user.email = user.username + QLatin1String("@example.org");
        user.role = index % 10 == 3 ? QStringLiteral("moderator")
            : index % 10 == 7       ? QStringLiteral("editor")
                                    : QString();
        user.dateJoinedMs = joinedMs(40 + index * 23);
        store.addUser(user);
        ++index;
    }

    // Loaded through the data file format, the only way to set past timestamps.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Json document = store.toJson();
    Json &preferences = document["preferences"];
    addPreferences(preferences, 1, kSupportPreferences, now);
    addPreferences(preferences, 2, kAlicePreferences, now);
    addPreferences(preferences, 3, kBobPreferences, now);
    addPreferences(preferences, 5, kMarcoPreferences, now);
    addPreferences(preferences, 6, kFrancescaPreferences, now);
    store.fromJson(document, nullptr);
}
