#include "BodyLimitGate.h"

#include "HttpHelpers.h"
#include "ServerLogging.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

// Longer heads or chunk lines are left to Qt's parser; the gate stops watching.
constexpr qsizetype kMaxPending = 64 * 1024;
// After a 413: how long, and how much, to read and discard before closing.
constexpr int kLingerMs = 5000;
constexpr qint64 kMaxDiscarded = 64 * 1024 * 1024;

} // namespace

BodyLimitGate::BodyLimitGate(QTcpSocket *socket, qsizetype limit)
    : QObject(socket)
    , m_socket(socket)
    , m_limit(limit)
{
    connect(socket, &QTcpSocket::readyRead, this, &BodyLimitGate::onReadyRead);
}

void BodyLimitGate::onReadyRead()
{
    if (!m_socket)
        return;
    if (m_state == State::Refused) {
        discard(); // nothing more reaches the HTTP parser
        return;
    }
    if (m_state == State::Off)
        return;
    // Qt's parser reads everything after this slot, so what is available now
    // is what arrived since the last call.
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    qsizetype pos = 0;
    while (pos < data.size() && m_state != State::Off && m_state != State::Refused) {
        if (!step(data, &pos))
            break;
    }
    if (m_state == State::Refused)
        discard();
}

bool BodyLimitGate::takeLine(const QByteArray &data, qsizetype *pos, QByteArray *line)
{
    const qsizetype end = data.indexOf('\n', *pos);
    if (end < 0) {
        m_pending += data.mid(*pos);
        *pos = data.size();
        if (m_pending.size() > kMaxPending)
            m_state = State::Off;
        return false;
    }
    *line = m_pending + data.mid(*pos, end - *pos);
    m_pending.clear();
    *pos = end + 1;
    if (line->endsWith('\r'))
        line->chop(1);
    return true;
}

bool BodyLimitGate::step(const QByteArray &data, qsizetype *pos)
{
    switch (m_state) {
    case State::Head: {
        QByteArray line;
        while (takeLine(data, pos, &line)) {
            if (line.isEmpty()) {
                if (m_head.isEmpty())
                    continue; // CRLF between requests
                headComplete();
                return true;
            }
            m_head += line + '\n';
            if (m_head.size() > kMaxPending) {
                m_state = State::Off;
                return false;
            }
        }
        return false;
    }
    case State::FixedBody:
    case State::ChunkData: {
        const qint64 take = std::min<qint64>(m_remaining, data.size() - *pos);
        *pos += take;
        m_remaining -= take;
        if (m_remaining == 0)
            m_state = m_state == State::FixedBody ? State::Head : State::ChunkDataEnd;
        return true;
    }
    case State::ChunkDataEnd: {
        QByteArray line;
        if (!takeLine(data, pos, &line))
            return false;
        m_state = State::ChunkSize;
        return true;
    }
    case State::ChunkSize: {
        QByteArray line;
        if (!takeLine(data, pos, &line))
            return false;
        const qsizetype semicolon = line.indexOf(';');
        bool ok = false;
        const qint64 size =
            line.left(semicolon < 0 ? line.size() : semicolon).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            m_state = State::Off; // Qt's parser will refuse it
            return false;
        }
        if (size == 0) {
            m_state = State::Trailer;
            return true;
        }
        m_chunkedTotal += size;
        if (m_chunkedTotal > m_limit) {
            refuse();
            return false;
        }
        m_remaining = size;
        m_state = State::ChunkData;
        return true;
    }
    case State::Trailer: {
        QByteArray line;
        while (takeLine(data, pos, &line)) {
            if (line.isEmpty()) {
                m_state = State::Head;
                return true;
            }
        }
        return false;
    }
    case State::Off:
    case State::Refused:
        return false;
    }
    return false;
}

void BodyLimitGate::headComplete()
{
    const QList<QByteArray> lines = m_head.split('\n');
    m_head.clear();
    m_remaining = 0;
    qint64 contentLength = 0;
    bool chunked = false;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                m_state = State::Off; // Qt's parser will refuse it
                return;
            }
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            chunked = true;
        }
    }
    if (chunked) {
        m_chunkedTotal = 0;
        m_state = State::ChunkSize;
    } else if (contentLength > m_limit) {
        refuse();
    } else {
        m_remaining = contentLength;
        m_state = contentLength > 0 ? State::FixedBody : State::Head;
    }
}

void BodyLimitGate::refuse()
{
    m_state = State::Refused;
    qCDebug(
        lcPrefServerHttp, "request body over %lld bytes: 413, connection closed", qint64(m_limit));
    const HttpReply reply = HttpHelpers::detailReply(
        413, QStringLiteral("Request body too large (at most %1 bytes).").arg(m_limit));
    m_socket->write(HttpHelpers::serialize(reply, false, true));
    // A lingering close, as web servers do it: a client that is still
    // sending would get a reset instead of the 413 if the connection closed
    // now. The rest is read and discarded until the client closes, for at
    // most kLingerMs or kMaxDiscarded bytes.
    QTimer::singleShot(kLingerMs, this, [this] { close(); });
}

void BodyLimitGate::discard()
{
    m_discarded += m_socket->readAll().size();
    if (m_discarded > kMaxDiscarded)
        close();
}

void BodyLimitGate::close()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost();
}
