#include "LoopbackRequest.h"

#include <QList>
#include <QUrlQuery>

LoopbackRequest LoopbackRequest::parse(const QByteArray &received)
{
    LoopbackRequest request;
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0) {
        request.m_status = received.size() > MaxHeadSize ? Status::TooLarge : Status::Incomplete;
        return request;
    }
    const QByteArray requestLine = received.left(received.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        request.m_status = Status::Malformed;
        return request;
    }
    request.m_status = Status::Complete;
    request.m_method = parts.at(0);
    request.m_target = parts.at(1);
    request.m_url = QUrl::fromEncoded(request.m_target);
    return request;
}

bool LoopbackRequest::isCallback() const
{
    return m_status == Status::Complete && m_method == "GET" &&
        m_url.path() == QLatin1String("/callback");
}

QString LoopbackRequest::queryItem(const QString &name) const
{
    return QUrlQuery(m_url).queryItemValue(name, QUrl::FullyDecoded);
}
