#pragma once

#include "PreferenceComparison.h"

#include <QAbstractItemModel>

// A PreferenceComparison as a tree for the Compare dialog: four group rows
// (only in A, only in B, differing, identical; each with its count, in that
// order, empty ones too), and under each group its keys with A's and B's
// values (compact, elided; the tool tip has them whole).
class PreferenceComparisonModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Column { Key, A, B, Count };
    // The PreferenceComparison::Status of a group or of a key's row, as an int.
    static constexpr int StatusRole = Qt::UserRole + 1;
    // True on a key's row, false on a group row.
    static constexpr int IsKeyRole = Qt::UserRole + 2;
    // A key's row: its key (also in the Key column's display).
    static constexpr int KeyRole = Qt::UserRole + 3;

    explicit PreferenceComparisonModel(QObject *parent = nullptr);

    // aName, bName head the value columns (e.g. the usernames).
    void setComparison(
        const PreferenceComparison &comparison, const QString &aName, const QString &bName);
    const PreferenceComparison &comparison() const { return m_comparison; }

    // The group row of a status, and a key's row (invalid when absent).
    QModelIndex groupIndex(PreferenceComparison::Status status) const;
    QModelIndex keyIndex(const QString &key) const;
    // The comparison's row behind a key's index; nullptr for a group or an invalid index.
    const PreferenceComparison::Row *rowAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString groupName(PreferenceComparison::Status status);

private:
    static constexpr int GroupCount = 4;

    PreferenceComparison m_comparison;
    QString m_aName;
    QString m_bName;
    // Per group (by Status), the indices of its rows in m_comparison.rows.
    QList<int> m_groups[GroupCount];
};
