#include "JsonTreeModel.h"

#include <algorithm>
#include <vector>

struct JsonTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    QString key; // when the parent is an object
    // A scalar: its value. A container: the value its rows are built from
    // and, once an edit below has made it stale (edited), rebuilt from them
    // by valueOf().
    JsonValue value;
    bool built = false; // the child nodes exist
    bool edited = false;
    std::vector<std::unique_ptr<Node>> children;

    bool isContainer() const { return value.isObject() || value.isArray(); }
    int childCount() const { return built ? int(children.size()) : int(value.size()); }
};

namespace {

// As JsonValue keeps keys (UTF-8): a lone surrogate becomes U+FFFD, so that
// two names that differ only there are the same name here too.
QString normalizedKey(const QString &key)
{
    return QString::fromUtf8(key.toUtf8());
}

QString typeToolTip(JsonValue::Type type)
{
    switch (type) {
    case JsonValue::Type::Null:
        return JsonTreeModel::tr("null: no value");
    case JsonValue::Type::Boolean:
        return JsonTreeModel::tr("boolean: true or false");
    case JsonValue::Type::Integer:
        return JsonTreeModel::tr("integer: a whole number of any size, kept exactly as written");
    case JsonValue::Type::Double:
        return JsonTreeModel::tr("number: a decimal number, kept exactly as written");
    case JsonValue::Type::String:
        return JsonTreeModel::tr("string: text");
    case JsonValue::Type::Array:
        return JsonTreeModel::tr("array: a list of elements, in order");
    case JsonValue::Type::Object:
        return JsonTreeModel::tr("object: named members, in order; each name is used once");
    }
    return {};
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJsonValue(const JsonValue &value)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->value = value;
    endResetModel();
}

JsonValue JsonTreeModel::jsonValue() const
{
    return valueOf(m_root.get());
}

void JsonTreeModel::setRootName(const QString &name)
{
    if (name == m_rootName)
        return;
    m_rootName = name;
    const QModelIndex root = rootIndex();
    emit dataChanged(root, root, {Qt::DisplayRole});
}

QModelIndex JsonTreeModel::rootIndex(Column column) const
{
    return indexOf(m_root.get(), int(column));
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex JsonTreeModel::indexOf(Node *node, int column) const
{
    return createIndex(node->row, column, node);
}

// Child nodes share their values with the container's: nothing is copied
// but the names.
void JsonTreeModel::buildChildren(Node *node)
{
    if (node->built)
        return;
    auto add = [node](const QString &key, const JsonValue &value) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = int(node->children.size());
        child->key = key;
        child->value = value;
        node->children.push_back(std::move(child));
    };
    node->children.reserve(std::size_t(node->value.size()));
    if (node->value.isObject()) {
        for (const auto &[key, value] : node->value.members())
            add(key, value);
    } else {
        for (const JsonValue &element : node->value.elements())
            add(QString(), element);
    }
    node->built = true;
}

JsonValue JsonTreeModel::valueOf(Node *node)
{
    if (!node->built || !node->edited)
        return node->value;
    if (node->value.isObject()) {
        QList<std::pair<QString, JsonValue>> members;
        members.reserve(qsizetype(node->children.size()));
        for (const auto &child : node->children)
            members.append({child->key, valueOf(child.get())});
        // Names are unique here: every edit that names a member checks.
        node->value = JsonValue::fromMembers(members).value_or(node->value);
    } else {
        QList<JsonValue> elements;
        elements.reserve(qsizetype(node->children.size()));
        for (const auto &child : node->children)
            elements.append(valueOf(child.get()));
        node->value = JsonValue::fromElements(elements);
    }
    node->edited = false;
    return node->value;
}

void JsonTreeModel::markEdited(Node *node)
{
    for (; node; node = node->parent)
        node->edited = true;
}

void JsonTreeModel::emitRowChanged(Node *node)
{
    emit dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
}

JsonValue JsonTreeModel::valueAt(const QModelIndex &index) const
{
    Node *node = nodeOf(index);
    return node ? valueOf(node) : JsonValue();
}

JsonValue::Type JsonTreeModel::typeAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->value.type() : JsonValue::Type::Null;
}

QString JsonTreeModel::nameAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    if (!node->parent)
        return m_rootName.isEmpty() ? tr("value") : m_rootName;
    return isElement(node) ? QString::number(node->row) : node->key;
}

bool JsonTreeModel::isElement(const Node *node)
{
    return node->parent && node->parent->value.isArray();
}

QString JsonTreeModel::keyAt(const QModelIndex &index) const
{
    return isMember(index) ? nodeOf(index)->key : QString();
}

bool JsonTreeModel::isMember(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->parent && node->parent->value.isObject();
}

