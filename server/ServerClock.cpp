#include "ServerClock.h"

#include <QDateTime>

qint64 ServerClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

void ServerClock::advance(qint64 milliseconds)
{
    if (milliseconds > 0)
        m_offsetMs += milliseconds;
}
