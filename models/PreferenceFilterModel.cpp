#include "PreferenceFilterModel.h"

#include "PreferenceModel.h"

#include <QThread>

#include <algorithm>
#include <numeric>
#include <system_error>
#include <thread>

PreferenceFilterModel::PreferenceFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

PreferenceFilterModel::~PreferenceFilterModel() = default;

void PreferenceFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        m_connections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { beginResetModel(); }),
            connect(model, &QAbstractItemModel::modelReset, this,
                [this] {
                    rebuildAll();
                    endResetModel();
                }),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                &PreferenceFilterModel::onRowsInserted),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &PreferenceFilterModel::onRowsAboutToBeRemoved),
            connect(model, &QAbstractItemModel::rowsRemoved, this,
                &PreferenceFilterModel::onRowsRemoved),
            connect(model, &QAbstractItemModel::dataChanged, this,
                &PreferenceFilterModel::onDataChanged),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &PreferenceFilterModel::onSourceLayoutAboutToBeChanged),
            connect(model, &QAbstractItemModel::layoutChanged, this,
                &PreferenceFilterModel::onSourceLayoutChanged),
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this,
                &PreferenceFilterModel::onSourceLayoutAboutToBeChanged),
            connect(model, &QAbstractItemModel::rowsMoved, this,
                &PreferenceFilterModel::onSourceLayoutChanged),
            // PreferenceModel's columns never change; any other model's
            // start over.
            connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this,
                [this] { beginResetModel(); }),
            connect(model, &QAbstractItemModel::columnsInserted, this, [this] { endResetModel(); }),
            connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                [this] { beginResetModel(); }),
            connect(model, &QAbstractItemModel::columnsRemoved, this, [this] { endResetModel(); }),
            connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this,
                [this] { beginResetModel(); }),
            connect(model, &QAbstractItemModel::columnsMoved, this, [this] { endResetModel(); }),
            connect(model, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged),
        };
    }
    rebuildAll();
    endResetModel();
}

// --- Filter and order -------------------------------------------------------

void PreferenceFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    const QByteArray previous = m_needle;
    m_text = text;
    m_needle = PreferenceSearchIndex::needle(text);
    // Text that contains the previous text can only match fewer rows: only
    // those that matched need a look; text inside it, more: only the others.
    if (m_needle.contains(previous))
        refilter(Change::Narrower);
    else if (previous.contains(m_needle))
        refilter(Change::Wider);
    else
        refilter(Change::Any);
}

void PreferenceFilterModel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    const Change change = m_scope == Scope::KeyAndValue ? Change::Narrower
        : scope == Scope::KeyAndValue                   ? Change::Wider
                                                        : Change::Any;
    m_scope = scope;
    refilter(change);
}

bool PreferenceFilterModel::matches(int sourceRow) const
{
    return m_index.contains(sourceRow, m_needle, m_scope != Scope::Value, m_scope != Scope::Key);
}

void PreferenceFilterModel::refilter(Change change)
{
    // Erasing what was just typed gives a text of a moment ago: its matches
    // are remembered, until the rows change.
    const auto same = [this](const Remembered &r) {
        return r.scope == m_scope && r.needle == m_needle;
    };
    std::vector<char> accepted;
    const auto found = std::find_if(m_remembered.begin(), m_remembered.end(), same);
    if (found != m_remembered.end()) {
        accepted = found->matches;
        m_remembered.erase(found);
    } else {
        accepted = computeMatches(change);
    }
    m_remembered.push_back({m_needle, m_scope, accepted});
    if (m_remembered.size() > RememberedFilters)
        m_remembered.pop_front();
    if (accepted == m_matches)
        return;
    changeLayout(
        [&] {
            m_matches.swap(accepted);
            takeVisible();
        },
        [](int row) { return row; });
}

