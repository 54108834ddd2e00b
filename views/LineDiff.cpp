#include "LineDiff.h"

#include <vector>

QList<LineDiff::Line> LineDiff::compute(const QStringList &oldLines, const QStringList &newLines)
{
    const int oldCount = int(oldLines.size());
    const int newCount = int(newLines.size());
    int head = 0;
    while (head < oldCount && head < newCount && oldLines.at(head) == newLines.at(head))
        ++head;
    int tail = 0;
    while (tail < oldCount - head && tail < newCount - head &&
        oldLines.at(oldCount - 1 - tail) == newLines.at(newCount - 1 - tail))
        ++tail;

    QList<Line> result;
    result.reserve(qMax(oldCount, newCount));
    for (int i = 0; i < head; ++i)
        result.append({Op::Equal, i, i});

    const int n = oldCount - head - tail;
    const int m = newCount - head - tail;
    if (qint64(n + 1) * qint64(m + 1) > MaxCells) {
        for (int i = 0; i < n; ++i)
            result.append({Op::Removed, head + i, -1});
        for (int j = 0; j < m; ++j)
            result.append({Op::Added, -1, head + j});
    } else {
        // lcs[i][j]: the LCS length of old[i..n) and new[j..m) (middle part).
        std::vector<int> lcs(size_t(n + 1) * size_t(m + 1), 0);
        auto at = [&](int i, int j) -> int & {
            return lcs[size_t(i) * size_t(m + 1) + size_t(j)];
        };
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j) {
                at(i, j) = oldLines.at(head + i) == newLines.at(head + j)
                    ? at(i + 1, j + 1) + 1
                    : qMax(at(i + 1, j), at(i, j + 1));
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && oldLines.at(head + i) == newLines.at(head + j)) {
                result.append({Op::Equal, head + i, head + j});
                ++i;
                ++j;
            } else if (j < m && (i == n || at(i, j + 1) > at(i + 1, j))) {
                result.append({Op::Added, -1, head + j});
                ++j;
            } else {
                result.append({Op::Removed, head + i, -1});
                ++i;
            }
        }
    }

    for (int k = 0; k < tail; ++k)
        result.append({Op::Equal, oldCount - tail + k, newCount - tail + k});
    return result;
}
