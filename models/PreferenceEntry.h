#pragma once

#include "JsonValue.h"
#include "Preference.h"

#include <QList>
#include <QString>

// A preference's key and value, without the server's bookkeeping (id,
// timestamps): an entry of an export file, or what a change set makes a
// user's preferences hold.
struct PreferenceEntry
{
    QString key;
    JsonValue value;

    static QList<PreferenceEntry> fromPreferences(const QList<Preference> &preferences)
    {
        QList<PreferenceEntry> entries;
        entries.reserve(preferences.size());
        for (const Preference &preference : preferences)
            entries.append({preference.key, preference.value});
        return entries;
    }
};
