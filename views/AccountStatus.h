#pragma once

#include "Preference.h"

#include <QUrl>
#include <QWidget>

class QLabel;

// The status bar's left side: the signed-in account and the community, the
// number of preferences (and how many the filter shows), a "Not up to date"
// mark when the latest load failed, and a "Demo" badge in demo mode.
class AccountStatus : public QWidget
{
    Q_OBJECT

public:
    explicit AccountStatus(QWidget *parent = nullptr);

    void setAccount(const UserInfo &account, const QUrl &community);
    void setDemo(bool demo);
    // total < 0: nothing to count (loading, never loaded, or no user open).
    // shown >= 0 while a filter is on: "12 of 40 shown".
    void setPreferenceCount(int total, int shown = -1);
    // The rows are the last good ones: the latest load failed or stopped.
    void setStale(bool stale);
    bool isStale() const;

    QString accountText() const;
    bool isDemo() const;

private:
    QLabel *m_account;
    QLabel *m_count;
    QLabel *m_stale;
    QLabel *m_demoBadge;
};
