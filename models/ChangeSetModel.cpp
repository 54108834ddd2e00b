#include "ChangeSetModel.h"

#include "ChangeSetApplier.h"
#include "MergeConflictModel.h"
#include "PreferenceWrite.h"

ChangeSetModel::ChangeSetModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChangeSetModel::setChangeSet(const ChangeSet &changes)
{
    reset(changes, nullptr);
}

void ChangeSetModel::setApplier(ChangeSetApplier *applier)
{
    reset(applier ? applier->changes() : ChangeSet(), applier);
}

void ChangeSetModel::reset(const ChangeSet &changes, ChangeSetApplier *applier)
{
    beginResetModel();
    if (m_applier)
        disconnect(m_applier, nullptr, this, nullptr);
    m_changes = changes;
    m_applier = applier;
    if (applier) {
        connect(applier, &ChangeSetApplier::operationFinished, this,
            &ChangeSetModel::onOperationChanged);
        // A write that starts is Running: its row changes too.
        connect(applier, &ChangeSetApplier::writeStarted, this,
            [this](PreferenceWrite *, const QString &, int operation) {
                onOperationChanged(operation);
            });
    }
    endResetModel();
}

void ChangeSetModel::onOperationChanged(int operation)
{
    const QModelIndex cell = index(operation, int(Column::Result));
    emit dataChanged(cell, cell);
}

int ChangeSetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ChangeSetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ChangeSetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeSet::Operation &operation = m_changes.operations().at(index.row());
    if (role == KindRole)
        return int(operation.kind);
    if (role == StatusRole || Column(index.column()) == Column::Result)
        return resultData(index.row(), role);

    std::optional<JsonValue> value;
    switch (Column(index.column())) {
    case Column::Action:
        return role == Qt::DisplayRole ? ChangeSet::kindName(operation.kind) : QVariant();
    case Column::Key:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? operation.key : QVariant();
    case Column::Before:
        if (operation.current)
            value = operation.current->value;
        break;
    case Column::After:
        value = operation.value;
        break;
    default:
        return {};
    }
    return MergeConflictModel::valueCellData(value, role);
}

QVariant ChangeSetModel::resultData(int row, int role) const
{
    if (!m_applier || row >= m_applier->results().size())
        return {};
    const ChangeSetApplier::Result &result = m_applier->results().at(row);
    switch (role) {
    case StatusRole:
        return int(result.status);
    case Qt::DisplayRole:
        return ChangeSetApplier::statusName(result.status);
    case Qt::ToolTipRole:
        if (result.status == ChangeSetApplier::Status::Failed)
            return result.error.toUserString();
        if (result.status != ChangeSetApplier::Status::Conflict)
            return {};
        if (m_changes.operations().at(row).kind == ChangeSet::Kind::Create) {
            return result.current
                ? tr("The key was taken meanwhile by preference %1.").arg(result.current->id)
                : tr("The key was taken meanwhile.");
        }
        return result.current ? tr("Changed since it was read; it holds now:\n%1")
                                    .arg(result.current->value.toPrettyString())
                              : tr("Deleted since it was read.");
    default:
        return {};
    }
}

QVariant ChangeSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (Column(section)) {
    case Column::Action:
        return tr("Action");
    case Column::Key:
        return tr("Key");
    case Column::Before:
        return tr("Before");
    case Column::After:
        return tr("After");
    case Column::Result:
        return tr("Result");
    default:
        return {};
    }
}
