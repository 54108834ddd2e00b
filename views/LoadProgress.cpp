#include "LoadProgress.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

LoadProgress::LoadProgress(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("loadProgress"));

    m_bar->setObjectName(QStringLiteral("loadProgressBar"));
    m_bar->setAccessibleName(tr("Loading progress"));
    m_bar->setTextVisible(true);
    m_bar->setMaximumWidth(220);

    m_cancel->setObjectName(QStringLiteral("loadCancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading preferences"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &LoadProgress::cancelRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    setProgress(0, -1);
}

void LoadProgress::setProgress(int loaded, int total)
{
    if (total < 0) {
        m_bar->setRange(0, 0); // busy
        m_bar->setFormat(tr("Loading…"));
        m_bar->setAccessibleDescription(tr("Loading…"));
        return;
    }
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(qMin(loaded, qMax(total, 1)));
    const QString label = tr("%1 of %2").arg(loaded).arg(total);
    m_bar->setFormat(label);
    m_bar->setAccessibleDescription(label);
}

QString LoadProgress::text() const
{
    return m_bar->format();
}
