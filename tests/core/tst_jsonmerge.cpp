#include "JsonMerge.h"

#include <QTest>

using namespace Qt::StringLiterals;

// JsonMerge: the three-way merge by JSON path behind the conflict check.
class tst_JsonMerge : public QObject
{
    Q_OBJECT

private slots:
    void merge_data();
    void merge();
    void reportsWhatTheyChanged();
    void conflictHoldsAllThreeSides();
    void untouchedValuesKeepTheirSide();
    void exactNumberTexts_data();
    void exactNumberTexts();
    void resolveWithMixedChoices();
    void resolveTopLevel();
    void pathToString_data();
    void pathToString();

private:
    static JsonValue json(const QString &text);
    static QStringList paths(const QList<MergeConflict> &conflicts);
    static QStringList paths(const QList<MergeChange> &changes);
};

JsonValue tst_JsonMerge::json(const QString &text)
{
    JsonParseError error;
    const auto value = JsonValue::parse(text, &error);
    if (!value)
        qFatal("bad test JSON %s: %s", qPrintable(text), qPrintable(error.toString()));
    return *value;
}

QStringList tst_JsonMerge::paths(const QList<MergeConflict> &conflicts)
{
    QStringList list;
    for (const auto &conflict : conflicts)
        list.append(conflict.path.toString());
    return list;
}

QStringList tst_JsonMerge::paths(const QList<MergeChange> &changes)
{
    QStringList list;
    for (const auto &change : changes)
        list.append(change.path.toString());
    return list;
}

