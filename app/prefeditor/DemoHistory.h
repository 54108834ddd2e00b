#pragma once

#include "ChangeJournal.h"
#include "Preference.h"

#include <QObject>
#include <QPointer>

class ApiClient;

// A few entries for the demo's change journal, so that the History panel has
// something to show from the start: the changes support "made" to the
// preferences of marco.ricci (5) and francesca.colombo (6) before the demo
// started, one of them a batch (a copy from alice). Each entry's "after" is
// what the demo server holds (value and last_updated_at, read from it), so
// its undo works like that of a real change.
class DemoHistory : public QObject
{
    Q_OBJECT

public:
    DemoHistory(ApiClient *client, const ChangeJournal &journal, QObject *parent = nullptr);

    // Reads the two users' preferences, then appends the entries; finished()
    // comes once, from the event loop, with false when something failed.
    void start();

signals:
    void finished(bool ok);

private:
    void onListed(qint64 userId, const QList<Preference> &preferences);
    void write();

    QPointer<ApiClient> m_client;
    ChangeJournal m_journal;
    QList<Preference> m_marco;
    QList<Preference> m_francesca;
    int m_pending = 0;
    bool m_failed = false;
};
