#pragma once

#include <QList>
#include <QStringList>

// A line diff of two texts: the longest common subsequence of their lines,
// after the common head and tail are set aside. When what remains is too big
// for the table, the remaining lines are all reported as changed (correct,
// if not minimal), so the diff never stalls on a huge value.
class LineDiff
{
public:
    enum class Op { Equal, Removed, Added };
    struct Line
    {
        Op op;
        int oldLine; // 0-based index in the old text, -1 for Added
        int newLine; // 0-based index in the new text, -1 for Removed
    };

    static QList<Line> compute(const QStringList &oldLines, const QStringList &newLines);

    // The limit on the LCS table, in cells.
    static constexpr qint64 MaxCells = 4 * 1000 * 1000;
};
