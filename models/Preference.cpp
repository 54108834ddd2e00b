#include "Preference.h"

#include <QCoreApplication>

namespace {

class PreferenceParser
{
    Q_DECLARE_TR_FUNCTIONS(PreferenceParser)
};

// ISO 8601 with or without fractional seconds and offset, as UTC.
QDateTime parseTimestamp(const JsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!when.isValid())
        return {};
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC); // the API speaks UTC
    when = when.toUTC();
    // ISO 8601 has four-digit years: one that an offset pushes past 9999
    // could not be written back.
    if (when.date().year() < 1 || when.date().year() > 9999)
        return {};
    return when;
}

JsonValue timestampToJson(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return JsonValue::fromString(when.toUTC().toString(Qt::ISODateWithMs));
}

bool readId(const JsonValue &object, const char *field, qint64 *id, QString *error)
{
    const JsonValue value = object.value(QString::fromLatin1(field));
    if (!value.isInteger() || value.toInteger(-1) < 0) {
        if (error) {
            *error = value.isNull()
                ? PreferenceParser::tr("the field \"%1\" is missing").arg(QLatin1String(field))
                : PreferenceParser::tr("the field \"%1\" is not a valid id")
                      .arg(QLatin1String(field));
        }
        return false;
    }
    *id = value.toInteger();
    return true;
}

QString optionalString(const JsonValue &object, const QString &field)
{
    return object.value(field).toString();
}

} // namespace

std::optional<Preference> Preference::fromJson(const JsonValue &object, QString *error)
{
    if (!object.isObject()) {
        if (error)
            *error = PreferenceParser::tr("a preference must be a JSON object, not %1")
                         .arg(object.typeName());
        return std::nullopt;
    }
    Preference preference;
    if (!readId(object, "id", &preference.id, error))
        return std::nullopt;
    const JsonValue userId = object.value(QStringLiteral("user_id"));
    if (userId.isInteger())
        preference.userId = userId.toInteger();

    const JsonValue key = object.value(QStringLiteral("key"));
    if (!key.isString()) {
        if (error)
            *error = PreferenceParser::tr("the field \"%1\" is missing or not a string")
                         .arg(QStringLiteral("key"));
        return std::nullopt;
    }
    preference.key = key.toString();
    if (!object.contains(QStringLiteral("value"))) {
        if (error)
            *error =
                PreferenceParser::tr("the field \"%1\" is missing").arg(QStringLiteral("value"));
        return std::nullopt;
    }
    preference.value = object.value(QStringLiteral("value"));
    preference.createdAt = parseTimestamp(object.value(QStringLiteral("created_at")));
    preference.lastUpdatedAt = parseTimestamp(object.value(QStringLiteral("last_updated_at")));
    return preference;
}

JsonValue Preference::toJson() const
{
    return JsonValue::object()
        .inserted(QStringLiteral("id"), JsonValue::fromInteger(id))
        .inserted(QStringLiteral("user_id"), JsonValue::fromInteger(userId))
        .inserted(QStringLiteral("key"), JsonValue::fromString(key))
        .inserted(QStringLiteral("value"), value)
        .inserted(QStringLiteral("created_at"), timestampToJson(createdAt))
        .inserted(QStringLiteral("last_updated_at"), timestampToJson(lastUpdatedAt));
}

std::optional<UserInfo> UserInfo::fromJson(const JsonValue &object, QString *error)
{
    if (!object.isObject()) {
        if (error)
            *error =
                PreferenceParser::tr("a user must be a JSON object, not %1").arg(object.typeName());
        return std::nullopt;
    }
    UserInfo user;
    if (!readId(object, "id", &user.id, error))
        return std::nullopt;
    user.username = optionalString(object, QStringLiteral("username"));
    user.realName = optionalString(object, QStringLiteral("real_name"));
    user.email = optionalString(object, QStringLiteral("email"));
    user.role = optionalString(object, QStringLiteral("role"));
    return user;
}
