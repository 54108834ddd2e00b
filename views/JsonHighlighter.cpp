#include "JsonHighlighter.h"

#include <QPalette>

namespace {

// A readable colour of the given hue: darker on light backgrounds, lighter
// on dark ones.
QColor tone(int hue, int saturation, bool dark)
{
    return QColor::fromHsl(hue, saturation, dark ? 175 : 85);
}

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E';
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QPalette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    m_dark = base.lightness() < 128;

    QTextCharFormat key;
    key.setForeground(tone(210, 200, m_dark)); // blue
    key.setFontWeight(QFont::DemiBold);
    QTextCharFormat string;
    string.setForeground(tone(120, 150, m_dark)); // green
    QTextCharFormat number;
    number.setForeground(tone(25, 220, m_dark)); // orange
    QTextCharFormat keyword;
    keyword.setForeground(tone(290, 160, m_dark)); // purple
    keyword.setFontWeight(QFont::DemiBold);
    QTextCharFormat punctuation;
    // Halfway between the text and the background: present but quiet.
    punctuation.setForeground(QColor((text.red() * 2 + base.red()) / 3,
        (text.green() * 2 + base.green()) / 3, (text.blue() * 2 + base.blue()) / 3));

    m_formats[int(Token::Key)] = key;
    m_formats[int(Token::String)] = string;
    m_formats[int(Token::Number)] = number;
    m_formats[int(Token::Keyword)] = keyword;
    m_formats[int(Token::Punctuation)] = punctuation;
    rehighlight();
}

QTextCharFormat JsonHighlighter::format(Token token) const
{
    return m_formats[int(token)];
}

QChar JsonHighlighter::matchingBracket(QChar c)
{
    switch (c.unicode()) {
    case u'{':
        return u'}';
    case u'}':
        return u'{';
    case u'[':
        return u']';
    case u']':
        return u'[';
    default:
        return {};
    }
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    auto *data = new JsonBlockData;
    const bool colour = text.size() <= MaxColouredLineLength;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"') {
            // A string runs to the next unescaped quote or the end of the line
            // (JSON strings cannot hold a raw line break).
            int j = i + 1;
            while (j < n && text.at(j) != u'"')
                j += text.at(j) == u'\\' ? 2 : 1;
            j = qMin(j + 1, n);
            if (colour) {
                int k = j;
                while (k < n && text.at(k).isSpace())
                    ++k;
                const bool isKey = k < n && text.at(k) == u':';
                setFormat(i, j - i, m_formats[int(isKey ? Token::Key : Token::String)]);
            }
            i = j;
        } else if (c.isDigit() || c == u'-') {
            int j = i + 1;
            while (j < n && isNumberChar(text.at(j)))
                ++j;
            if (colour)
                setFormat(i, j - i, m_formats[int(Token::Number)]);
            i = j;
        } else if (c.isLetter()) {
            int j = i + 1;
            while (j < n && text.at(j).isLetterOrNumber())
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (colour && (word == u"true" || word == u"false" || word == u"null")) {
                setFormat(i, j - i, m_formats[int(Token::Keyword)]);
            }
            i = j;
        } else {
            if (isOpenBracket(c) || isCloseBracket(c))
                data->brackets.append({c, i});
            if (colour && (isOpenBracket(c) || isCloseBracket(c) || c == u',' || c == u':'))
                setFormat(i, 1, m_formats[int(Token::Punctuation)]);
            ++i;
        }
    }
    setCurrentBlockUserData(data);
}
