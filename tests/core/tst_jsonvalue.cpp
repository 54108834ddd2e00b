#include "JsonValue.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <cmath>
#include <iterator>
#include <limits>
#include <utility>

// JsonValue: the value type that must survive the round trip.
class tst_JsonValue : public QObject
{
    Q_OBJECT

private slots:
    void topLevelScalars_data();
    void topLevelScalars();
    void compactRoundTrip_data();
    void compactRoundTrip();
    void keepsKeyOrder();
    void bigIntegers_data();
    void bigIntegers();
    void floats_data();
    void floats();
    void exactNumbers_data();
    void exactNumbers();
    void issueVector();
    void numberConversions_data();
    void numberConversions();
    void fromNumberText_data();
    void fromNumberText();
    void fromDouble_data();
    void fromDouble();
    void unicodeAndEscapes_data();
    void unicodeAndEscapes();
    void invalid_data();
    void invalid();
    void everyMessageKind();
    void duplicateKeys_data();
    void duplicateKeys();
    void depth_data();
    void depth();
    void largeValue();
    void equality_data();
    void equality();
    void identity();
    void prettyOutput();
    void builders();
    void accessors();
    void serializationNeverThrows();
};

void tst_JsonValue::topLevelScalars_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<JsonValue::Type>("type");
    QTest::addColumn<QByteArray>("compact");

    QTest::newRow("null") << QByteArray("null") << JsonValue::Type::Null << QByteArray("null");
    QTest::newRow("true") << QByteArray("true") << JsonValue::Type::Boolean << QByteArray("true");
    QTest::newRow("false") << QByteArray("false") << JsonValue::Type::Boolean
                           << QByteArray("false");
    QTest::newRow("zero") << QByteArray("0") << JsonValue::Type::Integer << QByteArray("0");
    QTest::newRow("negative") << QByteArray("-42") << JsonValue::Type::Integer << QByteArray("-42");
    QTest::newRow("double") << QByteArray("2.5") << JsonValue::Type::Double << QByteArray("2.5");
    QTest::newRow("string") << QByteArray("\"hi\"") << JsonValue::Type::String
                            << QByteArray("\"hi\"");
    QTest::newRow("empty string") << QByteArray("\"\"") << JsonValue::Type::String
                                  << QByteArray("\"\"");
    QTest::newRow("empty array") << QByteArray("[]") << JsonValue::Type::Array << QByteArray("[]");
    QTest::newRow("empty object") << QByteArray("{}") << JsonValue::Type::Object
                                  << QByteArray("{}");
    QTest::newRow("surrounding whitespace")
        << QByteArray(" \t\r\n 7 \n") << JsonValue::Type::Integer << QByteArray("7");
}

void tst_JsonValue::topLevelScalars()
{
    QFETCH(QByteArray, text);
    QFETCH(JsonValue::Type, type);
    QFETCH(QByteArray, compact);

    JsonParseError error;
    const auto value = JsonValue::parse(text, &error);
    QVERIFY2(value, qPrintable(error.toString()));
    QVERIFY(!error.isValid());
    QCOMPARE(value->type(), type);
    QCOMPARE(value->toJson(), compact);
    // The QString overload agrees.
    const auto fromString = JsonValue::parse(QString::fromUtf8(text));
    QVERIFY(fromString);
    QVERIFY(fromString->isIdenticalTo(*value));
}

void tst_JsonValue::compactRoundTrip_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("object order") << QByteArray(R"({"z":1,"a":2,"m":{"y":true,"b":null}})");
    QTest::newRow("nested arrays") << QByteArray(R"([[],[[]],[1,[2,[3]]],{}])");
    QTest::newRow("mixed") << QByteArray(
        R"({"theme":"dark","size":12,"ratio":0.75,"tags":["a","b"],"on":false,"x":null})");
    QTest::newRow("big ints") << QByteArray(
        R"([9223372036854775807,-9223372036854775808,18446744073709551615,9007199254740993])");
    QTest::newRow("unicode") << QByteArray(
        "{\"\xC3\xA9t\xC3\xA9\":\"\xF0\x9F\x98\x80 \xE2\x82\xAC\"}");
    QTest::newRow("escapes") << QByteArray(R"(["a\"b","c\\d","\n\t\r\b\f","\u0000\u001f"])");
    QTest::newRow("numbers") << QByteArray(R"([0,-0.5,1.5,100.0,1e+100,1.25e-07])");
    // Beyond double (which nlohmann's parser refuses on its own), next to
    // strings that look alike.
    QTest::newRow("beyond double")
        << QByteArray(R"({"s":"1e400 \"-1E999\" \\","n":-1E999,"a":[1e400,2,"1e400",1e-400]})");
    QTest::newRow("400 digits") << "[" + QByteArray(400, '9') + ",-" + QByteArray(400, '8') + ".5]";
}

void tst_JsonValue::compactRoundTrip()
{
    QFETCH(QByteArray, text);
    JsonParseError error;
    const auto value = JsonValue::parse(text, &error);
    QVERIFY2(value, qPrintable(error.toString()));
    QCOMPARE(value->toJson(JsonValue::Format::Compact), text);
    QCOMPARE(value->toCompactString(), QString::fromUtf8(text));
    // And once more through our own output.
    const auto again = JsonValue::parse(value->toJson(JsonValue::Format::Pretty));
    QVERIFY(again);
    QVERIFY(again->isIdenticalTo(*value));
    QCOMPARE(again->toJson(), text);
}

