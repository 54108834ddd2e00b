#pragma once

#include <QDialog>

class DraftKeeper;
class QListWidget;
class QPushButton;

// The unsaved edits of earlier sessions, when there are several: one line
// each (whose preference, and when it was last typed), to restore one of
// them or discard it. Restoring closes the list; what is left is offered
// again once that editor closes.
class DraftListDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DraftListDialog(DraftKeeper *keeper, QWidget *parent = nullptr);

    // The draft of the current line; empty when there is none.
    QString currentDraftId() const;

public slots:
    void reload();
    void restoreCurrent();
    void discardCurrent();

private:
    void updateButtons();

    DraftKeeper *m_keeper;
    QListWidget *m_list;
    QPushButton *m_restoreButton;
    QPushButton *m_discardButton;
};
