#pragma once

#include "Preference.h"

#include <QFrame>

class QLabel;

// Always says whose preferences are open: "Your preferences (alice)", or for
// somebody else "Preferences of Bob Rossi (bob, id 3) — you are editing as
// admin" on a tinted background that stands out on light and dark palettes.
class UserBanner : public QFrame
{
    Q_OBJECT

public:
    explicit UserBanner(QWidget *parent = nullptr);

    // account is the signed-in user; user is whose preferences are open.
    void setUsers(const UserInfo &account, const UserInfo &user);
    bool isOtherUser() const { return m_other; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_icon;
    QLabel *m_label;
    bool m_other = false;
    bool m_applyingColors = false;
};