void tst_JsonValue::keepsKeyOrder()
{
    const auto value =
        JsonValue::parse(QByteArray(R"({"zeta":1,"alpha":{"c":1,"b":2,"a":3},"mu":2})"));
    QVERIFY(value);
    QCOMPARE(value->keys(),
        (QStringList {QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mu")}));
    QCOMPARE(value->value(QStringLiteral("alpha")).keys(),
        (QStringList {QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
    const auto members = value->members();
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.at(1).first, QStringLiteral("alpha"));
    QCOMPARE(members.at(2).second.toInteger(), 2);

    // A large object keeps its order too (and parses without quadratic work).
    QByteArray big = "{";
    for (int i = 9999; i >= 0; --i)
        big += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + (i ? "," : "}");
    const auto large = JsonValue::parse(big);
    QVERIFY(large);
    QCOMPARE(large->size(), 10000);
    QCOMPARE(large->keys().first(), QStringLiteral("k9999"));
    QCOMPARE(large->keys().last(), QStringLiteral("k0"));
    QCOMPARE(large->toJson(), big);
}

void tst_JsonValue::bigIntegers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("asInteger"); // toInteger(-1)
    QTest::addColumn<quint64>("asUnsigned"); // toUnsigned(7)

    QTest::newRow("int64 max") << QByteArray("9223372036854775807")
                               << std::numeric_limits<qint64>::max()
                               << quint64(std::numeric_limits<qint64>::max());
    QTest::newRow("int64 min") << QByteArray("-9223372036854775808")
                               << std::numeric_limits<qint64>::min() << quint64(7);
    QTest::newRow("uint64 max") << QByteArray("18446744073709551615") << qint64(-1)
                                << std::numeric_limits<quint64>::max();
    QTest::newRow("2^53+1") << QByteArray("9007199254740993") << qint64(9007199254740993LL)
                            << quint64(9007199254740993ULL);
    QTest::newRow("-(2^53+1)") << QByteArray("-9007199254740993") << qint64(-9007199254740993LL)
                               << quint64(7);
}

void tst_JsonValue::bigIntegers()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, asInteger);
    QFETCH(quint64, asUnsigned);

    const auto value = JsonValue::parse(text);
    QVERIFY(value);
    QCOMPARE(value->type(), JsonValue::Type::Integer);
    QCOMPARE(value->toInteger(-1), asInteger);
    QCOMPARE(value->toUnsigned(7), asUnsigned);
    QCOMPARE(value->toJson(), text);

    // Inside a container, and built from C++.
    const auto wrapped = JsonValue::parse("{\"n\":[" + text + "]}");
    QVERIFY(wrapped);
    QCOMPARE(wrapped->toJson(), "{\"n\":[" + text + "]}");
    const JsonValue built = text.startsWith('-') || asInteger != -1
        ? JsonValue::fromInteger(asInteger)
        : JsonValue::fromUnsigned(asUnsigned);
    QCOMPARE(built.toJson(), text);
    QVERIFY(built == *value);
    QVERIFY(built.isIdenticalTo(*value));
}

void tst_JsonValue::floats_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("number");
    QTest::addColumn<QByteArray>("compact");

    QTest::newRow("1.5") << QByteArray("1.5") << 1.5 << QByteArray("1.5");
    QTest::newRow("1.0 stays a double") << QByteArray("1.0") << 1.0 << QByteArray("1.0");
    QTest::newRow("0.1") << QByteArray("0.1") << 0.1 << QByteArray("0.1");
    QTest::newRow("-0.0") << QByteArray("-0.0") << -0.0 << QByteArray("-0.0");
    // Exponents stay as written (1e3 was rewritten to 1000.0 before numbers
    // kept their text). An integer beyond 64 bits is now an Integer: see
    // exactNumbers().
    QTest::newRow("exponent") << QByteArray("1e3") << 1000.0 << QByteArray("1e3");
    QTest::newRow("small") << QByteArray("1.25e-7") << 1.25e-7 << QByteArray("1.25e-7");
}

void tst_JsonValue::floats()
{
    QFETCH(QByteArray, text);
    QFETCH(double, number);
    QFETCH(QByteArray, compact);

    const auto value = JsonValue::parse(text);
    QVERIFY(value);
    QCOMPARE(value->type(), JsonValue::Type::Double);
    QCOMPARE(value->toDouble(), number);
    QCOMPARE(value->toJson(), compact);
    QVERIFY(*value == JsonValue::fromDouble(number));
}

void tst_JsonValue::exactNumbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<JsonValue::Type>("type");

    const auto row = [](const char *text, JsonValue::Type type) {
        QTest::newRow(text) << QByteArray(text) << type;
    };
    const auto integer = JsonValue::Type::Integer;
    const auto decimal = JsonValue::Type::Double;
    row("123456789012345678901234567890", integer);
    row("-123456789012345678901234567890", integer);
    row("18446744073709551616", integer);
    row("-9223372036854775809", integer);
    row("0", integer);
    row("-0", integer);
    row("0.1000000000000000055511151231257827", decimal);
    row("0.10", decimal);
    row("1.0", decimal);
    row("-0.0", decimal);
    row("1E+2", decimal);
    row("1e-7", decimal);
    row("1e3", decimal);
    row("1E400", decimal);
    row("-1e-400", decimal);
    row("2.5E-0003", decimal);
    row("0e0", decimal);
    row("1e99999999999999999999999", decimal);
    row("123456789012345678901234567890.123456789012345678901234567890", decimal);
}

void tst_JsonValue::exactNumbers()
{
    QFETCH(QByteArray, text);
    QFETCH(JsonValue::Type, type);

    JsonParseError error;
    const auto value = JsonValue::parse(text, &error);
    QVERIFY2(value, qPrintable(error.toString()));
    QCOMPARE(value->type(), type);
    QCOMPARE(value->numberText(), text);
    QCOMPARE(value->toJson(), text);
    QCOMPARE(value->toJson(JsonValue::Format::Pretty), text);

    // Wherever it stands, and with whitespace after it (which the lexer reads
    // ahead: "-0" must still be found).
    for (const QByteArray &pattern : {QByteArray("[%]"), QByteArray("[0,%,0]"), QByteArray("[ % ]"),
             QByteArray("{\"n\":%}"), QByteArray("{\"n\":%\n}"), QByteArray(" %"), QByteArray("% "),
             QByteArray("%\r\n"), QByteArray("[[%],{\"a\":[%]}]")}) {
        QByteArray wrapped = pattern;
        wrapped.replace('%', text);
        const auto inside = JsonValue::parse(wrapped, &error);
        QVERIFY2(inside, qPrintable(error.toString()));
        const auto compact =
            QByteArray(wrapped).replace(' ', "").replace('\n', "").replace('\r', "");
        QCOMPARE(inside->toJson(), compact);
    }
    const auto object = JsonValue::parse("{\"n\":" + text + "}");
    QVERIFY(object);
    QCOMPARE(object->toJson(JsonValue::Format::Pretty), "{\n  \"n\": " + text + "\n}");
    QCOMPARE(object->value(QStringLiteral("n")).numberText(), text);
    QVERIFY(object->value(QStringLiteral("n")).isIdenticalTo(*value));

    // Typed in, it is the same number, written the same way.
    const auto typed = JsonValue::fromNumberText(QString::fromLatin1(text));
    QVERIFY(typed);
    QVERIFY(typed->isIdenticalTo(*value));
    QVERIFY(*typed == *value);
    QCOMPARE(typed->type(), type);
    QCOMPARE(typed->toJson(), text);
}

