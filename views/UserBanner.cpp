#include "UserBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

UserBanner::UserBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("userBanner"));
    setAccessibleName(tr("Whose preferences"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);

    m_icon->setObjectName(QStringLiteral("userBannerIcon"));
    m_label->setObjectName(QStringLiteral("userBannerText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 5, 8, 5);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);

    applyColors();
}

void UserBanner::setUsers(const UserInfo &account, const UserInfo &user)
{
    m_other = user.id != 0 && account.id != 0 && user.id != account.id;
    QString text;
    if (!m_other) {
        text = tr("Your preferences (%1)").arg(account.username);
    } else {
        const QString role = account.role.isEmpty() ? tr("another user") : account.role;
        //: %1 real name (or user name), %2 user name, %3 user id, %4 your role, e.g. "admin"
        text = tr("Preferences of %1 (%2, id %3) — you are editing as %4")
                   .arg(user.displayName(), user.username)
                   .arg(user.id)
                   .arg(role);
    }
    m_label->setText(text);
    setAccessibleDescription(text);
    applyColors();
}

QString UserBanner::text() const
{
    return m_label->text();
}

void UserBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyColors();
}

void UserBanner::applyColors()
{
    m_applyingColors = true;
    // Start from the inherited palette so a theme switch is followed.
    QPalette pal = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor window = pal.color(QPalette::Window);
    const bool dark = window.lightnessF() < 0.5;
    QColor tint;
    if (m_other)
        tint = dark ? QColor(0xf0, 0x9a, 0x30)
                    : QColor(0xf6, 0x74, 0x00); // amber: someone else's data
    else
        tint = QColor(0x3d, 0xae, 0xe9); // calm blue: your own
    pal.setColor(QPalette::Window, mix(window, tint, m_other ? 0.35 : 0.15));
    setPalette(pal);

    const QStyle::StandardPixmap icon =
        m_other ? QStyle::SP_MessageBoxWarning : QStyle::SP_DirHomeIcon;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_applyingColors = false;
}
