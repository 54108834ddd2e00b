#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

// The status bar's loading indicator: "n of count" with a Cancel button.
// A busy bar while the total is still unknown.
class LoadProgress : public QWidget
{
    Q_OBJECT

public:
    explicit LoadProgress(QWidget *parent = nullptr);

    // total < 0: not known yet.
    void setProgress(int loaded, int total);
    QString text() const;

signals:
    void cancelRequested();

private:
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};
