#include "JsonValue.h"
#include "JsonValue_p.h"

#include <cmath>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

using Json = nlohmann::ordered_json;

namespace {

// ---------------------------------------------------------------------------
// Positions

// Walks the UTF-8 text once, only when an error is reported: line and column
// are 1-based, the column counts code points. "\r\n", "\n" and a lone "\r"
// each end a line.
void locate(const QByteArray &utf8, qsizetype offset, JsonParseError *error)
{
    offset = qBound(qsizetype(0), offset, utf8.size());
    int line = 1;
    int column = 1;
    const char *data = utf8.constData();
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (byte == '\n' || (byte == '\r' && (i + 1 >= utf8.size() || data[i + 1] != '\n'))) {
            ++line;
            column = 1;
        } else if (byte == '\r') {
            // the '\n' that follows ends the line
        } else if ((byte & 0xC0) != 0x80) {
            ++column; // a lead byte or ASCII: one code point
        }
    }
    error->line = line;
    error->column = column;
    error->offset = offset;
}

// An input iterator over the UTF-8 bytes that publishes how far the lexer has
// read, so that the SAX callbacks know where they are.
class CountingIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    CountingIterator(const char *position, const char **cursor)
        : m_position(position)
        , m_cursor(cursor)
    { }
    reference operator*() const { return *m_position; }
    CountingIterator &operator++()
    {
        ++m_position;
        *m_cursor = m_position;
        return *this;
    }
    CountingIterator operator++(int)
    {
        CountingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const CountingIterator &other) const { return m_position == other.m_position; }
    bool operator!=(const CountingIterator &other) const { return m_position != other.m_position; }

private:
    const char *m_position;
    const char **m_cursor;
};

// Our own short sentence for nlohmann's message. Its messages look like
// "[json.exception.parse_error.101] parse error at line 1, column 5: syntax
// error while parsing object - unexpected number literal; expected '}'"
// or "... - invalid literal; last read: 'tru'".
QString describe(const std::string &what, bool *isLexerError)
{
    std::string detail = what;
    const auto dash = detail.find(" - ");
    if (dash != std::string::npos)
        detail = detail.substr(dash + 3);
    const auto startsWith = [&detail](const char *prefix) {
        return detail.rfind(prefix, 0) == 0;
    };

    *isLexerError = true;
    if (startsWith("invalid string: control character"))
        return JsonParseError::tr("invalid string: control character must be escaped");
    if (startsWith("invalid string: missing closing quote"))
        return JsonParseError::tr("invalid string: missing closing quote");
    if (startsWith("invalid string: '\\u'"))
        return JsonParseError::tr("invalid string: \\u must be followed by 4 hex digits");
    if (startsWith("invalid string: surrogate"))
        return JsonParseError::tr("invalid string: unpaired surrogate");
    if (startsWith("invalid string: forbidden character after backslash"))
        return JsonParseError::tr("invalid string: invalid escape sequence");
    if (startsWith("invalid string: ill-formed UTF-8"))
        return JsonParseError::tr("invalid UTF-8");
    if (startsWith("invalid string"))
        return JsonParseError::tr("invalid string");
    if (startsWith("invalid number"))
        return JsonParseError::tr("invalid number");
    if (startsWith("invalid literal"))
        return JsonParseError::tr("invalid literal");
    if (startsWith("invalid BOM"))
        return JsonParseError::tr("invalid byte order mark");
    if (startsWith("invalid comment"))
        return JsonParseError::tr("comments are not allowed");
    if (startsWith("invalid"))
        return JsonParseError::tr("invalid JSON");

    *isLexerError = false;
    if (startsWith("unexpected end of input"))
        return JsonParseError::tr("unexpected end of text");
    std::string expected;
    const auto semicolon = detail.find("; expected ");
    if (semicolon != std::string::npos)
        expected = detail.substr(semicolon + 11);
    if (expected == "end of input")
        return JsonParseError::tr("unexpected text after the value");
    if (expected == "'}'")
        return JsonParseError::tr("expected ',' or '}'");
    if (expected == "']'")
        return JsonParseError::tr("expected ',' or ']'");
    if (expected == "':'")
        return JsonParseError::tr("expected ':'");
    if (expected == "string literal")
        return JsonParseError::tr("expected a key in double quotes");
    if (expected == "'[', '{', or a literal")
        return JsonParseError::tr("expected a value");
    return JsonParseError::tr("invalid JSON");
}

