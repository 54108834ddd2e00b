// The server's idea of now: the wall clock plus an offset that tests move
// forward (PrefServer::advanceClock, POST /_control/clock). Token and code
// expiry, JWT claims and timestamps all read it, so no test has to wait.
#pragma once

#include <QtGlobal>

class ServerClock
{
public:
    // Milliseconds since the epoch.
    qint64 nowMs() const;
    qint64 nowSecs() const { return nowMs() / 1000; }
    // Moves the clock forward; a negative amount is ignored (time never runs back).
    void advance(qint64 milliseconds);
    qint64 offsetMs() const { return m_offsetMs; }

private:
    qint64 m_offsetMs = 0;
};
