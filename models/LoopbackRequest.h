#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// The head of one HTTP request that a browser sends to the loopback redirect
// listener, parsed from the bytes received so far. Pure: no sockets, so the
// fuzzer can drive it. Only the request line matters; header fields are
// skipped up to the blank line that ends the head.
class LoopbackRequest
{
public:
    enum class Status {
        Incomplete, // no blank line yet: wait for more bytes
        TooLarge, // no blank line within MaxHeadSize bytes: drop the connection
        Malformed, // the request line is not "METHOD TARGET HTTP/1.x": answer 400
        Complete, // method() and target() are set
    };

    static constexpr qsizetype MaxHeadSize = 16 * 1024;

    // Parses everything received on the connection so far. Bytes after the
    // head (a body, a pipelined request) are ignored.
    static LoopbackRequest parse(const QByteArray &received);

    Status status() const { return m_status; }
    QByteArray method() const { return m_method; } // e.g. "GET"
    QByteArray target() const { return m_target; } // e.g. "/callback?code=...&state=..."

    // A GET of /callback, with any query.
    bool isCallback() const;
    // A query item of the target, fully decoded; empty when absent.
    QString queryItem(const QString &name) const;

private:
    Status m_status = Status::Incomplete;
    QByteArray m_method;
    QByteArray m_target;
    QUrl m_url;
};
