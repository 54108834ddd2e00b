#pragma once

#include <QSortFilterProxyModel>

// Filters a PreferenceModel as the user types, case-insensitively, on the
// key, the value's compact JSON text, or both; sorts with
// PreferenceModel::SortRole so that dates sort by time and ids as numbers.
class PreferenceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Scope { KeyAndValue, Key, Value };
    Q_ENUM(Scope)

    explicit PreferenceFilterModel(QObject *parent = nullptr);

    // A plain substring (not a pattern); empty accepts every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    void setScope(Scope scope);
    Scope scope() const { return m_scope; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    Scope m_scope = Scope::KeyAndValue;
};
