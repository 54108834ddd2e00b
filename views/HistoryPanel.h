#pragma once

#include "JournalEntry.h"
#include "JournalRecorder.h"

#include <QDockWidget>
#include <QPointer>

class ApiClient;
class ChangesView;
class HistoryUndo;
class JournalFilterModel;
class JournalModel;
class MainWindow;
class QAction;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// View > History (Ctrl+H): the community's change journal in a dock of the
// main window, newest first, filtered by user, key and dates, with the
// selected entry's change (before → after) below. Undo writes the inverse of
// the selected entry (or of its whole batch) when the preference still
// holds what the entry left. It also owns Edit > Undo Last Change (Ctrl+Z),
// which undoes this session's last change after asking.
class HistoryPanel : public QDockWidget
{
    Q_OBJECT

public:
    // Adds itself to window (hidden), its actions to the View and Edit menus.
    HistoryPanel(MainWindow *window, ApiClient *client);

    // The recorder of the window's writes (not owned; may be null): its
    // journal is the one shown, its entries are added as they come.
    void setRecorder(JournalRecorder *recorder);

    QAction *undoLastAction() const { return m_undoLastAction; }
    JournalModel *model() const { return m_model; }
    JournalFilterModel *filterModel() const { return m_proxy; }
    HistoryUndo *undo() const { return m_undo; }

    // The journal again, e.g. after prefctl wrote to it.
    void reload();
    // Undo the selected entry (offering its whole batch); Undo does this.
    void undoSelected();
    // Undo this session's last change, after a question naming it.
    void undoLastChange();

private:
    QWidget *createFilterRow();
    void applyFilter();
    void showSelected();
    void updateButtons();
    void onUndone(bool applied, const QString &message, qint64 userId);
    JournalEntry selectedEntry(bool *found) const;

    MainWindow *m_window;
    QPointer<JournalRecorder> m_recorder;
    JournalModel *m_model;
    JournalFilterModel *m_proxy;
    HistoryUndo *m_undo;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QTableView *m_table;
    ChangesView *m_diff;
    QLabel *m_status;
    QPushButton *m_undoButton;
    QAction *m_undoLastAction;
};
