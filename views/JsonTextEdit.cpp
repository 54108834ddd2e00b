#include "JsonTextEdit.h"

#include "JsonHighlighter.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextDocument>

namespace {

// The number of brackets a match search looks at before giving up, so that
// moving the cursor in a huge value never stalls.
constexpr int MaxBracketScan = 200000;

// A big text goes into the document in chunks of about this many characters
// (to the next line break), for up to FillSliceMs per turn of the event loop.
constexpr qsizetype FillChunk = 16 * 1024;
constexpr qint64 FillSliceMs = 4;

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
    , m_fillTimer(new QTimer(this))
{
    m_fillTimer->setSingleShot(true);
    m_fillTimer->setInterval(0);
    connect(m_fillTimer, &QTimer::timeout, this, [this] { fillSome(FillSliceMs); });
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    m_highlighter->setPalette(palette());

    connect(
        this, &QPlainTextEdit::blockCountChanged, this, &JsonTextEdit::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &JsonTextEdit::updateLineNumberArea);
    // A long line is coloured around the columns in view.
    connect(
        horizontalScrollBar(), &QScrollBar::valueChanged, this, &JsonTextEdit::updateColumnWindow);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] { updateBracketMatch(); });
    connect(document(), &QTextDocument::contentsChange, this, &JsonTextEdit::updateText);
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
    // Only on a change: setting the margins lays the whole editor out again,
    // and the layout asks for this with every line it colours or lays out.
    const int width = lineNumberAreaWidth();
    if (width == m_lineNumberAreaWidth)
        return;
    m_lineNumberAreaWidth = width;
    setViewportMargins(width, 0, 0, 0);
}

void JsonTextEdit::updateLineNumberArea(const QRect &rect, int dy)
{
    if (m_highlighter->isBusy()) {
        // A big text is still being coloured: the lines on screen first.
        m_highlighter->prioritize(firstVisibleBlock(), lastVisibleBlock());
    }
    if (dy)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

QTextBlock JsonTextEdit::lastVisibleBlock() const
{
    // One line per block (no wrapping); no hit test, which would lay a long
    // line out.
    const int lines = viewport()->height() / qMax(1, fontMetrics().lineSpacing()) + 1;
    const QTextBlock last =
        document()->findBlockByNumber(firstVisibleBlock().blockNumber() + lines);
    return last.isValid() ? last : document()->lastBlock();
}

void JsonTextEdit::updateColumnWindow()
{
    // The columns at the view's edges, read from a long line's layout
    // (lines do not wrap); estimated from the fixed-width font without one.
    const qreal x = horizontalScrollBar()->value();
    const qreal width = viewport()->width();
    const QTextBlock first = firstVisibleBlock();
    const QTextBlock last = lastVisibleBlock();
    const qreal advance = qMax<qreal>(1, QFontMetricsF(font()).horizontalAdvance(QLatin1Char('0')));
    int left = int(x / advance);
    int right = int((x + width) / advance);
    for (QTextBlock block = first; block.isValid() && block.blockNumber() <= last.blockNumber();
         block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (block.length() - 1 > JsonHighlighter::LongLine && layout && layout->lineCount() > 0) {
            left = layout->lineAt(0).xToCursor(x);
            right = layout->lineAt(0).xToCursor(x + width);
            break;
        }
    }
    m_highlighter->setColumnWindow(left, right, first, last);
}

void JsonTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateColumnWindow();
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
    ensureFilled();
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
    ensureFilled();
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

QString JsonTextEdit::exactText(const QTextDocument *document)
{
    // The raw text has U+2029 between blocks. A QTextDocument never keeps a
    // U+2029 of the text as a character (inserting one starts a block), so
    // each is a line break; everything else (U+00A0, U+2028) is as typed.
    QString text = document->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

QString JsonTextEdit::editable(QString json)
{
    if (!json.contains(QChar::LineSeparator) && !json.contains(QChar::ParagraphSeparator))
        return json;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            json.replace(i, 1,
                c == QChar::LineSeparator ? QStringLiteral("\\u2028") : QStringLiteral("\\u2029"));
            i += 5;
        }
    }
    return json;
}

