#pragma once

#include "JsonTreeModel.h"

class QTreeView;
class QUndoCommand;

// Undoable edits of a JsonTreeModel, for a QUndoStack. Each shows the node
// it changed in the view, its parents expanded. They name nodes by path,
// which stays right while the commands of one stack are undone and redone
// in order. The stack takes the command and does it (push).
namespace JsonTreeCommands {

// Another value in place: an edit, a toggle, a change of type.
QUndoCommand *replaceValue(
    JsonTreeModel *model, QTreeView *view, const QModelIndex &index, const JsonValue &value);
QUndoCommand *renameMember(
    JsonTreeModel *model, QTreeView *view, const QModelIndex &index, const QString &key);
// Adds value (named key in an object) to parent before row.
QUndoCommand *insert(JsonTreeModel *model, QTreeView *view, const QModelIndex &parent, int row,
    const QString &key, const JsonValue &value);
QUndoCommand *remove(JsonTreeModel *model, QTreeView *view, const QModelIndex &index);
// The node to another row among its siblings.
QUndoCommand *move(JsonTreeModel *model, QTreeView *view, const QModelIndex &index, int toRow);

} // namespace JsonTreeCommands
