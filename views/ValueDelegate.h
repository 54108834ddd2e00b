#pragma once

#include <QStyledItemDelegate>

// Draws a JSON value on one line in a monospace font, elided at the end, and
// shows the whole value (pretty-printed, capped) in a tooltip.
class ValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    static QString tooltipText(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
