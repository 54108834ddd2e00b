#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

// The History panel's filter over a JournalModel: whose preferences (a
// username or a numeric user id, exactly; case does not matter), a key
// (part of the key before or after) and the dates (from, to; both
// included, in local time). Empty or invalid fields do not filter.
class JournalFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JournalFilterModel(QObject *parent = nullptr);

    void setUserFilter(const QString &user);
    void setKeyFilter(const QString &key);
    void setDateRange(const QDate &from, const QDate &to);

    QString userFilter() const { return m_user; }
    QString keyFilter() const { return m_key; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_user;
    QString m_key;
    QDate m_from;
    QDate m_to;
};
