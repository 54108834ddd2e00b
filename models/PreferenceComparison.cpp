#include "PreferenceComparison.h"

#include "ChangeSet.h"

#include <algorithm>

PreferenceComparison PreferenceComparison::compare(
    const QList<Preference> &a, const QList<Preference> &b)
{
    // What it would take to make B hold A, read the other way round.
    const ChangeSet changes =
        ChangeSet::plan(PreferenceEntry::fromPreferences(a), b, ChangeSet::Missing::Delete);
    PreferenceComparison comparison;
    comparison.rows.reserve(changes.size());
    for (const ChangeSet::Operation &operation : changes.operations()) {
        Row row {operation.key, Status::Identical, operation.value, std::nullopt};
        if (operation.current)
            row.b = operation.current->value;
        switch (operation.kind) {
        case ChangeSet::Kind::Create:
            row.status = Status::OnlyInA;
            break;
        case ChangeSet::Kind::Delete:
            row.status = Status::OnlyInB;
            break;
        case ChangeSet::Kind::Change:
            row.status = Status::Differing;
            break;
        case ChangeSet::Kind::Unchanged:
            break;
        }
        comparison.rows.append(row);
    }
    return comparison;
}

int PreferenceComparison::count(Status status) const
{
    return int(std::count_if(
        rows.cbegin(), rows.cend(), [status](const Row &row) { return row.status == status; }));
}
