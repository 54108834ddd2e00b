#include "ListPage.h"

#include "Logging.h"

std::optional<ListPage> ListPage::parse(const JsonValue &body, QString *error)
{
    ListPage page;
    JsonValue results;
    if (body.isArray()) {
        results = body;
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
            qCWarning(lcApi) << "ignoring a 'next' that is not a URL";
    } else {
        *error = tr("The server's answer is neither a page of results nor a list.");
        return std::nullopt;
    }
    const qsizetype n = results.size();
    page.items.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        page.items.append(results.at(i));
    return page;
}
