#include "ValueDelegate.h"

#include "JsonValue.h"
#include "PreferenceModel.h"

#include <QAbstractItemView>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QToolTip>

namespace {
constexpr int MaxTooltipChars = 4000;
}

void ValueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(option->font.pointSizeF());
    option->font = mono;
    option->textElideMode = Qt::ElideRight;
    option->features &= ~QStyleOptionViewItem::WrapText;
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
