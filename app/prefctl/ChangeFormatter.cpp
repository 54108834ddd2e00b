#include "ChangeFormatter.h"

#include "ChangeSet.h"
#include "ChangeSetApplier.h"
#include "PreferenceComparison.h"
#include "TableFormatter.h"

#include <QStringList>

#include <algorithm>

namespace {

const QString Arrow = QStringLiteral(" → ");
constexpr int SeparatorWidth = 2; // between TableFormatter's columns
constexpr int MinValueWidth = 10;

int columnWidth(const QString &header, const QStringList &cells)
{
    int width = int(header.size());
    for (const QString &cell : cells)
        width = std::max(width, int(cell.size()));
    return width;
}

// How wide each of count values on a line may be when the columns before
// them take used characters: a share of the terminal, or the default.
int valueWidth(int used, int count)
{
    const int terminal = TableFormatter::terminalWidth();
    if (terminal <= 0)
        return TableFormatter::DefaultValueWidth;
    return std::max(MinValueWidth, (terminal - used) / count);
}

QString shown(const JsonValue &value, int width)
{
    return TableFormatter::elide(TableFormatter::singleLine(value.toCompactString()), width);
}

// The names in --json output, never translated.
QString comparisonId(PreferenceComparison::Status status)
{
    switch (status) {
    case PreferenceComparison::Status::OnlyInA:
        return QStringLiteral("only_in_a");
    case PreferenceComparison::Status::OnlyInB:
        return QStringLiteral("only_in_b");
    case PreferenceComparison::Status::Differing:
        return QStringLiteral("differing");
    case PreferenceComparison::Status::Identical:
        return QStringLiteral("identical");
    }
    return QString();
}

JsonValue valueOrNull(const std::optional<Preference> &preference)
{
    return preference ? preference->value : JsonValue();
}

} // namespace

QString ChangeFormatter::planTable(const ChangeSet &changes)
{
    QStringList actions;
    QStringList keys;
    for (const ChangeSet::Operation &operation : changes.operations()) {
        actions.append(ChangeSet::kindName(operation.kind));
        keys.append(operation.key);
    }
    const QStringList headers {tr("ACTION"), tr("KEY"), tr("VALUE")};
    const int used =
        columnWidth(headers.at(0), actions) + columnWidth(headers.at(1), keys) + 2 * SeparatorWidth;
    const int single = valueWidth(used, 1);
    const int pair = valueWidth(used + int(Arrow.size()), 2);

    TableFormatter table(headers);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ChangeSet::Operation &operation = changes.operations().at(i);
        QString value;
        switch (operation.kind) {
        case ChangeSet::Kind::Create:
        case ChangeSet::Kind::Unchanged:
            value = shown(operation.value.value_or(JsonValue()), single);
            break;
        case ChangeSet::Kind::Change:
            value = shown(valueOrNull(operation.current), pair) + Arrow +
                shown(operation.value.value_or(JsonValue()), pair);
            break;
        case ChangeSet::Kind::Delete:
            value = shown(valueOrNull(operation.current), single);
            break;
        }
        table.addRow({actions.at(i), operation.key, value});
    }
    return table.toString();
}

QString ChangeFormatter::resultTable(const ChangeSetApplier &applier)
{
    const ChangeSet &changes = applier.changes();
    QStringList statuses;
    QStringList keys;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        statuses.append(ChangeSetApplier::statusName(applier.results().at(i).status));
        keys.append(changes.operations().at(i).key);
    }
    const QStringList headers {tr("RESULT"), tr("KEY"), tr("DETAIL")};
    const int used = columnWidth(headers.at(0), statuses) + columnWidth(headers.at(1), keys) +
        2 * SeparatorWidth;
    // Leaves room for the words around the value.
    const int width = valueWidth(used, 2);

    TableFormatter table(headers);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ChangeSet::Operation &operation = changes.operations().at(i);
        const ChangeSetApplier::Result &result = applier.results().at(i);
        QString detail;
        switch (result.status) {
        case ChangeSetApplier::Status::Applied:
            if (result.preference.id > 0)
                detail = tr("preference %1").arg(result.preference.id);
            if (result.verified)
                detail += tr("; the answer was lost, the change was verified on the server");
            break;
        case ChangeSetApplier::Status::Conflict:
            if (operation.kind == ChangeSet::Kind::Create) {
                detail = result.current
                    ? tr("the key was taken meanwhile by preference %1").arg(result.current->id)
                    : tr("the key was taken meanwhile");
            } else {
                detail = result.current ? tr("changed since it was read; now %1")
                                              .arg(shown(result.current->value, width))
                                        : tr("deleted since it was read");
            }
            break;
        case ChangeSetApplier::Status::Failed:
            detail = result.error.toUserString();
            break;
        default:
            break;
        }
        table.addRow({statuses.at(i), operation.key, detail});
    }
    return table.toString();
}

