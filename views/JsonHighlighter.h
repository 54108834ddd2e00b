#pragma once

#include <QElapsedTimer>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTextBlockUserData>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTimer>
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
    bool coloured = false; // false: waits for its turn, brackets not known yet
};

// Colours JSON text: object keys, strings, numbers, true/false/null and
// punctuation. The colours are derived from the palette so that they read
// well on light and dark backgrounds; call setPalette() when it changes.
//
// Big texts are coloured a slice at a time, so that the event loop never
// waits long: a change is coloured at once for SliceMs, then the lines left
// (the rest of a megabyte value) in later turns of the event loop, the lines
// on screen first (prioritize()). A line's brackets are recorded when it is
// coloured.
//
// A line longer than LongLine is coloured only in a window of columns
// around what is in view (setColumnWindow()): Qt lays a line out as a whole,
// one run per colour, so a 200,000-character line in all its colours makes
// every keystroke in it several times slower than the line without them.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token { Key, String, Number, Keyword, Punctuation };

    explicit JsonHighlighter(QTextDocument *document);

    void setPalette(const QPalette &palette);
    QTextCharFormat format(Token token) const;
    bool isDark() const { return m_dark; }

    // The time one turn of the event loop spends colouring.
    static constexpr int SliceMs = 5;
    // Lines longer than this are coloured in a window of columns only.
    static constexpr int LongLine = 20000;
    // Columns coloured beyond each side of what is in view.
    static constexpr int WindowMargin = 2000;

    // The columns in view, first and last; colours the long lines on
    // screen again when the window no longer covers them. Returns whether
    // it did.
    bool setColumnWindow(
        int first, int last, const QTextBlock &firstBlock, const QTextBlock &lastBlock);
    // The coloured columns of a long line.
    int windowStart() const { return m_windowStart; }
    int windowEnd() const { return m_windowEnd; }

    // Colours these lines first, when some of them are not coloured yet.
    void prioritize(const QTextBlock &first, const QTextBlock &last);
    // Whether a line from first to last is not fully coloured yet.
    bool isPending(const QTextBlock &first, const QTextBlock &last) const;
    // Whether some colouring is left for later turns of the event loop.
    bool isBusy() const { return m_continueTimer.isActive(); }

    // Lines from block on, put in without telling (their document's signals
    // blocked): coloured in later turns.
    void colourLater(const QTextBlock &block) { defer(block); }

    static bool isOpenBracket(QChar c) { return c == u'{' || c == u'['; }
    static bool isCloseBracket(QChar c) { return c == u'}' || c == u']'; }
    static QChar matchingBracket(QChar c);

protected:
    void highlightBlock(const QString &text) override;

private:
    void continueColouring();
    bool colourBlock(const QTextBlock &block); // false when it was coloured already
    void defer(const QTextBlock &block);

    QTextCharFormat m_formats[5];
    bool m_dark = false;
    QElapsedTimer m_slice; // since this turn of the event loop began colouring
    bool m_inSlice = false;
    bool m_forced = false; // continueColouring() colours a line, whatever the time
    int m_windowStart = 0; // of long lines
    int m_windowEnd = 2 * WindowMargin;
    QTextCursor m_firstPending; // no line before it waits for its colours; null: none
    int m_priorityFirst = -1; // the lines on screen, block numbers
    int m_priorityLast = -1;
    QTimer m_continueTimer;
};