// Builds the ordered_json tree, refusing duplicate keys and deep nesting.
class Builder
{
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    Builder(const QByteArray &text, const char **cursor, int maxDepth)
        : m_text(text)
        , m_cursor(cursor)
        , m_maxDepth(maxDepth)
    { }

    bool null() { return put(Json(nullptr)) != nullptr; }
    bool boolean(bool value) { return put(Json(value)) != nullptr; }
    bool number_integer(number_integer_t value) { return put(Json(value)) != nullptr; }
    bool number_unsigned(number_unsigned_t value) { return put(Json(value)) != nullptr; }
    bool number_float(number_float_t value, const string_t &)
    {
        return put(Json(value)) != nullptr;
    }
    bool string(string_t &value) { return put(Json(std::move(value))) != nullptr; }
    bool binary(binary_t &) { return false; } // never produced by JSON text

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t &key)
    {
        Frame &frame = m_stack.back();
        const auto &members = frame.value->get_ref<const Json::object_t &>();
        bool duplicate = false;
        if (frame.keys) {
            duplicate = !frame.keys->insert(key).second;
        } else {
            for (const auto &member : members) {
                if (member.first == key) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate && members.size() >= LinearKeyLimit) {
                frame.keys = std::make_unique<std::unordered_set<std::string>>();
                for (const auto &member : members)
                    frame.keys->insert(member.first);
                frame.keys->insert(key);
            }
        }
        if (duplicate) {
            // The lexer has just read the closing quote; walk back to the
            // opening one (the first quote not escaped by a backslash).
            qsizetype quote = consumed() - 2;
            while (quote > 0) {
                if (m_text.at(quote) == '"') {
                    qsizetype backslashes = 0;
                    while (
                        quote - 1 - backslashes >= 0 && m_text.at(quote - 1 - backslashes) == '\\')
                        ++backslashes;
                    if (backslashes % 2 == 0)
                        break;
                }
                --quote;
            }
            fail(
                quote, JsonParseError::tr("duplicate key \"%1\"").arg(QString::fromStdString(key)));
            return false;
        }
        m_key = std::move(key);
        return true;
    }

    bool parse_error(std::size_t position, const std::string &lastToken,
        const nlohmann::detail::exception &exception)
    {
        bool lexerError = false;
        const QString message = describe(exception.what(), &lexerError);
        // position counts the characters read, the one that failed included
        // (and one for the end of the text).
        // For a string, number or literal token the lexer's token text is
        // exactly that token; for a structural character it may hold more.
        const std::string what = exception.what();
        const bool structural = what.find(" - unexpected '") != std::string::npos;
        const bool atEnd = what.find(" - unexpected end of input") != std::string::npos;
        // The lexer does not clear its token text before a literal, so for
        // true, false and null only the literal's own length counts.
        qsizetype tokenLength = static_cast<qsizetype>(lastToken.size());
        for (const std::string_view literal : {"true", "false", "null"}) {
            if (what.find(" - unexpected " + std::string(literal) + " literal") !=
                std::string::npos)
                tokenLength = static_cast<qsizetype>(literal.size());
        }
        auto offset = static_cast<qsizetype>(position);
        if (lexerError || structural || atEnd)
            offset -= 1; // the character that made it fail
        else
            offset -= tokenLength; // the unexpected token's start
        fail(qMin(offset, m_text.size()), message);
        return false;
    }

    bool hasError() const { return m_failed; }
    const JsonParseError &error() const { return m_error; }
    Json takeResult() { return std::move(m_root); }

