#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_actionButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));

    m_label->setObjectName(QStringLiteral("messageBarText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_actionButton->setObjectName(QStringLiteral("messageBarAction"));
    m_actionButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_actionButton, &QToolButton::clicked, this, &MessageBar::actionTriggered);

    m_closeButton->setObjectName(QStringLiteral("messageBarClose"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        clear();
        emit closed();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_actionButton);
    layout->addWidget(m_closeButton);

    hide();
}

void MessageBar::showMessage(Type type, const QString &text, const QString &actionText)
{
    m_type = type;
    m_label->setText(text);
    m_actionButton->setText(actionText);
    // Without the mnemonic's '&' ("&&" stands for a literal one).
    QString spoken = actionText;
    spoken.replace(QLatin1String("&&"), QString(QChar(0xE000))).remove(u'&');
    m_actionButton->setAccessibleName(spoken.replace(QChar(0xE000), u'&'));
    m_actionButton->setVisible(!actionText.isEmpty());

    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (type == Type::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (type == Type::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));

    applyColors();
    setAccessibleDescription(text);
    show();
}

void MessageBar::clear()
{
    m_label->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::applyColors()
{
    // Tinted towards the message's meaning, readable on light and dark palettes.
    QColor tint;
    switch (m_type) {
    case Type::Information:
        tint = QColor(0x3d, 0xae, 0xe9);
        break;
    case Type::Positive:
        tint = QColor(0x27, 0xae, 0x60);
        break;
    case Type::Warning:
        tint = QColor(0xf6, 0x74, 0x00);
        break;
    case Type::Error:
        tint = QColor(0xda, 0x44, 0x53);
        break;
    }
    QPalette pal = palette();
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                       : pal.color(QPalette::Window);
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
            float(a.greenF() * (1 - t) + b.greenF() * t),
            float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    pal.setColor(QPalette::Window, mix(base, tint, 0.25));
    setPalette(pal);
}
