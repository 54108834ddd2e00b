#include "JournalEntry.h"

#include <QUuid>

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<JournalEntry::Operation, const char *>, 3> Operations {{
    {JournalEntry::Operation::Create, "create"},
    {JournalEntry::Operation::Patch, "patch"},
    {JournalEntry::Operation::Delete, "delete"},
}};

constexpr std::array<std::pair<JournalEntry::Outcome, const char *>, 4> Outcomes {{
    {JournalEntry::Outcome::Applied, "applied"},
    {JournalEntry::Outcome::Failed, "failed"},
    {JournalEntry::Outcome::Conflict, "conflict"},
    {JournalEntry::Outcome::Uncertain, "uncertain"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(
    const std::array<std::pair<Enum, const char *>, N> &names, const QString &text)
{
    for (const auto &[value, name] : names) {
        if (text == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

JsonValue userToJson(const JournalUser &user)
{
    return JsonValue::object()
        .inserted(QStringLiteral("id"), JsonValue::fromInteger(user.id))
        .inserted(QStringLiteral("username"), JsonValue::fromString(user.username));
}

std::optional<JournalUser> userFromJson(const JsonValue &object)
{
    const JsonValue id = object.value(QStringLiteral("id"));
    const JsonValue username = object.value(QStringLiteral("username"));
    if (!id.isInteger() || !username.isString())
        return std::nullopt;
    return JournalUser {id.toInteger(), username.toString()};
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Reads what toJson() wrote: an ISO time with "Z".
QDateTime timeFromJson(const JsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
                            : QDateTime();
}

// The parser: each read sets the error once and keeps it.
class Reader
{
public:
    explicit Reader(const JsonValue &object)
        : m_object(object)
    { }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString string(const char *field)
    {
        const JsonValue value = m_object.value(QLatin1String(field));
        if (!value.isString())
            refuse(field);
        return value.toString();
    }

    std::optional<QString> optionalString(const char *field)
    {
        if (!m_object.contains(QLatin1String(field)))
            return std::nullopt;
        return string(field);
    }

    std::optional<JsonValue> optionalValue(const char *field)
    {
        if (!m_object.contains(QLatin1String(field)))
            return std::nullopt;
        return m_object.value(QLatin1String(field));
    }

    QDateTime time(const char *field, bool required)
    {
        if (!required && !m_object.contains(QLatin1String(field)))
            return {};
        const QDateTime time = timeFromJson(m_object.value(QLatin1String(field)));
        if (!time.isValid())
            refuse(field);
        return time;
    }

    JournalUser user(const char *field)
    {
        const std::optional<JournalUser> user = userFromJson(m_object.value(QLatin1String(field)));
        if (!user)
            refuse(field);
        return user.value_or(JournalUser());
    }

    qint64 id(const char *field)
    {
        const JsonValue value = m_object.value(QLatin1String(field));
        if (!value.isInteger() || value.toInteger(-1) < 0)
            refuse(field);
        return value.toInteger();
    }

    void refuse(const char *field)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("the field \"%1\" is missing or not valid")
                          .arg(QLatin1String(field));
    }

private:
    const JsonValue &m_object;
    QString m_error;
};

} // namespace

QString JournalEntry::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

JsonValue JournalEntry::toJson() const
{
    JsonValue object =
        JsonValue::object()
            .inserted(QStringLiteral("id"), JsonValue::fromString(id))
            .inserted(QStringLiteral("time"), JsonValue::fromString(timeText(time)))
            .inserted(QStringLiteral("actor"), userToJson(actor))
            .inserted(QStringLiteral("user"), userToJson(user))
            .inserted(QStringLiteral("preference_id"), JsonValue::fromInteger(preferenceId))
            .inserted(
                QStringLiteral("operation"), JsonValue::fromString(nameOf(Operations, operation)))
            .inserted(QStringLiteral("outcome"), JsonValue::fromString(nameOf(Outcomes, outcome)));
    const auto insert = [&object](const char *field, const JsonValue &value) {
        object = object.inserted(QLatin1String(field), value);
    };
    if (keyBefore)
        insert("key_before", JsonValue::fromString(*keyBefore));
    if (valueBefore)
        insert("value_before", *valueBefore);
    if (keyAfter)
        insert("key_after", JsonValue::fromString(*keyAfter));
    if (valueAfter)
        insert("value_after", *valueAfter);
    if (updatedAtAfter.isValid())
        insert("updated_at_after", JsonValue::fromString(timeText(updatedAtAfter)));
    if (!batchId.isEmpty())
        insert("batch", JsonValue::fromString(batchId));
    if (!undoes.isEmpty())
        insert("undoes", JsonValue::fromString(undoes));
    return object;
}

std::optional<JournalEntry> JournalEntry::fromJson(const JsonValue &object, QString *error)
{
    if (!object.isObject()) {
        if (error)
            *error = QStringLiteral("a journal entry must be a JSON object");
        return std::nullopt;
    }
    Reader read(object);
    JournalEntry entry;
    entry.id = read.string("id");
    if (entry.id.isEmpty())
        read.refuse("id");
    entry.time = read.time("time", true);
    entry.actor = read.user("actor");
    entry.user = read.user("user");
    entry.preferenceId = read.id("preference_id");
    if (const auto operation = valueOf(Operations, read.string("operation")))
        entry.operation = *operation;
    else
        read.refuse("operation");
    if (const auto outcome = valueOf(Outcomes, read.string("outcome")))
        entry.outcome = *outcome;
    else
        read.refuse("outcome");
    entry.keyBefore = read.optionalString("key_before");
    entry.valueBefore = read.optionalValue("value_before");
    entry.keyAfter = read.optionalString("key_after");
    entry.valueAfter = read.optionalValue("value_after");
    entry.updatedAtAfter = read.time("updated_at_after", false);
    entry.batchId = read.optionalString("batch").value_or(QString());
    entry.undoes = read.optionalString("undoes").value_or(QString());
    if (!read.ok()) {
        if (error)
            *error = read.error();
        return std::nullopt;
    }
    return entry;
}
