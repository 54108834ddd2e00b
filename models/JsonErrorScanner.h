#pragma once

// Private to prefcore: why JSON text is invalid, told from the text itself.

#include <QByteArray>
#include <QString>

// The parser stops at the first token it cannot take. Given where it stood
// (the end of the last token it took and what it expected next), the scanner
// reads on from there, as the JSON grammar (RFC 8259) reads, to the offending
// byte and says what is wrong with it. Nothing depends on the wording of the
// underlying parser's messages.
class JsonErrorScanner
{
public:
    // What the parser had read last, which tells what it expected next.
    enum class Context {
        Start, // nothing yet: a value
        AfterRoot, // the whole value: nothing more
        ArrayOpen, // '[': a value or ']'
        ArrayValue, // an element: ',' or ']'
        ObjectOpen, // '{': a key or '}'
        ObjectKey, // a key: ':'
        ObjectValue, // a member's value: ',' or '}'
    };

    struct Error
    {
        qsizetype offset = 0; // the byte that made it fail, or the text's size at its end
        qsizetype tokenStart = 0; // where the offending token starts
        QString message; // translated, one line
    };

    // text: the whole UTF-8 text; from: where the last token taken ends.
    static Error scan(const QByteArray &text, qsizetype from, Context context);
    // Where the next token starts, after the whitespace and separators that
    // the parser takes without telling.
    static qsizetype nextToken(const QByteArray &text, qsizetype from, Context context);

private:
    // What the parser wants at the next token.
    enum class Expect { Value, Key, Colon, ArraySeparator, ObjectSeparator, Nothing };
    enum class Token { End, Structural, Value, Invalid };

    JsonErrorScanner(const QByteArray &text)
        : m_text(text)
    { }

    qsizetype next(qsizetype from, Context context, Expect *expect) const;
    qsizetype skipWhitespace(qsizetype i) const;
    int byte(qsizetype i) const; // -1 past the end
    Token token(qsizetype start, Error *error) const;
    bool literal(qsizetype start, Error *error) const;
    bool number(qsizetype start, Error *error) const;
    bool string(qsizetype start, Error *error) const;
    bool hex4(qsizetype start, int *codePoint, Error *error) const;
    bool utf8(qsizetype lead, qsizetype *next, Error *error) const;
    bool fail(qsizetype offset, const QString &message, Error *error) const;

    const QByteArray &m_text;
};