std::vector<char> PreferenceFilterModel::computeMatches(Change change) const
{
    std::vector<char> accepted(m_matches.size());
    const auto test = [&](std::size_t first, std::size_t last) {
        for (std::size_t row = first; row < last; ++row) {
            switch (change) {
            case Change::Narrower:
                accepted[row] = m_matches[row] && matches(int(row));
                break;
            case Change::Wider:
                accepted[row] = m_matches[row] || matches(int(row));
                break;
            case Change::Any:
                accepted[row] = matches(int(row));
                break;
            }
        }
    };
    // A keystroke that must read many rows in full (10 KB values) takes
    // longer than a frame on one core: the rows are split between the cores.
    const std::size_t rows = accepted.size();
    const std::size_t parts =
        rows >= m_parallelFromRows ? std::size_t(std::clamp(QThread::idealThreadCount(), 1, 8)) : 1;
    const std::size_t step = (rows + parts - 1) / std::max<std::size_t>(parts, 1);
    std::vector<std::thread> threads;
    for (std::size_t first = step; first < rows; first += step) {
        const std::size_t last = std::min(rows, first + step);
        try {
            threads.emplace_back(test, first, last);
        } catch (const std::system_error &) {
            test(first, last); // no thread to be had: this one does it
        }
    }
    test(0, std::min(rows, step));
    for (std::thread &thread : threads)
        thread.join();
    return accepted;
}

void PreferenceFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    changeLayout(
        [&] {
            m_sortColumn = column < int(PreferenceModel::Column::Count) ? column : -1;
            m_sortOrder = order;
            sortOrderOfAll();
            takeVisible();
        },
        [](int row) { return row; }, QAbstractItemModel::VerticalSortHint);
}

bool PreferenceFilterModel::before(int left, int right) const
{
    if (m_sortColumn >= 0) {
        const int order = m_index.compare(left, right, m_sortColumn);
        if (order != 0)
            return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    }
    return left < right; // the source's order among equals
}

void PreferenceFilterModel::sortOrderOfAll()
{
    m_order.resize(m_matches.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0)
        m_index.sort(m_order, m_sortColumn, m_sortOrder == Qt::DescendingOrder);
}

// Merges rows (source rows not in m_order yet) into the order.
void PreferenceFilterModel::insertSorted(std::vector<int> rows)
{
    // Each new row's place by binary search, then one pass that copies:
    // k log n comparisons, not n + k.
    if (m_sortColumn >= 0)
        m_index.sort(rows, m_sortColumn, m_sortOrder == Qt::DescendingOrder);
    else
        std::sort(rows.begin(), rows.end());
    const auto less = [this](int left, int right) {
        return before(left, right);
    };
    std::vector<int> merged;
    merged.reserve(m_order.size() + rows.size());
    auto from = m_order.cbegin();
    for (const int row : rows) {
        const auto place = std::upper_bound(from, m_order.cend(), row, less);
        merged.insert(merged.end(), from, place);
        merged.push_back(row);
        from = place;
    }
    merged.insert(merged.end(), from, m_order.cend());
    m_order.swap(merged);
}

std::vector<int> PreferenceFilterModel::visibleRows() const
{
    std::vector<int> visible;
    visible.reserve(m_order.size());
    for (const int row : m_order) {
        if (m_matches[std::size_t(row)])
            visible.push_back(row);
    }
    return visible;
}

void PreferenceFilterModel::takeVisible()
{
    m_visible = visibleRows();
    m_proxyRow.assign(m_matches.size(), -1);
    for (std::size_t proxy = 0; proxy < m_visible.size(); ++proxy)
        m_proxyRow[std::size_t(m_visible[proxy])] = int(proxy);
}

void PreferenceFilterModel::rebuildAll()
{
    m_remembered.clear();
    m_index.clear();
    const QAbstractItemModel *model = sourceModel();
    const int rows = model ? model->rowCount() : 0;
    if (rows > 0)
        m_index.insert(model, 0, rows - 1);
    m_matches.assign(std::size_t(rows), 0);
    for (int row = 0; row < rows; ++row)
        m_matches[std::size_t(row)] = matches(row);
    sortOrderOfAll();
    takeVisible();
}

