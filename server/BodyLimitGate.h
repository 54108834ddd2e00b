// Watches the bytes of one connection before QAbstractHttpServer reads them
// (it buffers a whole request before handleRequest), and answers 413 and
// closes the connection as soon as a request's body is known to be too
// large: at once from Content-Length, and for a chunked body as soon as
// the chunks that arrived exceed the limit. Then it discards what the
// client still sends and closes the connection when the client does, or
// after a few seconds. It only peeks; it follows
// request boundaries (heads, Content-Length and chunked bodies) so that
// keep-alive and pipelined requests are checked too.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QTcpSocket;

class BodyLimitGate : public QObject
{
    Q_OBJECT

public:
    // Connect before anyone else reads the socket; the gate is its child.
    BodyLimitGate(QTcpSocket *socket, qsizetype limit);

    bool hasRefused() const { return m_state == State::Refused; }

private:
    enum class State { Head, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Off, Refused };

    void onReadyRead();
    // Consumes from data at *pos according to the state; false when it needs more.
    bool step(const QByteArray &data, qsizetype *pos);
    void headComplete();
    bool takeLine(const QByteArray &data, qsizetype *pos, QByteArray *line);
    void refuse();
    void discard();
    void close();

    QPointer<QTcpSocket> m_socket;
    qsizetype m_limit;
    State m_state = State::Head;
    QByteArray m_head; // the lines of the head so far
    QByteArray m_pending; // an incomplete line
    qint64 m_remaining = 0; // of a fixed body or a chunk (+ CRLF)
    qint64 m_chunkedTotal = 0;
    qint64 m_discarded = 0; // after refusing
};
