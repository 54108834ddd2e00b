#include "PrefStore.h"

#include "RawJson.h"
#include "ServerClock.h"
#include "StrictJson.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

using namespace HttpHelpers;

void PrefStore::clear()
{
    m_users.clear();
    m_preferences.clear();
    m_nextUserId = 1;
    m_nextPreferenceId = 1;
}

qint64 PrefStore::addUser(UserRecord user)
{
    if (user.id <= 0)
        user.id = m_nextUserId;
    m_nextUserId = std::max(m_nextUserId, user.id + 1);
    if (user.dateJoinedMs <= 0)
        user.dateJoinedMs = nowMs();
    const qint64 id = user.id;
    m_users[id] = std::move(user);
    return id;
}

const UserRecord *PrefStore::user(qint64 id) const
{
    const auto it = m_users.find(id);
    return it == m_users.end() ? nullptr : &it->second;
}

const UserRecord *PrefStore::userByName(const QString &username) const
{
    for (const auto &[id, user] : m_users) {
        if (user.username == username)
            return &user;
    }
    return nullptr;
}

QList<const UserRecord *> PrefStore::users() const
{
    return searchUsers(QString());
}

QList<const UserRecord *> PrefStore::searchUsers(const QString &term) const
{
    QList<const UserRecord *> result;
    for (const auto &[id, user] : m_users) {
        if (term.isEmpty() || user.username.contains(term, Qt::CaseInsensitive) ||
            user.realName.contains(term, Qt::CaseInsensitive))
            result.append(&user);
    }
    return result;
}

QList<const PreferenceRecord *> PrefStore::preferences(qint64 userId, const QString &key) const
{
    QList<const PreferenceRecord *> result;
    for (const auto &[id, preference] : m_preferences) {
        if (preference.userId == userId && (key.isEmpty() || preference.key == key))
            result.append(&preference);
    }
    return result;
}

const PreferenceRecord *PrefStore::preference(qint64 id) const
{
    const auto it = m_preferences.find(id);
    return it == m_preferences.end() ? nullptr : &it->second;
}

bool PrefStore::hasKey(qint64 userId, const QString &key, qint64 exceptPreferenceId) const
{
    for (const auto &[id, preference] : m_preferences) {
        if (preference.userId == userId && preference.key == key && id != exceptPreferenceId)
            return true;
    }
    return false;
}

const PreferenceRecord &PrefStore::createPreference(
    qint64 userId, const QString &key, const QByteArray &value)
{
    PreferenceRecord record;
    record.id = m_nextPreferenceId++;
    record.userId = userId;
    record.key = key;
    record.value = value;
    record.createdMs = nextStamp();
    record.updatedMs = record.createdMs;
    return m_preferences[record.id] = std::move(record);
}

const PreferenceRecord *PrefStore::updatePreference(
    qint64 id, const std::optional<QString> &key, const std::optional<QByteArray> &value)
{
    const auto it = m_preferences.find(id);
    if (it == m_preferences.end())
        return nullptr;
    if (key)
        it->second.key = *key;
    if (value)
        it->second.value = *value;
    it->second.updatedMs = nextStamp();
    return &it->second;
}

bool PrefStore::removePreference(qint64 id)
{
    return m_preferences.erase(id) > 0;
}

qint64 PrefStore::nextStamp()
{
    // Strictly increasing, so every write changes last_updated_at.
    m_lastStamp = std::max(nowMs(), m_lastStamp + 1);
    return m_lastStamp;
}

qint64 PrefStore::nowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

Json PrefStore::userJson(const UserRecord &user)
{
    Json json;
    json["id"] = user.id;
    json["username"] = toStd(user.username);
    json["real_name"] = toStd(user.realName);
    json["avatar"] = nullptr;
    json["email"] = toStd(user.email);
    json["role"] = user.role.isEmpty() ? Json(nullptr) : Json(toStd(user.role));
    json["deleted"] = false;
    json["date_joined"] = toStd(isoTimestamp(user.dateJoinedMs));
    return json;
}

Json PrefStore::preferenceJson(const PreferenceRecord &preference)
{
    Json json;
    json["id"] = preference.id;
    json["user_id"] = preference.userId;
    json["key"] = toStd(preference.key);
    json["value"] = RawJson::fragment(preference.value);
    json["created_at"] = toStd(isoTimestamp(preference.createdMs));
    json["last_updated_at"] = toStd(isoTimestamp(preference.updatedMs));
    return json;
}

