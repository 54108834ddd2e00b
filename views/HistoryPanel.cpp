#include "HistoryPanel.h"

#include "ChangesView.h"
#include "HistoryUndo.h"
#include "JournalFilterModel.h"
#include "JournalModel.h"
#include "JournalRecorder.h"
#include "JournalUndo.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PreferenceModel.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The date edits' lowest date stands for "no limit".
const QDate NoDate(2000, 1, 1);

QString prettyValue(const std::optional<JsonValue> &value)
{
    return value ? value->toPrettyString() : QString();
}

} // namespace

HistoryPanel::HistoryPanel(MainWindow *window, ApiClient *client)
    : QDockWidget(tr("History"), window)
    , m_window(window)
    , m_model(new JournalModel(this))
    , m_proxy(new JournalFilterModel(this))
    , m_undo(new HistoryUndo(client, window->account(), this))
    , m_table(new QTableView(this))
    , m_diff(new ChangesView(this))
    , m_status(new QLabel(this))
    , m_undoButton(new QPushButton(tr("Und&o"), this))
{
    setObjectName(QStringLiteral("historyPanel"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_proxy->setSourceModel(m_model);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Change history"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setAccessibleName(tr("Rows"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setAccessibleName(tr("Columns of the change history"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_diff->setObjectName(QStringLiteral("historyDiff"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_undoButton->setObjectName(QStringLiteral("historyUndoButton"));
    m_undoButton->setToolTip(tr("Write back what the selected change replaced"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_diff);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_undoButton);
    auto *contents = new QWidget(this);
    contents->setObjectName(QStringLiteral("historyContents"));
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(createFilterRow());
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    setWidget(contents);

    QAction *toggle = toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionHistory"));
    toggle->setText(tr("&History"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    toggle->setToolTip(tr("Show the changes recorded on this computer (Ctrl+H)"));

    // Window-wide, so that the editor dialog (a window of its own) and the
    // line edits (which take Ctrl+Z first) keep their own undo.
    m_undoLastAction = new QAction(tr("&Undo Last Change…"), window);
    m_undoLastAction->setObjectName(QStringLiteral("actionUndoLastChange"));
    m_undoLastAction->setShortcut(QKeySequence::Undo);
    m_undoLastAction->setShortcutContext(Qt::WindowShortcut);
    m_undoLastAction->setToolTip(tr("Undo your last change of this session (Ctrl+Z)"));
    m_undoLastAction->setEnabled(false);
    window->addAction(m_undoLastAction);
    connect(m_undoLastAction, &QAction::triggered, this, &HistoryPanel::undoLastChange);

    if (QMenu *view = window->findChild<QMenu *>(QStringLiteral("menuView"))) {
        view->addSeparator();
        view->addAction(toggle);
    }
    if (QMenu *edit = window->findChild<QMenu *>(QStringLiteral("menuEdit"))) {
        edit->addSeparator();
        edit->addAction(m_undoLastAction);
    }

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &HistoryPanel::showSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryPanel::showSelected);
    connect(m_undoButton, &QPushButton::clicked, this, &HistoryPanel::undoSelected);
    connect(m_undo, &HistoryUndo::finished, this, &HistoryPanel::onUndone);
    connect(m_undo, &HistoryUndo::busyChanged, this, &HistoryPanel::updateButtons);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_table->hasFocus()) {
            reload();
            m_table->setFocus(Qt::ShortcutFocusReason);
        }
    });

    window->addDockWidget(Qt::BottomDockWidgetArea, this);
    hide();
    updateButtons();
}

QWidget *HistoryPanel::createFilterRow()
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("historyFilterRow"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto addLabelled = [this, row, layout](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, row);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
    };

    m_userEdit = new QLineEdit(row);
    m_userEdit->setObjectName(QStringLiteral("historyUserFilter"));
    m_userEdit->setPlaceholderText(tr("username or id"));
    m_userEdit->setClearButtonEnabled(true);
    m_userEdit->setAccessibleName(tr("Show the changes to this user's preferences"));
    addLabelled(tr("Use&r:"), m_userEdit);
    m_keyEdit = new QLineEdit(row);
    m_keyEdit->setObjectName(QStringLiteral("historyKeyFilter"));
    m_keyEdit->setPlaceholderText(tr("part of the key"));
    m_keyEdit->setClearButtonEnabled(true);
    m_keyEdit->setAccessibleName(tr("Show the changes to keys that contain this text"));
    addLabelled(tr("&Key:"), m_keyEdit);
    auto dateEdit = [row](const char *name) {
        auto *edit = new QDateEdit(row);
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(NoDate);
        return edit;
    };
    m_fromEdit = dateEdit("historyFromDate");
    m_fromEdit->setAccessibleName(tr("Show the changes from this day on"));
    addLabelled(tr("Fro&m:"), m_fromEdit);
    m_toEdit = dateEdit("historyToDate");
    m_toEdit->setAccessibleName(tr("Show the changes up to this day"));
    addLabelled(tr("&To:"), m_toEdit);
    layout->addStretch(1);

    connect(m_userEdit, &QLineEdit::textChanged, this, &HistoryPanel::applyFilter);
    connect(m_keyEdit, &QLineEdit::textChanged, this, &HistoryPanel::applyFilter);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &HistoryPanel::applyFilter);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &HistoryPanel::applyFilter);
    return row;
}

