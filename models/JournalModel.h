#pragma once

#include "JournalEntry.h"

#include <QAbstractTableModel>
#include <QList>

class ChangeJournal;

// The entries of a change journal as a table, newest first: when, who wrote,
// whose preference, the action, the key, the outcome and the change (before
// → after, compact; the tool tip has it whole). The History panel's model.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Time, Actor, User, Action, Key, Outcome, Change, Count };
    enum Role {
        EntryRole = Qt::UserRole + 1, // JournalEntry
        TimeRole, // QDateTime (UTC)
        UserIdRole, // qint64: whose preference
        UserNameRole, // QString: whose preference
        KeysRole, // QStringList: the key before and after, as recorded
    };

    explicit JournalModel(QObject *parent = nullptr);

    // Every entry of journal, newest first.
    void load(const ChangeJournal &journal);
    void setEntries(const QList<JournalEntry> &entries);
    // A new entry, at the top.
    void prepend(const JournalEntry &entry);

    const JournalEntry &entryAt(int row) const { return m_entries.at(row); }
    int rowForId(const QString &id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "create", "change", "delete" or "undo"; "applied", "failed", ...: translated.
    static QString actionName(const JournalEntry &entry);
    static QString outcomeName(JournalEntry::Outcome outcome);
    // The key, or "old → new" for a rename.
    static QString keyText(const JournalEntry &entry);
    // The value before and after, compact ("(none)" before a create).
    static QString valueText(const JournalEntry &entry, bool after);

private:
    QList<JournalEntry> m_entries;
};