void tst_JsonMerge::merge_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("merged"); // compared with isIdenticalTo: key order counts
    QTest::addColumn<QStringList>("conflicts");
    QTest::addColumn<QStringList>("theirChanges");

    const QStringList none;

    QTest::newRow("nothing changed")
        << u"{\"a\":1}"_s << u"{\"a\":1}"_s << u"{\"a\":1}"_s << u"{\"a\":1}"_s << none << none;
    QTest::newRow("non-overlapping members")
        << u"{\"a\":1,\"b\":2}"_s << u"{\"a\":10,\"b\":2}"_s << u"{\"a\":1,\"b\":20}"_s
        << u"{\"a\":10,\"b\":20}"_s << none << QStringList {u"b"_s};
    // Issue 8: staff change notifications.email while Bob changed push.
    QTest::newRow("issue example")
        << u"{\"notifications\":{\"email\":true,\"push\":true,\"sms\":false}}"_s
        << u"{\"notifications\":{\"email\":false,\"push\":true,\"sms\":false}}"_s
        << u"{\"notifications\":{\"email\":true,\"push\":false,\"sms\":false}}"_s
        << u"{\"notifications\":{\"email\":false,\"push\":false,\"sms\":false}}"_s << none
        << QStringList {u"notifications.push"_s};
    QTest::newRow("same change on both sides")
        << u"{\"a\":1,\"b\":1}"_s << u"{\"a\":2,\"b\":1}"_s << u"{\"a\":2.0,\"b\":1}"_s
        << u"{\"a\":2,\"b\":1}"_s << none << none;
    QTest::newRow("overlapping scalar")
        << u"{\"a\":1,\"b\":1}"_s << u"{\"a\":2,\"b\":1}"_s << u"{\"a\":3,\"b\":1}"_s
        << u"{\"a\":2,\"b\":1}"_s << QStringList {u"a"_s} << none;
    QTest::newRow("array changed on both sides")
        << u"{\"tags\":[1,2],\"x\":0}"_s << u"{\"tags\":[1,2,3],\"x\":0}"_s
        << u"{\"tags\":[0,1,2],\"x\":1}"_s << u"{\"tags\":[1,2,3],\"x\":1}"_s
        << QStringList {u"tags"_s} << QStringList {u"x"_s};
    QTest::newRow("array changed by them")
        << u"{\"tags\":[{\"a\":1}]}"_s << u"{\"tags\":[{\"a\":1}]}"_s << u"{\"tags\":[{\"a\":2}]}"_s
        << u"{\"tags\":[{\"a\":2}]}"_s << none << QStringList {u"tags"_s};
    QTest::newRow("array changed the same way")
        << u"{\"tags\":[1]}"_s << u"{\"tags\":[1,2]}"_s << u"{\"tags\":[1,2]}"_s
        << u"{\"tags\":[1,2]}"_s << none << none;
    QTest::newRow("type change against a change")
        << u"{\"a\":{\"x\":1}}"_s << u"{\"a\":{\"x\":2}}"_s << u"{\"a\":\"off\"}"_s
        << u"{\"a\":{\"x\":2}}"_s << QStringList {u"a"_s} << none;
    QTest::newRow("type change by them")
        << u"{\"a\":{\"x\":1}}"_s << u"{\"a\":{\"x\":1},\"b\":1}"_s << u"{\"a\":[1]}"_s
        << u"{\"a\":[1],\"b\":1}"_s << none << QStringList {u"a"_s};
    QTest::newRow("type change by me")
        << u"{\"a\":1,\"b\":1}"_s << u"{\"a\":\"1\",\"b\":1}"_s << u"{\"a\":1,\"b\":2}"_s
        << u"{\"a\":\"1\",\"b\":2}"_s << none << QStringList {u"b"_s};
    QTest::newRow("added on both sides, same")
        << u"{}"_s << u"{\"a\":1}"_s << u"{\"a\":1}"_s << u"{\"a\":1}"_s << none << none;
    QTest::newRow("added on both sides, different")
        << u"{}"_s << u"{\"a\":1}"_s << u"{\"a\":2}"_s << u"{\"a\":1}"_s << QStringList {u"a"_s}
        << none;
    QTest::newRow("object added on both sides, different")
        << u"{}"_s << u"{\"a\":{\"x\":1}}"_s << u"{\"a\":{\"y\":1}}"_s << u"{\"a\":{\"x\":1}}"_s
        << QStringList {u"a"_s} << none;
    QTest::newRow("added by them") << u"{\"x\":0}"_s << u"{\"x\":1}"_s << u"{\"x\":0,\"t\":2}"_s
                                   << u"{\"x\":1,\"t\":2}"_s << none << QStringList {u"t"_s};
    QTest::newRow("removed by me") << u"{\"a\":1,\"b\":2}"_s << u"{\"a\":1}"_s
                                   << u"{\"a\":1,\"b\":2}"_s << u"{\"a\":1}"_s << none << none;
    QTest::newRow("removed by them")
        << u"{\"a\":1,\"b\":2}"_s << u"{\"a\":5,\"b\":2}"_s << u"{\"a\":1}"_s << u"{\"a\":5}"_s
        << none << QStringList {u"b"_s};
    QTest::newRow("removed on both sides") << u"{\"a\":1,\"b\":2}"_s << u"{\"a\":1}"_s
                                           << u"{\"a\":1}"_s << u"{\"a\":1}"_s << none << none;
    QTest::newRow("removed by me, changed by them")
        << u"{\"a\":1,\"b\":2}"_s << u"{\"a\":1}"_s << u"{\"a\":1,\"b\":3}"_s << u"{\"a\":1}"_s
        << QStringList {u"b"_s} << none;
    QTest::newRow("changed by me, removed by them")
        << u"{\"a\":1,\"b\":2}"_s << u"{\"a\":1,\"b\":3}"_s << u"{\"a\":1}"_s
        << u"{\"a\":1,\"b\":3}"_s << QStringList {u"b"_s} << none;
    QTest::newRow("object removed by them, member changed by me")
        << u"{\"a\":{\"x\":1}}"_s << u"{\"a\":{\"x\":2}}"_s << u"{}"_s << u"{\"a\":{\"x\":2}}"_s
        << QStringList {u"a"_s} << none;
    QTest::newRow("nested objects")
        << u"{\"ui\":{\"theme\":{\"name\":\"dark\",\"size\":1},\"lang\":\"en\"},\"v\":1}"_s
        << u"{\"ui\":{\"theme\":{\"name\":\"dark\",\"size\":2},\"lang\":\"en\"},\"v\":1}"_s
        << u"{\"ui\":{\"theme\":{\"name\":\"light\",\"size\":1},\"lang\":\"it\"},\"v\":1}"_s
        << u"{\"ui\":{\"theme\":{\"name\":\"light\",\"size\":2},\"lang\":\"it\"},\"v\":1}"_s << none
        << QStringList {u"ui.theme.name"_s, u"ui.lang"_s};
    QTest::newRow("nested conflict")
        << u"{\"ui\":{\"theme\":{\"size\":1,\"name\":\"dark\"}}}"_s
        << u"{\"ui\":{\"theme\":{\"size\":2,\"name\":\"dark\"}}}"_s
        << u"{\"ui\":{\"theme\":{\"size\":3,\"name\":\"light\"}}}"_s
        << u"{\"ui\":{\"theme\":{\"size\":2,\"name\":\"light\"}}}"_s
        << QStringList {u"ui.theme.size"_s} << QStringList {u"ui.theme.name"_s};
    QTest::newRow("quoted path") << u"{\"a.b\":{\"c d\":1}}"_s << u"{\"a.b\":{\"c d\":2}}"_s
                                 << u"{\"a.b\":{\"c d\":3}}"_s << u"{\"a.b\":{\"c d\":2}}"_s
                                 << QStringList {u"[\"a.b\"][\"c d\"]"_s} << none;
    QTest::newRow("top-level scalar changed by me")
        << u"1"_s << u"2"_s << u"1"_s << u"2"_s << none << none;
    QTest::newRow("top-level scalar changed by them")
        << u"\"a\""_s << u"\"a\""_s << u"\"b\""_s << u"\"b\""_s << none
        << QStringList {u"(value)"_s};
    QTest::newRow("top-level scalar conflict")
        << u"true"_s << u"false"_s << u"null"_s << u"false"_s << QStringList {u"(value)"_s} << none;
    QTest::newRow("top-level type change conflict")
        << u"{\"a\":1}"_s << u"{\"a\":2}"_s << u"[1]"_s << u"{\"a\":2}"_s
        << QStringList {u"(value)"_s} << none;
    QTest::newRow("top-level array conflict")
        << u"[1]"_s << u"[2]"_s << u"[3]"_s << u"[2]"_s << QStringList {u"(value)"_s} << none;
    // Key order: mine's, with theirs' additions where they put them.
    QTest::newRow("my order wins")
        << u"{\"a\":1,\"b\":2,\"c\":3}"_s << u"{\"c\":3,\"b\":2,\"a\":1}"_s
        << u"{\"a\":1,\"b\":20,\"c\":3}"_s << u"{\"c\":3,\"b\":20,\"a\":1}"_s << none
        << QStringList {u"b"_s};
    QTest::newRow("both appended: mine, then theirs")
        << u"{\"x\":0}"_s << u"{\"x\":0,\"m\":1}"_s << u"{\"x\":0,\"t\":2}"_s
        << u"{\"x\":0,\"m\":1,\"t\":2}"_s << none << QStringList {u"t"_s};
    QTest::newRow("theirs inserted in the middle")
        << u"{\"a\":1,\"b\":2,\"c\":3}"_s << u"{\"a\":1,\"b\":2,\"c\":3,\"m\":4}"_s
        << u"{\"a\":1,\"t\":9,\"b\":2,\"c\":3}"_s << u"{\"a\":1,\"t\":9,\"b\":2,\"c\":3,\"m\":4}"_s
        << none << QStringList {u"t"_s};
    QTest::newRow("theirs added first")
        << u"{\"x\":0}"_s << u"{\"x\":0,\"m\":1}"_s << u"{\"t\":2,\"x\":0}"_s
        << u"{\"t\":2,\"x\":0,\"m\":1}"_s << none << QStringList {u"t"_s};
    QTest::newRow("anchor removed by me")
        << u"{\"a\":1,\"b\":2}"_s << u"{\"b\":2}"_s << u"{\"a\":1,\"t\":3,\"b\":2}"_s
        << u"{\"t\":3,\"b\":2}"_s << none << QStringList {u"t"_s};
}

