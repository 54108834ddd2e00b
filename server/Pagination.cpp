#include "Pagination.h"

#include <QUrl>

#include <map>

using namespace HttpHelpers;

Pagination::Pagination(const HttpRequestData &request, int defaultLimit, int maxLimit)
    : m_request(request)
{
    bool ok = false;
    const int limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
    m_limit = ok && limit > 0 ? std::min(limit, maxLimit) : std::min(defaultLimit, maxLimit);
    m_limit = std::max(m_limit, 1);
    const int offset = request.queryValue(QStringLiteral("offset")).toInt(&ok);
    m_offset = ok && offset > 0 ? offset : 0;
}

Json Pagination::page(qint64 count, Json results) const
{
    Json page;
    page["count"] = count;
    page["next"] = qint64(m_offset) + m_limit >= count
        ? Json(nullptr)
        : Json(toStd(pageUrl(m_offset + m_limit, true)));
    if (m_offset <= 0)
        page["previous"] = nullptr;
    else
        page["previous"] = toStd(pageUrl(m_offset - m_limit, m_offset - m_limit > 0));
    page["results"] = std::move(results);
    return page;
}

QString Pagination::pageUrl(int offset, bool withOffset) const
{
    // Like DRF's replace_query_param: every parameter kept, sorted by name.
    std::map<QString, QStringList> items;
    for (const auto &[name, value] : m_request.queryItems().queryItems(QUrl::FullyDecoded))
        items[name].append(value);
    items[QStringLiteral("limit")] = QStringList {QString::number(m_limit)};
    items.erase(QStringLiteral("offset"));
    if (withOffset)
        items[QStringLiteral("offset")] = QStringList {QString::number(offset)};

    const auto encode = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text).replace("%20", "+"));
    };
    QStringList pairs;
    for (const auto &[name, values] : items) {
        for (const QString &value : values)
            pairs.append(encode(name) + u'=' + encode(value));
    }
    const QString path = QString::fromLatin1(QUrl::toPercentEncoding(m_request.path, "/"));
    return m_request.origin + path + u'?' + pairs.join(u'&');
}
