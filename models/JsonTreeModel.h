#pragma once

#include "JsonValue.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>

// A JsonValue as an editable tree: one top-level row for the whole value,
// below it an object's members (by name) and an array's elements (by
// index), in their order. Columns: name or index, value, type.
//
// Child rows are built the first time they are asked for, so a value with
// thousands of members costs nothing until it is expanded. jsonValue()
// gives the edited value back: whatever was not edited is the very node it
// was given (a number keeps its text byte for byte), and a container with
// no edit below it is not rebuilt.
//
// Every edit emits exactly what it changes: a value or a name changed in
// place gives dataChanged; rows inserted, removed or moved give their
// begin/end pair; a container replaced by another value (a change of type)
// first removes its rows, then inserts the new ones, then gives dataChanged.
// valueEdited() follows every edit (not setJsonValue()).
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Column { Name, Value, Type };
    static constexpr int ColumnCount = 3;
    // The node's JsonValue (a QVariant holding a JsonValue), in any column.
    static constexpr int JsonValueRole = Qt::UserRole + 1;

    // Where a node is: its row at each level below the top-level row ({}
    // is that row). Unlike a QPersistentModelIndex it still names the same
    // place after a reset, or after an edit is undone and done again.
    using Path = QList<int>;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Shows another value (a model reset).
    void setJsonValue(const JsonValue &value);
    JsonValue jsonValue() const;
    // The name of the top-level row (the preference's key); empty shows "value".
    void setRootName(const QString &name);

    QModelIndex rootIndex(Column column = Column::Name) const;
    JsonValue valueAt(const QModelIndex &index) const;
    JsonValue::Type typeAt(const QModelIndex &index) const;
    // What the Name column shows: a member's name, an element's index, the
    // top-level row's name. An element's index is no data of the model (it
    // has no DisplayRole): the view paints it, as it moves with every row
    // inserted or removed before it.
    QString nameAt(const QModelIndex &index) const;
    // A member's name; empty for anything else.
    QString keyAt(const QModelIndex &index) const;
    bool isMember(const QModelIndex &index) const; // its parent is an object
    bool isContainer(const QModelIndex &index) const; // an object or an array
    Path pathOf(const QModelIndex &index) const;
    // The index of a path; invalid when the tree has no such node.
    QModelIndex indexAt(const Path &path, Column column = Column::Name) const;
    // Whether the object at parent has a member with this name.
    bool hasMember(const QModelIndex &parent, const QString &key) const;
    // base, or base_2, base_3... whichever the object at parent does not have yet.
    QString unusedKey(const QModelIndex &parent, const QString &base) const;

    // Edits. False (or an invalid index) and no change when the edit does
    // not apply: a name already in use, a row out of range, the top-level
    // row removed or renamed.
    bool replaceValue(const QModelIndex &index, const JsonValue &value);
    bool renameMember(const QModelIndex &index, const QString &key);
    // Inserts into the object or array at parent, before row (rowCount()
    // appends); key is used for an object only. Returns the new index.
    QModelIndex insertValue(
        const QModelIndex &parent, int row, const QString &key, const JsonValue &value);

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Name: a member's new name (EditRole). Value: a JsonValue of any type;
    // or for a number its text (refused unless JsonValue::fromNumberText
    // takes it), for a string its text, for a boolean a bool or a
    // Qt::CheckState (CheckStateRole).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    // Within one parent only.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
        const QModelIndex &destinationParent, int destinationChild) override;

signals:
    void valueEdited();

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node, int column = 0) const;
    static void buildChildren(Node *node);
    static JsonValue valueOf(Node *node);
    static void markEdited(Node *node);
    static bool isElement(const Node *node);
    void emitRowChanged(Node *node);
    QVariant displayValue(const Node *node) const;

    std::unique_ptr<Node> m_root;
    QString m_rootName;
};
