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
// (top-level scalars included), object key order kept, integers exact up to
// 64 bits (signed and unsigned). Copies are cheap (shared, immutable data).
// Backed by nlohmann::ordered_json, which stays out of this header.
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
    static JsonValue fromDouble(double value);
    static JsonValue fromString(const QString &value);

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
    qint64 toInteger(qint64 defaultValue = 0) const; // integers that fit in qint64
    quint64 toUnsigned(quint64 defaultValue = 0) const; // non-negative integers up to 2^64-1
    double toDouble(double defaultValue = 0) const; // any number
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

    // Serializes without reordering anything. Pretty uses 2-space indentation.
    // Always valid UTF-8; never throws. Integers and strings come out as they
    // went in (escapes normalized: "\/" -> "/", "\u00e9" -> UTF-8); doubles in
    // their shortest round-trip form (1e3 -> 1000.0, 1.0 stays 1.0).
    QByteArray toJson(Format format = Format::Compact) const;
    QString toCompactString() const;
    QString toPrettyString() const;

    // Equality by meaning: object member order does not matter, 1 == 1.0,
    // strings compare by code points.
    bool operator==(const JsonValue &other) const;
    bool operator!=(const JsonValue &other) const { return !(*this == other); }

    // Identity of the text: same members in the same order (what the user sees).
    bool isIdenticalTo(const JsonValue &other) const;

private:
    struct Data;
    explicit JsonValue(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
    friend struct JsonValueAccess;
};

Q_DECLARE_METATYPE(JsonValue)
