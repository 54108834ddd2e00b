#pragma once

#include "JsonValue.h"
#include "ListPage.h"
#include "Preference.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// One answer of the preferences list endpoint, parsed: a ListPage whose
// items are all preferences. Pure: no network, no model; the fuzzer calls it.
class PreferencePage
{
    Q_DECLARE_TR_FUNCTIONS(PreferencePage)

public:
    // One preference: the parsed fields, the server's own object and the
    // compact JSON text of the value (computed once on arrival; the proxy
    // filters on it).
    struct Row
    {
        Preference preference;
        JsonValue object;
        QString compactValue;

        // Refuses what Preference::fromJson refuses; *error says why.
        static std::optional<Row> fromJson(const JsonValue &object, QString *error);
    };

    QList<Row> rows; // in server order
    bool isPage = false; // a {"count","next","results"} object, not a plain array
    qint64 count = -1; // the page's "count"; -1 when absent or not a valid count
    QUrl next; // empty when there is no next page (or it is not a URL string)

    // Refuses a body that ListPage refuses, and a page with any invalid
    // preference; *error (required) says which and why.
    static std::optional<PreferencePage> parse(const JsonValue &body, QString *error);
    // A page's items as rows; refuses them all when one is not a preference.
    static std::optional<QList<Row>> rowsFrom(const QList<JsonValue> &items, QString *error);
};
