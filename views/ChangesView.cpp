#include "ChangesView.h"

#include "JsonHighlighter.h"
#include "LineDiff.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

namespace {

enum RowKind : char { Same = 0, Changed = 1, Filler = 2 };

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
        a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
        a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

QPlainTextEdit *makePane(const QString &name, QWidget *parent)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setObjectName(name);
    pane->setReadOnly(true);
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pane->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *highlighter = new JsonHighlighter(pane->document());
    highlighter->setPalette(pane->palette());
    return pane;
}

void syncScrollBars(QScrollBar *a, QScrollBar *b)
{
    QObject::connect(a, &QScrollBar::valueChanged, b, &QScrollBar::setValue);
    QObject::connect(b, &QScrollBar::valueChanged, a, &QScrollBar::setValue);
}

} // namespace

ChangesView::ChangesView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_oldTitle(new QLabel(tr("Before"), this))
    , m_newTitle(new QLabel(tr("After"), this))
    , m_oldPane(makePane(QStringLiteral("changesOldPane"), this))
    , m_newPane(makePane(QStringLiteral("changesNewPane"), this))
{
    setObjectName(QStringLiteral("changesView"));
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_summary->setWordWrap(true);
    m_oldPane->setAccessibleName(tr("Value before the change"));
    m_newPane->setAccessibleName(tr("Value after the change"));
    m_oldTitle->setBuddy(m_oldPane);
    m_newTitle->setBuddy(m_newPane);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 0, 0, 1, 2);
    layout->addWidget(m_oldTitle, 1, 0);
    layout->addWidget(m_newTitle, 1, 1);
    layout->addWidget(m_oldPane, 2, 0);
    layout->addWidget(m_newPane, 2, 1);
    layout->setRowStretch(2, 1);

    syncScrollBars(m_oldPane->verticalScrollBar(), m_newPane->verticalScrollBar());
    syncScrollBars(m_oldPane->horizontalScrollBar(), m_newPane->horizontalScrollBar());
    setTexts(QString(), QString());
}

void ChangesView::setTitles(const QString &oldTitle, const QString &newTitle)
{
    m_oldTitle->setText(oldTitle);
    m_newTitle->setText(newTitle);
}

void ChangesView::setTexts(const QString &oldText, const QString &newText)
{
    const QStringList oldLines = oldText.isEmpty() ? QStringList() : oldText.split(u'\n');
    const QStringList newLines = newText.isEmpty() ? QStringList() : newText.split(u'\n');
    const QList<LineDiff::Line> diff = LineDiff::compute(oldLines, newLines);

    QStringList oldRows;
    QStringList newRows;
    m_oldRows.clear();
    m_newRows.clear();
    m_changedOld.clear();
    m_changedNew.clear();

    // Runs of removed and added lines are paired up row by row.
    for (int k = 0; k < diff.size();) {
        if (diff.at(k).op == LineDiff::Op::Equal) {
            oldRows.append(oldLines.at(diff.at(k).oldLine));
            newRows.append(newLines.at(diff.at(k).newLine));
            m_oldRows.append(Same);
            m_newRows.append(Same);
            ++k;
            continue;
        }
        QList<int> removed;
        QList<int> added;
        for (; k < diff.size() && diff.at(k).op != LineDiff::Op::Equal; ++k) {
            if (diff.at(k).op == LineDiff::Op::Removed)
                removed.append(diff.at(k).oldLine);
            else
                added.append(diff.at(k).newLine);
        }
        m_changedOld.append(removed);
        m_changedNew.append(added);
        for (int r = 0; r < qMax(removed.size(), added.size()); ++r) {
            oldRows.append(r < removed.size() ? oldLines.at(removed.at(r)) : QString());
            m_oldRows.append(r < removed.size() ? Changed : Filler);
            newRows.append(r < added.size() ? newLines.at(added.at(r)) : QString());
            m_newRows.append(r < added.size() ? Changed : Filler);
        }
    }

    m_oldPane->setPlainText(oldRows.join(u'\n'));
    m_newPane->setPlainText(newRows.join(u'\n'));
    m_summary->setText(summary());
    applyMarks();
}

QString ChangesView::summary() const
{
    if (!hasChanges())
        return tr("No changes.");
    return tr("Lines removed: %1. Lines added: %2.")
        .arg(m_changedOld.size())
        .arg(m_changedNew.size());
}

void ChangesView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (QPlainTextEdit *pane : {m_oldPane, m_newPane}) {
            if (auto *highlighter = pane->document()->findChild<JsonHighlighter *>())
                highlighter->setPalette(palette());
        }
        applyMarks();
    }
}

void ChangesView::applyMarks()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const qreal amount = dark ? 0.30 : 0.20;
    const QColor removed = blend(base, QColor(0xda, 0x44, 0x53), amount);
    const QColor added = blend(base, QColor(0x27, 0xae, 0x60), amount);
    const QColor filler = blend(base, pal.color(QPalette::Text), 0.06);

    auto mark = [&](QPlainTextEdit *pane, const QList<char> &rows, const QColor &changed) {
        QList<QTextEdit::ExtraSelection> selections;
        QTextBlock block = pane->document()->firstBlock();
        for (int row = 0; row < rows.size() && block.isValid(); ++row, block = block.next()) {
            if (rows.at(row) == Same)
                continue;
            QTextEdit::ExtraSelection selection;
            selection.format.setBackground(rows.at(row) == Changed ? changed : filler);
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selection.cursor = QTextCursor(block);
            selections.append(selection);
        }
        pane->setExtraSelections(selections);
    };
    mark(m_oldPane, m_oldRows, removed);
    mark(m_newPane, m_newRows, added);
}
