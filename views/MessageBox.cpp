#include "MessageBox.h"

namespace {
QList<QMessageBox::StandardButton> s_nextAnswers;
QStringList s_asked;
} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton, const QString &details)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton, details);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton, const QString &details)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton, details);
}

void MessageBox::setNextAnswers(const QList<QMessageBox::StandardButton> &answers)
{
    s_nextAnswers = answers;
}

QStringList MessageBox::askedQuestions()
{
    return s_asked;
}

void MessageBox::clearAskedQuestions()
{
    s_asked.clear();
}

QMessageBox::StandardButton MessageBox::ask(QMessageBox::Icon icon, QWidget *parent,
    const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton, const QString &details)
{
    s_asked.append(text);
    if (!s_nextAnswers.isEmpty())
        return s_nextAnswers.takeFirst();

    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!details.isEmpty())
        box.setInformativeText(details);
    box.setTextFormat(Qt::PlainText);
    return QMessageBox::StandardButton(box.exec());
}
