#pragma once

#include "PreferenceSearchIndex.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>

#include <deque>
#include <functional>
#include <vector>

// Filters a PreferenceModel as the user types, case-insensitively, on the
// key, the value's compact JSON text, or both; sorts by PreferenceModel's
// columns the way SortRole orders them (dates by time, ids as numbers).
//
// Built for 100,000 rows (docs/benchmarks.md): a PreferenceSearchIndex holds
// the folded text and the sort keys of every row; the order of all rows is
// kept sorted, so a keystroke only tests rows (the ones that matched when the
// text grew, the ones that did not when it shrank) and takes the matches in
// that order, without sorting again; the matches of the last 16 texts are
// remembered, so erasing what was typed costs no scan. A change of the
// filter or the order is one layoutChanged; rows that arrive or go in one
// run are inserted or removed, others change the layout once.
class PreferenceFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum class Scope { KeyAndValue, Key, Value };
    Q_ENUM(Scope)

    explicit PreferenceFilterModel(QObject *parent = nullptr);
    ~PreferenceFilterModel() override;

    void setSourceModel(QAbstractItemModel *model) override;

    // A plain substring (not a pattern); empty accepts every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    void setScope(Scope scope);
    Scope scope() const { return m_scope; }

    // From this many rows on, a new filter text is tested on every core at
    // once (each thread reads the index and writes the answers of its own
    // rows). Tests lower it to exercise the split on a few rows.
    void setParallelFromRows(std::size_t rows) { m_parallelFromRows = rows; }

    // -1 (the default): the source's order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    enum class Change { Narrower, Wider, Any };
    enum class Pending { None, Rows, Layout };

    void refilter(Change change);
    std::vector<char> computeMatches(Change change) const;
    void rebuildAll();
    void sortOrderOfAll();
    void takeVisible();
    std::vector<int> visibleRows() const;
    bool before(int left, int right) const;
    void insertSorted(std::vector<int> rows);
    bool matches(int sourceRow) const;

    // A layout change around mutate(); the persistent indexes follow their
    // source rows, renumbered by newSourceRow (-1: gone).
    void changeLayout(const std::function<void()> &mutate,
        const std::function<int(int)> &newSourceRow,
        QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
    void saveLayout(QAbstractItemModel::LayoutChangeHint hint);
    void restoreLayout(
        const std::function<int(int)> &newSourceRow, QAbstractItemModel::LayoutChangeHint hint);

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onSourceLayoutAboutToBeChanged();
    void onSourceLayoutChanged();

    PreferenceSearchIndex m_index;
    QString m_text;
    QByteArray m_needle;
    Scope m_scope = Scope::KeyAndValue;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<int> m_order; // every source row, in the sort order
    std::vector<char> m_matches; // by source row: the filter accepts it
    std::vector<int> m_visible; // proxy row -> source row
    std::vector<int> m_proxyRow; // source row -> proxy row, -1 when filtered out

    // The matches of the last few filters, newest last; cleared when the
    // rows change.
    struct Remembered
    {
        QByteArray needle;
        Scope scope;
        std::vector<char> matches;
    };
    static constexpr std::size_t RememberedFilters = 16;
    std::size_t m_parallelFromRows = 20000;
    std::deque<Remembered> m_remembered;

    Pending m_pendingRemoval = Pending::None;
    QModelIndexList m_savedProxy; // persistent indexes during a layout change
    std::vector<int> m_savedSourceRows;
    QList<QPersistentModelIndex> m_savedSource; // during the source's own layout change
    QList<QMetaObject::Connection> m_connections;
};
