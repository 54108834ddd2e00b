#pragma once

#include "JsonValue.h"
#include "Preference.h"

#include <QList>
#include <QString>

#include <optional>

// Two users' preferences side by side, key by key: what only A has, what
// only B has, and which keys differ or are identical (by meaning, as a
// ChangeSet compares). Rows in A's order, then the keys only B has in B's
// order. Pure: no network.
class PreferenceComparison
{
public:
    enum class Status { OnlyInA, OnlyInB, Differing, Identical };

    struct Row
    {
        QString key;
        Status status = Status::Identical;
        std::optional<JsonValue> a; // absent for OnlyInB
        std::optional<JsonValue> b; // absent for OnlyInA
    };

    static PreferenceComparison compare(const QList<Preference> &a, const QList<Preference> &b);

    QList<Row> rows;

    int count(Status status) const;
};
