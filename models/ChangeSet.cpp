#include "ChangeSet.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

// By ChangeSet::Kind.
const char *const KindNames[] = {
    QT_TRANSLATE_NOOP("ChangeSet", "create"),
    QT_TRANSLATE_NOOP("ChangeSet", "change"),
    QT_TRANSLATE_NOOP("ChangeSet", "unchanged"),
    QT_TRANSLATE_NOOP("ChangeSet", "delete"),
};

} // namespace

ChangeSet::ChangeSet(QList<Operation> operations)
    : m_operations(std::move(operations))
{ }

ChangeSet ChangeSet::plan(
    const QList<PreferenceEntry> &source, const QList<Preference> &target, Missing missing)
{
    QHash<QString, qsizetype> targetIndex; // key -> its first preference in target
    for (qsizetype i = 0; i < target.size(); ++i)
        targetIndex.insert(target.at(i).key, targetIndex.value(target.at(i).key, i));

    ChangeSet changes;
    QSet<QString> sourceKeys;
    for (const PreferenceEntry &entry : source) {
        if (sourceKeys.contains(entry.key))
            continue;
        sourceKeys.insert(entry.key);
        Operation operation {Kind::Create, entry.key, std::nullopt, entry.value};
        if (const auto found = targetIndex.constFind(entry.key); found != targetIndex.constEnd()) {
            operation.current = target.at(*found);
            operation.kind =
                operation.current->value == entry.value ? Kind::Unchanged : Kind::Change;
        }
        changes.m_operations.append(operation);
    }
    if (missing == Missing::Delete) {
        for (const Preference &preference : target) {
            if (!sourceKeys.contains(preference.key))
                changes.m_operations.append(
                    {Kind::Delete, preference.key, preference, std::nullopt});
        }
    }
    return changes;
}

int ChangeSet::count(Kind kind) const
{
    return int(std::count_if(m_operations.cbegin(), m_operations.cend(),
        [kind](const Operation &operation) { return operation.kind == kind; }));
}

int ChangeSet::writeCount() const
{
    return int(m_operations.size()) - count(Kind::Unchanged);
}

QString ChangeSet::kindId(Kind kind)
{
    return QLatin1String(KindNames[int(kind)]);
}

QString ChangeSet::kindName(Kind kind)
{
    return tr(KindNames[int(kind)]);
}
