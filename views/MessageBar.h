#pragma once

#include <QWidget>

class QLabel;
class QToolButton;
class QHBoxLayout;

// An inline message shown above the content, in place of a modal box (as
// KeePassXC's MessageWidget). One message at a time; an optional action
// button (e.g. "Retry") and a close button.
class MessageBar : public QWidget
{
    Q_OBJECT

public:
    enum class Type { Information, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // actionText empty: no action button.
    void showMessage(Type type, const QString &text, const QString &actionText = {});
    void clear();

    QString text() const;
    Type type() const { return m_type; }

signals:
    void actionTriggered();
    void closed();

private:
    void applyColors();

    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_actionButton;
    QToolButton *m_closeButton;
};