void HistoryPanel::setRecorder(JournalRecorder *recorder)
{
    if (m_recorder)
        disconnect(m_recorder, nullptr, this, nullptr);
    m_recorder = recorder;
    m_undo->setRecorder(recorder);
    if (recorder) {
        connect(recorder, &JournalRecorder::recorded, this, [this](const JournalEntry &entry) {
            m_model->prepend(entry);
            updateButtons();
        });
    }
    // Read when shown (visibilityChanged), not at every start-up: the journal
    // only grows.
    if (isVisible())
        reload();
    else
        m_model->setEntries({});
}

void HistoryPanel::reload()
{
    const JournalEntry current = selectedEntry(nullptr);
    if (m_recorder)
        m_model->load(m_recorder->journal());
    else
        m_model->setEntries({});
    const int row = m_model->rowForId(current.id);
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    else if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0)); // the newest
    updateButtons();
}

void HistoryPanel::applyFilter()
{
    m_proxy->setUserFilter(m_userEdit->text());
    m_proxy->setKeyFilter(m_keyEdit->text());
    m_proxy->setDateRange(m_fromEdit->date() == NoDate ? QDate() : m_fromEdit->date(),
        m_toEdit->date() == NoDate ? QDate() : m_toEdit->date());
    showSelected();
}

JournalEntry HistoryPanel::selectedEntry(bool *found) const
{
    const QModelIndex index = m_table->currentIndex();
    if (found)
        *found = index.isValid();
    if (!index.isValid())
        return {};
    return index.data(JournalModel::EntryRole).value<JournalEntry>();
}

void HistoryPanel::showSelected()
{
    bool found = false;
    const JournalEntry entry = selectedEntry(&found);
    if (!found) {
        m_diff->setTitles(tr("Before"), tr("After"));
        m_diff->setTexts(QString(), QString());
    } else {
        m_diff->setTitles(tr("Before: %1").arg(entry.keyBefore.value_or(tr("(none)"))),
            tr("After: %1").arg(entry.keyAfter.value_or(tr("(none)"))));
        m_diff->setTexts(prettyValue(entry.valueBefore), prettyValue(entry.valueAfter));
    }
    updateButtons();
}

void HistoryPanel::updateButtons()
{
    bool found = false;
    const JournalEntry entry = selectedEntry(&found);
    const bool idle = !m_undo->isBusy() && m_recorder;
    m_undoButton->setEnabled(idle && found && JournalUndo::isUndoable(entry));
    m_undoLastAction->setEnabled(idle && !m_undo->lastSessionChange().isEmpty());
}

void HistoryPanel::undoSelected()
{
    bool found = false;
    const JournalEntry entry = selectedEntry(&found);
    if (!found || !m_recorder)
        return;
    if (!entry.batchId.isEmpty()) {
        const QList<JournalEntry> batch = m_recorder->journal().entriesOfBatch(entry.batchId);
        if (batch.size() > 1) {
            const auto answer = MessageBox::question(this, tr("Undo"),
                tr("This change to \u201c%1\u201d of %2 is one of %n change(s) made together "
                   "(an import or a copy). Undo all of them?",
                    nullptr, int(batch.size()))
                    .arg(JournalModel::keyText(entry), entry.user.displayName()),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes, {},
                {{QMessageBox::Yes, tr("Undo &All")}, {QMessageBox::No, tr("Only &This One")}});
            if (answer == QMessageBox::Cancel)
                return;
            if (answer == QMessageBox::Yes) {
                m_status->setText(tr("Undoing %n change(s)…", nullptr, int(batch.size())));
                m_undo->undoBatch(batch);
                return;
            }
        }
    }
    m_status->setText(tr("Undoing…"));
    m_undo->undoEntry(entry);
}

void HistoryPanel::undoLastChange()
{
    const QList<JournalEntry> change = m_undo->lastSessionChange();
    if (change.isEmpty() || m_undo->isBusy())
        return;
    const JournalEntry &entry = change.constFirst();
    const QString text = change.size() == 1
        ? tr("Undo your last change, %1 of \u201c%2\u201d of %3?")
              .arg(JournalModel::actionName(entry), JournalModel::keyText(entry),
                  entry.user.displayName())
        : tr("Undo your last change, %n change(s) made together to the preferences of %1?", nullptr,
              int(change.size()))
              .arg(entry.user.displayName());
    const auto answer = MessageBox::question(m_window, tr("Undo Last Change"), text,
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes, {},
        {{QMessageBox::Yes, tr("&Undo")}});
    if (answer != QMessageBox::Yes)
        return;
    if (change.size() == 1)
        m_undo->undoEntry(entry);
    else
        m_undo->undoBatch(change);
}

void HistoryPanel::onUndone(bool applied, const QString &message, qint64 userId)
{
    m_status->setText(message);
    if (userId == m_window->currentUser().id)
        m_window->preferenceModel()->reload();
    if (!applied || !isVisible())
        m_window->statusBar()->showMessage(message, applied ? 8000 : 0);
    updateButtons();
}