QString ChangeFormatter::summary(const ChangeSetApplier &applier)
{
    return tr("Batch %1: applied %2, unchanged %3, conflict %4, failed %5.")
        .arg(applier.batchId())
        .arg(applier.count(ChangeSetApplier::Status::Applied))
        .arg(applier.count(ChangeSetApplier::Status::Unchanged))
        .arg(applier.count(ChangeSetApplier::Status::Conflict))
        .arg(applier.count(ChangeSetApplier::Status::Failed));
}

QByteArray ChangeFormatter::changesJson(const ChangeSet &changes, const ChangeSetApplier *applier)
{
    JsonValue operations = JsonValue::array();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ChangeSet::Operation &operation = changes.operations().at(i);
        const ChangeSetApplier::Result result =
            applier ? applier->results().at(i) : ChangeSetApplier::Result();
        JsonValue object =
            JsonValue::object()
                .inserted(QStringLiteral("action"),
                    JsonValue::fromString(ChangeSet::kindId(operation.kind)))
                .inserted(QStringLiteral("key"), JsonValue::fromString(operation.key));
        // A create's id is known once it is applied.
        const qint64 id =
            result.status == ChangeSetApplier::Status::Applied && result.preference.id > 0
            ? result.preference.id
            : (operation.current ? operation.current->id : 0);
        if (id > 0)
            object = object.inserted(QStringLiteral("id"), JsonValue::fromInteger(id));
        if (operation.current)
            object = object.inserted(QStringLiteral("before"), operation.current->value);
        if (operation.value)
            object = object.inserted(QStringLiteral("after"), *operation.value);
        if (applier) {
            object = object.inserted(QStringLiteral("result"),
                JsonValue::fromString(ChangeSetApplier::statusId(result.status)));
        }
        if (result.status == ChangeSetApplier::Status::Conflict)
            object = object.inserted(QStringLiteral("current"), valueOrNull(result.current));
        if (result.status == ChangeSetApplier::Status::Failed) {
            object = object.inserted(
                QStringLiteral("message"), JsonValue::fromString(result.error.toUserString()));
        }
        operations = operations.appended(object);
    }
    const JsonValue document =
        JsonValue::object()
            .inserted(QStringLiteral("batch"),
                applier ? JsonValue::fromString(applier->batchId()) : JsonValue())
            .inserted(QStringLiteral("dry_run"), JsonValue::fromBool(!applier))
            .inserted(QStringLiteral("operations"), operations);
    return document.toJson() + '\n';
}

QString ChangeFormatter::comparisonTable(const PreferenceComparison &comparison, qint64 a, qint64 b)
{
    QStringList statuses;
    QStringList keys;
    for (const PreferenceComparison::Row &row : comparison.rows) {
        switch (row.status) {
        case PreferenceComparison::Status::OnlyInA:
            statuses.append(tr("only in %1").arg(a));
            break;
        case PreferenceComparison::Status::OnlyInB:
            statuses.append(tr("only in %1").arg(b));
            break;
        case PreferenceComparison::Status::Differing:
            statuses.append(tr("differs"));
            break;
        case PreferenceComparison::Status::Identical:
            statuses.append(tr("identical"));
            break;
        }
        keys.append(row.key);
    }
    const QStringList headers {tr("STATUS"), tr("KEY"), tr("USER %1").arg(a), tr("USER %1").arg(b)};
    const int used = columnWidth(headers.at(0), statuses) + columnWidth(headers.at(1), keys) +
        3 * SeparatorWidth;
    const int width = valueWidth(used, 2);

    TableFormatter table(headers);
    for (qsizetype i = 0; i < comparison.rows.size(); ++i) {
        const PreferenceComparison::Row &row = comparison.rows.at(i);
        table.addRow({statuses.at(i), row.key, row.a ? shown(*row.a, width) : QString(),
            row.b ? shown(*row.b, width) : QString()});
    }
    return table.toString();
}

QByteArray ChangeFormatter::comparisonJson(
    const PreferenceComparison &comparison, qint64 a, qint64 b)
{
    JsonValue keys = JsonValue::array();
    for (const PreferenceComparison::Row &row : comparison.rows) {
        JsonValue object = JsonValue::object()
                               .inserted(QStringLiteral("key"), JsonValue::fromString(row.key))
                               .inserted(QStringLiteral("status"),
                                   JsonValue::fromString(comparisonId(row.status)));
        if (row.a)
            object = object.inserted(QStringLiteral("a"), *row.a);
        if (row.b)
            object = object.inserted(QStringLiteral("b"), *row.b);
        keys = keys.appended(object);
    }
    const JsonValue document = JsonValue::object()
                                   .inserted(QStringLiteral("a"), JsonValue::fromInteger(a))
                                   .inserted(QStringLiteral("b"), JsonValue::fromInteger(b))
                                   .inserted(QStringLiteral("keys"), keys);
    return document.toJson() + '\n';
}
