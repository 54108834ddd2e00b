#include "UserChoiceDialog.h"

#include "UserPicker.h"
#include "UserSearchModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UserChoiceDialog::UserChoiceDialog(ApiClient *client, const QString &title, const QString &prompt,
    const UserInfo &excluded, QWidget *parent)
    : QDialog(parent)
    , m_excluded(excluded)
    , m_picker(new UserPicker(new UserSearchModel(client, this), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("userChoiceDialog"));
    setWindowTitle(title);
    m_picker->setObjectName(QStringLiteral("userChoicePicker"));
    m_picker->lineEdit()->setPlaceholderText(tr("Name or id…"));
    m_picker->lineEdit()->setAccessibleName(QString(prompt).remove(QLatin1Char('&')));
    auto *label = new QLabel(prompt, this);
    label->setObjectName(QStringLiteral("userChoiceLabel"));
    label->setBuddy(m_picker->lineEdit());
    auto *hint = new QLabel(tr("Type a name or an id, Down picks a match, Enter takes it."), this);
    hint->setObjectName(QStringLiteral("userChoiceHint"));
    hint->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("userChoiceProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // Enter in the field picks a user; it must not press Cancel.
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_picker, &UserPicker::userChosen, this, &UserChoiceDialog::onUserChosen);
    connect(m_picker, &UserPicker::failed, this, [this](const ApiError &error) {
        showProblem(tr("The user could not be found. %1").arg(error.toUserString()));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_picker);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
    m_picker->setFocus();
}

void UserChoiceDialog::onUserChosen(const UserInfo &user)
{
    if (user.id == m_excluded.id) {
        showProblem(tr("%1 is the open user. Pick another user.").arg(user.displayName()));
        return;
    }
    m_chosen = user;
    emit chosen(user);
    accept();
}

void UserChoiceDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
    m_picker->setFocus();
}
