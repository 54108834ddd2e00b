#include "JsonTextEdit.h"

#include "JsonHighlighter.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

namespace {

// The number of brackets a match search looks at before giving up, so that
// moving the cursor in a huge value never stalls.
constexpr int MaxBracketScan = 200000;

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
        a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
        a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

const QColor errorRed(0xda, 0x44, 0x53);

} // namespace

class JsonTextEdit::LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(JsonTextEdit *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setObjectName(QStringLiteral("lineNumberArea"));
    }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    JsonTextEdit *m_editor;
};

JsonTextEdit::JsonTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new JsonHighlighter(document()))
    , m_lineNumberArea(new LineNumberArea(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    m_highlighter->setPalette(palette());

    connect(
        this, &QPlainTextEdit::blockCountChanged, this, &JsonTextEdit::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &JsonTextEdit::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &JsonTextEdit::updateBracketMatch);
    // After the highlighter (connected first): the bracket data is fresh.
    connect(document(), &QTextDocument::contentsChange, this, &JsonTextEdit::onContentsChange);
    updateLineNumberAreaWidth();
}

JsonTextEdit::~JsonTextEdit() = default;

int JsonTextEdit::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = qMax(digits, 2);
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void JsonTextEdit::updateLineNumberAreaWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void JsonTextEdit::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void JsonTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumberArea->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void JsonTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateExtraSelections();
    } else if (event->type() == QEvent::FontChange) {
        updateLineNumberAreaWidth();
    }
}

void JsonTextEdit::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    const QPalette pal = palette();
    painter.fillRect(
        event->rect(), blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.06));

    const int errorBlock =
        m_errorPosition >= 0 ? document()->findBlock(m_errorPosition).blockNumber() : -1;
    const int currentBlock = textCursor().blockNumber();
    const QColor quiet = blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.5);

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_lineNumberArea->width() - 4;
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = block.blockNumber();
            QFont f = font();
            if (number == errorBlock) {
                painter.setPen(errorRed);
                f.setBold(true);
            } else if (number == currentBlock) {
                painter.setPen(pal.color(QPalette::Text));
            } else {
                painter.setPen(quiet);
            }
            painter.setFont(f);
            painter.drawText(
                0, top, width, fontMetrics().height(), Qt::AlignRight, QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

int JsonTextEdit::positionForLineColumn(int line, int column) const
{
    QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        block = document()->lastBlock();
    const QString text = block.text();
    // Columns count code points; the document counts UTF-16 units.
    int index = 0;
    for (int c = 1; c < column && index < text.size(); ++c)
        index += (text.at(index).isHighSurrogate() && index + 1 < text.size()) ? 2 : 1;
    return block.position() + qMin(index, int(text.size()));
}

void JsonTextEdit::jumpToOffset(int position)
{
    QTextCursor cursor(document());
    cursor.setPosition(qBound(0, position, qMax(0, document()->characterCount() - 1)));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::ShortcutFocusReason);
}

void JsonTextEdit::jumpToLineColumn(int line, int column)
{
    jumpToOffset(positionForLineColumn(line, column));
}

void JsonTextEdit::replaceAll(const QString &text)
{
    // Only the run that differs, never half a surrogate pair.
    const QString old = toPlainText();
    const qsizetype shorter = qMin(old.size(), text.size());
    qsizetype head = 0;
    while (head < shorter && old.at(head) == text.at(head))
        ++head;
    if (head > 0 && old.at(head - 1).isHighSurrogate())
        --head;
    qsizetype tail = 0;
    while (
        tail < shorter - head && old.at(old.size() - 1 - tail) == text.at(text.size() - 1 - tail))
        ++tail;
    if (tail > 0 && old.at(old.size() - tail).isLowSurrogate())
        --tail;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.setPosition(int(head));
    cursor.setPosition(int(old.size() - tail), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(head, text.size() - head - tail));
    cursor.endEditBlock();
}

// The stored positions follow the edit, so that no marker points past the
// end of a shorter text (a replace, Select All and type, undo).
void JsonTextEdit::onContentsChange(int position, int charsRemoved, int charsAdded)
{
    if (m_errorPosition >= position + charsRemoved)
        m_errorPosition += charsAdded - charsRemoved;
    else if (m_errorPosition > position)
        m_errorPosition = position; // its spot was replaced
    if (m_errorPosition >= 0)
        m_errorPosition = qMin(m_errorPosition, qMax(0, document()->characterCount() - 1));
    m_brackets = {-1, -1}; // recomputed from the cursor
    updateBracketMatch();
    updateExtraSelections();
}

