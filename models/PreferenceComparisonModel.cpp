#include "PreferenceComparisonModel.h"

#include "MergeConflictModel.h"

namespace {

// Group rows have internal id 0; a key's row the number of its group plus one.
constexpr quintptr GroupId = 0;

} // namespace

PreferenceComparisonModel::PreferenceComparisonModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void PreferenceComparisonModel::setComparison(
    const PreferenceComparison &comparison, const QString &aName, const QString &bName)
{
    beginResetModel();
    m_comparison = comparison;
    m_aName = aName;
    m_bName = bName;
    for (QList<int> &group : m_groups)
        group.clear();
    for (int i = 0; i < m_comparison.rows.size(); ++i)
        m_groups[int(m_comparison.rows.at(i).status)].append(i);
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
}

QString PreferenceComparisonModel::groupName(PreferenceComparison::Status status)
{
    switch (status) {
    case PreferenceComparison::Status::OnlyInA:
        return tr("Only in A");
    case PreferenceComparison::Status::OnlyInB:
        return tr("Only in B");
    case PreferenceComparison::Status::Differing:
        return tr("Differing");
    case PreferenceComparison::Status::Identical:
        return tr("Identical");
    }
    return {};
}

QModelIndex PreferenceComparisonModel::groupIndex(PreferenceComparison::Status status) const
{
    return index(int(status), 0);
}

QModelIndex PreferenceComparisonModel::keyIndex(const QString &key) const
{
    for (int group = 0; group < GroupCount; ++group) {
        for (int row = 0; row < m_groups[group].size(); ++row) {
            if (m_comparison.rows.at(m_groups[group].at(row)).key == key)
                return index(row, 0, index(group, 0));
        }
    }
    return {};
}

const PreferenceComparison::Row *PreferenceComparisonModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupId)
        return nullptr;
    return &m_comparison.rows.at(m_groups[index.internalId() - 1].at(index.row()));
}

QModelIndex PreferenceComparisonModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PreferenceComparisonModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, GroupId);
}

int PreferenceComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0 || parent.internalId() != GroupId)
        return 0;
    return int(m_groups[parent.row()].size());
}

int PreferenceComparisonModel::columnCount(const QModelIndex &) const
{
    return int(Column::Count);
}

QVariant PreferenceComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId) {
        const auto status = PreferenceComparison::Status(index.row());
        switch (role) {
        case StatusRole:
            return index.row();
        case IsKeyRole:
            return false;
        case Qt::DisplayRole:
            if (Column(index.column()) != Column::Key)
                return {};
            return tr("%1 (%2)").arg(groupName(status)).arg(m_groups[index.row()].size());
        default:
            return {};
        }
    }
    const PreferenceComparison::Row &row = *rowAt(index);
    switch (role) {
    case StatusRole:
        return int(row.status);
    case IsKeyRole:
        return true;
    case KeyRole:
        return row.key;
    default:
        break;
    }
    std::optional<JsonValue> value;
    switch (Column(index.column())) {
    case Column::Key:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? row.key : QVariant();
    case Column::A:
        value = row.a;
        break;
    case Column::B:
        value = row.b;
        break;
    default:
        return {};
    }
    return MergeConflictModel::valueCellData(value, role);
}

QVariant PreferenceComparisonModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (Column(section)) {
    case Column::Key:
        return tr("Key");
    case Column::A:
        return m_aName.isEmpty() ? tr("A") : tr("A: %1").arg(m_aName);
    case Column::B:
        return m_bName.isEmpty() ? tr("B") : tr("B: %1").arg(m_bName);
    default:
        return {};
    }
}