void tst_JsonMerge::merge()
{
    QFETCH(QString, base);
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, merged);
    QFETCH(QStringList, conflicts);
    QFETCH(QStringList, theirChanges);

    const MergeResult result = JsonMerge::merge(json(base), json(mine), json(theirs));
    QCOMPARE(result.merged.toCompactString(), json(merged).toCompactString());
    QVERIFY(result.merged.isIdenticalTo(json(merged)));
    QCOMPARE(paths(result.conflicts), conflicts);
    QCOMPARE(result.hasConflicts(), !conflicts.isEmpty());
    QCOMPARE(paths(result.theirChanges), theirChanges);

    // Resolving every conflict as mine is the merged value itself.
    const QList<JsonMerge::Choice> allMine(result.conflicts.size(), JsonMerge::Choice::Mine);
    QVERIFY(JsonMerge::resolve(json(base), json(mine), json(theirs), result, allMine)
                .isIdenticalTo(result.merged));
}

void tst_JsonMerge::reportsWhatTheyChanged()
{
    const MergeResult result = JsonMerge::merge(json(u"{\"a\":true,\"b\":1,\"c\":\"x\"}"_s),
        json(u"{\"a\":false,\"b\":1,\"c\":\"x\"}"_s), json(u"{\"a\":true,\"c\":\"y\",\"d\":[]}"_s));
    QVERIFY(!result.hasConflicts());
    QCOMPARE(result.theirChanges.size(), 3);

    const MergeChange &changed = result.theirChanges.at(1);
    QCOMPARE(changed.path.segments, QStringList {u"c"_s});
    QCOMPARE(changed.before->toCompactString(), u"\"x\""_s);
    QCOMPARE(changed.after->toCompactString(), u"\"y\""_s);

    const MergeChange &removed = result.theirChanges.at(0);
    QCOMPARE(removed.path.segments, QStringList {u"b"_s});
    QCOMPARE(removed.before->toCompactString(), u"1"_s);
    QVERIFY(!removed.after.has_value());

    const MergeChange &added = result.theirChanges.at(2);
    QCOMPARE(added.path.segments, QStringList {u"d"_s});
    QVERIFY(!added.before.has_value());
    QCOMPARE(added.after->toCompactString(), u"[]"_s);
}

