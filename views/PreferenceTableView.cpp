#include "PreferenceTableView.h"

#include "PreferenceModel.h"
#include "ValueDelegate.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QSettings>

namespace {
const auto SettingsKey = QLatin1String("mainWindow/tableHeader");

int column(PreferenceModel::Column c)
{
    return int(c);
}
} // namespace

PreferenceTableView::PreferenceTableView(QWidget *parent)
    : QTableView(parent)
    , m_valueDelegate(new ValueDelegate(this))
{
    setObjectName(QStringLiteral("preferenceTable"));
    setAccessibleName(tr("Preferences"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Shift or Ctrl with the arrows and Space select several rows, for Copy
    // to User; Edit and Delete act on the current row.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setTabKeyNavigation(false);
    verticalHeader()->setAccessibleName(tr("Rows"));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    QHeaderView *header = horizontalHeader();
    header->setObjectName(QStringLiteral("preferenceTableHeader"));
    header->setAccessibleName(tr("Columns"));
    header->setToolTip(tr("Click to sort; right-click to show or hide columns"));
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
        &PreferenceTableView::showHeaderMenu);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit editRequested();
    });
}

void PreferenceTableView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier && currentIndex().isValid()) {
        event->accept();
        emit editRequested();
        return;
    }
    QTableView::keyPressEvent(event);
}

void PreferenceTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    setItemDelegateForColumn(column(PreferenceModel::Column::Value), m_valueDelegate);
    applyDefaultLayout();
}

void PreferenceTableView::applyDefaultLayout()
{
    QHeaderView *header = horizontalHeader();
    if (!model() || header->count() < column(PreferenceModel::Column::Count))
        return;
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(column(PreferenceModel::Column::Value), QHeaderView::Stretch);
    const QFontMetrics fm = fontMetrics();
    setColumnWidth(
        column(PreferenceModel::Column::Key), fm.horizontalAdvance(QLatin1Char('m')) * 18);
    setColumnWidth(
        column(PreferenceModel::Column::Type), fm.horizontalAdvance(QLatin1Char('m')) * 7);
    const int dateWidth = fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + 16;
    setColumnWidth(column(PreferenceModel::Column::LastUpdated), dateWidth);
    setColumnWidth(column(PreferenceModel::Column::Created), dateWidth);
    setColumnWidth(column(PreferenceModel::Column::Id), fm.horizontalAdvance(QLatin1Char('0')) * 7);
    // Created and the id are there for those who want them.
    setColumnHidden(column(PreferenceModel::Column::Created), true);
    setColumnHidden(column(PreferenceModel::Column::Id), true);
    sortByColumn(column(PreferenceModel::Column::Key), Qt::AscendingOrder);
}

qint64 PreferenceTableView::currentPreferenceId() const
{
    const QModelIndex index = currentIndex();
    return index.isValid() ? index.data(PreferenceModel::IdRole).toLongLong() : 0;
}

bool PreferenceTableView::selectPreferenceId(qint64 id)
{
    if (!model() || id == 0)
        return false;
    // Through the proxy to PreferenceModel's id index when there is one.
    QModelIndex found;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    if (const auto *source =
            proxy ? qobject_cast<const PreferenceModel *>(proxy->sourceModel()) : nullptr) {
        const int sourceRow = source->rowForId(id);
        if (sourceRow >= 0)
            found = proxy->mapFromSource(source->index(sourceRow, 0));
    } else {
        const QModelIndexList matches = model()->match(model()->index(0, 0),
            PreferenceModel::IdRole, QVariant::fromValue(id), 1, Qt::MatchExactly);
        if (!matches.isEmpty())
            found = matches.first();
    }
    if (!found.isValid())
        return false; // gone, or hidden by the filter
    const int row = found.row();
    int visibleColumn = column(PreferenceModel::Column::Key);
    if (isColumnHidden(visibleColumn))
        visibleColumn = horizontalHeader()->logicalIndexAt(0);
    setCurrentIndex(model()->index(row, qMax(visibleColumn, 0)));
    selectRow(row);
    scrollTo(currentIndex());
    return true;
}

void PreferenceTableView::saveLayout() const
{
    QSettings settings;
    settings.setValue(SettingsKey, horizontalHeader()->saveState());
}

void PreferenceTableView::restoreLayout()
{
    QSettings settings;
    const QByteArray state = settings.value(SettingsKey).toByteArray();
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
    // Never leave the table without a visible column.
    if (horizontalHeader()->hiddenSectionCount() >= horizontalHeader()->count())
        applyDefaultLayout();
}

void PreferenceTableView::showHeaderMenu(const QPoint &pos)
{
    if (!model())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("headerMenu"));
    populateColumnMenu(&menu);
    menu.exec(horizontalHeader()->viewport()->mapToGlobal(pos));
}

void PreferenceTableView::populateColumnMenu(QMenu *menu)
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    const int visible = header->count() - header->hiddenSectionCount();
    for (int section = 0; section < header->count(); ++section) {
        const QString title = model()->headerData(section, Qt::Horizontal).toString();
        QAction *action = menu->addAction(title);
        action->setObjectName(QStringLiteral("actionColumn%1").arg(section));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(section));
        // The last visible column cannot be hidden.
        action->setEnabled(header->isSectionHidden(section) || visible > 1);
        connect(action, &QAction::toggled, this,
            [this, section](bool on) { setColumnHidden(section, !on); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset Columns"));
    connect(reset, &QAction::triggered, this, [this] {
        for (int section = 0; section < horizontalHeader()->count(); ++section)
            setColumnHidden(section, false);
        for (int visual = 0; visual < horizontalHeader()->count(); ++visual)
            horizontalHeader()->moveSection(horizontalHeader()->visualIndex(visual), visual);
        applyDefaultLayout();
    });
}
