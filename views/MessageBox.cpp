#include "MessageBox.h"

#include <QAbstractButton>

namespace {
QList<QMessageBox::StandardButton> s_nextAnswers;
QStringList s_asked;
} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton, const QString &details,
    const ButtonTexts &buttonTexts)
{
    return ask(
        QMessageBox::Question, parent, title, text, buttons, defaultButton, details, buttonTexts);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton defaultButton, const QString &details)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton, details, {});
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
    QMessageBox::StandardButton defaultButton, const QString &details,
    const ButtonTexts &buttonTexts)
{
    s_asked.append(text);
    if (!s_nextAnswers.isEmpty())
        return s_nextAnswers.takeFirst();

    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setDefaultButton(defaultButton);
    // Qt's "Discard" has no mnemonic in every language.
    ButtonTexts texts = buttonTexts;
    if (!texts.contains(QMessageBox::Discard))
        texts.insert(QMessageBox::Discard, tr("&Discard"));
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    if (!details.isEmpty())
        box.setInformativeText(details);
    box.setTextFormat(Qt::PlainText);
    return QMessageBox::StandardButton(box.exec());
}