void tst_JsonMerge::conflictHoldsAllThreeSides()
{
    const MergeResult result = JsonMerge::merge(
        json(u"{\"n\":{\"p\":1}}"_s), json(u"{\"n\":{}}"_s), json(u"{\"n\":{\"p\":2}}"_s));
    QCOMPARE(result.conflicts.size(), 1);
    const MergeConflict &conflict = result.conflicts.first();
    QCOMPARE(conflict.path.segments, (QStringList {u"n"_s, u"p"_s}));
    QCOMPARE(conflict.path.toString(), u"n.p"_s);
    QCOMPARE(conflict.base->toCompactString(), u"1"_s);
    QVERIFY(!conflict.mine.has_value());
    QCOMPARE(conflict.theirs->toCompactString(), u"2"_s);
}

void tst_JsonMerge::untouchedValuesKeepTheirSide()
{
    // Equal by meaning, different texts: each value comes from the side that
    // gave it, never from a re-created number.
    const JsonValue base = json(u"{\"a\":1.0,\"b\":{\"y\":2,\"x\":1},\"c\":3}"_s);
    const JsonValue mine = json(u"{\"a\":1.0,\"b\":{\"y\":2,\"x\":1},\"c\":4}"_s);
    const JsonValue theirs = json(u"{\"a\":1,\"b\":{\"x\":1,\"y\":2},\"c\":3,\"t\":2.5}"_s);
    const MergeResult result = JsonMerge::merge(base, mine, theirs);
    QVERIFY(!result.hasConflicts());
    QCOMPARE(result.merged.toCompactString(),
        u"{\"a\":1.0,\"b\":{\"y\":2,\"x\":1},\"c\":4,\"t\":2.5}"_s);
    QVERIFY(result.merged.value(u"b"_s).isIdenticalTo(mine.value(u"b"_s)));
    QVERIFY(result.merged.value(u"t"_s).isIdenticalTo(theirs.value(u"t"_s)));
    // Nothing they changed by meaning is reported.
    QCOMPARE(paths(result.theirChanges), QStringList {u"t"_s});
}

