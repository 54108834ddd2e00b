// limit/offset pagination as Django REST framework's LimitOffsetPagination
// does it: {"count", "next", "previous", "results"} with absolute URLs.
#pragma once

#include "HttpHelpers.h"

#include <QList>

class Pagination
{
public:
    Pagination(const HttpRequestData &request, int defaultLimit, int maxLimit);

    int limit() const { return m_limit; }
    int offset() const { return m_offset; }
    // The page of `all`, which holds every matching item in order; only the
    // items on the page are converted with toJson.
    template<typename Item, typename ToJson> Json page(const QList<Item> &all, ToJson toJson) const
    {
        Json results = Json::array();
        for (qsizetype i = m_offset; i < all.size() && i < qsizetype(m_offset) + m_limit; ++i)
            results.push_back(toJson(*all.at(i)));
        return page(qint64(all.size()), std::move(results));
    }
    // {"count", "next", "previous", "results"} around one page of results.
    Json page(qint64 count, Json results) const;

private:
    QString pageUrl(int offset, bool withOffset) const;

    const HttpRequestData &m_request;
    int m_limit = 0;
    int m_offset = 0;
};
