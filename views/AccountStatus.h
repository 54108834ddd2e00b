#pragma once

#include "Preference.h"

#include <QUrl>
#include <QWidget>

class QLabel;

// The status bar's left side: the signed-in account and the community, the
// number of preferences, and a "Demo" badge in demo mode.
class AccountStatus : public QWidget
{
    Q_OBJECT

public:
    explicit AccountStatus(QWidget *parent = nullptr);

    void setAccount(const UserInfo &account, const QUrl &community);
    void setDemo(bool demo);
    // count < 0: nothing to count (loading, or no user open).
    void setPreferenceCount(int count);

    QString accountText() const;
    bool isDemo() const;

private:
    QLabel *m_account;
    QLabel *m_count;
    QLabel *m_demoBadge;
};
