// JsonErrorScanner: the reason for a JSON syntax error, read from the text at
// the point where the parser stopped.

#include "JsonErrorScanner.h"

#include "JsonValue.h"

#include <cstring>
#include <iterator>

namespace {

bool isDigit(int c)
{
    return c >= '0' && c <= '9';
}

int hexValue(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

JsonErrorScanner::Error JsonErrorScanner::scan(
    const QByteArray &text, qsizetype from, Context context)
{
    const JsonErrorScanner scanner(text);
    Error error;

    // A byte order mark is skipped at the very start; a broken one fails.
    if (context == Context::Start && from <= 0 && scanner.byte(0) == 0xEF) {
        for (qsizetype i = 1; i < 3; ++i) {
            if (scanner.byte(i) != (i == 1 ? 0xBB : 0xBF)) {
                scanner.fail(i, JsonParseError::tr("invalid byte order mark"), &error);
                return error;
            }
        }
    }

    Expect expect = Expect::Value;
    const qsizetype start = scanner.next(from, context, &expect);
    error.tokenStart = start;
    const Token token = scanner.token(start, &error);
    if (token == Token::Invalid)
        return error;
    error.offset = start;
    if (token == Token::End) {
        error.message = JsonParseError::tr("unexpected end of text");
        return error;
    }
    // What was expected, in the order of Expect.
    static const char *const expected[] = {
        QT_TRANSLATE_NOOP("JsonParseError", "expected a value"),
        QT_TRANSLATE_NOOP("JsonParseError", "expected a key in double quotes"),
        QT_TRANSLATE_NOOP("JsonParseError", "expected ':'"),
        QT_TRANSLATE_NOOP("JsonParseError", "expected ',' or ']'"),
        QT_TRANSLATE_NOOP("JsonParseError", "expected ',' or '}'"),
        QT_TRANSLATE_NOOP("JsonParseError", "unexpected text after the value"),
    };
    static_assert(std::size(expected) == std::size_t(Expect::Nothing) + 1);
    error.message = JsonParseError::tr(expected[int(expect)]);
    return error;
}

qsizetype JsonErrorScanner::nextToken(const QByteArray &text, qsizetype from, Context context)
{
    Expect expect = Expect::Value;
    return JsonErrorScanner(text).next(from, context, &expect);
}

// Skips what the parser takes without telling: a byte order mark at the
// start, whitespace, ',' after an element or a member and ':' after a key.
qsizetype JsonErrorScanner::next(qsizetype from, Context context, Expect *expect) const
{
    qsizetype start = qBound(qsizetype(0), from, m_text.size());
    if (context == Context::Start && start == 0 && m_text.startsWith("\xEF\xBB\xBF"))
        start = 3;
    start = skipWhitespace(start);
    const auto separator = [this, &start](char c) {
        if (byte(start) != c)
            return false;
        start = skipWhitespace(start + 1);
        return true;
    };
    switch (context) {
    case Context::Start:
    case Context::ArrayOpen:
        *expect = Expect::Value;
        break;
    case Context::AfterRoot:
        *expect = Expect::Nothing;
        break;
    case Context::ObjectOpen:
        *expect = Expect::Key;
        break;
    case Context::ArrayValue:
        *expect = separator(',') ? Expect::Value : Expect::ArraySeparator;
        break;
    case Context::ObjectValue:
        *expect = separator(',') ? Expect::Key : Expect::ObjectSeparator;
        break;
    case Context::ObjectKey:
        *expect = separator(':') ? Expect::Value : Expect::Colon;
        break;
    }
    return start;
}

qsizetype JsonErrorScanner::skipWhitespace(qsizetype i) const
{
    for (int c = byte(i); c == ' ' || c == '\t' || c == '\n' || c == '\r'; c = byte(++i)) { }
    return i;
}

int JsonErrorScanner::byte(qsizetype i) const
{
    return i >= 0 && i < m_text.size() ? int(uchar(m_text.at(i))) : -1;
}

JsonErrorScanner::Token JsonErrorScanner::token(qsizetype start, Error *error) const
{
    const int c = byte(start);
    switch (c) {
    case -1:
    case '\0': // the parser takes a NUL byte for the end of the text
        return Token::End;
    case '[':
    case ']':
    case '{':
    case '}':
    case ':':
    case ',':
        return Token::Structural;
    case 't':
    case 'f':
    case 'n':
        return literal(start, error) ? Token::Value : Token::Invalid;
    case '"':
        return string(start, error) ? Token::Value : Token::Invalid;
    default:
        if (c == '-' || isDigit(c))
            return number(start, error) ? Token::Value : Token::Invalid;
        fail(start, JsonParseError::tr("invalid literal"), error);
        return Token::Invalid;
    }
}

bool JsonErrorScanner::literal(qsizetype start, Error *error) const
{
    const char *word = byte(start) == 't' ? "true" : byte(start) == 'f' ? "false" : "null";
    for (qsizetype i = 1; word[i]; ++i) {
        if (byte(start + i) != word[i])
            return fail(start + i, JsonParseError::tr("invalid literal"), error);
    }
    return true;
}

bool JsonErrorScanner::number(qsizetype start, Error *error) const
{
    const QString invalid = JsonParseError::tr("invalid number");
    qsizetype i = start;
    if (byte(i) == '-')
        ++i;
    if (!isDigit(byte(i)))
        return fail(i, invalid, error);
    if (byte(i) == '0') {
        ++i;
    } else {
        while (isDigit(byte(i)))
            ++i;
    }
    if (byte(i) == '.') {
        ++i;
        if (!isDigit(byte(i)))
            return fail(i, invalid, error);
        while (isDigit(byte(i)))
            ++i;
    }
    if (byte(i) == 'e' || byte(i) == 'E') {
        ++i;
        if (byte(i) == '+' || byte(i) == '-')
            ++i;
        if (!isDigit(byte(i)))
            return fail(i, invalid, error);
    }
    return true;
}

bool JsonErrorScanner::string(qsizetype start, Error *error) const
{
    const QString unpaired = JsonParseError::tr("invalid string: unpaired surrogate");
    qsizetype i = start + 1;
    while (true) {
        const int c = byte(i);
        if (c == -1)
            return fail(i, JsonParseError::tr("invalid string: missing closing quote"), error);
        if (c == '"')
            return true;
        if (c < 0x20) {
            return fail(
                i, JsonParseError::tr("invalid string: control character must be escaped"), error);
        }
        if (c >= 0x80) {
            if (!utf8(i, &i, error))
                return false;
            continue;
        }
        if (c != '\\') {
            ++i;
            continue;
        }
        const int escape = byte(++i);
        if (escape > 0 && std::strchr("\"\\/bfnrt", escape)) {
            ++i;
            continue;
        }
        if (escape != 'u')
            return fail(i, JsonParseError::tr("invalid string: invalid escape sequence"), error);
        int first = 0;
        if (!hex4(i + 1, &first, error))
            return false;
        i += 5; // past "u" and 4 digits
        if (first >= 0xDC00 && first <= 0xDFFF)
            return fail(i - 1, unpaired, error);
        if (first >= 0xD800 && first <= 0xDBFF) {
            if (byte(i) != '\\')
                return fail(i, unpaired, error);
            if (byte(i + 1) != 'u')
                return fail(i + 1, unpaired, error);
            int second = 0;
            if (!hex4(i + 2, &second, error))
                return false;
            i += 6;
            if (second < 0xDC00 || second > 0xDFFF)
                return fail(i - 1, unpaired, error);
        }
    }
}

bool JsonErrorScanner::hex4(qsizetype start, int *codePoint, Error *error) const
{
    *codePoint = 0;
    for (qsizetype i = start; i < start + 4; ++i) {
        const int digit = hexValue(byte(i));
        if (digit < 0) {
            return fail(i,
                JsonParseError::tr("invalid string: \\u must be followed by 4 hex digits"), error);
        }
        *codePoint = *codePoint * 16 + digit;
    }
    return true;
}

// One UTF-8 sequence, well-formed as in Unicode's table 3-7.
bool JsonErrorScanner::utf8(qsizetype lead, qsizetype *next, Error *error) const
{
    const int c = byte(lead);
    int count = 0;
    int low = 0x80;
    int high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        count = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        count = 2;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        count = 3;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return fail(lead, JsonParseError::tr("invalid UTF-8"), error);
    }
    for (qsizetype i = 1; i <= count; ++i) {
        const int continuation = byte(lead + i);
        if (continuation < (i == 1 ? low : 0x80) || continuation > (i == 1 ? high : 0xBF))
            return fail(qMin(lead + i, m_text.size()), JsonParseError::tr("invalid UTF-8"), error);
    }
    *next = lead + count + 1;
    return true;
}

bool JsonErrorScanner::fail(qsizetype offset, const QString &message, Error *error) const
{
    error->offset = qMin(offset, m_text.size());
    error->message = message;
    return false;
}
