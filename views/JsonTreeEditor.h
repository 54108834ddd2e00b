#pragma once

#include "JsonTreeDelegate.h"
#include "JsonTreeModel.h"
#include "ValueQuickEdit.h"

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QTreeView;
class QUndoCommand;
class QUndoStack;

// The Tree page of the editor dialog: a JSON value as a tree (name or
// index, value, type), edited in place by type (JsonTreeDelegate) and by
// keyboard: Insert adds a member or an element, Del deletes, F2 renames a
// member, Ctrl+D duplicates, Ctrl+Up/Down move, Ctrl+T changes the type
// (after the guard agrees), Enter edits a value or opens a container, Space
// toggles a boolean. Every edit is a command on the undo stack it is given.
class JsonTreeEditor : public QWidget, private JsonTreeDelegate::Sink
{
    Q_OBJECT

public:
    JsonTreeEditor(QUndoStack *undoStack, QWidget *parent = nullptr);
    ~JsonTreeEditor() override;

    // A value made elsewhere (the JSON text, the quick edit). When the tree
    // holds it already nothing happens; otherwise it is shown anew, with the
    // same nodes expanded and the same current node, by their place.
    void setValue(const JsonValue &value);
    // As setValue(), for a value known to differ from what the tree holds:
    // no comparison first (it costs a walk through a big value).
    void resetValue(const JsonValue &value);
    JsonValue value() const;
    // The JSON text does not parse (error says why): the tree keeps the last
    // valid value, says so, and cannot be edited until it parses. Empty: it
    // parses.
    void setTextError(const QString &error);
    // While the dialog saves.
    void setReadOnly(bool readOnly);
    // The name of the top-level row: the preference's key.
    void setRootName(const QString &name);
    void setTypeChangeGuard(ValueQuickEdit::TypeChangeGuard guard);
    // More actions for the context menu (the dialog's Undo and Redo).
    void addContextActions(const QList<QAction *> &actions);

    JsonTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

public slots:
    void addNode();
    void removeNode();
    void renameNode();
    void duplicateNode();
    void moveNodeUp();
    void moveNodeDown();
    // The type menu at the current node.
    void showTypeMenu();
    void changeType(ValueQuickEdit::Kind kind);

signals:
    // The value changed here (an edit, its undo or its redo).
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QAction *makeAction(const char *name, const QString &text, const QString &toolTip,
        const QKeySequence &shortcut, void (JsonTreeEditor::*slot)());
    QModelIndex current() const;
    bool isEditable() const;
    void push(QUndoCommand *command);
    void editCurrentValue();
    void moveNode(int offset);
    void updateActions();
    void showMessage(const QString &message);
    void fillTypeMenu();
    QList<JsonTreeModel::Path> expandedPaths() const;

    // JsonTreeDelegate::Sink
    void commitValue(const QModelIndex &index, const JsonValue &value) override;
    void commitKey(const QModelIndex &index, const QString &key) override;
    void refuse(const QString &message) override;

    QUndoStack *m_undoStack;
    JsonTreeModel *m_model;
    QTreeView *m_view;
    JsonTreeDelegate *m_delegate;
    QLabel *m_messageLabel;
    QMenu *m_typeMenu;
    QList<QAction *> m_contextActions;
    ValueQuickEdit::TypeChangeGuard m_typeChangeGuard;
    QString m_textError;
    bool m_readOnly = false;

    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_typeAction = nullptr;
};
