#include "CtlHistory.h"

#include "JournalModel.h"
#include "JournalUndo.h"
#include "PreferenceWrite.h"
#include "TableFormatter.h"

namespace {

// Without a terminal to measure, changes are cut at this many characters.
constexpr int DefaultChangeWidth = 60;
constexpr int ChangeColumn = 7; // the last

QString actionName(JournalEntry::Operation operation)
{
    switch (operation) {
    case JournalEntry::Operation::Create:
        return CtlHistory::tr("create");
    case JournalEntry::Operation::Delete:
        return CtlHistory::tr("delete");
    case JournalEntry::Operation::Patch:
        break;
    }
    return CtlHistory::tr("set");
}

// A value before or after: nothing before a create or after a delete (none),
// otherwise a value the entry does not record.
QString valueText(
    const JournalEntry &entry, const std::optional<JsonValue> &value, JournalEntry::Operation none)
{
    if (value)
        return value->toCompactString();
    return entry.operation == none ? CtlHistory::tr("(none)") : CtlHistory::tr("(unknown)");
}

} // namespace

CtlHistory::CtlHistory(const CtlOptions &options)
    : m_options(options)
    , m_journal(options.server())
{ }

QByteArray CtlHistory::historyOutput(int width, QString *warning) const
{
    JournalFilter filter;
    filter.userId = m_options.historyUserId();
    filter.key = m_options.key();
    filter.limit = m_options.limit();
    int skipped = 0;
    const QList<JournalEntry> entries = m_journal.entries(filter, &skipped);
    if (skipped > 0) {
        *warning = tr("warning: %n line(s) of the journal %1 could not be read and were skipped.",
            nullptr, skipped)
                       .arg(m_journal.filePath());
    }

    if (!m_options.json())
        return tableText(entries, width).toUtf8();
    QByteArray out = "[";
    for (const JournalEntry &entry : entries) {
        if (out.size() > 1)
            out += ',';
        out += entry.toJson().toJson();
    }
    return out + "]\n";
}

QString CtlHistory::tableText(const QList<JournalEntry> &entries, int width) const
{
    if (entries.isEmpty())
        return tr("No changes recorded.") + QLatin1Char('\n');

    TableFormatter table({tr("TIME"), tr("ID"), tr("ACTOR"), tr("USER"), tr("ACTION"), tr("KEY"),
        tr("OUTCOME"), tr("CHANGE")});
    for (const JournalEntry &entry : entries) {
        QString key = entry.keyAfter.value_or(entry.keyBefore.value_or(QString()));
        if (entry.keyBefore && entry.keyAfter && *entry.keyBefore != *entry.keyAfter)
            key = *entry.keyBefore + QStringLiteral(" → ") + *entry.keyAfter;
        table.addRow({entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            entry.id, entry.actor.displayName(), entry.user.displayName(),
            entry.undoes.isEmpty() ? actionName(entry.operation) : tr("undo"), key,
            JournalModel::outcomeName(entry.outcome),
            valueText(entry, entry.valueBefore, JournalEntry::Operation::Create) +
                QStringLiteral(" → ") +
                valueText(entry, entry.valueAfter, JournalEntry::Operation::Delete)});
    }
    if (width > 0)
        table.fitLastColumn(width);
    else
        table.setMaxWidth(ChangeColumn, DefaultChangeWidth);
    return table.toString();
}

std::optional<JournalEntry> CtlHistory::undoableEntry(QString *error) const
{
    const QString id = m_options.entryId();
    std::optional<JournalEntry> entry = m_journal.find(id);
    if (!entry) {
        *error = tr("The journal of %1 has no entry %2.").arg(m_options.server().toString(), id);
        return std::nullopt;
    }
    if (entry->outcome == JournalEntry::Outcome::Failed ||
        entry->outcome == JournalEntry::Outcome::Conflict) {
        *error = tr("Entry %1 changed nothing (%2): there is nothing to undo.")
                     .arg(id, JournalModel::outcomeName(entry->outcome));
        return std::nullopt;
    }
    // An undo needs what to put back, and what to find there first.
    const bool known = JournalUndo::isUndoable(*entry);
    if (!known) {
        *error = tr("Entry %1 does not record what the preference held before and after the "
                    "change; it cannot be undone.")
                     .arg(id);
        return std::nullopt;
    }
    return entry;
}

PreferenceWrite *CtlHistory::undoWrite(ApiClient *client, const JournalEntry &entry)
{
    return JournalUndo::write(client, entry);
}

QString CtlHistory::conflictText(
    const JournalEntry &entry, const std::optional<Preference> &current)
{
    if (entry.operation == JournalEntry::Operation::Delete) {
        return tr("The key \"%1\" is in use again, by preference %2; nothing was written. Its "
                  "value:")
            .arg(entry.keyBefore.value_or(QString()))
            .arg(current ? current->id : 0);
    }
    if (!current) {
        return tr("Preference %1 no longer exists; nothing was written.").arg(entry.preferenceId);
    }
    return tr("Preference %1 has changed since entry %2; nothing was written. Its current "
              "value:")
        .arg(entry.preferenceId)
        .arg(entry.id);
}
