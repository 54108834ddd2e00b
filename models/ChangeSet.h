#pragma once

#include "JsonValue.h"
#include "Preference.h"
#include "PreferenceEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// A plan of writes to ONE user's preferences: which keys to create, change
// or delete so that they hold what a source gives (an import file, another
// user's preferences), and which are unchanged already. Pure: no network;
// ChangeSetApplier carries it out.
//
// Values are compared by meaning (JsonValue::operator==): key order, white
// space and 1.0 versus 1 do not make a change.
class ChangeSet
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSet)

public:
    enum class Kind { Create, Change, Unchanged, Delete };
    // The target's keys that the source does not have: left alone, or deleted.
    enum class Missing { Keep, Delete };

    struct Operation
    {
        Kind kind = Kind::Unchanged;
        QString key;
        // What the target holds (Change, Unchanged, Delete): a patch or a
        // delete is written only if the preference is still this version
        // (its key, value and last_updated_at).
        std::optional<Preference> current;
        // What the source gives (Create, Change, Unchanged).
        std::optional<JsonValue> value;

        bool writes() const { return kind != Kind::Unchanged; }
    };

    ChangeSet() = default;
    // Operations made elsewhere, e.g. the undo of a batch. Create needs a
    // value, Change a current and a value, Delete a current.
    explicit ChangeSet(QList<Operation> operations);

    // One operation per key of source, in its order (a key given twice: the
    // first counts), then, with Missing::Delete, one Delete per preference of
    // target whose key source lacks, in target's order. A key that target
    // holds twice is matched with its first preference.
    static ChangeSet plan(const QList<PreferenceEntry> &source, const QList<Preference> &target,
        Missing missing = Missing::Keep);

    const QList<Operation> &operations() const { return m_operations; }
    qsizetype size() const { return m_operations.size(); }
    int count(Kind kind) const;
    int writeCount() const; // the operations that write: all but Unchanged

    // "create", "change", "unchanged", "delete": for machines (never
    // translated), and for people (translated).
    static QString kindId(Kind kind);
    static QString kindName(Kind kind);

private:
    QList<Operation> m_operations;
};