bool JsonTreeModel::isContainer(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->isContainer();
}

JsonTreeModel::Path JsonTreeModel::pathOf(const QModelIndex &index) const
{
    Path path;
    for (const Node *node = nodeOf(index); node && node->parent; node = node->parent)
        path.prepend(node->row);
    return path;
}

QModelIndex JsonTreeModel::indexAt(const Path &path, Column column) const
{
    Node *node = m_root.get();
    for (const int row : path) {
        if (row < 0 || row >= node->childCount())
            return {};
        buildChildren(node);
        node = node->children[std::size_t(row)].get();
    }
    return indexOf(node, int(column));
}

bool JsonTreeModel::hasMember(const QModelIndex &parent, const QString &key) const
{
    const Node *node = nodeOf(parent);
    if (!node || !node->value.isObject())
        return false;
    const QString name = normalizedKey(key);
    if (!node->built)
        return node->value.contains(name);
    return std::any_of(node->children.cbegin(), node->children.cend(),
        [&name](const auto &child) { return child->key == name; });
}

QString JsonTreeModel::unusedKey(const QModelIndex &parent, const QString &base) const
{
    QString key = base;
    for (int n = 2; hasMember(parent, key); ++n)
        key = QStringLiteral("%1_%2").arg(base).arg(n);
    return key;
}

bool JsonTreeModel::replaceValue(const QModelIndex &index, const JsonValue &value)
{
    Node *node = nodeOf(index);
    if (!node)
        return false;
    if (valueOf(node).isIdenticalTo(value))
        return true;
    const QModelIndex at = indexOf(node);
    // The old rows go first, while the node still has its old type.
    if (const int oldRows = node->childCount(); oldRows > 0) {
        beginRemoveRows(at, 0, oldRows - 1);
        node->children.clear();
        node->built = true; // no rows until the new value is in
        endRemoveRows();
    }
    const int newRows = int(value.size());
    if (newRows > 0)
        beginInsertRows(at, 0, newRows - 1);
    node->value = value;
    node->children.clear();
    node->built = false;
    node->edited = false;
    if (newRows > 0)
        endInsertRows();
    markEdited(node->parent);
    emitRowChanged(node);
    emit valueEdited();
    return true;
}

bool JsonTreeModel::renameMember(const QModelIndex &index, const QString &key)
{
    if (!isMember(index))
        return false;
    Node *node = nodeOf(index);
    const QString name = normalizedKey(key);
    if (name == node->key)
        return true;
    if (hasMember(indexOf(node->parent), name))
        return false;
    node->key = name;
    markEdited(node->parent);
    const QModelIndex at = indexOf(node);
    emit dataChanged(at, at);
    emit valueEdited();
    return true;
}

QModelIndex JsonTreeModel::insertValue(
    const QModelIndex &parent, int row, const QString &key, const JsonValue &value)
{
    Node *node = nodeOf(parent);
    if (!node || !node->isContainer() || row < 0 || row > node->childCount())
        return {};
    const bool object = node->value.isObject();
    if (object && hasMember(parent, key))
        return {};
    buildChildren(node);
    const QModelIndex at = indexOf(node);
    beginInsertRows(at, row, row);
    auto child = std::make_unique<Node>();
    child->parent = node;
    child->key = object ? normalizedKey(key) : QString();
    child->value = value;
    node->children.insert(node->children.begin() + row, std::move(child));
    for (std::size_t i = std::size_t(row); i < node->children.size(); ++i)
        node->children[i]->row = int(i);
    endInsertRows();
    markEdited(node);
    const QModelIndex count = indexOf(node, int(Column::Value)); // "n members"
    emit dataChanged(count, count);
    emit valueEdited();
    return index(row, 0, at);
}

bool JsonTreeModel::removeRows(int row, int count, const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (!node || count <= 0 || row < 0 || row + count > node->childCount())
        return false;
    buildChildren(node);
    beginRemoveRows(indexOf(node), row, row + count - 1);
    const auto first = node->children.begin() + row;
    node->children.erase(first, first + count);
    for (std::size_t i = std::size_t(row); i < node->children.size(); ++i)
        node->children[i]->row = int(i);
    endRemoveRows();
    markEdited(node);
    const QModelIndex size = indexOf(node, int(Column::Value));
    emit dataChanged(size, size);
    emit valueEdited();
    return true;
}

