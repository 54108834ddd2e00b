#pragma once

#include <QTableView>

class QMenu;
class ValueDelegate;

// The preferences table: sortable, columns resizable and hideable from the
// header's context menu, the layout remembered in QSettings. The model is
// expected to be a proxy over PreferenceModel (same columns and roles).
class PreferenceTableView : public QTableView
{
    Q_OBJECT

public:
    explicit PreferenceTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // The id (PreferenceModel::IdRole) of the current row; 0 when none.
    qint64 currentPreferenceId() const;
    // Makes the row with this id current and selected. False when absent.
    bool selectPreferenceId(qint64 id);

    void saveLayout() const;
    void restoreLayout();

    // Fills menu with a checkable entry per column and "Reset Columns": the
    // header's context menu and the main window's View > Columns both use it.
    void populateColumnMenu(QMenu *menu);

signals:
    // Enter or Return on a row, or a double-click: open it in the editor.
    void editRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);
    void applyDefaultLayout();

    ValueDelegate *m_valueDelegate;
};
