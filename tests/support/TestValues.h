// Values the tests write as JSON text, and the paths of the signed-in
// user's preferences: shared by the tests that link the core.
#pragma once

#include "JsonValue.h"
#include "Preference.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

// text must be valid JSON: a test's own constant.
inline JsonValue json(const char *text)
{
    const std::optional<JsonValue> value = JsonValue::parse(QByteArray(text));
    if (!value)
        qFatal("bad test JSON: %s", text);
    return *value;
}

inline Preference preference(qint64 id, const char *key, const char *value)
{
    Preference result;
    result.id = id;
    result.key = QString::fromUtf8(key);
    result.value = json(value);
    return result;
}

inline const QString PreferencesPath = QStringLiteral("/api/v2/user/me/preference/");

inline QString preferencePath(qint64 id)
{
    return PreferencesPath + QString::number(id) + QLatin1Char('/');
}
