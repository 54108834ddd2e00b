#include "JsonTreeCommands.h"

#include <QTreeView>
#include <QUndoCommand>

#include <functional>

namespace {

using Path = JsonTreeModel::Path;

class JsonTreeCommand : public QUndoCommand
{
protected:
    JsonTreeCommand(JsonTreeModel *model, QTreeView *view)
        : m_model(model)
        , m_view(view)
    { }

    // Makes the node at path (or the nearest that exists) current and visible.
    void reveal(Path path) const
    {
        QModelIndex index = m_model->indexAt(path);
        while (!index.isValid() && !path.isEmpty()) {
            path.removeLast();
            index = m_model->indexAt(path);
        }
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            m_view->expand(parent);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }

    JsonTreeModel *m_model;
    QTreeView *m_view;
};

// One node's value or name, before and after.
template<typename T> class NodeChangeCommand : public JsonTreeCommand
{
public:
    // A call, not a pointer to member: through one, GCC 12's -fsanitize=vptr
    // stops at "member access within address ..." on a live command (ASan
    // finds no invalid access; the call works without the sanitizer).
    using Setter = std::function<bool(JsonTreeModel *, const QModelIndex &, const T &)>;

    NodeChangeCommand(JsonTreeModel *model, QTreeView *view, const QModelIndex &index, Setter set,
        const T &before, const T &after)
        : JsonTreeCommand(model, view)
        , m_path(model->pathOf(index))
        , m_set(set)
        , m_before(before)
        , m_after(after)
    { }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const T &value)
    {
        m_set(m_model, m_model->indexAt(m_path), value);
        reveal(m_path);
    }

    Path m_path;
    Setter m_set;
    T m_before;
    T m_after;
};

// A node added (a new one, a duplicate) or deleted: the same change, done
// one way or the other.
class InsertRemoveCommand : public JsonTreeCommand
{
public:
    InsertRemoveCommand(JsonTreeModel *model, QTreeView *view, bool inserts, const Path &parent,
        int row, const QString &key, const JsonValue &value)
        : JsonTreeCommand(model, view)
        , m_inserts(inserts)
        , m_parent(parent)
        , m_row(row)
        , m_key(key)
        , m_value(value)
    { }
    void redo() override { m_inserts ? insert() : remove(); }
    void undo() override { m_inserts ? remove() : insert(); }

private:
    void insert()
    {
        m_model->insertValue(m_model->indexAt(m_parent), m_row, m_key, m_value);
        reveal(m_parent + Path {m_row});
    }
    void remove()
    {
        const QModelIndex parent = m_model->indexAt(m_parent);
        m_model->removeRows(m_row, 1, parent);
        // The next sibling takes its place; else the one before, else the parent.
        const int rows = m_model->rowCount(parent);
        reveal(rows > 0 ? m_parent + Path {qMin(m_row, rows - 1)} : m_parent);
    }

    bool m_inserts;
    Path m_parent;
    int m_row;
    QString m_key;
    JsonValue m_value;
};

class MoveNodeCommand : public JsonTreeCommand
{
public:
    MoveNodeCommand(JsonTreeModel *model, QTreeView *view, const QModelIndex &index, int toRow)
        : JsonTreeCommand(model, view)
        , m_parent(model->pathOf(index.parent()))
        , m_from(index.row())
        , m_to(toRow)
    { }
    void redo() override { move(m_from, m_to); }
    void undo() override { move(m_to, m_from); }

private:
    void move(int from, int to)
    {
        const QModelIndex parent = m_model->indexAt(m_parent);
        // moveRows counts the destination before the row leaves.
        m_model->moveRows(parent, from, 1, parent, to > from ? to + 1 : to);
        reveal(m_parent + Path {to});
    }

    Path m_parent;
    int m_from;
    int m_to;
};

} // namespace

namespace JsonTreeCommands {

QUndoCommand *replaceValue(
    JsonTreeModel *model, QTreeView *view, const QModelIndex &index, const JsonValue &value)
{
    return new NodeChangeCommand<JsonValue>(model, view, index,
        std::mem_fn(&JsonTreeModel::replaceValue), model->valueAt(index), value);
}

QUndoCommand *renameMember(
    JsonTreeModel *model, QTreeView *view, const QModelIndex &index, const QString &key)
{
    return new NodeChangeCommand<QString>(
        model, view, index, std::mem_fn(&JsonTreeModel::renameMember), model->keyAt(index), key);
}

QUndoCommand *insert(JsonTreeModel *model, QTreeView *view, const QModelIndex &parent, int row,
    const QString &key, const JsonValue &value)
{
    return new InsertRemoveCommand(model, view, true, model->pathOf(parent), row, key, value);
}

QUndoCommand *remove(JsonTreeModel *model, QTreeView *view, const QModelIndex &index)
{
    return new InsertRemoveCommand(model, view, false, model->pathOf(index.parent()), index.row(),
        model->keyAt(index), model->valueAt(index));
}

QUndoCommand *move(JsonTreeModel *model, QTreeView *view, const QModelIndex &index, int toRow)
{
    return new MoveNodeCommand(model, view, index, toRow);
}

} // namespace JsonTreeCommands