void tst_JsonValue::issueVector()
{
    const QByteArray text =
        R"({"n":123456789012345678901234567890,"d":0.1000000000000000055511151231257827,"e":1E+2})";
    JsonParseError error;
    const auto value = JsonValue::parse(text, &error);
    QVERIFY2(value, qPrintable(error.toString()));
    QCOMPARE(value->toJson(), text);
    QCOMPARE(value->toCompactString(), QString::fromLatin1(text));
    const QByteArray pretty = value->toJson(JsonValue::Format::Pretty);
    QCOMPARE(pretty,
        QByteArray("{\n"
                   "  \"n\": 123456789012345678901234567890,\n"
                   "  \"d\": 0.1000000000000000055511151231257827,\n"
                   "  \"e\": 1E+2\n"
                   "}"));
    const auto again = JsonValue::parse(pretty);
    QVERIFY(again);
    QVERIFY(again->isIdenticalTo(*value));
    QCOMPARE(again->toJson(), text);

    // An edit of another member leaves the numbers alone.
    const JsonValue edited =
        value->inserted(QStringLiteral("s"), JsonValue::fromString(QStringLiteral("x")));
    QCOMPARE(edited.toJson(), text.chopped(1) + R"(,"s":"x"})");
    // Rebuilt from its members, too.
    JsonValue rebuilt = JsonValue::object();
    for (const auto &[key, member] : value->members())
        rebuilt = rebuilt.inserted(key, member);
    QCOMPARE(rebuilt.toJson(), text);

    // The same by meaning when written otherwise, but not identical; and
    // not the same as what a double would make of it.
    const auto respelled =
        JsonValue::parse(QByteArray(R"({"e":100.0,"d":1000000000000000055511151231257827e-34,)"
                                    R"("n":1.23456789012345678901234567890E+29})"));
    QVERIFY(respelled);
    QVERIFY(*respelled == *value);
    QVERIFY(!respelled->isIdenticalTo(*value));
    const auto rounded =
        JsonValue::parse(QByteArray(R"({"n":1.2345678901234568e+29,"d":0.1,"e":100.0})"));
    QVERIFY(rounded);
    QVERIFY(*rounded != *value);
}

void tst_JsonValue::numberConversions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("asInteger"); // toInteger(-1)
    QTest::addColumn<quint64>("asUnsigned"); // toUnsigned(7)
    QTest::addColumn<double>("asDouble");
    QTest::addColumn<bool>("exactInDouble");

    const double inf = std::numeric_limits<double>::infinity();
    const qint64 max = std::numeric_limits<qint64>::max();
    const auto row = [](const char *text, qint64 asInteger, quint64 asUnsigned, double asDouble,
                         bool exact) {
        QTest::newRow(text) << QByteArray(text) << asInteger << asUnsigned << asDouble << exact;
    };
    row("123456789012345678901234567890", -1, 7, 1.2345678901234568e29, false);
    row("18446744073709551616", -1, 7, 18446744073709551616.0, false);
    row("18446744073709551615", -1, std::numeric_limits<quint64>::max(), 18446744073709551616.0,
        false);
    row("-9223372036854775809", -1, 7, -9223372036854775808.0, false);
    row("9223372036854775807", max, quint64(max), 9223372036854775807.0, false);
    row("9007199254740993", 9007199254740993LL, 9007199254740993ULL, 9007199254740992.0, false);
    row("9007199254740992", 9007199254740992LL, 9007199254740992ULL, 9007199254740992.0, true);
    row("0.1000000000000000055511151231257827", -1, 7, 0.1, false);
    row("0.10", -1, 7, 0.1, true);
    row("2.5", -1, 7, 2.5, true);
    row("1E+2", 100, 7, 100.0, true);
    row("1.5e1", 15, 7, 15.0, true);
    row("1e-7", -1, 7, 1e-7, true);
    row("-0", 0, 0, -0.0, true);
    row("-0.0", 0, 7, -0.0, true);
    row("9007199254740993.0", 9007199254740993LL, 7, 9007199254740992.0, false);
    row("92233720368547758.07e2", max, 7, 9223372036854775807.0, false);
    row("9.223372036854775808E18", -1, 7, 9223372036854775808.0, false);
    row("-9.223372036854775808E18", std::numeric_limits<qint64>::min(), 7, -9223372036854775808.0,
        false);
    row("1E400", -1, 7, inf, false);
    row("-1e400", -1, 7, -inf, false);
    row("1e-400", -1, 7, 0.0, false);
    row("-1e-400", -1, 7, -0.0, false);
    row("1e99999999999999999999", -1, 7, inf, false);
    row("1e-99999999999999999999", -1, 7, 0.0, false);
    row("0e99999999999999999999", 0, 7, 0.0, true);
}

void tst_JsonValue::numberConversions()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, asInteger);
    QFETCH(quint64, asUnsigned);
    QFETCH(double, asDouble);
    QFETCH(bool, exactInDouble);

    const auto value = JsonValue::parse(text);
    QVERIFY(value);
    QCOMPARE(value->toInteger(-1), asInteger);
    QCOMPARE(value->toUnsigned(7), asUnsigned);
    const double d = value->toDouble(42);
    QVERIFY2(d == asDouble && std::signbit(d) == std::signbit(asDouble),
        qPrintable(QString::number(d, 'g', 17)));
    QCOMPARE(value->isExactInDouble(), exactInDouble);
    // Asking changes nothing.
    QCOMPARE(value->toJson(), text);
}

