#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Lays rows out as an aligned plain-text table: a header line, then one line
// per row, columns separated by two spaces. Cells are made single-line;
// columns with a maximum width are cut with an ellipsis.
class TableFormatter
{
public:
    // Without a terminal to measure, values are cut at this many characters.
    static constexpr int DefaultValueWidth = 60;

    explicit TableFormatter(const QStringList &headers);

    void addRow(const QStringList &cells);
    void setRightAligned(int column, bool right = true);
    // 0 for no limit. The last column is never padded.
    void setMaxWidth(int column, int width);
    // Shrinks the last column so that lines fit in totalWidth characters
    // (never below minimum).
    void fitLastColumn(int totalWidth, int minimum = 10);

    QString toString() const;

    // The width of the terminal on stdout; 0 when stdout is not a terminal.
    static int terminalWidth();
    static QString singleLine(const QString &text);
    static QString elide(const QString &text, int width);

private:
    QList<int> naturalWidths() const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<bool> m_rightAligned;
    QList<int> m_maxWidths;
};
