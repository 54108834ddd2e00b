// Turns SIGINT and SIGTERM into a Qt signal (self-pipe trick), so that
// prefserver can quit its event loop cleanly.
#pragma once

#include <QObject>

class QSocketNotifier;

class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

    // Installs the handlers; false when the pipe cannot be created.
    bool watchTerminationSignals();

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};