void tst_JsonValue::fromNumberText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");

    for (const char *text : {"0", "-0", "7", "-42", "0.5", "-0.0", "0.10", "1E+2", "1e-7", "1E2",
             "10e01", "123456789012345678901234567890", "0.1000000000000000055511151231257827"})
        QTest::newRow(text) << QString::fromLatin1(text) << true;
    for (const char *text : {"", "+1", "01", "-01", "00", "1.", ".5", "-.5", "1.e5", "NaN",
             "Infinity", "-Infinity", "inf", " 1", "1 ", "\t1", "1\n", "1e", "1e+", "1E-", "--1",
             "-", "e5", "0x10", "1,5", "1.5.2", "1e5e5", "1_000", "\"1\"", "[1]", "true", "null"})
        QTest::newRow(qPrintable(QStringLiteral("refused: ") + QString::fromLatin1(text)))
            << QString::fromLatin1(text) << false;
    QTest::newRow("refused: Arabic-Indic digit") << QStringLiteral("\u0661") << false;
    QTest::newRow("refused: fullwidth digit") << QStringLiteral("\uff11") << false;
    QTest::newRow("refused: NUL after") << QString::fromUtf16(u"1\0", 2) << false;
}

void tst_JsonValue::fromNumberText()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);

    const auto value = JsonValue::fromNumberText(text);
    QCOMPARE(bool(value), accepted);
    if (!accepted)
        return;
    QVERIFY(value->isNumber());
    QCOMPARE(value->numberText(), text.toLatin1());
    QCOMPARE(value->toCompactString(), text);
    const bool integerSyntax = !text.contains(u'.') && !text.contains(u'e') && !text.contains(u'E');
    QCOMPARE(value->isInteger(), integerSyntax);
    // The parser agrees.
    const auto parsed = JsonValue::parse(text);
    QVERIFY(parsed);
    QVERIFY(parsed->isIdenticalTo(*value));
}

void tst_JsonValue::fromDouble_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<QByteArray>("compact");

    // The shortest text that reads back as the same double, as before.
    QTest::newRow("1.0") << 1.0 << QByteArray("1.0");
    QTest::newRow("1e3") << 1e3 << QByteArray("1000.0");
    QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
    QTest::newRow("-0.0") << -0.0 << QByteArray("-0.0");
    QTest::newRow("1e100") << 1e100 << QByteArray("1e+100");
    QTest::newRow("1.25e-7") << 1.25e-7 << QByteArray("1.25e-07");
    QTest::newRow("2^64") << 18446744073709551616.0 << QByteArray("1.8446744073709552e+19");
}

void tst_JsonValue::fromDouble()
{
    QFETCH(double, number);
    QFETCH(QByteArray, compact);

    const JsonValue value = JsonValue::fromDouble(number);
    QCOMPARE(value.type(), JsonValue::Type::Double);
    QCOMPARE(value.toJson(), compact);
    QCOMPARE(value.numberText(), compact);
    QCOMPARE(value.toDouble(), number);
    QVERIFY(value.isExactInDouble());
}

void tst_JsonValue::unicodeAndEscapes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("string");
    QTest::addColumn<QByteArray>("compact");

    QTest::newRow("BMP") << QByteArray("\"\xC3\xA9\xE2\x82\xAC\"") << QStringLiteral("\u00e9\u20ac")
                         << QByteArray("\"\xC3\xA9\xE2\x82\xAC\"");
    QTest::newRow("emoji raw") << QByteArray("\"\xF0\x9F\x98\x80\"") << QStringLiteral("\U0001F600")
                               << QByteArray("\"\xF0\x9F\x98\x80\"");
    QTest::newRow("emoji escaped")
        << QByteArray(R"("\uD83D\uDE00")") << QStringLiteral("\U0001F600")
        << QByteArray("\"\xF0\x9F\x98\x80\"");
    QTest::newRow("non-BMP CJK") << QByteArray("\"\xF0\xA0\x80\x80\"")
                                 << QStringLiteral("\U00020000")
                                 << QByteArray("\"\xF0\xA0\x80\x80\"");
    QTest::newRow("NUL") << QByteArray(R"("a\u0000b")") << QString::fromUtf16(u"a\0b", 3)
                         << QByteArray(R"("a\u0000b")");
    QTest::newRow("quote") << QByteArray(R"("\"")") << QStringLiteral("\"")
                           << QByteArray(R"("\"")");
    QTest::newRow("backslash") << QByteArray(R"("\\")") << QStringLiteral("\\")
                               << QByteArray(R"("\\")");
    QTest::newRow("solidus") << QByteArray(R"("\/")") << QStringLiteral("/")
                             << QByteArray(R"("/")");
    QTest::newRow("controls") << QByteArray(R"("\b\f\n\r\t\u001F")")
                              << QStringLiteral("\b\f\n\r\t\x1f")
                              << QByteArray(R"("\b\f\n\r\t\u001f")");
    QTest::newRow("escaped BMP") << QByteArray(R"("\u00e9")") << QStringLiteral("\u00e9")
                                 << QByteArray("\"\xC3\xA9\"");
    QTest::newRow("unicode key") << QByteArray("{\"\xF0\x9F\x94\x91\":1}") << QString()
                                 << QByteArray("{\"\xF0\x9F\x94\x91\":1}");
}

void tst_JsonValue::unicodeAndEscapes()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, string);
    QFETCH(QByteArray, compact);

    JsonParseError error;
    const auto value = JsonValue::parse(text, &error);
    QVERIFY2(value, qPrintable(error.toString()));
    if (value->isString()) {
        QCOMPARE(value->toString(), string);
        QVERIFY(JsonValue::fromString(string) == *value);
        QCOMPARE(JsonValue::fromString(string).toJson(), compact);
    } else {
        QCOMPARE(value->keys().first(), QStringLiteral("\U0001F511"));
    }
    QCOMPARE(value->toJson(), compact);
}