// --- Layout changes ---------------------------------------------------------

void PreferenceFilterModel::changeLayout(const std::function<void()> &mutate,
    const std::function<int(int)> &newSourceRow, QAbstractItemModel::LayoutChangeHint hint)
{
    saveLayout(hint);
    mutate();
    restoreLayout(newSourceRow, hint);
}

void PreferenceFilterModel::saveLayout(QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    m_savedProxy = persistentIndexList();
    m_savedSourceRows.clear();
    m_savedSourceRows.reserve(std::size_t(m_savedProxy.size()));
    for (const QModelIndex &index : std::as_const(m_savedProxy))
        m_savedSourceRows.push_back(index.isValid() && index.row() < int(m_visible.size())
                ? m_visible[std::size_t(index.row())]
                : -1);
}

void PreferenceFilterModel::restoreLayout(
    const std::function<int(int)> &newSourceRow, QAbstractItemModel::LayoutChangeHint hint)
{
    QModelIndexList to;
    to.reserve(m_savedProxy.size());
    for (qsizetype i = 0; i < m_savedProxy.size(); ++i) {
        const int old = m_savedSourceRows[std::size_t(i)];
        const int source = old < 0 ? -1 : newSourceRow(old);
        const int proxy = source < 0 ? -1 : m_proxyRow[std::size_t(source)];
        to.append(proxy < 0 ? QModelIndex() : index(proxy, m_savedProxy.at(i).column()));
    }
    changePersistentIndexList(m_savedProxy, to);
    m_savedProxy.clear();
    m_savedSourceRows.clear();
    emit layoutChanged({}, hint);
}

// --- The source's changes ---------------------------------------------------

void PreferenceFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    m_remembered.clear();
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const int oldVisibleCount = int(m_visible.size());
    m_index.insert(sourceModel(), first, last);
    std::vector<char> fresh(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        fresh[std::size_t(i)] = matches(first + i);

    // Renumber what follows, then merge the new rows into the order.
    const auto shifted = [first, count](int row) {
        return row >= first ? row + count : row;
    };
    const bool moved = first < int(m_matches.size());
    m_matches.insert(m_matches.begin() + first, fresh.cbegin(), fresh.cend());
    if (moved) {
        for (int &row : m_order)
            row = shifted(row);
    }
    std::vector<int> added(static_cast<std::size_t>(count));
    std::iota(added.begin(), added.end(), first);
    insertSorted(std::move(added));

    std::vector<int> visible = visibleRows();
    const int newlyVisible = int(visible.size()) - oldVisibleCount;
    // One run of new rows in the proxy: an insertion; else a new layout.
    int start = -1;
    int run = 0;
    for (std::size_t proxy = 0; proxy < visible.size(); ++proxy) {
        const int row = visible[proxy];
        if (row < first || row > last)
            continue;
        if (start < 0)
            start = int(proxy);
        if (int(proxy) != start + run) {
            run = -1;
            break;
        }
        ++run;
    }
    if (newlyVisible == 0) {
        // No proxy row changed; only the source rows they stand for.
        takeVisible();
    } else if (run == newlyVisible) {
        beginInsertRows({}, start, start + run - 1);
        takeVisible();
        endInsertRows();
    } else {
        // m_visible is still in the old numbering: the persistent indexes
        // are saved against it.
        changeLayout([this] { takeVisible(); }, shifted);
    }
}

void PreferenceFilterModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    m_pendingRemoval = Pending::None;
    if (parent.isValid())
        return;
    std::vector<int> rows;
    for (int row = first; row <= last; ++row) {
        const int proxy = m_proxyRow[std::size_t(row)];
        if (proxy >= 0)
            rows.push_back(proxy);
    }
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    if (rows.back() - rows.front() + 1 == int(rows.size())) {
        m_pendingRemoval = Pending::Rows;
        beginRemoveRows({}, rows.front(), rows.back());
    } else {
        m_pendingRemoval = Pending::Layout;
        saveLayout(QAbstractItemModel::NoLayoutChangeHint);
    }
}

void PreferenceFilterModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    m_remembered.clear();
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    m_index.remove(first, last);
    m_matches.erase(m_matches.begin() + first, m_matches.begin() + last + 1);
    const auto renumbered = [first, last, count](int row) {
        return row < first ? row : (row > last ? row - count : -1);
    };
    std::vector<int> order;
    order.reserve(m_order.size() - std::size_t(count));
    for (const int row : m_order) {
        const int now = renumbered(row);
        if (now >= 0)
            order.push_back(now);
    }
    m_order.swap(order);
    takeVisible();
    const Pending pending = std::exchange(m_pendingRemoval, Pending::None);
    if (pending == Pending::Rows)
        endRemoveRows();
    else if (pending == Pending::Layout)
        restoreLayout(renumbered, QAbstractItemModel::NoLayoutChangeHint);
}

void PreferenceFilterModel::onDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    m_remembered.clear();
    const int first = topLeft.row();
    const int last = bottomRight.row();
    std::vector<char> accepted = m_matches;
    std::vector<int> changed;
    for (int row = first; row <= last; ++row) {
        m_index.update(sourceModel(), row);
        accepted[std::size_t(row)] = matches(row);
        changed.push_back(row);
    }
    // The changed rows out of the order, and back in where they go now.
    std::vector<int> order;
    order.reserve(m_order.size());
    for (const int row : m_order) {
        if (row < first || row > last)
            order.push_back(row);
    }
    const std::vector<int> previousOrder = m_order;
    m_order.swap(order);
    insertSorted(changed);
    const bool sameOrder = m_order == previousOrder;
    if (!sameOrder || accepted != m_matches) {
        changeLayout(
            [&] {
                m_matches.swap(accepted);
                takeVisible();
            },
            [](int row) { return row; });
    }
    // What the rows show changed too, wherever they are now.
    for (int row = first; row <= last; ++row) {
        const int proxy = m_proxyRow[std::size_t(row)];
        if (proxy >= 0)
            emit dataChanged(
                index(proxy, topLeft.column()), index(proxy, bottomRight.column()), roles);
    }
}

void PreferenceFilterModel::onSourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_savedProxy = persistentIndexList();
    m_savedSource.clear();
    for (const QModelIndex &index : std::as_const(m_savedProxy))
        m_savedSource.append(QPersistentModelIndex(mapToSource(index)));
}

void PreferenceFilterModel::onSourceLayoutChanged()
{
    rebuildAll();
    QModelIndexList to;
    for (qsizetype i = 0; i < m_savedProxy.size(); ++i)
        to.append(index(mapFromSource(m_savedSource.at(i)).row(), m_savedProxy.at(i).column()));
    changePersistentIndexList(m_savedProxy, to);
    m_savedProxy.clear();
    m_savedSource.clear();
    emit layoutChanged();
}

// --- QAbstractItemModel -----------------------------------------------------

QModelIndex PreferenceFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column);
}

QModelIndex PreferenceFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex PreferenceFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int PreferenceFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int PreferenceFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool PreferenceFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.empty() && columnCount() > 0;
}

QModelIndex PreferenceFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this ||
        proxyIndex.row() >= int(m_visible.size()))
        return {};
    return sourceModel()->index(m_visible[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex PreferenceFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() ||
        sourceIndex.row() >= int(m_proxyRow.size()))
        return {};
    const int proxy = m_proxyRow[std::size_t(sourceIndex.row())];
    return proxy < 0 ? QModelIndex() : index(proxy, sourceIndex.column());
}

QVariant PreferenceFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    // The columns are the source's, shown or not.
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    if (section >= 0 && section < int(m_visible.size()))
        return sourceModel()->headerData(m_visible[std::size_t(section)], orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}
