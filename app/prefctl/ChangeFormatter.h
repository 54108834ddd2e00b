#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class ChangeSet;
class ChangeSetApplier;
class PreferenceComparison;

// How prefctl shows a change set (import, copy) and a comparison (diff): an
// aligned table for people, values as compact JSON cut to fit, or with
// --json one line of JSON with every value exactly as stored.
class ChangeFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ChangeFormatter)

public:
    // ACTION KEY VALUE: one line per operation; a change shows before → after.
    static QString planTable(const ChangeSet &changes);
    // RESULT KEY DETAIL: one line per operation, once the applier finished.
    static QString resultTable(const ChangeSetApplier &applier);
    // "Batch <id>: applied 2, unchanged 5, conflict 1, failed 0."
    static QString summary(const ChangeSetApplier &applier);
    // {"batch", "dry_run", "operations": [{"action", "key", "id", "before",
    // "after", "result", "current", "message"}]}; applier is null for a dry run.
    static QByteArray changesJson(const ChangeSet &changes, const ChangeSetApplier *applier);

    // STATUS KEY "USER a" "USER b".
    static QString comparisonTable(const PreferenceComparison &comparison, qint64 a, qint64 b);
    // {"a", "b", "keys": [{"key", "status", "a", "b"}]}
    static QByteArray comparisonJson(const PreferenceComparison &comparison, qint64 a, qint64 b);
};
