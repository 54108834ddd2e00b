#include "JsonMerge.h"

#include <QHash>
#include <QMap>

namespace {

using Side = std::optional<JsonValue>;

// Equal by meaning, absent counting as a value of its own.
bool same(const Side &a, const Side &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || *a == *b;
}

bool isObject(const Side &value)
{
    return value && value->isObject();
}

QHash<QString, JsonValue> membersByName(const QList<std::pair<QString, JsonValue>> &members)
{
    QHash<QString, JsonValue> byName;
    byName.reserve(members.size());
    for (const auto &[name, value] : members)
        byName.insert(name, value);
    return byName;
}

Side lookup(const QHash<QString, JsonValue> &members, const QString &name)
{
    const auto it = members.constFind(name);
    return it == members.constEnd() ? Side() : Side(*it);
}

class Merger
{
public:
    explicit Merger(QMap<QStringList, JsonMerge::Choice> choices = {})
        : m_choices(std::move(choices))
    { }

    Side mergeAt(const JsonPath &path, const Side &base, const Side &mine, const Side &theirs)
    {
        if (same(mine, theirs) || same(base, theirs))
            return mine;
        if (isObject(base) && isObject(mine) && isObject(theirs))
            return mergeObjects(path, *base, *mine, *theirs);
        if (same(base, mine)) {
            result.theirChanges.append({path, base, theirs});
            return theirs;
        }
        result.conflicts.append({path, base, mine, theirs});
        return m_choices.value(path.segments, JsonMerge::Choice::Mine) == JsonMerge::Choice::Theirs
            ? theirs
            : mine;
    }

    MergeResult result;

private:
    JsonValue mergeObjects(
        const JsonPath &path, const JsonValue &base, const JsonValue &mine, const JsonValue &theirs)
    {
        const auto baseMembers = membersByName(base.members());
        const auto mineMembers = mine.members();
        const auto mineByName = membersByName(mineMembers);
        const auto theirMembers = theirs.members();
        const auto theirsByName = membersByName(theirMembers);

        // Mine's members first, in mine's order.
        QList<std::pair<QString, JsonValue>> merged;
        for (const auto &[name, value] : mineMembers) {
            const Side kept = mergeAt(
                path.child(name), lookup(baseMembers, name), value, lookup(theirsByName, name));
            if (kept)
                merged.append({name, *kept});
        }

        // Then what only theirs holds, each after the member it follows in
        // theirs, past members only mine added there; at the start when no
        // earlier member is kept. (Members only base holds were removed on
        // both sides: nothing to do.)
        for (qsizetype i = 0; i < theirMembers.size(); ++i) {
            const auto &[name, value] = theirMembers.at(i);
            if (mineByName.contains(name))
                continue;
            const Side kept = mergeAt(path.child(name), lookup(baseMembers, name), Side(), value);
            if (!kept)
                continue;
            qsizetype at = 0;
            for (qsizetype j = i - 1; j >= 0 && at == 0; --j) {
                const QString &before = theirMembers.at(j).first;
                for (qsizetype k = 0; k < merged.size(); ++k) {
                    if (merged.at(k).first == before) {
                        at = k + 1;
                        break;
                    }
                }
            }
            // Where both sides added members at the same spot, mine come first.
            while (at < merged.size() && !baseMembers.contains(merged.at(at).first) &&
                !theirsByName.contains(merged.at(at).first))
                ++at;
            merged.insert(at, {name, *kept});
        }

        JsonValue object = JsonValue::object();
        for (const auto &[name, value] : merged)
            object = object.inserted(name, value);
        return object;
    }

    QMap<QStringList, JsonMerge::Choice> m_choices;
};

} // namespace

JsonPath JsonPath::child(const QString &name) const
{
    JsonPath path = *this;
    path.segments.append(name);
    return path;
}

bool JsonPath::isPlainName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && (i == 0 || (!digit && c != u'-')))
            return false;
    }
    return true;
}

QString JsonPath::toString() const
{
    if (isRoot())
        return tr("(value)");
    QString text;
    for (const QString &name : segments) {
        if (isPlainName(name)) {
            if (!text.isEmpty())
                text += u'.';
            text += name;
        } else {
            text += u'[' + JsonValue::fromString(name).toCompactString() + u']';
        }
    }
    return text;
}

MergeResult JsonMerge::merge(const JsonValue &base, const JsonValue &mine, const JsonValue &theirs)
{
    Merger merger;
    merger.result.merged = merger.mergeAt(JsonPath(), base, mine, theirs).value_or(mine);
    return merger.result;
}

JsonValue JsonMerge::resolve(const JsonValue &base, const JsonValue &mine, const JsonValue &theirs,
    const MergeResult &result, const QList<Choice> &choices)
{
    QMap<QStringList, Choice> byPath;
    for (qsizetype i = 0; i < result.conflicts.size(); ++i)
        byPath.insert(result.conflicts.at(i).path.segments, choices.value(i, Choice::Mine));
    Merger merger(byPath);
    return merger.mergeAt(JsonPath(), base, mine, theirs).value_or(mine);
}