void tst_JsonValue::invalid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QByteArray &text, int line, int column,
                         const char *message) {
        QTest::newRow(name) << text << line << column << QString::fromUtf8(message);
    };
    row("empty", "", 1, 1, "the text is empty");
    row("only whitespace", " \n\t ", 1, 1, "the text is empty");
    row("unclosed object", "{", 1, 2, "unexpected end of text");
    row("unclosed array", "[1,2", 1, 5, "unexpected end of text");
    row("unclosed nested", "{\"a\":[1,\n{\"b\":", 2, 6, "unexpected end of text");
    row("missing colon", "{\"a\" 1}", 1, 6, "expected ':'");
    row("missing comma in object", "{\"a\":1 \"b\":2}", 1, 8, "expected ',' or '}'");
    row("missing comma in array", "[1 2]", 1, 4, "expected ',' or ']'");
    // A literal where a separator belongs is located at the literal itself.
    row("literal after key", "{\"push\": true, \"email\" true}", 1, 24, "expected ':'");
    row("literal after value", "[\"a\" false]", 1, 6, "expected ',' or ']'");
    row("null after value", "{\"a\":1 null}", 1, 8, "expected ',' or '}'");
    row("trailing comma in object", "{\"a\":1,}", 1, 8, "expected a key in double quotes");
    row("trailing comma in array", "[1,]", 1, 4, "expected a value");
    row("unquoted key", "{a:1}", 1, 2, "invalid literal");
    row("number key", "{1:2}", 1, 2, "expected a key in double quotes");
    row("single quotes", "['a']", 1, 2, "invalid literal");
    row("bad literal", "[tru]", 1, 5, "invalid literal");
    row("NaN", "NaN", 1, 1, "invalid literal");
    row("trailing garbage", "{} x", 1, 4, "invalid literal");
    row("two values", "1 2", 1, 3, "unexpected text after the value");
    row("leading zero", "01", 1, 2, "unexpected text after the value");
    row("second object", "{}{}", 1, 3, "unexpected text after the value");
    row("control character", "\"ab\x01\"", 1, 4,
        "invalid string: control character must be escaped");
    row("raw newline in string", "[\"a\nb\"]", 1, 4,
        "invalid string: control character must be escaped");
    row("missing closing quote", "\"abc", 1, 5, "invalid string: missing closing quote");
    row("bad escape", "\"\\x\"", 1, 3, "invalid string: invalid escape sequence");
    row("short \\u", "\"\\u12\"", 1, 6, "invalid string: \\u must be followed by 4 hex digits");
    row("lone high surrogate", "\"\\uD800\"", 1, 8, "invalid string: unpaired surrogate");
    row("lone low surrogate", "\"\\uDC00\"", 1, 7, "invalid string: unpaired surrogate");
    row("bad UTF-8", "\"\xC3\x28\"", 1, 3, "invalid UTF-8");
    row("minus alone", "-", 1, 2, "invalid number");
    row("dot without digits", "1.", 1, 3, "invalid number");
    row("exponent without digits", "1e", 1, 3, "invalid number");
    row("comment", "// x\n1", 1, 1, "invalid literal");
    // Columns count characters, not bytes.
    row("after multibyte", "[\"\xC3\xA9\xF0\x9F\x98\x80\", x]", 1, 8, "invalid literal");
    row("later line", "{\n  \"a\": 1,\n  \"b\" 2\n}", 3, 7, "expected ':'");
    row("CRLF lines", "[1,\r\n2,\r\n]", 3, 1, "expected a value");
    // Numbers beyond double do not move an error.
    row("error after a huge number", "[1e400,]", 1, 8, "expected a value");
    row("huge number then another", "[1e400 1]", 1, 8, "expected ',' or ']'");
    row("huge number then garbage", "{\"a\":[1e400],\n x}", 2, 2, "invalid literal");
    // The parser's own state and the text tell the message, whatever the
    // underlying library's wording.
    row("broken byte order mark", "\xEF\xBB[1]", 1, 2, "invalid byte order mark");
    row("mismatched bracket in array", "[1}", 1, 3, "expected ',' or ']'");
    row("mismatched bracket in object", "{\"a\":1]", 1, 7, "expected ',' or '}'");
    row("colon twice", "{\"a\"::1}", 1, 6, "expected a value");
    row("comma first in object", "{,}", 1, 2, "expected a key in double quotes");
    row("closing bracket alone", "]", 1, 1, "expected a value");
    row("leading zero in array", "[-01]", 1, 4, "expected ',' or ']'");
    row("exponent sign without digits", "1e+", 1, 4, "invalid number");
    row("backslash at end", "\"\\", 1, 3, "invalid string: invalid escape sequence");
    row("\\u at end", "\"\\u", 1, 4, "invalid string: \\u must be followed by 4 hex digits");
    row("high surrogate then other", "\"\\uD800\\u0041\"", 1, 13,
        "invalid string: unpaired surrogate");
    row("high surrogate then escape", "\"\\uD800\\n\"", 1, 9, "invalid string: unpaired surrogate");
    row("overlong UTF-8", "\"\xC0\x80\"", 1, 2, "invalid UTF-8");
    row("surrogate in UTF-8", "\"\xED\xA0\x80\"", 1, 3, "invalid UTF-8");
    row("UTF-8 cut at end", "\"\xC3", 1, 3, "invalid UTF-8");
}

