#include "JournalFilterModel.h"

#include "JournalModel.h"

#include <QDateTime>

JournalFilterModel::JournalFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void JournalFilterModel::setUserFilter(const QString &user)
{
    m_user = user.trimmed();
    invalidateFilter();
}

void JournalFilterModel::setKeyFilter(const QString &key)
{
    m_key = key;
    invalidateFilter();
}

void JournalFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool JournalFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_user.isEmpty()) {
        const QString name = index.data(JournalModel::UserNameRole).toString();
        const QString id = QString::number(index.data(JournalModel::UserIdRole).toLongLong());
        if (name.compare(m_user, Qt::CaseInsensitive) != 0 && id != m_user)
            return false;
    }
    if (!m_key.isEmpty()) {
        const QStringList keys = index.data(JournalModel::KeysRole).toStringList();
        if (!keys.filter(m_key, Qt::CaseInsensitive).size())
            return false;
    }
    const QDate day = index.data(JournalModel::TimeRole).toDateTime().toLocalTime().date();
    if (m_from.isValid() && day < m_from)
        return false;
    if (m_to.isValid() && day > m_to)
        return false;
    return true;
}
