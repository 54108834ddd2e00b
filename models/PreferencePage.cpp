#include "PreferencePage.h"

#include <QLoggingCategory>

namespace {

// The model's own category: the page parser used to live there.
Q_LOGGING_CATEGORY(lcPreferencePage, "prefeditor.model", QtInfoMsg)

} // namespace

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

std::optional<PreferencePage> PreferencePage::parse(const JsonValue &body, QString *error)
{
    PreferencePage page;
    JsonValue results;
    if (body.isArray()) {
        results = body; // some deployments answer a plain array
    } else if (body.isObject() && body.value(QStringLiteral("results")).isArray()) {
        page.isPage = true;
        results = body.value(QStringLiteral("results"));
        const JsonValue count = body.value(QStringLiteral("count"));
        if (count.type() == JsonValue::Type::Integer && count.toInteger(-1) >= 0)
            page.count = count.toInteger(-1);
        const JsonValue next = body.value(QStringLiteral("next"));
        if (next.isString() && !next.toString().isEmpty())
            page.next = QUrl(next.toString());
        else if (!next.isNull())
            qCWarning(lcPreferencePage) << "ignoring a 'next' that is not a URL";
    } else {
        *error = tr("The server's answer is neither a page of preferences nor a list.");
        return std::nullopt;
    }

    const qsizetype n = results.size();
    page.rows.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        QString rowError;
        std::optional<Row> row = Row::fromJson(results.at(i), &rowError);
        if (!row) {
            *error = tr("Preference %1 of the page is not valid: %2").arg(i + 1).arg(rowError);
            return std::nullopt;
        }
        page.rows.append(std::move(*row));
    }
    return page;
}
