#pragma once

#include <QWidget>

class QAbstractItemView;
class QLabel;

// A centred hint drawn over an item view's viewport when there is nothing to
// show: the user has no preferences, or the filter matches none.
class EmptyStateOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateOverlay(QAbstractItemView *view);

    void showMessage(const QString &title, const QString &hint);
    QString title() const;
    QString hint() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reposition();

    QAbstractItemView *m_view;
    QLabel *m_title;
    QLabel *m_hint;
};
