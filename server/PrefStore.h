// Users and their preferences, in memory, with id counters and strictly
// increasing timestamps. Values are kept as their validated, compact JSON
// text, so they come back exactly as they were sent (see RawJson.h).
// Optionally mirrored to a JSON file.
#pragma once

#include "HttpHelpers.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <map>
#include <optional>

class ServerClock;

struct UserRecord
{
    qint64 id = 0;
    QString username;
    QString password; // empty: cannot sign in with the password grant
    QString realName;
    QString email;
    QString role; // "admin", "moderator", "editor" or empty for null
    qint64 dateJoinedMs = 0;

    bool isAdmin() const { return role == QLatin1String("admin"); }
};

struct PreferenceRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    QString key;
    QByteArray value; // compact JSON text, every token as received
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

class PrefStore
{
public:
    // Timestamps come from this clock (which must outlive the store), or the
    // wall clock without one.
    void setClock(const ServerClock *clock) { m_clock = clock; }
    void clear();

    // Adds a user; id 0 picks the next free id. Returns the stored id.
    qint64 addUser(UserRecord user);
    const UserRecord *user(qint64 id) const;
    const UserRecord *userByName(const QString &username) const;
    QList<const UserRecord *> users() const;
    // Case-insensitive substring match on username and real name, by id.
    QList<const UserRecord *> searchUsers(const QString &term) const;

    // A user's preferences by id; an empty key means all of them.
    QList<const PreferenceRecord *> preferences(qint64 userId, const QString &key = {}) const;
    const PreferenceRecord *preference(qint64 id) const;
    bool hasKey(qint64 userId, const QString &key, qint64 exceptPreferenceId = 0) const;

    // value: valid, compact JSON text (RawJson::compact of validated text).
    const PreferenceRecord &createPreference(
        qint64 userId, const QString &key, const QByteArray &value);
    // Each write stamps last_updated_at, even when nothing changed.
    const PreferenceRecord *updatePreference(
        qint64 id, const std::optional<QString> &key, const std::optional<QByteArray> &value);
    bool removePreference(qint64 id);

    static Json userJson(const UserRecord &user);
    // The value is a RawJson fragment: dump it with RawJson::dump.
    static Json preferenceJson(const PreferenceRecord &preference);

    // The --data file format: {"users": [...], "preferences": [...]}, values
    // as RawJson fragments.
    Json toJson() const;
    // Values may be RawJson fragments (kept verbatim) or parsed JSON.
    bool fromJson(const Json &document, QString *errorMessage);
    // The data file text; every value keeps its tokens as written.
    bool fromText(const QByteArray &text, QString *errorMessage);
    bool load(const QString &fileName, QString *errorMessage);
    bool save(const QString &fileName, QString *errorMessage) const;

private:
    qint64 nextStamp();
    qint64 nowMs() const;

    std::map<qint64, UserRecord> m_users;
    std::map<qint64, PreferenceRecord> m_preferences;
    qint64 m_nextUserId = 1;
    qint64 m_nextPreferenceId = 1;
    qint64 m_lastStamp = 0;
    const ServerClock *m_clock = nullptr;
};
