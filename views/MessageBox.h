#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QMessageBox>

// Every modal question goes through here, so that tests can answer it in
// advance (as KeePassXC's MessageBox does) instead of blocking on a dialog.
// The standard buttons keep their role; buttonTexts names them for the
// question ("Delete" rather than "Yes"). Discard always has a mnemonic.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    using ButtonTexts = QMap<QMessageBox::StandardButton, QString>;

    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton, const QString &details = {},
        const ButtonTexts &buttonTexts = {});
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::Ok, const QString &details = {});

    // Tests: the next questions are answered with these, in order, without
    // showing anything. The texts of the questions asked are recorded.
    static void setNextAnswers(const QList<QMessageBox::StandardButton> &answers);
    static QStringList askedQuestions();
    static void clearAskedQuestions();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent,
        const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton, const QString &details,
        const ButtonTexts &buttonTexts);
};
