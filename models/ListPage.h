#pragma once

#include "JsonValue.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include <optional>

// One answer of a list endpoint, before its items are read: a DRF page
// ({"count", "next", "previous", "results"}) or a plain array (some
// deployments answer that). Pure: no network.
class ListPage
{
    Q_DECLARE_TR_FUNCTIONS(ListPage)

public:
    QList<JsonValue> items; // in server order
    bool isPage = false; // a {"count","next","results"} object, not a plain array
    qint64 count = -1; // the page's "count"; -1 when absent or not a valid count
    QUrl next; // empty when there is no next page (or it is not a URL string)

    // Refuses a body that is neither a page nor an array; *error (required)
    // says so.
    static std::optional<ListPage> parse(const JsonValue &body, QString *error);
};