bool JsonTreeModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
    const QModelIndex &destinationParent, int destinationChild)
{
    Node *node = nodeOf(sourceParent);
    if (!node || node != nodeOf(destinationParent) || count <= 0 || sourceRow < 0 ||
        sourceRow + count > node->childCount() || destinationChild < 0 ||
        destinationChild > node->childCount())
        return false;
    buildChildren(node);
    const QModelIndex at = indexOf(node);
    // Refuses a move onto itself.
    if (!beginMoveRows(at, sourceRow, sourceRow + count - 1, at, destinationChild))
        return false;
    const auto children = node->children.begin();
    if (destinationChild > sourceRow)
        std::rotate(
            children + sourceRow, children + sourceRow + count, children + destinationChild);
    else
        std::rotate(
            children + destinationChild, children + sourceRow, children + sourceRow + count);
    for (std::size_t i = 0; i < node->children.size(); ++i)
        node->children[i]->row = int(i);
    endMoveRows();
    markEdited(node);
    emit valueEdited();
    return true;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return indexOf(m_root.get(), column);
    Node *node = nodeOf(parent);
    buildChildren(node); // the rows exist from the first time they are asked for
    return indexOf(node->children[std::size_t(row)].get(), column);
}

QModelIndex JsonTreeModel::parent(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node || !node->parent)
        return {};
    return indexOf(node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? node->childCount() : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant JsonTreeModel::displayValue(const Node *node) const
{
    const JsonValue &value = node->value;
    switch (value.type()) {
    case JsonValue::Type::Null:
        return QStringLiteral("null"); // JSON itself, as in the JSON text
    case JsonValue::Type::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case JsonValue::Type::Integer:
    case JsonValue::Type::Double:
        return QString::fromLatin1(value.numberText());
    case JsonValue::Type::String: {
        // One line: a line break shows as the return symbol.
        QString text = value.toString();
        text.replace(u'\n', QChar(0x21b5));
        return text;
    }
    case JsonValue::Type::Array:
        return tr("%n element(s)", nullptr, node->childCount());
    case JsonValue::Type::Object:
        return tr("%n member(s)", nullptr, node->childCount());
    }
    return {};
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    Node *node = nodeOf(index);
    if (!node)
        return {};
    if (role == JsonValueRole)
        return QVariant::fromValue(valueOf(node));
    switch (Column(index.column())) {
    case Column::Name:
        // An element's index moves with every row inserted or removed before
        // it; the delegate paints it (nameAt()), so that no row's data
        // changes behind an insert or a remove.
        if ((role == Qt::DisplayRole || role == Qt::EditRole) && !isElement(node))
            return nameAt(index);
        if (role == Qt::AccessibleTextRole)
            return nameAt(index);
        break;
    case Column::Value:
        if (role == Qt::DisplayRole)
            return displayValue(node);
        if (role == Qt::EditRole) {
            if (node->value.isNumber())
                return QString::fromLatin1(node->value.numberText());
            if (node->value.isString())
                return node->value.toString();
            if (node->value.isBool())
                return node->value.toBool();
        }
        if (role == Qt::CheckStateRole && node->value.isBool())
            return int(node->value.toBool() ? Qt::Checked : Qt::Unchecked);
        break;
    case Column::Type:
        if (role == Qt::DisplayRole)
            return node->value.typeName();
        if (role == Qt::ToolTipRole)
            return typeToolTip(node->value.type());
        break;
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    const QString titles[ColumnCount] = {tr("Name"), tr("Value"), tr("Type")}; // by Column
    return titles[section];
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!node->isContainer())
        result |= Qt::ItemNeverHasChildren;
    switch (Column(index.column())) {
    case Column::Name:
        if (isMember(index))
            result |= Qt::ItemIsEditable;
        break;
    case Column::Value:
        if (node->value.isNumber() || node->value.isString())
            result |= Qt::ItemIsEditable;
        else if (node->value.isBool())
            result |= Qt::ItemIsUserCheckable;
        break;
    case Column::Type:
        break;
    }
    return result;
}

bool JsonTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeOf(index);
    if (!node)
        return false;
    if (index.column() == int(Column::Name))
        return role == Qt::EditRole && renameMember(index, value.toString());
    if (index.column() != int(Column::Value))
        return false;
    if (role == Qt::CheckStateRole && node->value.isBool())
        return replaceValue(index, JsonValue::fromBool(value.toInt() == Qt::Checked));
    if (role != Qt::EditRole)
        return false;
    if (value.metaType() == QMetaType::fromType<JsonValue>())
        return replaceValue(index, value.value<JsonValue>());
    if (node->value.isNumber()) {
        const auto number = JsonValue::fromNumberText(value.toString());
        return number && replaceValue(index, *number);
    }
    if (node->value.isString())
        return replaceValue(index, JsonValue::fromString(value.toString()));
    if (node->value.isBool() && value.metaType() == QMetaType::fromType<bool>())
        return replaceValue(index, JsonValue::fromBool(value.toBool()));
    return false;
}
