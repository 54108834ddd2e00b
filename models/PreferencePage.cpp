#include "PreferencePage.h"

std::optional<PreferencePage::Row> PreferencePage::Row::fromJson(
    const JsonValue &object, QString *error)
{
    std::optional<Preference> pref = Preference::fromJson(object, error);
    if (!pref)
        return std::nullopt;
    Row row;
    row.compactValue = pref->value.toCompactString();
    row.preference = std::move(*pref);
    row.object = object;
    return row;
}

std::optional<QList<PreferencePage::Row>> PreferencePage::rowsFrom(
    const QList<JsonValue> &items, QString *error)
{
    QList<Row> rows;
    rows.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString rowError;
        std::optional<Row> row = Row::fromJson(items.at(i), &rowError);
        if (!row) {
            *error = tr("Preference %1 of the page is not valid: %2").arg(i + 1).arg(rowError);
            return std::nullopt;
        }
        rows.append(std::move(*row));
    }
    return rows;
}

std::optional<PreferencePage> PreferencePage::parse(const JsonValue &body, QString *error)
{
    std::optional<ListPage> list = ListPage::parse(body, error);
    if (!list)
        return std::nullopt;
    std::optional<QList<Row>> rows = rowsFrom(list->items, error);
    if (!rows)
        return std::nullopt;
    PreferencePage page;
    page.rows = std::move(*rows);
    page.isPage = list->isPage;
    page.count = list->count;
    page.next = list->next;
    return page;
}
