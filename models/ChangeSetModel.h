#pragma once

#include "ChangeSet.h"

#include <QAbstractTableModel>
#include <QPointer>

class ChangeSetApplier;

// A change set as a table, for the preview of an import or a copy and then
// the results of its apply: one row per operation with its action, key, the
// value before and after (compact, elided; the tool tip has it whole) and,
// once an applier runs, its result as it comes.
class ChangeSetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Action, Key, Before, After, Result, Count };
    // The row's ChangeSet::Kind as an int, in every column.
    static constexpr int KindRole = Qt::UserRole + 1;
    // The row's ChangeSetApplier::Status as an int, in every column; no
    // value before an applier is set.
    static constexpr int StatusRole = Qt::UserRole + 2;

    explicit ChangeSetModel(QObject *parent = nullptr);

    // Shows a plan, without results.
    void setChangeSet(const ChangeSet &changes);
    // Shows applier's change set and follows its results (not owned).
    void setApplier(ChangeSetApplier *applier);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reset(const ChangeSet &changes, ChangeSetApplier *applier);
    void onOperationChanged(int operation); // its result column
    QVariant resultData(int row, int role) const;

    ChangeSet m_changes;
    QPointer<ChangeSetApplier> m_applier;
};
