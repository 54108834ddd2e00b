#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>

// Where and why a JSON text was refused. line and column are 1-based and
// count characters (not bytes); offset is the byte offset in the UTF-8 text.
struct JsonParseError
{
    Q_DECLARE_TR_FUNCTIONS(JsonParseError)

public:
    QString message; // one line, translated, e.g. "expected ',' or '}'"
    int line = 0;
    int column = 0;
    qsizetype offset = -1;

    bool isValid() const { return line > 0; }
    // "line 3, column 14: expected ',' or '}'"
    QString toString() const;
};

// An immutable JSON value that survives the round trip: any JSON type
// (top-level scalars included), object key order kept, and every number kept
// as the text it was written with. An integer of any size, a decimal with any
// number of digits, an exponent as written ("1E+2"), "-0" or "-0.0" and even
// 1e400 (beyond double) all come back byte for byte from toJson(); nothing
// goes through double unless asked (toDouble()). Type::Integer is integer syntax (no '.', 'e' or
// 'E') of any size, Type::Double everything else. operator== compares numbers exactly as decimals
// (1.0 == 1, 1E+2 == 100, 0.10 == 0.1, but 0.1000000000000000055511151231257827 != 0.1);
// isIdenticalTo() compares their text. Copies and children are cheap: the nodes are shared and
// never change. Parsing uses nlohmann's lexer, which stays out of this header.
class JsonValue
{
    Q_DECLARE_TR_FUNCTIONS(JsonValue)

public:
    enum class Type { Null, Boolean, Integer, Double, String, Array, Object };
    enum class Format { Compact, Pretty };

    static constexpr int DefaultMaxDepth = 128;

    JsonValue(); // null
    static JsonValue fromBool(bool value);
    static JsonValue fromInteger(qint64 value);
    static JsonValue fromUnsigned(quint64 value);
    // The shortest text that reads back as the same double (1.0 stays "1.0",
    // 1e3 gives "1000.0"); NaN and infinities, which JSON cannot hold, give null.
    static JsonValue fromDouble(double value);
    static JsonValue fromString(const QString &value);
    // Exactly the JSON number grammar, kept as written: "-0", "1E+2",
    // "123456789012345678901234567890". Refuses anything else (a leading '+'
    // or zero, "1.", ".5", NaN, Infinity, whitespace).
    static std::optional<JsonValue> fromNumberText(const QString &text);

    // Parses UTF-8 JSON text. Refuses invalid JSON, duplicate object keys and
    // nesting deeper than maxDepth, filling *error when given.
    static std::optional<JsonValue> parse(
        const QByteArray &utf8, JsonParseError *error = nullptr, int maxDepth = DefaultMaxDepth);
    static std::optional<JsonValue> parse(
        const QString &text, JsonParseError *error = nullptr, int maxDepth = DefaultMaxDepth);

    Type type() const;
    // "null", "boolean", "integer", "number", "string", "array", "object" (translated)
    QString typeName() const;
    static QString typeName(Type type);

    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Boolean; }
    bool isInteger() const { return type() == Type::Integer; }
    bool isNumber() const { return type() == Type::Integer || type() == Type::Double; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool(bool defaultValue = false) const;
    // Numbers whose exact value is an integer that fits in qint64 ("1.0" and
    // "1E+2" too); anything else gives defaultValue.
    qint64 toInteger(qint64 defaultValue = 0) const;
    // Integers (Type::Integer) from 0 to 2^64-1, else defaultValue.
    quint64 toUnsigned(quint64 defaultValue = 0) const;
    // The nearest double to any number (infinity beyond its range).
    double toDouble(double defaultValue = 0) const;
    // The number exactly as written ("1E+2", "-0.0"); empty for non-numbers.
    QByteArray numberText() const;
    // True when a double can stand for this number without loss: toDouble(),
    // written in its shortest form, has the same value (0.1, 1E+2, 2.5 and
    // integers up to 2^53 do; 123456789012345678901234567890,
    // 0.1000000000000000055511151231257827 and 1e400 do not). False for
    // non-numbers.
    bool isExactInDouble() const;
    QString toString(const QString &defaultValue = {}) const; // strings only

    // Arrays
    qsizetype size() const; // elements of an array or members of an object, else 0
    JsonValue at(qsizetype index) const; // null when out of range or not an array

    // Objects, in their original order
    QStringList keys() const;
    bool contains(const QString &key) const;
    JsonValue value(const QString &key) const; // null when absent or not an object
    // All members in order (one pass; value() searches linearly).
    QList<std::pair<QString, JsonValue>> members() const;
    QList<JsonValue> elements() const; // the elements of an array

    // Builders: return a copy with the change (the value is immutable).
    static JsonValue object();
    static JsonValue array();
    // Appends the member, or replaces its value in place.
    JsonValue inserted(const QString &key, const JsonValue &value) const;
    JsonValue appended(const JsonValue &value) const;
    // An object of these members in this order, or an array of these
    // elements, in one step; the values are shared, not copied. fromMembers
    // refuses a key that repeats.
    static std::optional<JsonValue> fromMembers(
        const QList<std::pair<QString, JsonValue>> &members);
    static JsonValue fromElements(const QList<JsonValue> &elements);

    // Serializes without reordering anything: Compact has no spaces, Pretty
    // uses 2-space indentation and "key": value. Always valid UTF-8; never
    // throws. Numbers come out exactly as written; strings as they went in
    // (escapes normalized: "\/" -> "/", "\u00e9" -> UTF-8, control characters
    // as \b \f \n \r \t or \u001f).
    QByteArray toJson(Format format = Format::Compact) const;
    QString toCompactString() const;
    QString toPrettyString() const;

    // Equality by meaning: object member order does not matter, numbers
    // compare as exact decimals (1 == 1.0 == 1E+0, -0.0 == 0, never through
    // double), strings by code points.
    bool operator==(const JsonValue &other) const;
    bool operator!=(const JsonValue &other) const { return !(*this == other); }

    // Identity of the text: same members in the same order, numbers written
    // the same way (1.0 is not 1, -0.0 is not 0.0): what the user sees.
    bool isIdenticalTo(const JsonValue &other) const;

private:
    struct Data;
    explicit JsonValue(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
    friend struct JsonValueAccess;
};

Q_DECLARE_METATYPE(JsonValue)
