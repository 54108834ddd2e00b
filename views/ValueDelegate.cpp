#include "ValueDelegate.h"

#include "JsonValue.h"
#include "PreferenceModel.h"

#include <QAbstractItemView>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QToolTip>

#include <algorithm>

namespace {
constexpr int MaxTooltipChars = 4000;
constexpr int MaxCellChars = 2000; // no screen is wider
} // namespace

void ValueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(option->font.pointSizeF());
    option->font = mono;
    option->textElideMode = Qt::ElideRight;
    option->features &= ~QStyleOptionViewItem::WrapText;
    // Only what the cell can show: eliding a 10 KB value lays out all of it,
    // a millisecond or more per cell, on every paint. Twice the cells of
    // the width (monospace; wide characters take two), and an ellipsis of
    // our own, as what is left may fit.
    const int cells = option->rect.isValid()
        ? option->rect.width() / std::max(1, QFontMetrics(mono).horizontalAdvance(QLatin1Char('m')))
        : MaxCellChars / 2;
    qsizetype keep = std::clamp(2 * cells + 16, 64, MaxCellChars);
    if (option->text.size() > keep) {
        if (option->text.at(keep - 1).isHighSurrogate())
            --keep;
        option->text.truncate(keep);
        option->text.append(QChar(0x2026));
    }
    // One line, whatever the value holds.
    option->text.replace(QLatin1Char('\n'), QChar(0x21b5));
}

QString ValueDelegate::tooltipText(const QModelIndex &index)
{
    const QVariant json = index.data(PreferenceModel::JsonValueRole);
    QString text = json.canConvert<JsonValue>() ? json.value<JsonValue>().toPrettyString()
                                                : index.data(Qt::DisplayRole).toString();
    if (text.size() > MaxTooltipChars)
        text = text.left(MaxTooltipChars) + QStringLiteral("\n…");
    return text;
}

bool ValueDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = tooltipText(index);
    if (text.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    const QString html =
        QStringLiteral("<pre style=\"margin:0\">%1</pre>").arg(text.toHtmlEscaped());
    QToolTip::showText(event->globalPos(), html, view->viewport(), option.rect);
    return true;
}