// Every kind of syntax error has its own message: none falls through to a
// catch-all (as one would if the messages came from matching another
// library's wording, and that wording changed).
void tst_JsonValue::everyMessageKind()
{
    const std::pair<const char *, const char *> kinds[] = {
        {"", "the text is empty"},
        {"[", "unexpected end of text"},
        {"{\"a\" 1}", "expected ':'"},
        {"{\"a\":1 2}", "expected ',' or '}'"},
        {"[1 2]", "expected ',' or ']'"},
        {"{1:2}", "expected a key in double quotes"},
        {"[,]", "expected a value"},
        {"1 2", "unexpected text after the value"},
        {"[x]", "invalid literal"},
        {"[-]", "invalid number"},
        {"\"\x01\"", "invalid string: control character must be escaped"},
        {"\"", "invalid string: missing closing quote"},
        {"\"\\a\"", "invalid string: invalid escape sequence"},
        {"\"\\u0\"", "invalid string: \\u must be followed by 4 hex digits"},
        {"\"\\uDC00\"", "invalid string: unpaired surrogate"},
        {"\"\xFF\"", "invalid UTF-8"},
        {"\xEF", "invalid byte order mark"},
        {"{\"a\":1,\"a\":1}", "duplicate key \"a\""},
        {"[[]]", "nesting deeper than 1 levels"},
    };
    QSet<QString> seen;
    for (const auto &[text, message] : kinds) {
        JsonParseError error;
        QVERIFY2(!JsonValue::parse(QByteArray(text), &error, 1), text);
        QCOMPARE(error.message, QString::fromUtf8(message));
        QVERIFY(error.isValid());
        seen.insert(error.message);
    }
    QCOMPARE(seen.size(), int(std::size(kinds)));
}

void tst_JsonValue::invalid()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    JsonParseError error;
    QVERIFY(!JsonValue::parse(text, &error));
    QCOMPARE(error.message, message);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(error.isValid());
    QVERIFY(!error.message.contains(QLatin1Char('\n')));
    QCOMPARE(error.toString(),
        QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message));
    // Without an error object it just refuses.
    QVERIFY(!JsonValue::parse(text));
}

void tst_JsonValue::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("top level") << QByteArray(R"({"a":1,"a":2})") << 1 << 8
                               << QStringLiteral("duplicate key \"a\"");
    QTest::newRow("same value") << QByteArray(R"({"a":1,"b":0,"a":1})") << 1 << 14
                                << QStringLiteral("duplicate key \"a\"");
    QTest::newRow("nested") << QByteArray(R"({"a":{"b":1,"b":2}})") << 1 << 13
                            << QStringLiteral("duplicate key \"b\"");
    QTest::newRow("in array") << QByteArray("[{},\n {\"x\":[], \"x\":{}}]") << 2 << 11
                              << QStringLiteral("duplicate key \"x\"");
    QTest::newRow("pretty") << QByteArray("{\n  \"k\": 1,\n  \"k\": 2\n}") << 3 << 3
                            << QStringLiteral("duplicate key \"k\"");
    QTest::newRow("escaped quote in key") << QByteArray(R"({"a\"b":1,"a\"b":2})") << 1 << 11
                                          << QStringLiteral("duplicate key \"a\"b\"");
    QTest::newRow("escape spelled differently")
        << QByteArray(R"({"\u00e9":1,"é":2})") << 1 << 13 << QStringLiteral("duplicate key \"é\"");
    QTest::newRow("unicode before") << QByteArray("{\"\xF0\x9F\x98\x80\":1,\"\xF0\x9F\x98\x80\":2}")
                                    << 1 << 8 << QStringLiteral("duplicate key \"\U0001F600\"");

    QTest::newRow("after a huge number")
        << QByteArray(R"({"a":1e400,"a":1})") << 1 << 12 << QStringLiteral("duplicate key \"a\"");

    // A large object switches to a hash set: still caught, at the right place.
    QByteArray big = "{";
    for (int i = 0; i < 100; ++i)
        big += "\"k" + QByteArray::number(i) + "\":0,";
    const int column = int(big.size()) + 1;
    big += "\"k42\":1}";
    QTest::newRow("many keys") << big << 1 << column << QStringLiteral("duplicate key \"k42\"");
}

void tst_JsonValue::duplicateKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    JsonParseError error;
    QVERIFY(!JsonValue::parse(text, &error));
    QCOMPARE(error.message, message);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void tst_JsonValue::depth_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("column");

    const auto arrays = [](int depth) {
        return QByteArray(depth, '[') + QByteArray(depth, ']');
    };
    QByteArray objects;
    for (int i = 0; i < 129; ++i)
        objects += "{\"a\":";
    objects += "1" + QByteArray(129, '}');

    QTest::newRow("128 arrays") << arrays(128) << 128 << true << 0;
    QTest::newRow("129 arrays") << arrays(129) << 128 << false << 129;
    QTest::newRow("129 objects") << objects << 128 << false << 128 * 5 + 1;
    QTest::newRow("100000 arrays") << arrays(100000) << 128 << false << 129;
    QTest::newRow("custom limit ok") << arrays(3) << 3 << true << 0;
    QTest::newRow("custom limit over") << arrays(4) << 3 << false << 4;
}

void tst_JsonValue::depth()
{
    QFETCH(QByteArray, text);
    QFETCH(int, maxDepth);
    QFETCH(bool, accepted);
    QFETCH(int, column);

    JsonParseError error;
    const auto value = JsonValue::parse(text, &error, maxDepth);
    QCOMPARE(bool(value), accepted);
    if (accepted) {
        QCOMPARE(value->toJson(), text);
    } else {
        QCOMPARE(error.message, QStringLiteral("nesting deeper than %1 levels").arg(maxDepth));
        QCOMPARE(error.line, 1);
        QCOMPARE(error.column, column);
    }
}

