#pragma once

#include <QPlainTextEdit>
#include <QTimer>

class JsonHighlighter;

// A plain-text editor for JSON: monospace font, syntax highlighting, a
// line-number gutter, the bracket pair at the cursor highlighted, and an
// error marker (a tinted line with a wavy underline at the error's spot).
class JsonTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit JsonTextEdit(QWidget *parent = nullptr);
    ~JsonTextEdit() override;

    JsonHighlighter *highlighter() const { return m_highlighter; }

    // The text exactly as it is, unlike toPlainText(), which turns a
    // no-break space (U+00A0) into a space and U+2028 into a line break.
    // Kept up to date with each change, so that asking costs nothing even
    // for megabytes (a copy of the text would be one per keystroke).
    QString text() const { return m_text; }
    static QString exactText(const QTextDocument *document);
    // JSON text as the editor holds it: U+2028 and U+2029 written as
    // \u2028 and \u2029. A U+2029 given to a QTextDocument becomes a line
    // break, so a string holding one would change; the escape is the same
    // string, and shows the character. Outside a string neither is valid
    // JSON, written either way.
    static QString editable(QString json);
    // Replaces the text (no undo step); see editable(). A big text is put
    // into the document a slice at a time in later turns of the event loop
    // (text() has all of it at once); anything that reads or edits the
    // document through this class, and any key, click or focus, puts in the
    // rest first.
    void setJsonText(const QString &json);
    bool isFilling() const { return m_fillAt >= 0; }
    void ensureFilled() const;

    // Positions are QTextCursor positions (UTF-16 units from the start).
    // line and column are 1-based; the column counts characters (code points),
    // as JsonParseError does.
    int positionForLineColumn(int line, int column) const;

    // Marks the error at a document position; -1 clears the marker.
    void setErrorPosition(int position);
    void clearErrorMarker() { setErrorPosition(-1); }
    int errorPosition() const { return m_errorPosition; }
    bool hasErrorMarker() const { return m_errorPosition >= 0; }

    // The bracket pair highlighted at the cursor, or -1/-1.
    QPair<int, int> matchedBrackets() const { return m_brackets; }

    // Replaces the whole text as one undoable step (see editable()). Only the
    // part that differs changes, so the cursor and the scroll position
    // outside it stay.
    void replaceAll(const QString &text);

    int lineNumberAreaWidth() const;

public slots:
    void jumpToOffset(int position);
    void jumpToLineColumn(int line, int column);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class LineNumberArea;
    friend class LineNumberArea;

    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    QTextBlock lastVisibleBlock() const;
    void updateColumnWindow();
    void onContentsChange(int position, int charsRemoved, int charsAdded);
    void updateText(int position, int charsRemoved, int charsAdded);
    // showNow: the selections are shown at once when the pair changed.
    void updateBracketMatch(bool showNow = true);
    void updateExtraSelections();
    int findMatchingBracket(int position) const;

    JsonHighlighter *m_highlighter;
    QWidget *m_lineNumberArea;
    int m_lineNumberAreaWidth = -1; // as the viewport's margin says
    QString m_text; // text(): the document's text, line breaks as '\n'
    mutable qsizetype m_fillAt = -1; // m_text from here is not in the document yet
    QTimer *m_fillTimer;
    void fillSome(qint64 budgetMs) const;
    int m_errorPosition = -1;
    QPair<int, int> m_brackets {-1, -1};
    bool m_bracketsMismatch = false;
};
