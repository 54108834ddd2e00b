#include "PreferenceFile.h"

#include <QHash>

namespace {

const QString FormatKey = QStringLiteral("format");
const QString VersionKey = QStringLiteral("version");
const QString ServerKey = QStringLiteral("server");
const QString UserKey = QStringLiteral("user");
const QString IdKey = QStringLiteral("id");
const QString UsernameKey = QStringLiteral("username");
const QString ExportedAtKey = QStringLiteral("exported_at");
const QString PreferencesKey = QStringLiteral("preferences");
const QString KeyKey = QStringLiteral("key");
const QString ValueKey = QStringLiteral("value");

// The preferences sit three levels below the top (object, array, entry): a
// value as deep as any the editor accepts still fits.
constexpr int FileDepth = JsonValue::DefaultMaxDepth + 3;

} // namespace

QByteArray PreferenceFile::toJson() const
{
    JsonValue entries = JsonValue::array();
    for (const PreferenceEntry &entry : preferences) {
        entries = entries.appended(JsonValue::object()
                                       .inserted(KeyKey, JsonValue::fromString(entry.key))
                                       .inserted(ValueKey, entry.value));
    }
    const JsonValue user = userId > 0 ? JsonValue::object()
                                            .inserted(IdKey, JsonValue::fromInteger(userId))
                                            .inserted(UsernameKey, JsonValue::fromString(username))
                                      : JsonValue();
    const JsonValue document =
        JsonValue::object()
            .inserted(FormatKey, JsonValue::fromString(QLatin1String(FormatName)))
            .inserted(VersionKey, JsonValue::fromInteger(Version))
            .inserted(ServerKey,
                server.isEmpty() ? JsonValue() : JsonValue::fromString(server.toString()))
            .inserted(UserKey, user)
            .inserted(ExportedAtKey,
                exportedAt.isValid()
                    ? JsonValue::fromString(exportedAt.toUTC().toString(Qt::ISODateWithMs))
                    : JsonValue())
            .inserted(PreferencesKey, entries);
    return document.toJson(JsonValue::Format::Pretty) + '\n';
}

std::optional<PreferenceFile> PreferenceFile::parse(const QByteArray &utf8, QString *error)
{
    Q_ASSERT(error);
    JsonParseError parseError;
    const std::optional<JsonValue> document = JsonValue::parse(utf8, &parseError, FileDepth);
    if (!document) {
        *error = tr("The file is not valid JSON: %1.").arg(parseError.toString());
        return std::nullopt;
    }
    if (document->value(FormatKey).toString() != QLatin1String(FormatName)) {
        *error = tr("The file is not a preference file: its \"format\" is not \"%1\".")
                     .arg(QLatin1String(FormatName));
        return std::nullopt;
    }
    if (!document->contains(VersionKey)) {
        *error = tr("The file does not say which version of the format it has.");
        return std::nullopt;
    }
    const JsonValue version = document->value(VersionKey);
    if (!version.isInteger() || version.toInteger() != Version) {
        *error = tr("The file has version %1 of the format; this program reads version %2 only.")
                     .arg(version.toCompactString())
                     .arg(Version);
        return std::nullopt;
    }
    const JsonValue list = document->value(PreferencesKey);
    if (!list.isArray()) {
        *error = tr("The file has no list of preferences (\"%1\").").arg(PreferencesKey);
        return std::nullopt;
    }

    PreferenceFile file;
    QHash<QString, int> positions; // key -> its position in the file, from 1
    const QList<JsonValue> items = list.elements();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonValue &item = items.at(i);
        const int position = int(i) + 1;
        if (!item.isObject()) {
            *error = tr("Preference %1 of the file is not an object.").arg(position);
            return std::nullopt;
        }
        const QString key = item.value(KeyKey).toString();
        if (key.isEmpty()) {
            *error = tr("Preference %1 of the file has no key.").arg(position);
            return std::nullopt;
        }
        if (!item.contains(ValueKey)) {
            *error = tr("Preference %1 of the file (\"%2\") has no value.").arg(position).arg(key);
            return std::nullopt;
        }
        if (const auto seen = positions.constFind(key); seen != positions.constEnd()) {
            *error = tr("The key \"%1\" is in the file twice (preferences %2 and %3).")
                         .arg(key)
                         .arg(*seen)
                         .arg(position);
            return std::nullopt;
        }
        positions.insert(key, position);
        file.preferences.append({key, item.value(ValueKey)});
    }

    // Where the preferences came from: kept when the file says, never required.
    file.server = QUrl(document->value(ServerKey).toString());
    const JsonValue user = document->value(UserKey);
    file.userId = user.value(IdKey).toInteger();
    file.username = user.value(UsernameKey).toString();
    file.exportedAt =
        QDateTime::fromString(document->value(ExportedAtKey).toString(), Qt::ISODateWithMs);
    return file;
}
