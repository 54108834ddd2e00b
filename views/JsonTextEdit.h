#pragma once

#include <QPlainTextEdit>

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

    // Replaces the whole text as one undoable step. Only the part that
    // differs changes, so the cursor and the scroll position outside it stay.
    void replaceAll(const QString &text);

    int lineNumberAreaWidth() const;

public slots:
    void jumpToOffset(int position);
    void jumpToLineColumn(int line, int column);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class LineNumberArea;
    friend class LineNumberArea;

    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void onContentsChange(int position, int charsRemoved, int charsAdded);
    void updateBracketMatch();
    void updateExtraSelections();
    int findMatchingBracket(int position) const;

    JsonHighlighter *m_highlighter;
    QWidget *m_lineNumberArea;
    int m_errorPosition = -1;
    QPair<int, int> m_brackets {-1, -1};
    bool m_bracketsMismatch = false;
};
