#include "PreferenceFilterModel.h"

#include "PreferenceModel.h"

PreferenceFilterModel::PreferenceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PreferenceModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void PreferenceFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void PreferenceFilterModel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    invalidateFilter();
}

bool PreferenceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (m_scope != Scope::Value &&
        model->data(index, PreferenceModel::KeyRole)
            .toString()
            .contains(m_text, Qt::CaseInsensitive))
        return true;
    if (m_scope != Scope::Key &&
        model->data(index, PreferenceModel::RawJsonRole)
            .toString()
            .contains(m_text, Qt::CaseInsensitive))
        return true;
    return false;
}