void tst_JsonMerge::exactNumberTexts_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::newRow("big integer") << QByteArray("123456789012345678901234567890");
    QTest::newRow("long decimal") << QByteArray("0.1000000000000000055511151231257827");
    QTest::newRow("exponent") << QByteArray("1E+2");
    QTest::newRow("negative zero") << QByteArray("-0.0");
}

void tst_JsonMerge::exactNumberTexts()
{
    QFETCH(QByteArray, number);
    // An untouched number, one in a member they added and one in a member
    // whose conflict is resolved as theirs all come out byte for byte.
    const QByteArray base = "{\"n\":" + number + ",\"a\":1,\"c\":1}";
    const QByteArray mine = "{\"n\":" + number + ",\"a\":2,\"c\":2}";
    const QByteArray theirs =
        "{\"n\":" + number + ",\"a\":1,\"c\":" + number + ",\"t\":" + number + "}";
    const QByteArray merged = "{\"n\":" + number + ",\"a\":2,\"c\":2,\"t\":" + number + "}";
    const QByteArray resolved =
        "{\"n\":" + number + ",\"a\":2,\"c\":" + number + ",\"t\":" + number + "}";

    const auto parsedBase = JsonValue::parse(base);
    const auto parsedMine = JsonValue::parse(mine);
    const auto parsedTheirs = JsonValue::parse(theirs);
    QVERIFY(parsedBase && parsedMine && parsedTheirs);
    const MergeResult result = JsonMerge::merge(*parsedBase, *parsedMine, *parsedTheirs);
    QCOMPARE(paths(result.conflicts), QStringList {u"c"_s});
    QVERIFY(result.merged.value(u"n"_s).isIdenticalTo(parsedMine->value(u"n"_s)));
    QVERIFY(result.merged.value(u"t"_s).isIdenticalTo(parsedTheirs->value(u"t"_s)));

    const JsonValue theirChoice = JsonMerge::resolve(
        *parsedBase, *parsedMine, *parsedTheirs, result, {JsonMerge::Choice::Theirs});
    QCOMPARE(result.merged.toJson(), merged);
    QCOMPARE(theirChoice.toJson(), resolved);
}

