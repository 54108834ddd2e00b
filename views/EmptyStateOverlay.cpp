#include "EmptyStateOverlay.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView *view)
    : QWidget(view->viewport())
    , m_view(view)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyState"));
    setAttribute(Qt::WA_TransparentForMouseEvents);

    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_hint->setObjectName(QStringLiteral("emptyStateHint"));
    for (QLabel *label : {m_title, m_hint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addStretch();

    view->viewport()->installEventFilter(this);
    hide();
}

void EmptyStateOverlay::showMessage(const QString &title, const QString &hint)
{
    m_title->setText(title);
    m_hint->setText(hint);
    setAccessibleName(title);
    setAccessibleDescription(hint);
    reposition();
    show();
    raise();
}

QString EmptyStateOverlay::title() const
{
    return m_title->text();
}

QString EmptyStateOverlay::hint() const
{
    return m_hint->text();
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        reposition();
    return QWidget::eventFilter(watched, event);
}

void EmptyStateOverlay::reposition()
{
    const QRect area = m_view->viewport()->rect();
    const int width = qMin(area.width() - 24, 460);
    setGeometry(QRect(area.center().x() - width / 2, area.top(), width, area.height()));
}
