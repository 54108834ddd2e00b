#pragma once

#include "JsonValue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

// Where a value sits inside a preference's value: the object member names
// from the root down. Arrays are never split, so a path never holds an index.
struct JsonPath
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)

public:
    QStringList segments;

    bool isRoot() const { return segments.isEmpty(); }
    JsonPath child(const QString &name) const;

    // For display: "notifications.email"; a name that is not a plain
    // identifier is quoted, e.g. notifications["a.b"] or ["two words"].x;
    // the root is "(value)" (translated).
    QString toString() const;
    static bool isPlainName(const QString &name);

    bool operator==(const JsonPath &other) const { return segments == other.segments; }
    bool operator!=(const JsonPath &other) const { return segments != other.segments; }
};

// A path that both sides changed, differently. nullopt = absent on that side.
struct MergeConflict
{
    JsonPath path;
    std::optional<JsonValue> base;
    std::optional<JsonValue> mine;
    std::optional<JsonValue> theirs;
};

// A change one side made at a path. nullopt = absent (added or removed).
struct MergeChange
{
    JsonPath path;
    std::optional<JsonValue> before;
    std::optional<JsonValue> after;
};

struct MergeResult
{
    JsonValue merged; // with every conflict resolved as "mine"
    QList<MergeConflict> conflicts; // in the order of the merged value's members
    QList<MergeChange> theirChanges; // what the other side changed, applied automatically

    bool hasConflicts() const { return !conflicts.isEmpty(); }
};

// Three-way merge of JSON values by path. base is what the edit started
// from, mine the edit, theirs what the server holds now.
//
// - Objects present on all three sides merge member by member, recursively.
// - Anything else (an array, a scalar, a change of type, an object added or
//   removed) is one unit: when only one side changed it, that change is
//   taken; when both changed it to the same value (by meaning), it is taken;
//   when both changed it differently, that is a conflict. Absent counts as a
//   value: added on both sides differently, or removed on one side and
//   changed on the other, conflicts.
// - Untouched and taken values are the JsonValue of the side they came from,
//   so their text (number texts, key order) stays exact.
// - Member order of a merged object: mine's order. A member only theirs
//   holds goes after the member it follows in theirs (the nearest earlier
//   one that the merged object keeps), or at the start when none is kept;
//   members that mine added at that spot stay first. So two appended
//   members come out as mine, then theirs, and a member theirs inserted in
//   the middle stays in the middle.
//
//     const MergeResult result = JsonMerge::merge(opened, edited, current);
//     if (!result.hasConflicts()) save(result.merged);
class JsonMerge
{
public:
    enum class Choice { Mine, Theirs };

    static MergeResult merge(const JsonValue &base, const JsonValue &mine, const JsonValue &theirs);

    // The merged value with each conflict resolved as chosen: choices[i] for
    // result.conflicts[i] (missing choices count as Mine). result must come
    // from merge() of the same three values. Taking theirs where they removed
    // the member removes it; keeping mine where I removed it keeps it removed.
    static JsonValue resolve(const JsonValue &base, const JsonValue &mine, const JsonValue &theirs,
        const MergeResult &result, const QList<Choice> &choices);
};