Json PrefStore::toJson() const
{
    Json users = Json::array();
    for (const auto &[id, user] : m_users) {
        Json json = userJson(user);
        json.erase("avatar");
        json.erase("deleted");
        json["password"] = user.password.isEmpty() ? Json(nullptr) : Json(toStd(user.password));
        users.push_back(std::move(json));
    }
    Json preferences = Json::array();
    for (const auto &[id, preference] : m_preferences)
        preferences.push_back(preferenceJson(preference));
    return Json {{"users", users}, {"preferences", preferences}};
}

bool PrefStore::fromJson(const Json &document, QString *errorMessage)
{
    const auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const auto optionalString = [](const Json &object, const char *name) {
        const auto it = object.find(name);
        return it == object.end() || it->is_null() ? QString() : fromStd(it->get<std::string>());
    };
    const auto stamp = [&](const Json &object, const char *name) {
        const qint64 parsed = parseTimestamp(optionalString(object, name));
        return parsed > 0 ? parsed : nextStamp();
    };

    clear();
    try {
        if (!document.is_object())
            return fail(QStringLiteral("the top level is not an object"));
        for (const Json &entry : document.value("users", Json::array())) {
            UserRecord user;
            user.id = entry.value("id", qint64(0));
            user.username = fromStd(entry.at("username").get<std::string>());
            user.password = optionalString(entry, "password");
            user.realName = optionalString(entry, "real_name");
            user.email = optionalString(entry, "email");
            user.role = optionalString(entry, "role");
            user.dateJoinedMs = parseTimestamp(optionalString(entry, "date_joined"));
            if (user.username.isEmpty() || userByName(user.username) || this->user(user.id))
                return fail(QStringLiteral("empty or repeated user \"%1\"").arg(user.username));
            addUser(user);
        }
        for (const Json &entry : document.value("preferences", Json::array())) {
            PreferenceRecord preference;
            preference.id = entry.value("id", qint64(0));
            if (preference.id <= 0)
                preference.id = m_nextPreferenceId;
            preference.userId = entry.at("user_id").get<qint64>();
            preference.key = fromStd(entry.at("key").get<std::string>());
            // Parsed values (not fragments) are written compact, as Json::dump does.
            preference.value = RawJson::text(entry.at("value"));
            preference.createdMs = stamp(entry, "created_at");
            preference.updatedMs = std::max(stamp(entry, "last_updated_at"), preference.createdMs);
            m_lastStamp = std::max(m_lastStamp, preference.updatedMs);
            if (!user(preference.userId) || this->preference(preference.id))
                return fail(QStringLiteral("preference %1 has an unknown user or a repeated id")
                                .arg(preference.id));
            m_nextPreferenceId = std::max(m_nextPreferenceId, preference.id + 1);
            m_preferences[preference.id] = std::move(preference);
        }
    } catch (const Json::exception &error) {
        return fail(QString::fromUtf8(error.what()));
    }
    return true;
}

bool PrefStore::load(const QString &fileName, QString *errorMessage)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    return fromText(file.readAll(), errorMessage);
}

bool PrefStore::fromText(const QByteArray &text, QString *errorMessage)
{
    StrictJson::Result parsed = StrictJson::parse(text, 100000);
    if (!parsed.ok) {
        if (errorMessage)
            *errorMessage = parsed.error;
        return false;
    }
    // Each value as written in the file rather than as parsed.
    Json &document = parsed.value;
    if (document.is_object() && document.contains("preferences") &&
        document.at("preferences").is_array()) {
        Json &preferences = document.at("preferences");
        const std::optional<QByteArrayView> array = RawJson::member(text, "preferences");
        const QList<QByteArrayView> entries =
            array ? RawJson::elements(*array) : QList<QByteArrayView>();
        for (qsizetype i = 0; i < entries.size() && i < qsizetype(preferences.size()); ++i) {
            Json &entry = preferences.at(size_t(i));
            const std::optional<QByteArrayView> value = RawJson::member(entries.at(i), "value");
            if (entry.is_object() && entry.contains("value") && value)
                entry.at("value") = RawJson::fragment(RawJson::compact(*value));
        }
    }
    return fromJson(document, errorMessage);
}

bool PrefStore::save(const QString &fileName, QString *errorMessage) const
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(RawJson::dump(toJson(), 2));
        file.write("\n");
        if (file.commit())
            return true;
    }
    if (errorMessage)
        *errorMessage = file.errorString();
    return false;
}