private:
    static constexpr std::size_t LinearKeyLimit = 16;

    struct Frame
    {
        Json *value;
        std::unique_ptr<std::unordered_set<std::string>> keys;
    };

    qsizetype consumed() const { return *m_cursor - m_text.constData(); }

    Json *put(Json &&value)
    {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Json *parent = m_stack.back().value;
        if (parent->is_array()) {
            auto &elements = parent->get_ref<Json::array_t &>();
            elements.push_back(std::move(value));
            return &elements.back();
        }
        // Append directly: ordered_map's own insert searches linearly.
        auto &members =
            static_cast<Json::object_t::Container &>(parent->get_ref<Json::object_t &>());
        members.emplace_back(std::move(m_key), std::move(value));
        return &members.back().second;
    }

    bool open(Json &&container)
    {
        if (int(m_stack.size()) >= m_maxDepth) {
            fail(consumed() - 1,
                JsonParseError::tr("nesting deeper than %1 levels").arg(m_maxDepth));
            return false;
        }
        Json *slot = put(std::move(container));
        m_stack.push_back(Frame {slot, nullptr});
        return true;
    }

    bool close()
    {
        m_stack.pop_back();
        return true;
    }

    void fail(qsizetype offset, const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error.message = message;
        locate(m_text, offset, &m_error);
    }

    const QByteArray &m_text;
    const char **m_cursor;
    int m_maxDepth;
    Json m_root;
    std::vector<Frame> m_stack;
    std::string m_key;
    bool m_failed = false;
    JsonParseError m_error;
};

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Exact comparison of two numbers, whatever their representation.
bool numbersEqual(const Json &a, const Json &b)
{
    using Int = Json::number_integer_t;
    using UInt = Json::number_unsigned_t;
    const auto integerEqualsDouble = [](const Json &integer, double d) {
        if (!std::isfinite(d) || std::floor(d) != d)
            return false;
        if (integer.is_number_unsigned()) {
            if (d < 0 || d >= 18446744073709551616.0)
                return false;
            return integer.get<UInt>() == static_cast<UInt>(d);
        }
        if (d < -9223372036854775808.0 || d >= 9223372036854775808.0)
            return false;
        return integer.get<Int>() == static_cast<Int>(d);
    };
    if (a.is_number_float() && b.is_number_float())
        return a.get<double>() == b.get<double>();
    if (a.is_number_float())
        return integerEqualsDouble(b, a.get<double>());
    if (b.is_number_float())
        return integerEqualsDouble(a, b.get<double>());
    if (a.is_number_unsigned() && b.is_number_unsigned())
        return a.get<UInt>() == b.get<UInt>();
    if (a.is_number_integer() && b.is_number_integer() && !a.is_number_unsigned() &&
        !b.is_number_unsigned())
        return a.get<Int>() == b.get<Int>();
    // One signed, one unsigned.
    const Json &s = a.is_number_unsigned() ? b : a;
    const Json &u = a.is_number_unsigned() ? a : b;
    const Int signedValue = s.get<Int>();
    return signedValue >= 0 && static_cast<UInt>(signedValue) == u.get<UInt>();
}

using Equality = bool (*)(const Json &a, const Json &b);
// Compares two objects of the same size.
using ObjectEquality = bool (*)(const Json::object_t &x, const Json::object_t &y);

// What equalByMeaning() and identical() share, for everything but two
// numbers: the same type, arrays element by element with equal, objects with
// objectsEqual, anything else with ==.
bool sameStructure(const Json &a, const Json &b, Equality equal, ObjectEquality objectsEqual)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Json::value_t::array: {
        const auto &x = a.get_ref<const Json::array_t &>();
        const auto &y = b.get_ref<const Json::array_t &>();
        if (x.size() != y.size())
            return false;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (!equal(x[i], y[i]))
                return false;
        }
        return true;
    }
    case Json::value_t::object: {
        const auto &x = a.get_ref<const Json::object_t &>();
        const auto &y = b.get_ref<const Json::object_t &>();
        return x.size() == y.size() && objectsEqual(x, y);
    }
    default:
        return a == b;
    }
}

bool equalByMeaning(const Json &a, const Json &b);

// Members in any order.
bool objectsEqualByMeaning(const Json::object_t &x, const Json::object_t &y)
{
    if (x.size() <= 16) {
        for (const auto &member : x) {
            const auto it = y.find(member.first);
            if (it == y.end() || !equalByMeaning(member.second, it->second))
                return false;
        }
        return true;
    }
    std::unordered_map<std::string_view, const Json *> index;
    index.reserve(y.size());
    for (const auto &member : y)
        index.emplace(member.first, &member.second);
    for (const auto &member : x) {
        const auto it = index.find(member.first);
        if (it == index.end() || !equalByMeaning(member.second, *it->second))
            return false;
    }
    return true;
}

bool equalByMeaning(const Json &a, const Json &b)
{
    if (a.is_number() && b.is_number())
        return numbersEqual(a, b);
    return sameStructure(a, b, equalByMeaning, objectsEqualByMeaning);
}

bool identical(const Json &a, const Json &b);

// Members in the same order.
bool objectsIdentical(const Json::object_t &x, const Json::object_t &y)
{
    for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j) {
        if (i->first != j->first || !identical(i->second, j->second))
            return false;
    }
    return true;
}

bool identical(const Json &a, const Json &b)
{
    if (a.is_number() && b.is_number()) {
        if (a.is_number_float() != b.is_number_float())
            return false;
        if (a.is_number_float()) {
            const double x = a.get<double>();
            const double y = b.get<double>();
            return x == y && std::signbit(x) == std::signbit(y);
        }
        return numbersEqual(a, b);
    }
    return sameStructure(a, b, identical, objectsIdentical);
}