void JsonTextEdit::setErrorPosition(int position)
{
    if (position >= 0)
        position = qMin(position, qMax(0, document()->characterCount() - 1));
    if (position == m_errorPosition)
        return;
    m_errorPosition = position;
    updateExtraSelections();
    m_lineNumberArea->update();
}

int JsonTextEdit::findMatchingBracket(int position) const
{
    const QTextBlock startBlock = document()->findBlock(position);
    const auto *startData = dynamic_cast<const JsonBlockData *>(startBlock.userData());
    if (!startData)
        return -1;
    const int inBlock = position - startBlock.position();
    int index = -1;
    for (int i = 0; i < startData->brackets.size(); ++i) {
        if (startData->brackets.at(i).position == inBlock)
            index = i;
    }
    if (index < 0)
        return -1;
    const bool forward = JsonHighlighter::isOpenBracket(startData->brackets.at(index).character);
    int depth = 0;
    int scanned = 0;
    QTextBlock block = startBlock;
    int i = index + (forward ? 1 : -1);
    while (block.isValid() && scanned < MaxBracketScan) {
        const auto *blockData = dynamic_cast<const JsonBlockData *>(block.userData());
        const int count = blockData ? int(blockData->brackets.size()) : 0;
        for (; blockData && i >= 0 && i < count; i += forward ? 1 : -1, ++scanned) {
            const QChar c = blockData->brackets.at(i).character;
            const bool opens = JsonHighlighter::isOpenBracket(c);
            if (opens == forward) {
                ++depth;
            } else if (depth == 0) {
                return block.position() + blockData->brackets.at(i).position;
            } else {
                --depth;
            }
        }
        block = forward ? block.next() : block.previous();
        if (block.isValid() && !forward) {
            const auto *prev = dynamic_cast<const JsonBlockData *>(block.userData());
            i = prev ? int(prev->brackets.size()) - 1 : -1;
        } else {
            i = 0;
        }
        ++scanned;
    }
    return -1;
}

void JsonTextEdit::updateBracketMatch()
{
    const QPair<int, int> before = m_brackets;
    m_brackets = {-1, -1};
    m_bracketsMismatch = false;
    const int pos = textCursor().position();
    // The bracket after the cursor first, then the one before it.
    for (int candidate : {pos, pos - 1}) {
        if (candidate < 0)
            continue;
        const QChar c = document()->characterAt(candidate);
        if (!JsonHighlighter::isOpenBracket(c) && !JsonHighlighter::isCloseBracket(c))
            continue;
        const int match = findMatchingBracket(candidate);
        if (match < 0)
            continue;
        m_brackets = {qMin(candidate, match), qMax(candidate, match)};
        m_bracketsMismatch = JsonHighlighter::matchingBracket(c) != document()->characterAt(match);
        break;
    }
    if (before != m_brackets)
        updateExtraSelections();
    m_lineNumberArea->update();
}

void JsonTextEdit::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);

    if (m_errorPosition >= 0) {
        QTextEdit::ExtraSelection line;
        line.format.setBackground(blend(base, errorRed, 0.12));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(document());
        line.cursor.setPosition(m_errorPosition);
        selections.append(line);

        // The spot itself: the character there, or the last one of the line
        // when the error is at its end.
        QTextEdit::ExtraSelection spot;
        spot.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        spot.format.setUnderlineColor(errorRed);
        spot.format.setBackground(blend(base, errorRed, 0.35));
        spot.cursor = QTextCursor(document());
        const QTextBlock block = document()->findBlock(m_errorPosition);
        const int blockEnd = block.position() + block.length() - 1;
        int start = m_errorPosition;
        if (start >= blockEnd)
            start = qMax(block.position(), blockEnd - 1);
        spot.cursor.setPosition(start);
        spot.cursor.setPosition(qMin(start + 1, blockEnd), QTextCursor::KeepAnchor);
        if (spot.cursor.hasSelection())
            selections.append(spot);
    }

    if (m_brackets.first >= 0) {
        const QColor tint = m_bracketsMismatch ? errorRed : pal.color(QPalette::Highlight);
        for (int pos : {m_brackets.first, m_brackets.second}) {
            QTextEdit::ExtraSelection bracket;
            bracket.format.setBackground(blend(base, tint, 0.35));
            bracket.format.setFontWeight(QFont::Bold);
            bracket.cursor = QTextCursor(document());
            bracket.cursor.setPosition(pos);
            bracket.cursor.setPosition(pos + 1, QTextCursor::KeepAnchor);
            selections.append(bracket);
        }
    }
    setExtraSelections(selections);
}
