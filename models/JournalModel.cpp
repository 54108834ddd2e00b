#include "JournalModel.h"

#include "ChangeJournal.h"

namespace {

// Longer changes are cut in the table; the tool tip has them whole.
constexpr int MaxChangeLength = 120;

} // namespace

JournalModel::JournalModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<JournalEntry>();
}

void JournalModel::load(const ChangeJournal &journal)
{
    setEntries(journal.entries());
}

void JournalModel::setEntries(const QList<JournalEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void JournalModel::prepend(const JournalEntry &entry)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

int JournalModel::rowForId(const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    switch (role) {
    case EntryRole:
        return QVariant::fromValue(entry);
    case TimeRole:
        return entry.time;
    case UserIdRole:
        return entry.user.id;
    case UserNameRole:
        return entry.user.username;
    case KeysRole: {
        QStringList keys;
        if (entry.keyBefore)
            keys.append(*entry.keyBefore);
        if (entry.keyAfter)
            keys.append(*entry.keyAfter);
        return keys;
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }

    switch (Column(index.column())) {
    case Column::Time:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case Column::Actor:
        return entry.actor.displayName();
    case Column::User:
        return entry.user.displayName();
    case Column::Action:
        return actionName(entry);
    case Column::Key:
        return keyText(entry);
    case Column::Outcome:
        return outcomeName(entry.outcome);
    case Column::Change: {
        const QString change =
            valueText(entry, false) + QStringLiteral(" → ") + valueText(entry, true);
        if (role == Qt::DisplayRole && change.size() > MaxChangeLength)
            return change.left(MaxChangeLength - 1) + QStringLiteral("…");
        return change;
    }
    case Column::Count:
        break;
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Actor:
        return tr("By");
    case Column::User:
        return tr("User");
    case Column::Action:
        return tr("Action");
    case Column::Key:
        return tr("Key");
    case Column::Outcome:
        return tr("Outcome");
    case Column::Change:
        return tr("Change");
    case Column::Count:
        break;
    }
    return {};
}

QString JournalModel::actionName(const JournalEntry &entry)
{
    if (!entry.undoes.isEmpty())
        return tr("undo");
    switch (entry.operation) {
    case JournalEntry::Operation::Create:
        return tr("create");
    case JournalEntry::Operation::Delete:
        return tr("delete");
    case JournalEntry::Operation::Patch:
        break;
    }
    return tr("change");
}

QString JournalModel::outcomeName(JournalEntry::Outcome outcome)
{
    switch (outcome) {
    case JournalEntry::Outcome::Applied:
        return tr("applied");
    case JournalEntry::Outcome::Failed:
        return tr("failed");
    case JournalEntry::Outcome::Conflict:
        return tr("conflict");
    case JournalEntry::Outcome::Uncertain:
        break;
    }
    return tr("uncertain");
}

QString JournalModel::keyText(const JournalEntry &entry)
{
    if (entry.keyBefore && entry.keyAfter && *entry.keyBefore != *entry.keyAfter)
        return *entry.keyBefore + QStringLiteral(" → ") + *entry.keyAfter;
    return entry.keyAfter.value_or(entry.keyBefore.value_or(QString()));
}

QString JournalModel::valueText(const JournalEntry &entry, bool after)
{
    const std::optional<JsonValue> &value = after ? entry.valueAfter : entry.valueBefore;
    if (value)
        return value->toCompactString();
    const auto none = after ? JournalEntry::Operation::Delete : JournalEntry::Operation::Create;
    return entry.operation == none ? tr("(none)") : tr("(unknown)");
}
