#include "MergeConflictModel.h"

MergeConflictModel::Row MergeConflictModel::conflictRow(const MergeConflict &conflict)
{
    return {conflict.path.toString(), conflict.base, conflict.mine, conflict.theirs, false};
}

MergeConflictModel::Row MergeConflictModel::keyRow(
    const QString &base, const QString &mine, const QString &theirs)
{
    return {tr("key (name)"), JsonValue::fromString(base), JsonValue::fromString(mine),
        JsonValue::fromString(theirs), true};
}

MergeConflictModel::MergeConflictModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MergeConflictModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_choices = QList<JsonMerge::Choice>(rows.size(), JsonMerge::Choice::Mine);
    endResetModel();
}

JsonMerge::Choice MergeConflictModel::choice(int row) const
{
    return m_choices.value(row, JsonMerge::Choice::Mine);
}

void MergeConflictModel::setChoice(int row, JsonMerge::Choice choice)
{
    if (row < 0 || row >= m_choices.size() || m_choices.at(row) == choice)
        return;
    m_choices[row] = choice;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

QString MergeConflictModel::displayText(const std::optional<JsonValue> &value, bool plainText)
{
    if (!value)
        return tr("(absent)");
    QString text = plainText && value->isString() ? value->toString() : value->toCompactString();
    if (text.size() > MaxCellLength)
        text = text.left(MaxCellLength - 1) + QChar(0x2026);
    return text;
}

QVariant MergeConflictModel::valueCellData(const std::optional<JsonValue> &value, int role)
{
    if (role == Qt::DisplayRole)
        return displayText(value, false);
    if (role == Qt::ToolTipRole && value)
        return value->toPrettyString();
    return {};
}

QString MergeConflictModel::choiceText(JsonMerge::Choice choice)
{
    return choice == JsonMerge::Choice::Theirs ? tr("Take theirs") : tr("Keep mine");
}

int MergeConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MergeConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant MergeConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const JsonMerge::Choice chosen = m_choices.at(index.row());
    const auto column = Column(index.column());
    const std::optional<JsonValue> *value = nullptr;
    switch (column) {
    case Column::Original:
        value = &row.base;
        break;
    case Column::Mine:
        value = &row.mine;
        break;
    case Column::Theirs:
        value = &row.theirs;
        break;
    default:
        break;
    }

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == Column::Path)
            return row.path;
        if (column == Column::Choice)
            return choiceText(chosen);
        return value ? displayText(*value, row.plainText) : QVariant();
    case Qt::ToolTipRole:
        if (value && *value && !row.plainText)
            return (*value)->toPrettyString();
        return data(index, Qt::DisplayRole);
    case ChoiceRole:
        return int(chosen);
    default:
        return {};
    }
}

bool MergeConflictModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ChoiceRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int choice = value.toInt();
    if (choice != int(JsonMerge::Choice::Mine) && choice != int(JsonMerge::Choice::Theirs))
        return false;
    setChoice(index.row(), JsonMerge::Choice(choice));
    return true;
}

QVariant MergeConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (Column(section)) {
    case Column::Path:
        return tr("Path");
    case Column::Original:
        return tr("Original");
    case Column::Mine:
        return tr("Mine");
    case Column::Theirs:
        return tr("Theirs");
    case Column::Choice:
        return tr("Use");
    default:
        return {};
    }
}
