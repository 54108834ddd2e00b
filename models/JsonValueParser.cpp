// JsonValue::parse(): nlohmann's SAX lexer and parser feed our own nodes, so
// that each number keeps its text. Positions and messages are ours: on a
// syntax error, JsonErrorScanner reads the text from the last token taken.

#include "JsonErrorScanner.h"
#include "JsonValue.h"
#include "JsonValueNumber.h"
#include "JsonValue_p.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

using Json = nlohmann::ordered_json;
using Data = JsonValueAccess::Data;
using Node = JsonValueAccess::Node;

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

// nlohmann refuses numbers beyond the range of double ("number overflow"),
// yet they are valid JSON and must keep their text. Their tokens are
// overwritten with "0.000..." of the same length, so that every position
// stays, and the builder restores the text: byte offset -> original token.
using MaskedNumbers = std::unordered_map<qsizetype, std::string>;

bool isNumberCharacter(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

MaskedNumbers maskOverflowingNumbers(QByteArray &text)
{
    MaskedNumbers masked;
    char *data = text.data();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        if (c == '"') { // skip the string, escapes included
            for (++i; i < size && data[i] != '"'; ++i) {
                if (data[i] == '\\')
                    ++i;
            }
            ++i;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype j = i;
            while (j < size && isNumberCharacter(data[j]))
                ++j;
            const std::string_view token(data + i, std::size_t(j - i));
            if (JsonValueNumber::isValid(token) &&
                !std::isfinite(JsonValueNumber::toDouble(token))) {
                masked.emplace(i, std::string(token)); // at least "1e309": 5 characters
                std::fill(data + i, data + j, '0');
                data[i + 1] = '.';
            }
            i = j;
        } else {
            ++i;
        }
    }
    return masked;
}

// Builds the node tree, refusing duplicate keys and deep nesting. An open
// container is mutable until its end, then joins its parent.
class Builder
{
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    Builder(const QByteArray &text, const char **cursor, int maxDepth,
        const MaskedNumbers *masked = nullptr)
        : m_text(text)
        , m_cursor(cursor)
        , m_maxDepth(maxDepth)
        , m_masked(masked)
    { }

    bool null()
    {
        put(JsonValueAccess::nullNode());
        return true;
    }
    bool boolean(bool value)
    {
        static const Node trueNode = scalar(JsonValue::Type::Boolean, true);
        static const Node falseNode = scalar(JsonValue::Type::Boolean, false);
        put(value ? trueNode : falseNode);
        return true;
    }
    bool number_integer(number_integer_t value)
    {
        // The only integer the value does not spell back is "-0".
        number(value == 0 && m_text.at(numberStart()) == '-' ? std::string("-0")
                                                             : JsonValueNumber::fromInt64(value));
        return true;
    }
    bool number_unsigned(number_unsigned_t value)
    {
        number(JsonValueNumber::fromUInt64(value));
        return true;
    }
    // Decimals, exponents and integers beyond 64 bits: the token as written.
    bool number_float(number_float_t value, const string_t &text)
    {
        if (m_masked && value == 0) {
            const auto it = m_masked->find(numberStart());
            if (it != m_masked->end()) {
                number(it->second);
                return true;
            }
        }
        number(text);
        return true;
    }
    bool string(string_t &value)
    {
        auto node = std::make_shared<Data>();
        node->type = JsonValue::Type::String;
        node->content = std::move(value);
        put(std::move(node));
        return true;
    }
    bool binary(binary_t &) { return false; } // never produced by JSON text