std::string toStd(const QString &text)
{
    return text.toStdString(); // UTF-8; lone surrogates become U+FFFD
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

// ---------------------------------------------------------------------------

QString JsonParseError::toString() const
{
    return tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

JsonValue::JsonValue()
    : d(JsonValueAccess::nullData())
{ }

JsonValue::JsonValue(std::shared_ptr<const Data> data)
    : d(std::move(data))
{ }

JsonValue JsonValue::fromBool(bool value)
{
    return JsonValueAccess::fromJson(Json(value));
}

JsonValue JsonValue::fromInteger(qint64 value)
{
    return JsonValueAccess::fromJson(Json(static_cast<Json::number_integer_t>(value)));
}

JsonValue JsonValue::fromUnsigned(quint64 value)
{
    return JsonValueAccess::fromJson(Json(static_cast<Json::number_unsigned_t>(value)));
}

JsonValue JsonValue::fromDouble(double value)
{
    return JsonValueAccess::fromJson(Json(value));
}

JsonValue JsonValue::fromString(const QString &value)
{
    return JsonValueAccess::fromJson(Json(toStd(value)));
}

std::optional<JsonValue> JsonValue::parse(
    const QByteArray &utf8, JsonParseError *error, int maxDepth)
{
    JsonParseError ignored;
    JsonParseError *err = error ? error : &ignored;
    *err = JsonParseError();

    const char *begin = utf8.constData();
    const char *end = begin + utf8.size();
    if (std::all_of(begin, end, isJsonWhitespace)) {
        err->message = tr("the text is empty");
        locate(utf8, 0, err);
        return std::nullopt;
    }

    const char *cursor = begin;
    Builder builder(utf8, &cursor, maxDepth);
    bool ok = false;
    try {
        ok = Json::sax_parse(CountingIterator(begin, &cursor), CountingIterator(end, &cursor),
            &builder, nlohmann::detail::input_format_t::json, true, false);
    } catch (const std::exception &e) {
        // sax_parse reports through parse_error(); this is a safety net.
        if (!builder.hasError()) {
            err->message = tr("invalid JSON");
            locate(utf8, cursor - begin, err);
            return std::nullopt;
        }
    }
    if (!ok || builder.hasError()) {
        if (builder.hasError()) {
            *err = builder.error();
        } else {
            err->message = tr("invalid JSON");
            locate(utf8, cursor - begin, err);
        }
        return std::nullopt;
    }
    return JsonValueAccess::fromJson(builder.takeResult());
}

std::optional<JsonValue> JsonValue::parse(const QString &text, JsonParseError *error, int maxDepth)
{
    return parse(text.toUtf8(), error, maxDepth);
}

JsonValue::Type JsonValue::type() const
{
    switch (d->json.type()) {
    case Json::value_t::boolean:
        return Type::Boolean;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return Type::Integer;
    case Json::value_t::number_float:
        return Type::Double;
    case Json::value_t::string:
        return Type::String;
    case Json::value_t::array:
        return Type::Array;
    case Json::value_t::object:
        return Type::Object;
    default:
        return Type::Null;
    }
}

QString JsonValue::typeName() const
{
    return typeName(type());
}

QString JsonValue::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return tr("null");
    case Type::Boolean:
        return tr("boolean");
    case Type::Integer:
        return tr("integer");
    case Type::Double:
        return tr("number");
    case Type::String:
        return tr("string");
    case Type::Array:
        return tr("array");
    case Type::Object:
        return tr("object");
    }
    return {};
}

bool JsonValue::toBool(bool defaultValue) const
{
    return d->json.is_boolean() ? d->json.get<bool>() : defaultValue;
}

qint64 JsonValue::toInteger(qint64 defaultValue) const
{
    const Json &j = d->json;
    if (j.is_number_unsigned()) {
        const auto value = j.get<Json::number_unsigned_t>();
        return value <= quint64(std::numeric_limits<qint64>::max()) ? qint64(value) : defaultValue;
    }
    if (j.is_number_integer())
        return j.get<Json::number_integer_t>();
    if (j.is_number_float()) {
        const double value = j.get<double>();
        if (std::isfinite(value) && std::floor(value) == value && value >= -9223372036854775808.0 &&
            value < 9223372036854775808.0)
            return qint64(value);
    }
    return defaultValue;
}

