#pragma once

#include "JsonValue.h"

#include <QDateTime>
#include <QString>

#include <optional>

// One preference as the API returns it.
struct Preference
{
    qint64 id = 0;
    qint64 userId = 0;
    QString key;
    JsonValue value;
    QDateTime createdAt;
    QDateTime lastUpdatedAt;

    // Refuses objects that lack id, key or value; *error says what is wrong.
    static std::optional<Preference> fromJson(const JsonValue &object, QString *error = nullptr);
    JsonValue toJson() const; // the API's own object, fields in API order
};

// The user a set of preferences belongs to, or the signed-in account.
struct UserInfo
{
    qint64 id = 0;
    QString username;
    QString realName;
    QString email;
    QString role; // "admin", "moderator", "editor" or empty

    bool isAdmin() const { return role == QLatin1String("admin"); }
    QString displayName() const { return realName.isEmpty() ? username : realName; }
    static std::optional<UserInfo> fromJson(const JsonValue &object, QString *error = nullptr);
};

Q_DECLARE_METATYPE(Preference)
Q_DECLARE_METATYPE(UserInfo)