void tst_JsonMerge::resolveWithMixedChoices()
{
    const JsonValue base = json(u"{\"a\":1,\"b\":1,\"c\":1,\"d\":1,\"x\":{\"y\":1,\"z\":1}}"_s);
    // Mine removes c and changes d; theirs removes d and changes c.
    const JsonValue mine = json(u"{\"a\":2,\"b\":2,\"d\":2,\"x\":{\"y\":2,\"z\":1}}"_s);
    const JsonValue theirs = json(u"{\"a\":3,\"b\":3,\"c\":3,\"x\":{\"y\":3,\"z\":5}}"_s);
    const MergeResult result = JsonMerge::merge(base, mine, theirs);
    QCOMPARE(paths(result.conflicts), (QStringList {u"a"_s, u"b"_s, u"d"_s, u"x.y"_s, u"c"_s}));
    QCOMPARE(
        result.merged.toCompactString(), u"{\"a\":2,\"b\":2,\"d\":2,\"x\":{\"y\":2,\"z\":5}}"_s);

    using C = JsonMerge::Choice;
    // Taking theirs for d removes it; taking theirs for c brings it back,
    // where theirs has it (after b).
    QCOMPARE(JsonMerge::resolve(
                 base, mine, theirs, result, {C::Mine, C::Theirs, C::Theirs, C::Theirs, C::Theirs})
                 .toCompactString(),
        u"{\"a\":2,\"b\":3,\"c\":3,\"x\":{\"y\":3,\"z\":5}}"_s);
    QCOMPARE(JsonMerge::resolve(
                 base, mine, theirs, result, {C::Theirs, C::Mine, C::Mine, C::Mine, C::Mine})
                 .toCompactString(),
        u"{\"a\":3,\"b\":2,\"d\":2,\"x\":{\"y\":2,\"z\":5}}"_s);
    // Missing choices count as mine.
    QCOMPARE(JsonMerge::resolve(base, mine, theirs, result, {C::Theirs}).toCompactString(),
        u"{\"a\":3,\"b\":2,\"d\":2,\"x\":{\"y\":2,\"z\":5}}"_s);
    // All theirs, by meaning, is theirs (their z included).
    QCOMPARE(JsonMerge::resolve(
                 base, mine, theirs, result, QList<C>(result.conflicts.size(), C::Theirs)),
        theirs);
}

void tst_JsonMerge::resolveTopLevel()
{
    const JsonValue base = json(u"[1]"_s);
    const JsonValue mine = json(u"{\"a\":1}"_s);
    const JsonValue theirs = json(u"\"text\""_s);
    const MergeResult result = JsonMerge::merge(base, mine, theirs);
    QCOMPARE(paths(result.conflicts), QStringList {u"(value)"_s});
    QVERIFY(result.merged.isIdenticalTo(mine));
    QVERIFY(JsonMerge::resolve(base, mine, theirs, result, {JsonMerge::Choice::Theirs})
                .isIdenticalTo(theirs));
}

void tst_JsonMerge::pathToString_data()
{
    QTest::addColumn<QStringList>("segments");
    QTest::addColumn<QString>("text");

    QTest::newRow("root") << QStringList() << u"(value)"_s;
    QTest::newRow("one") << QStringList {u"theme"_s} << u"theme"_s;
    QTest::newRow("nested") << QStringList {u"notifications"_s, u"email"_s}
                            << u"notifications.email"_s;
    QTest::newRow("dash and digits") << QStringList {u"font-size"_s, u"h1"_s} << u"font-size.h1"_s;
    QTest::newRow("dot") << QStringList {u"a.b"_s} << u"[\"a.b\"]"_s;
    QTest::newRow("space inside") << QStringList {u"ui"_s, u"a b"_s, u"c"_s} << u"ui[\"a b\"].c"_s;
    QTest::newRow("empty name") << QStringList {QString()} << u"[\"\"]"_s;
    QTest::newRow("leading digit") << QStringList {u"9lives"_s} << u"[\"9lives\"]"_s;
    QTest::newRow("quote") << QStringList {u"x"_s, u"say \"hi\""_s} << u"x[\"say \\\"hi\\\"\"]"_s;
    QTest::newRow("non-ASCII") << QStringList {u"caf\u00e9"_s} << u"[\"caf\u00e9\"]"_s;
}

void tst_JsonMerge::pathToString()
{
    QFETCH(QStringList, segments);
    QFETCH(QString, text);
    QCOMPARE(JsonPath {segments}.toString(), text);
}

QTEST_GUILESS_MAIN(tst_JsonMerge)
#include "tst_jsonmerge.moc"
