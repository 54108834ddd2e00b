#include "AccountStatus.h"

#include <QHBoxLayout>
#include <QLabel>

AccountStatus::AccountStatus(QWidget *parent)
    : QWidget(parent)
    , m_account(new QLabel(this))
    , m_count(new QLabel(this))
    , m_stale(new QLabel(this))
    , m_demoBadge(new QLabel(this))
{
    setObjectName(QStringLiteral("accountStatus"));
    m_account->setObjectName(QStringLiteral("statusAccount"));
    m_account->setTextFormat(Qt::PlainText); // the server's username, shown as it is
    m_count->setObjectName(QStringLiteral("statusCount"));
    m_stale->setObjectName(QStringLiteral("statusStale"));
    m_stale->setText(tr("Not up to date"));
    m_stale->setAccessibleName(m_stale->text());
    m_stale->setToolTip(tr("The latest load did not finish: the list shows the preferences as "
                           "they were loaded before. Press F5 to load them again."));
    m_stale->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_stale->hide();

    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setText(tr("Demo"));
    m_demoBadge->setToolTip(
        tr("Demo mode: a local server with sample data, forgotten when the editor closes"));
    m_demoBadge->setAccessibleName(tr("Demo mode"));
    // White on purple reads the same on light and dark palettes.
    m_demoBadge->setStyleSheet(
        QStringLiteral("QLabel { background: #8e44ad; color: white; "
                       "border-radius: 3px; padding: 1px 8px; font-weight: bold; }"));
    m_demoBadge->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_demoBadge);
    layout->addWidget(m_account);
    layout->addWidget(m_count);
    layout->addWidget(m_stale);
}

void AccountStatus::setAccount(const UserInfo &account, const QUrl &community)
{
    const QString host = community.port() > 0
        ? QStringLiteral("%1:%2").arg(community.host()).arg(community.port())
        : community.host();
    //: %1 user name, %2 the community's host, e.g. "community.example.org"
    m_account->setText(tr("Signed in as %1 on %2").arg(account.username, host));
    m_account->setToolTip(community.toString());
    m_account->setAccessibleName(m_account->text());
}

void AccountStatus::setDemo(bool demo)
{
    m_demoBadge->setVisible(demo);
}

void AccountStatus::setPreferenceCount(int total, int shown)
{
    QString text;
    if (total >= 0 && shown >= 0)
        //: %1 how many rows the filter shows, %n how many there are
        text = tr("%1 of %n shown", nullptr, total).arg(shown);
    else if (total >= 0)
        text = tr("%n preference(s)", nullptr, total);
    m_count->setText(text);
    m_count->setAccessibleName(text);
}

void AccountStatus::setStale(bool stale)
{
    m_stale->setVisible(stale);
}

bool AccountStatus::isStale() const
{
    return !m_stale->isHidden();
}

QString AccountStatus::accountText() const
{
    return m_account->text();
}

bool AccountStatus::isDemo() const
{
    return !m_demoBadge->isHidden();
}
