#pragma once

#include "JsonValue.h"

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

// Edits a JsonTreeModel in place, by type: a member's name and a string in
// a plain text field (no quotes, no escapes), a number in a field that keeps
// the text exactly as typed, a boolean as a checkbox. Null, arrays and
// objects have nothing to edit in place.
//
// A finished edit does not go to the model but to the Sink (the tree
// editor), which makes it an undoable command. What cannot be taken (a name
// the object already has, text that is not a JSON number) is refused with a
// message to the Sink; after Enter the field stays open to fix it.
class JsonTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    class Sink
    {
    public:
        virtual ~Sink() = default;
        virtual void commitValue(const QModelIndex &index, const JsonValue &value) = 0;
        virtual void commitKey(const QModelIndex &index, const QString &key) = 0;
        virtual void refuse(const QString &message) = 0;
    };

    explicit JsonTreeDelegate(Sink *sink, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    // An element's index, which the model leaves to the view.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    // A click on a boolean's checkbox toggles it through the Sink.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    // Why the field's text cannot be taken for index; empty when it can.
    static QString problemWith(const QString &text, const QModelIndex &index);

    Sink *m_sink;
    mutable QPersistentModelIndex m_editing; // the index of the open field
};