void tst_JsonValue::largeValue()
{
    // About 5 MB of realistic data: an array of objects with strings,
    // numbers, nested arrays and non-ASCII text.
    QByteArray text = "[";
    int i = 0;
    while (text.size() < 5 * 1024 * 1024) {
        if (i)
            text += ',';
        text += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"item \xC3\xA9 " +
            QByteArray::number(i) + "\",\"ratio\":" + QByteArray::number(i) +
            ".5,\"big\":" + QByteArray::number(9007199254740993LL + i) +
            ",\"tags\":[\"a\",\"b\",null,true],\"nested\":{\"z\":1,\"a\":[1,2,3]}}";
        ++i;
    }
    text += ']';
    QVERIFY(text.size() >= 5 * 1024 * 1024);

    QElapsedTimer timer;
    timer.start();
    JsonParseError error;
    const auto value = JsonValue::parse(text, &error);
    const qint64 parseMs = timer.elapsed();
    QVERIFY2(value, qPrintable(error.toString()));
    QCOMPARE(value->size(), i);

    timer.restart();
    const QByteArray compact = value->toJson();
    const QByteArray pretty = value->toJson(JsonValue::Format::Pretty);
    const qint64 dumpMs = timer.elapsed();
    QCOMPARE(compact, text);
    QVERIFY(pretty.size() > compact.size());

    timer.restart();
    QVERIFY(*value == *JsonValue::parse(pretty));
    const qint64 compareMs = timer.elapsed();
    qInfo("5 MB: parse %lld ms, serialize twice %lld ms, reparse + compare %lld ms", parseMs,
        dumpMs, compareMs);
    // Generous bounds (debug and sanitizer builds); catches quadratic work.
    QVERIFY2(parseMs < 20000, qPrintable(QString::number(parseMs)));
    QVERIFY2(dumpMs < 20000, qPrintable(QString::number(dumpMs)));

    // An error at the very end is still located correctly.
    QByteArray broken = text;
    broken.chop(1);
    QVERIFY(!JsonValue::parse(broken, &error));
    QCOMPARE(error.message, QStringLiteral("unexpected end of text"));
    QCOMPARE(error.line, 1);
    QCOMPARE(error.offset, broken.size());
    QCOMPARE(error.column, QString::fromUtf8(broken).toUcs4().size() + 1);
}

void tst_JsonValue::equality_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::addColumn<bool>("identical");

    const auto row = [](const char *name, const char *a, const char *b, bool equal,
                         bool identical) {
        QTest::newRow(name) << QByteArray(a) << QByteArray(b) << equal << identical;
    };
    row("same", R"({"a":1})", R"({"a":1})", true, true);
    row("member order", R"({"a":1,"b":2})", R"({"b":2,"a":1})", true, false);
    row("nested member order", R"([{"x":{"a":1,"b":2}}])", R"([{"x":{"b":2,"a":1}}])", true, false);
    row("1 == 1.0", "1", "1.0", true, false);
    row("-5 == -5.0", "-5", "-5.0", true, false);
    row("1 != 1.5", "1", "1.5", false, false);
    row("2^53+1 != 2^53 as double", "9007199254740993", "9007199254740992.0", false, false);
    row("2^53 == 2^53 as double", "9007199254740992", "9007199254740992.0", true, false);
    row("big ints exact", "9007199254740993", "9007199254740992", false, false);
    row("uint64 max", "18446744073709551615", "18446744073709551615", true, true);
    row("uint64 max != double 2^64", "18446744073709551615", "18446744073709551616", false, false);
    row("int64 min", "-9223372036854775808", "-9223372036854775808", true, true);
    row("negative vs unsigned", "-1", "18446744073709551615", false, false);
    row("array order matters", "[1,2]", "[2,1]", false, false);
    row("array length", "[1]", "[1,1]", false, false);
    row("type differs", R"("1")", "1", false, false);
    row("null vs false", "null", "false", false, false);
    row("empty object vs array", "{}", "[]", false, false);
    row("missing member", R"({"a":1})", R"({"a":1,"b":null})", false, false);
    row("strings by code point", R"("\u00e9")", "\"\xC3\xA9\"", true, true);
    row("escaped solidus", R"("\/")", R"("/")", true, true);
    // Numbers compare as exact decimals; identity is their text.
    row("1E+2 == 100", "1E+2", "100", true, false);
    row("100 == 1e2", "100", "1e2", true, false);
    row("1e2 == 1E2", "1e2", "1E2", true, false);
    row("1e2 == 10e1 == 1000e-1", "10e1", "1000e-1", true, false);
    row("1e2 == 100.00", "1e2", "100.00", true, false);
    row("0.001 == 1e-3", "0.001", "1e-3", true, false);
    row("-0.0 == 0", "-0.0", "0", true, false);
    row("-0 == 0", "-0", "0", true, false);
    row("-0.0 == 0.0 but not identical", "-0.0", "0.0", true, false);
    row("0 == 0e7", "0", "0e7", true, false);
    row("0.10 == 0.1", "0.10", "0.1", true, false);
    row("1.5 != -1.5", "1.5", "-1.5", false, false);
    row("big ints differ in the last digit", "123456789012345678901234567890",
        "123456789012345678901234567891", false, false);
    row("big ints", "123456789012345678901234567890", "123456789012345678901234567890", true, true);
    row("big int == its exponent form", "123456789012345678901234567890",
        "1.2345678901234567890123456789E+29", true, false);
    row("big int != its double", "123456789012345678901234567890", "1.2345678901234568e+29", false,
        false);
    row("long decimal != 0.1", "0.1000000000000000055511151231257827", "0.1", false, false);
    row("2^64 == 2^64.0", "18446744073709551616", "18446744073709551616.0", true, false);
    row("huge exponents", "1e99999999999999999999", "10e99999999999999999998", true, false);
    row("huge exponents differ", "1e99999999999999999999", "1e99999999999999999998", false, false);
    row("huge negative exponents", "1e-99999999999999999999", "0.1e-99999999999999999998", true,
        false);
    row("exponent crosses 64 bits", "1e9223372036854775808", "10e9223372036854775807", true, false);
    row("numbers inside", R"({"a":[1E+2,{"b":-0.0}]})", R"({"a":[100,{"b":0}]})", true, false);
}

void tst_JsonValue::equality()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QFETCH(bool, identical);

    const auto x = JsonValue::parse(a);
    const auto y = JsonValue::parse(b);
    QVERIFY(x && y);
    QCOMPARE(*x == *y, equal);
    QCOMPARE(*y == *x, equal);
    QCOMPARE(*x != *y, !equal);
    QCOMPARE(x->isIdenticalTo(*y), identical);
    QCOMPARE(y->isIdenticalTo(*x), identical);
    QVERIFY(*x == *x);
    QVERIFY(x->isIdenticalTo(*x));
}

