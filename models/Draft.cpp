#include "Draft.h"

namespace {

constexpr qint64 FormatVersion = 1;

QString timestampText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTimestamp(const JsonValue &value)
{
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    return when.isValid() ? when.toUTC() : QDateTime();
}

JsonValue string(const QString &text)
{
    return JsonValue::fromString(text);
}

// Fails with *error naming the field when it is missing or of another type.
bool readString(const JsonValue &object, const char *field, QString *out, QString *error)
{
    const JsonValue value = object.value(QLatin1String(field));
    if (!value.isString()) {
        if (error)
            *error = QStringLiteral("the field \"%1\" is missing or not a string")
                         .arg(QLatin1String(field));
        return false;
    }
    *out = value.toString();
    return true;
}

bool readInteger(const JsonValue &object, const char *field, qint64 *out, QString *error)
{
    const JsonValue value = object.value(QLatin1String(field));
    if (!value.isInteger() || value.toInteger(-1) < 0) {
        if (error)
            *error = QStringLiteral("the field \"%1\" is missing or not an id")
                         .arg(QLatin1String(field));
        return false;
    }
    *out = value.toInteger();
    return true;
}

JsonValue baseToJson(const Preference &base)
{
    // The value as its JSON text, so that it comes back byte for byte.
    return JsonValue::object()
        .inserted(QStringLiteral("id"), JsonValue::fromInteger(base.id))
        .inserted(QStringLiteral("user_id"), JsonValue::fromInteger(base.userId))
        .inserted(QStringLiteral("key"), string(base.key))
        .inserted(QStringLiteral("value"), string(base.value.toCompactString()))
        .inserted(QStringLiteral("created_at"), string(timestampText(base.createdAt)))
        .inserted(QStringLiteral("last_updated_at"), string(timestampText(base.lastUpdatedAt)));
}

std::optional<Preference> baseFromJson(const JsonValue &object, QString *error)
{
    Preference base;
    QString valueText;
    if (!readInteger(object, "id", &base.id, error) ||
        !readInteger(object, "user_id", &base.userId, error) ||
        !readString(object, "key", &base.key, error) ||
        !readString(object, "value", &valueText, error))
        return std::nullopt;
    JsonParseError parseError;
    const auto value = JsonValue::parse(valueText, &parseError);
    if (!value) {
        if (error)
            *error =
                QStringLiteral("the base value is not valid JSON: %1").arg(parseError.toString());
        return std::nullopt;
    }
    base.value = *value;
    base.createdAt = parseTimestamp(object.value(QStringLiteral("created_at")));
    base.lastUpdatedAt = parseTimestamp(object.value(QStringLiteral("last_updated_at")));
    return base;
}

} // namespace

JsonValue Draft::toJson() const
{
    return JsonValue::object()
        .inserted(QStringLiteral("format"), JsonValue::fromInteger(FormatVersion))
        .inserted(QStringLiteral("id"), string(id))
        .inserted(QStringLiteral("server"), string(server))
        .inserted(QStringLiteral("user"), string(user))
        .inserted(QStringLiteral("owner_id"), JsonValue::fromInteger(ownerId))
        .inserted(QStringLiteral("owner_name"), string(ownerName))
        .inserted(QStringLiteral("account"), string(account))
        .inserted(QStringLiteral("preference_id"), JsonValue::fromInteger(preferenceId))
        .inserted(QStringLiteral("base"), base ? baseToJson(*base) : JsonValue())
        .inserted(QStringLiteral("key"), string(key))
        .inserted(QStringLiteral("text"), string(valueText))
        .inserted(QStringLiteral("saved_at"), string(timestampText(savedAt)));
}

std::optional<Draft> Draft::fromJson(const JsonValue &object, QString *error)
{
    if (!object.isObject()) {
        if (error)
            *error = QStringLiteral("a draft must be a JSON object");
        return std::nullopt;
    }
    if (object.value(QStringLiteral("format")).toInteger() != FormatVersion) {
        if (error)
            *error = QStringLiteral("unknown draft format");
        return std::nullopt;
    }
    Draft draft;
    if (!readString(object, "id", &draft.id, error) ||
        !readString(object, "server", &draft.server, error) ||
        !readString(object, "user", &draft.user, error) ||
        !readInteger(object, "owner_id", &draft.ownerId, error) ||
        !readString(object, "owner_name", &draft.ownerName, error) ||
        !readString(object, "account", &draft.account, error) ||
        !readInteger(object, "preference_id", &draft.preferenceId, error) ||
        !readString(object, "key", &draft.key, error) ||
        !readString(object, "text", &draft.valueText, error))
        return std::nullopt;
    const JsonValue base = object.value(QStringLiteral("base"));
    if (draft.preferenceId != 0) {
        if (!base.isObject()) {
            if (error)
                *error = QStringLiteral("the draft of an existing preference has no base");
            return std::nullopt;
        }
        draft.base = baseFromJson(base, error);
        if (!draft.base)
            return std::nullopt;
        if (draft.base->id != draft.preferenceId) {
            if (error)
                *error = QStringLiteral("the base is another preference");
            return std::nullopt;
        }
    }
    draft.savedAt = parseTimestamp(object.value(QStringLiteral("saved_at")));
    return draft;
}