quint64 JsonValue::toUnsigned(quint64 defaultValue) const
{
    const Json &j = d->json;
    if (j.is_number_unsigned())
        return j.get<Json::number_unsigned_t>();
    if (j.is_number_integer()) {
        const auto value = j.get<Json::number_integer_t>();
        return value >= 0 ? quint64(value) : defaultValue;
    }
    return defaultValue;
}

double JsonValue::toDouble(double defaultValue) const
{
    const Json &j = d->json;
    if (j.is_number_unsigned())
        return double(j.get<Json::number_unsigned_t>());
    if (j.is_number_integer())
        return double(j.get<Json::number_integer_t>());
    if (j.is_number_float())
        return j.get<double>();
    return defaultValue;
}

QString JsonValue::toString(const QString &defaultValue) const
{
    return d->json.is_string() ? fromStd(d->json.get_ref<const std::string &>()) : defaultValue;
}

qsizetype JsonValue::size() const
{
    const Json &j = d->json;
    return (j.is_array() || j.is_object()) ? qsizetype(j.size()) : 0;
}

JsonValue JsonValue::at(qsizetype index) const
{
    const Json &j = d->json;
    if (!j.is_array() || index < 0 || index >= qsizetype(j.size()))
        return {};
    return JsonValueAccess::fromJson(j[std::size_t(index)]);
}

QStringList JsonValue::keys() const
{
    QStringList result;
    if (!d->json.is_object())
        return result;
    const auto &members = d->json.get_ref<const Json::object_t &>();
    result.reserve(qsizetype(members.size()));
    for (const auto &member : members)
        result.append(fromStd(member.first));
    return result;
}

bool JsonValue::contains(const QString &key) const
{
    return d->json.is_object() && d->json.contains(toStd(key));
}

JsonValue JsonValue::value(const QString &key) const
{
    if (!d->json.is_object())
        return {};
    const auto it = d->json.find(toStd(key));
    if (it == d->json.end())
        return {};
    return JsonValueAccess::fromJson(*it);
}

QList<std::pair<QString, JsonValue>> JsonValue::members() const
{
    QList<std::pair<QString, JsonValue>> result;
    if (!d->json.is_object())
        return result;
    const auto &members = d->json.get_ref<const Json::object_t &>();
    result.reserve(qsizetype(members.size()));
    for (const auto &member : members)
        result.append({fromStd(member.first), JsonValueAccess::fromJson(member.second)});
    return result;
}

QList<JsonValue> JsonValue::elements() const
{
    QList<JsonValue> result;
    if (!d->json.is_array())
        return result;
    const auto &elements = d->json.get_ref<const Json::array_t &>();
    result.reserve(qsizetype(elements.size()));
    for (const auto &element : elements)
        result.append(JsonValueAccess::fromJson(element));
    return result;
}

JsonValue JsonValue::object()
{
    return JsonValueAccess::fromJson(Json::object());
}

JsonValue JsonValue::array()
{
    return JsonValueAccess::fromJson(Json::array());
}

JsonValue JsonValue::inserted(const QString &key, const JsonValue &value) const
{
    if (!d->json.is_object() && !d->json.is_null())
        return *this;
    Json copy = d->json.is_null() ? Json::object() : d->json;
    copy[toStd(key)] = value.d->json; // replaces in place or appends
    return JsonValueAccess::fromJson(std::move(copy));
}

JsonValue JsonValue::appended(const JsonValue &value) const
{
    if (!d->json.is_array() && !d->json.is_null())
        return *this;
    Json copy = d->json.is_null() ? Json::array() : d->json;
    copy.push_back(value.d->json);
    return JsonValueAccess::fromJson(std::move(copy));
}

QByteArray JsonValue::toJson(Format format) const
{
    try {
        const std::string text = d->json.dump(
            format == Format::Pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace);
        return QByteArray(text.data(), qsizetype(text.size()));
    } catch (...) {
        return QByteArrayLiteral("null"); // not reached: replace never throws
    }
}

QString JsonValue::toCompactString() const
{
    return QString::fromUtf8(toJson(Format::Compact));
}

QString JsonValue::toPrettyString() const
{
    return QString::fromUtf8(toJson(Format::Pretty));
}

bool JsonValue::operator==(const JsonValue &other) const
{
    return d == other.d || equalByMeaning(d->json, other.d->json);
}

bool JsonValue::isIdenticalTo(const JsonValue &other) const
{
    return d == other.d || identical(d->json, other.d->json);
}
