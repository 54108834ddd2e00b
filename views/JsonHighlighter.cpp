#include "JsonHighlighter.h"

#include <QPalette>
#include <QSignalBlocker>
#include <QTextDocument>

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
    m_continueTimer.setSingleShot(true);
    m_continueTimer.setInterval(0);
    connect(&m_continueTimer, &QTimer::timeout, this, &JsonHighlighter::continueColouring);
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
    const QSignalBlocker blocker(document()); // colours are no edit (see colourBlock())
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

void JsonHighlighter::prioritize(const QTextBlock &first, const QTextBlock &last)
{
    if (!first.isValid() || !isPending(first, last))
        return;
    m_priorityFirst = first.blockNumber();
    m_priorityLast = last.isValid() ? last.blockNumber() : m_priorityFirst;
    m_continueTimer.start();
}

bool JsonHighlighter::isPending(const QTextBlock &first, const QTextBlock &last) const
{
    const int lastNumber = last.isValid() ? last.blockNumber() : first.blockNumber();
    for (QTextBlock block = first; block.isValid() && block.blockNumber() <= lastNumber;
         block = block.next()) {
        const auto *data = static_cast<const JsonBlockData *>(block.userData());
        if (block.length() > 1 && (!data || !data->coloured))
            return true;
    }
    return false;
}

void JsonHighlighter::defer(const QTextBlock &block)
{
    if (m_firstPending.isNull() || block.position() < m_firstPending.position())
        m_firstPending = QTextCursor(block);
    if (!m_continueTimer.isActive())
        m_continueTimer.start();
}

bool JsonHighlighter::colourBlock(const QTextBlock &block)
{
    const auto *data = static_cast<const JsonBlockData *>(block.userData());
    if (block.length() <= 1 || (data && data->coloured))
        return false;
    m_forced = true;
    {
        // Colours are no edit: the document's contentsChanged (the editor's
        // textChanged) would say so. Its layout is told directly.
        const QSignalBlocker blocker(document());
        rehighlightBlock(block);
    }
    m_forced = false;
    return true;
}

bool JsonHighlighter::setColumnWindow(
    int first, int last, const QTextBlock &firstBlock, const QTextBlock &lastBlock)
{
    if (first >= m_windowStart && last <= m_windowEnd &&
        (first >= m_windowStart + WindowMargin / 2 || m_windowStart == 0) &&
        last <= m_windowEnd - WindowMargin / 2)
        return false; // well inside
    m_windowStart = qMax(0, first - WindowMargin);
    m_windowEnd = last + WindowMargin;
    bool recoloured = false;
    const int lastNumber = lastBlock.isValid() ? lastBlock.blockNumber() : firstBlock.blockNumber();
    for (QTextBlock block = firstBlock; block.isValid() && block.blockNumber() <= lastNumber;
         block = block.next()) {
        if (block.length() - 1 <= LongLine)
            continue;
        auto *data = static_cast<JsonBlockData *>(block.userData());
        if (data)
            data->coloured = false;
        recoloured = colourBlock(block) || recoloured;
    }
    return recoloured;
}

void JsonHighlighter::continueColouring()
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    m_inSlice = true;
    m_slice.start();
    // The lines on screen first.
    if (m_priorityFirst >= 0) {
        QTextBlock block = doc->findBlockByNumber(m_priorityFirst);
        while (block.isValid() && block.blockNumber() <= m_priorityLast &&
            m_slice.elapsed() < SliceMs) {
            if (!colourBlock(block))
                block = block.next();
        }
        if (!block.isValid() || block.blockNumber() > m_priorityLast)
            m_priorityFirst = m_priorityLast = -1;
    }
    // Then the rest, in order. The cursor moved with the edits since, so no
    // line before it waits.
    QTextBlock block = m_firstPending.isNull() ? QTextBlock() : m_firstPending.block();
    while (block.isValid() && m_slice.elapsed() < SliceMs) {
        if (!colourBlock(block))
            block = block.next();
    }
    if (block.isValid())
        m_firstPending.setPosition(block.position());
    else
        m_firstPending = QTextCursor();
    m_inSlice = false;
    if (!m_firstPending.isNull() || m_priorityFirst >= 0)
        m_continueTimer.start();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    if (!m_inSlice) {
        // The slice lasts until this turn of the event loop ends.
        m_inSlice = true;
        m_slice.start();
        QMetaObject::invokeMethod(
            this, [this] { m_inSlice = false; }, Qt::QueuedConnection);
    }
    const int n = int(text.size());
    // Now, or (the slice is over) in a later turn.
    const bool now = m_forced || m_slice.elapsed() < SliceMs;
    // The columns coloured: all of them, or a long line's window.
    const bool windowed = n > LongLine;
    const int from = windowed ? m_windowStart : 0;
    const int to = windowed ? m_windowEnd : n;

    auto *data = new JsonBlockData;
    if (!now) {
        // Its turn comes later: not even its brackets now (a megabyte of
        // lines would wait for them).
        setCurrentBlockUserData(data);
        defer(currentBlock());
        return;
    }
    int i = 0;
    while (i < n) {
        // (A token that starts a little before the window still counts.)
        const bool colour = i < to && i >= from - 200;
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
    data->coloured = true;
    setCurrentBlockUserData(data);
}
