#include "TableFormatter.h"

#include <algorithm>

#include <sys/ioctl.h>
#include <unistd.h>

namespace {
const QString Separator = QStringLiteral("  ");
}

TableFormatter::TableFormatter(const QStringList &headers)
    : m_headers(headers)
    , m_rightAligned(headers.size(), false)
    , m_maxWidths(headers.size(), 0)
{ }

void TableFormatter::addRow(const QStringList &cells)
{
    QStringList row;
    row.reserve(m_headers.size());
    for (qsizetype i = 0; i < m_headers.size(); ++i)
        row.append(singleLine(cells.value(i)));
    m_rows.append(row);
}

void TableFormatter::setRightAligned(int column, bool right)
{
    if (column >= 0 && column < m_rightAligned.size())
        m_rightAligned[column] = right;
}

void TableFormatter::setMaxWidth(int column, int width)
{
    if (column >= 0 && column < m_maxWidths.size())
        m_maxWidths[column] = std::max(0, width);
}

QList<int> TableFormatter::naturalWidths() const
{
    QList<int> widths;
    for (qsizetype c = 0; c < m_headers.size(); ++c) {
        int width = int(m_headers.at(c).size());
        for (const QStringList &row : m_rows)
            width = std::max(width, int(row.at(c).size()));
        if (m_maxWidths.at(c) > 0)
            width = std::min(width, std::max(m_maxWidths.at(c), int(m_headers.at(c).size())));
        widths.append(width);
    }
    return widths;
}

void TableFormatter::fitLastColumn(int totalWidth, int minimum)
{
    if (m_headers.isEmpty())
        return;
    const QList<int> widths = naturalWidths();
    int used = 0;
    for (qsizetype c = 0; c + 1 < widths.size(); ++c)
        used += widths.at(c) + int(Separator.size());
    const int last = int(m_headers.size()) - 1;
    const int available = std::max(minimum, totalWidth - used);
    if (m_maxWidths.at(last) == 0 || m_maxWidths.at(last) > available)
        m_maxWidths[last] = available;
}

QString TableFormatter::toString() const
{
    const QList<int> widths = naturalWidths();
    QString out;
    auto appendLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const bool last = c + 1 == cells.size();
            const QString cell = elide(cells.at(c), widths.at(c));
            if (c > 0)
                line += Separator;
            if (m_rightAligned.at(c))
                line += cell.rightJustified(widths.at(c));
            else if (last)
                line += cell;
            else
                line += cell.leftJustified(widths.at(c));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line;
        out += QLatin1Char('\n');
    };
    appendLine(m_headers);
    for (const QStringList &row : m_rows)
        appendLine(row);
    return out;
}

int TableFormatter::terminalWidth()
{
    if (!::isatty(STDOUT_FILENO))
        return 0;
    struct winsize size = {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_col == 0)
        return 0;
    return size.ws_col;
}

QString TableFormatter::singleLine(const QString &text)
{
    QString result = text;
    for (QChar &ch : result) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            ch = QLatin1Char(' ');
    }
    return result;
}

QString TableFormatter::elide(const QString &text, int width)
{
    if (text.size() <= width)
        return text;
    if (width <= 1)
        return text.left(width);
    QString cut = text.left(width - 1);
    // Do not split a surrogate pair.
    if (!cut.isEmpty() && cut.back().isHighSurrogate())
        cut.chop(1);
    return cut + QChar(0x2026);
}
