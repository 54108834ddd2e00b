#pragma once

#include <QSyntaxHighlighter>
#include <QTextBlockUserData>
#include <QTextCharFormat>
#include <QVector>

// What the highlighter learns about one line: where its brackets are
// (outside strings), so that bracket matching never rescans the text.
class JsonBlockData : public QTextBlockUserData
{
public:
    struct Bracket
    {
        QChar character;
        int position; // within the block
    };
    QVector<Bracket> brackets;
};

// Colours JSON text: object keys, strings, numbers, true/false/null and
// punctuation. The colours are derived from the palette so that they read
// well on light and dark backgrounds; call setPalette() when it changes.
// Lines longer than a limit are not coloured (their brackets are still
// recorded), which keeps megabyte-long one-line values responsive.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token { Key, String, Number, Keyword, Punctuation };

    explicit JsonHighlighter(QTextDocument *document);

    void setPalette(const QPalette &palette);
    QTextCharFormat format(Token token) const;
    bool isDark() const { return m_dark; }

    static constexpr int MaxColouredLineLength = 20000;

    static bool isOpenBracket(QChar c) { return c == u'{' || c == u'['; }
    static bool isCloseBracket(QChar c) { return c == u'}' || c == u']'; }
    static QChar matchingBracket(QChar c);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_formats[5];
    bool m_dark = false;
};
