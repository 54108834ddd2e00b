#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <string_view>
#include <vector>

class QAbstractItemModel;

// What PreferenceFilterModel filters and sorts on, one entry per row of a
// PreferenceModel (or a model with its columns and roles), built once when
// the row arrives: the key and the value's compact JSON text, case-folded,
// in UTF-8 (a filter keystroke is then one memmem() per row, with no
// QVariant and no case-insensitive comparison), and the dates and the id as
// numbers. About 100 bytes plus the folded text per row.
//
// The order is the one QSortFilterProxyModel gave with SortRole and
// Qt::CaseInsensitive: strings by their case-folded characters (UTF-8 bytes
// order by code point, as UTF-16 units do below U+D800), dates by time
// (invalid first), ids as numbers.
class PreferenceSearchIndex
{
public:
    void clear();
    // Rows first..last of model were inserted: entries for them, the ones
    // after move down.
    void insert(const QAbstractItemModel *model, int first, int last);
    void remove(int first, int last);
    // Row changed in model: its entry again.
    void update(const QAbstractItemModel *model, int row);
    int size() const { return int(m_entries.size()); }

    // What contains() looks for: text case-folded, in UTF-8.
    static QByteArray needle(const QString &text);
    // Whether row's key (inKey) or value text (inValue) contains needle.
    // An empty needle is in every row.
    bool contains(int row, const QByteArray &needle, bool inKey, bool inValue) const;

    // <0, 0 or >0 as row left sorts before, with or after row right by
    // column (a PreferenceModel::Column).
    int compare(int left, int right, int column) const;
    // Sorts rows by column in that order, equal rows by row number. The
    // same order as compare() gives, faster: the keys are packed first.
    void sort(std::vector<int> &rows, int column, bool descending) const;

private:
    struct Entry
    {
        // The folded key, a 0xFF byte (never in UTF-8: no needle spans
        // it), the folded value text.
        QByteArray text;
        int keyLength = 0;
        // Which bytes the text holds (one bit per letter, digit or class of
        // the others): a row that lacks one of the needle's is no match,
        // without a look at its text.
        quint64 bytes = 0;
        QByteArray type; // folded type name, shared by the rows of a type
        qint64 id = 0;
        qint64 created = 0; // ms since the epoch; the least qint64 when invalid
        qint64 updated = 0;
    };

    Entry entryFor(const QAbstractItemModel *model, int row);
    static quint64 byteMask(const QByteArray &text);
    std::string_view text(const Entry &entry, int column) const;

    std::vector<Entry> m_entries;
    QHash<QString, QByteArray> m_typeNames;
};