    bool start_object(std::size_t) { return open(JsonValue::Type::Object); }
    bool start_array(std::size_t) { return open(JsonValue::Type::Array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t &key)
    {
        Frame &frame = m_stack.back();
        const auto members = m_members.begin() + std::ptrdiff_t(frame.start);
        bool duplicate = false;
        if (frame.keys) {
            duplicate = !frame.keys->insert(key).second;
        } else {
            duplicate = std::any_of(members, m_members.end(),
                [&key](const Data::Member &member) { return member.first == key; });
            if (!duplicate && std::size_t(m_members.end() - members) >= LinearKeyLimit) {
                frame.keys = std::make_unique<std::unordered_set<std::string>>();
                for (auto it = members; it != m_members.end(); ++it)
                    frame.keys->insert(it->first);
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
        taken(Last::Key, consumed());
        return true;
    }

    // nlohmann stopped at a token it could not take. Its message is not
    // used: the scanner reads the text on from the end of the last token
    // taken and says what is wrong there.
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &exception)
    {
        const JsonErrorScanner::Error error = JsonErrorScanner::scan(m_text, m_lastEnd, context());
        if (exception.id == NumberOverflow) {
            // Valid JSON; parse() masks the number and parses once more.
            m_overflow = true;
            fail(error.tokenStart, JsonParseError::tr("invalid JSON"));
        } else {
            fail(error.offset, error.message);
        }
        return false;
    }

    bool hasError() const { return m_failed; }
    // A number beyond the range of double stopped the parser.
    bool hasOverflow() const { return m_overflow; }
    const JsonParseError &error() const { return m_error; }
    Node takeResult() { return std::move(m_root); }

private:
    static constexpr std::size_t LinearKeyLimit = 16;
    // nlohmann's out_of_range.406: a number beyond the range of double.
    static constexpr int NumberOverflow = 406;

    // What the last token taken was, inside which container.
    enum class Last { Nothing, Open, Key, Value };

    // An open array or object. Its children wait in m_elements or
    // m_members, from start on, until its end makes them one exact vector.
    struct Frame
    {
        JsonValue::Type type;
        std::size_t start;
        std::string key; // its key in the parent object
        std::unique_ptr<std::unordered_set<std::string>> keys;
    };

    static Node scalar(JsonValue::Type type, bool boolean)
    {
        auto node = std::make_shared<Data>();
        node->type = type;
        node->boolean = boolean;
        return node;
    }

    qsizetype consumed() const { return *m_cursor - m_text.constData(); }

    // Where the number token just read starts. (The lexer may have read one
    // character past its end, or not, so the cursor cannot tell.)
    qsizetype numberStart() const
    {
        return JsonErrorScanner::nextToken(m_text, m_lastEnd, context());
    }

    // text: the token exactly as written.
    void number(std::string text)
    {
        const qsizetype end = numberStart() + qsizetype(text.size());
        auto node = std::make_shared<Data>();
        node->type = JsonValueNumber::isIntegerSyntax(text) ? JsonValue::Type::Integer
                                                            : JsonValue::Type::Double;
        node->content = std::move(text);
        put(std::move(node));
        taken(Last::Value, end);
    }

    void put(Node node)
    {
        taken(Last::Value, consumed());
        if (m_stack.empty()) {
            m_root = std::move(node);
            return;
        }
        if (m_stack.back().type == JsonValue::Type::Array)
            m_elements.push_back(std::move(node));
        else
            m_members.emplace_back(std::move(m_key), std::move(node));
    }

    bool open(JsonValue::Type type)
    {
        if (int(m_stack.size()) >= m_maxDepth) {
            fail(consumed() - 1,
                JsonParseError::tr("nesting deeper than %1 levels").arg(m_maxDepth));
            return false;
        }
        const std::size_t start =
            type == JsonValue::Type::Array ? m_elements.size() : m_members.size();
        m_stack.push_back(Frame {type, start, std::move(m_key), nullptr});
        taken(Last::Open, consumed());
        return true;
    }

    bool close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        auto node = std::make_shared<Data>();
        node->type = frame.type;
        if (frame.type == JsonValue::Type::Array)
            node->content = take(m_elements, frame.start);
        else
            node->content = take(m_members, frame.start);
        m_key = std::move(frame.key);
        put(std::move(node));
        return true;
    }

    template<typename T> static std::vector<T> take(std::vector<T> &pending, std::size_t start)
    {
        const auto first = pending.begin() + std::ptrdiff_t(start);
        std::vector<T> result(
            std::make_move_iterator(first), std::make_move_iterator(pending.end()));
        pending.erase(first, pending.end());
        return result;
    }

    void taken(Last last, qsizetype end)
    {
        m_last = last;
        m_lastEnd = end;
    }

    // Where the parser stood after the last token taken.
    JsonErrorScanner::Context context() const
    {
        using Context = JsonErrorScanner::Context;
        if (m_stack.empty())
            return m_root ? Context::AfterRoot : Context::Start;
        const bool array = m_stack.back().type == JsonValue::Type::Array;
        if (m_last == Last::Open)
            return array ? Context::ArrayOpen : Context::ObjectOpen;
        if (m_last == Last::Key)
            return Context::ObjectKey;
        return array ? Context::ArrayValue : Context::ObjectValue;
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
    const MaskedNumbers *m_masked;
    Node m_root;
    std::vector<Frame> m_stack;
    Data::Array m_elements;
    Data::Object m_members;
    std::string m_key;
    Last m_last = Last::Nothing;
    qsizetype m_lastEnd = 0; // where the last token taken ends
    bool m_failed = false;
    bool m_overflow = false;
    JsonParseError m_error;
};

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// One pass of nlohmann's SAX parser over text into a node tree.
std::optional<Node> build(const QByteArray &text, int maxDepth, const MaskedNumbers *masked,
    JsonParseError *error, bool *overflow)
{
    const char *begin = text.constData();
    const char *end = begin + text.size();
    const char *cursor = begin;
    Builder builder(text, &cursor, maxDepth, masked);
    bool ok = false;
    try {
        ok = Json::sax_parse(CountingIterator(begin, &cursor), CountingIterator(end, &cursor),
            &builder, nlohmann::detail::input_format_t::json, true, false);
    } catch (const std::exception &) {
        // sax_parse reports through parse_error(); this is a safety net.
        ok = false;
    }
    *overflow = builder.hasOverflow();
    if (ok && !builder.hasError())
        return builder.takeResult();
    if (builder.hasError()) {
        *error = builder.error();
    } else {
        error->message = JsonParseError::tr("invalid JSON");
        locate(text, cursor - begin, error);
    }
    return std::nullopt;
}

} // namespace

QString JsonParseError::toString() const
{
    return tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
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

    bool overflow = false;
    auto root = build(utf8, maxDepth, nullptr, err, &overflow);
    if (!root && overflow) {
        // Rare: numbers beyond double. Parse once more with them masked.
        QByteArray masked = utf8;
        const MaskedNumbers numbers = maskOverflowingNumbers(masked);
        if (!numbers.empty()) {
            *err = JsonParseError();
            root = build(masked, maxDepth, &numbers, err, &overflow);
        }
    }
    if (!root)
        return std::nullopt;
    return JsonValueAccess::fromNode(std::move(*root));
}

std::optional<JsonValue> JsonValue::parse(const QString &text, JsonParseError *error, int maxDepth)
{
    return parse(text.toUtf8(), error, maxDepth);
}