void tst_JsonValue::identity()
{
    // Built in C++ versus parsed: int/uint storage does not matter.
    const auto parsed = JsonValue::parse(QByteArray(R"({"n":5,"s":"x"})"));
    QVERIFY(parsed);
    const JsonValue built =
        JsonValue::object()
            .inserted(QStringLiteral("n"), JsonValue::fromInteger(5))
            .inserted(QStringLiteral("s"), JsonValue::fromString(QStringLiteral("x")));
    QVERIFY(built.isIdenticalTo(*parsed));
    QVERIFY(built == *parsed);

    // Large objects compare by meaning in any order.
    QByteArray forward = "{", backward = "{";
    for (int i = 0; i < 1000; ++i) {
        forward +=
            "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + (i < 999 ? "," : "}");
        backward += "\"k" + QByteArray::number(999 - i) + "\":" + QByteArray::number(999 - i) +
            (i < 999 ? "," : "}");
    }
    const auto f = JsonValue::parse(forward);
    const auto b = JsonValue::parse(backward);
    QVERIFY(f && b);
    QVERIFY(*f == *b);
    QVERIFY(!f->isIdenticalTo(*b));
}

void tst_JsonValue::prettyOutput()
{
    const auto value = JsonValue::parse(
        QByteArray(R"({"b":[1,{"y":null,"x":true}],"a":"\u00e9","e":{},"f":[],"n":-1.5})"));
    QVERIFY(value);
    const QByteArray expected = "{\n"
                                "  \"b\": [\n"
                                "    1,\n"
                                "    {\n"
                                "      \"y\": null,\n"
                                "      \"x\": true\n"
                                "    }\n"
                                "  ],\n"
                                "  \"a\": \"\xC3\xA9\",\n"
                                "  \"e\": {},\n"
                                "  \"f\": [],\n"
                                "  \"n\": -1.5\n"
                                "}";
    QCOMPARE(value->toJson(JsonValue::Format::Pretty), expected);
    QCOMPARE(value->toPrettyString(), QString::fromUtf8(expected));
    QCOMPARE(JsonValue::fromInteger(3).toJson(JsonValue::Format::Pretty), QByteArray("3"));
}

void tst_JsonValue::builders()
{
    const JsonValue object =
        JsonValue::object()
            .inserted(QStringLiteral("z"), JsonValue::fromInteger(1))
            .inserted(QStringLiteral("a"), JsonValue::fromBool(true))
            .inserted(QStringLiteral("z"), JsonValue::fromString(QStringLiteral("x")));
    QCOMPARE(object.toJson(), QByteArray(R"({"z":"x","a":true})"));

    const JsonValue original = JsonValue::array().appended(JsonValue::fromInteger(1));
    const JsonValue longer = original.appended(JsonValue());
    QCOMPARE(original.toJson(), QByteArray("[1]")); // immutable
    QCOMPARE(longer.toJson(), QByteArray("[1,null]"));
    QCOMPARE(JsonValue().toJson(), QByteArray("null"));
    QCOMPARE(JsonValue::fromUnsigned(std::numeric_limits<quint64>::max()).toJson(),
        QByteArray("18446744073709551615"));
    QCOMPARE(JsonValue::fromDouble(0.5).toJson(), QByteArray("0.5"));
}

void tst_JsonValue::accessors()
{
    const auto value =
        JsonValue::parse(QByteArray(R"({"s":"x","n":2,"d":2.5,"b":true,"a":[1,"two"],"z":null})"));
    QVERIFY(value);
    QCOMPARE(value->value(QStringLiteral("s")).toString(), QStringLiteral("x"));
    QCOMPARE(value->value(QStringLiteral("n")).toInteger(), 2);
    QCOMPARE(value->value(QStringLiteral("n")).toDouble(), 2.0);
    QCOMPARE(value->value(QStringLiteral("d")).toDouble(), 2.5);
    QCOMPARE(value->value(QStringLiteral("d")).toInteger(-1), -1);
    QCOMPARE(value->value(QStringLiteral("b")).toBool(), true);
    QCOMPARE(value->value(QStringLiteral("s")).toInteger(9), 9);
    QCOMPARE(
        value->value(QStringLiteral("n")).toString(QStringLiteral("no")), QStringLiteral("no"));
    QCOMPARE(value->value(QStringLiteral("a")).size(), 2);
    QCOMPARE(value->value(QStringLiteral("a")).at(1).toString(), QStringLiteral("two"));
    QVERIFY(value->value(QStringLiteral("a")).at(2).isNull());
    QVERIFY(value->value(QStringLiteral("a")).at(-1).isNull());
    QCOMPARE(value->value(QStringLiteral("a")).elements().size(), 2);
    QVERIFY(value->contains(QStringLiteral("z")));
    QVERIFY(value->value(QStringLiteral("z")).isNull());
    QVERIFY(!value->contains(QStringLiteral("missing")));
    QVERIFY(value->value(QStringLiteral("missing")).isNull());
    QCOMPARE(value->size(), 6);
    QCOMPARE(JsonValue::fromInteger(1).size(), 0);
    QCOMPARE(value->typeName(), QStringLiteral("object"));
    QCOMPARE(value->value(QStringLiteral("d")).typeName(), QStringLiteral("number"));
    QCOMPARE(value->value(QStringLiteral("n")).typeName(), QStringLiteral("integer"));
}

void tst_JsonValue::serializationNeverThrows()
{
    // A lone surrogate cannot be stored (it becomes U+FFFD) and the output is
    // always valid UTF-8.
    const QString lone = QString(QChar(0xD800)) + QLatin1Char('x');
    const QByteArray json = JsonValue::fromString(lone).toJson();
    QVERIFY(QString::fromUtf8(json).toUtf8() == json);
    QVERIFY(JsonValue::parse(json));
    QCOMPARE(JsonValue::fromDouble(std::numeric_limits<double>::quiet_NaN()).toJson(),
        QByteArray("null"));
    QCOMPARE(JsonValue::fromDouble(std::numeric_limits<double>::infinity()).toJson(),
        QByteArray("null"));
}

QTEST_GUILESS_MAIN(tst_JsonValue)
#include "tst_jsonvalue.moc"