void JsonTextEdit::setJsonText(const QString &json)
{
    const QString text = editable(json);
    m_fillAt = -1;
    m_fillTimer->stop();
    if (text.size() <= 2 * FillChunk) {
        setPlainText(text);
        return;
    }
    // The first chunk now, up to a line break; the rest in later turns.
    qsizetype first = text.indexOf(u'\n', FillChunk);
    if (first < 0)
        first = text.size();
    setPlainText(text.left(first));
    m_text = text;
    if (first < text.size()) {
        m_fillAt = first;
        m_fillTimer->start();
    }
}

void JsonTextEdit::fillSome(qint64 budgetMs) const
{
    QElapsedTimer clock;
    clock.start();
    QTextDocument *doc = document();
    while (m_fillAt >= 0 && (budgetMs < 0 || clock.elapsed() < budgetMs)) {
        qsizetype end = m_text.indexOf(u'\n', m_fillAt + FillChunk);
        if (end < 0)
            end = m_text.size();
        const QTextBlock from = doc->lastBlock();
        {
            // No edit: text() has it already, and the dialog knows; nothing
            // to undo either (setPlainText() emptied the history, and no
            // edit came since: input puts the rest in first).
            const QSignalBlocker blocker(doc);
            const bool undo = doc->isUndoRedoEnabled();
            doc->setUndoRedoEnabled(false);
            QTextCursor cursor(doc);
            cursor.movePosition(QTextCursor::End);
            cursor.insertText(m_text.mid(m_fillAt, end - m_fillAt));
            doc->setUndoRedoEnabled(undo);
        }
        m_highlighter->colourLater(from);
        m_fillAt = end < m_text.size() ? end : -1;
    }
    const_cast<JsonTextEdit *>(this)->updateLineNumberAreaWidth();
    if (m_fillAt >= 0)
        m_fillTimer->start();
}

void JsonTextEdit::ensureFilled() const
{
    if (m_fillAt >= 0) {
        m_fillTimer->stop();
        fillSome(-1);
    }
}

bool JsonTextEdit::event(QEvent *event)
{
    if (m_fillAt >= 0) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::ShortcutOverride:
        case QEvent::InputMethod:
        case QEvent::FocusIn:
        case QEvent::MouseButtonPress:
        case QEvent::ContextMenu:
            ensureFilled(); // the user reaches for the text: all of it
            break;
        default:
            break;
        }
    }
    return QPlainTextEdit::event(event);
}

void JsonTextEdit::replaceAll(const QString &json)
{
    ensureFilled();
    // Only the run that differs, never half a surrogate pair.
    const QString text = editable(json);
    const QString old = m_text;
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

// text() follows the change: the part that changed is read from the
// document, the rest stays. A change's range may include lines that were
// only coloured, and the document's last, invisible paragraph separator.
void JsonTextEdit::updateText(int position, int charsRemoved, int charsAdded)
{
    if (m_fillAt >= 0) {
        // Changed behind this class's back (setPlainText()) while the text
        // was going in: what the document has now is the text.
        m_fillAt = -1;
        m_fillTimer->stop();
        m_text = exactText(document());
        return;
    }
    const int length = qMax(0, document()->characterCount() - 1);
    const int from = qMin(position, int(m_text.size()));
    const int end = qMin(position + charsAdded, length);
    QString added;
    if (end > from) {
        QTextCursor cursor(document());
        cursor.setPosition(from);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        added = cursor.selectedText();
        added.replace(QChar::ParagraphSeparator, u'\n');
    }
    m_text.replace(from, qMin(qsizetype(charsRemoved), m_text.size() - from), added);
    if (m_text.size() != length) // never expected: start again from the document
        m_text = exactText(document());
    Q_ASSERT(m_text.size() > 100000 || m_text == exactText(document()));
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
    // Once: each setting of the selections places them on their lines, which
    // lays a long line out.
    updateBracketMatch(false);
    updateExtraSelections();
}

void JsonTextEdit::setErrorPosition(int position)
{
    if (position >= 0)
        ensureFilled();
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
        if (!blockData || !blockData->coloured)
            return -1; // its brackets are not known yet
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

void JsonTextEdit::updateBracketMatch(bool showNow)
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
    if (showNow && before != m_brackets)
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
