#include "UserPicker.h"

#include "UserSearchModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollBar>

UserPicker::UserPicker(UserSearchModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(this))
{
    setObjectName(QStringLiteral("userPicker"));

    m_edit->setObjectName(QStringLiteral("userPickerEdit"));
    m_edit->setPlaceholderText(tr("Open user: name or id…"));
    m_edit->setAccessibleName(tr("Open another user's preferences"));
    m_edit->setToolTip(tr("Type a user name, a real name or a numeric user id"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 16);
    setFocusProxy(m_edit);

    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(UserSearchModel::CompletionRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(8);
    m_edit->setCompleter(m_completer);
    QAbstractItemView *popup = m_completer->popup();
    popup->setObjectName(QStringLiteral("userPickerPopup"));
    popup->setAccessibleName(tr("Matching users"));
    connect(
        popup->verticalScrollBar(), &QScrollBar::valueChanged, this, &UserPicker::onPopupScrolled);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        &UserPicker::onActivated);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &UserPicker::startSearch);
    connect(m_edit, &QLineEdit::textEdited, this, &UserPicker::onTextEdited);
    connect(m_edit, &QLineEdit::returnPressed, this, &UserPicker::onReturnPressed);
    connect(m_model, &UserSearchModel::pageArrived, this, &UserPicker::showPopup);
    connect(m_model, &UserSearchModel::userFound, this, &UserPicker::userChosen);
    connect(m_model, &UserSearchModel::failed, this, &UserPicker::failed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
}

void UserPicker::onTextEdited(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_debounce.stop();
        m_model->search(QString());
        return;
    }
    m_debounce.start();
}

void UserPicker::startSearch()
{
    m_model->search(m_edit->text());
}

void UserPicker::showPopup()
{
    if (!m_edit->isVisible())
        return;
    m_completer->setCompletionPrefix(QString());
    // Wide enough for "Real Name (username, id N)", whatever the field's width.
    const int width =
        qMax(m_edit->width(), m_edit->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 28);
    m_completer->complete(QRect(0, 0, width, m_edit->height()));
}

void UserPicker::onActivated(const QModelIndex &index)
{
    using Kind = UserSearchModel::ItemKind;
    switch (Kind(index.data(UserSearchModel::KindRole).toInt())) {
    case Kind::More:
        m_model->fetchNextPage();
        break;
    case Kind::UserId:
        openUserId(index.data(UserSearchModel::UserRole).toLongLong());
        break;
    case Kind::User:
        emit userChosen(index.data(UserSearchModel::UserRole).value<UserInfo>());
        break;
    case Kind::NoMatch:
        break;
    }
}

void UserPicker::onReturnPressed()
{
    if (m_completer->popup()->isVisible())
        return; // the completer handles it
    const QString text = m_edit->text().trimmed();
    if (const auto id = UserSearchModel::userIdIn(text)) {
        m_debounce.stop();
        openUserId(*id);
        return;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(UserSearchModel::KindRole).toInt() == int(UserSearchModel::ItemKind::User) &&
            index.data(UserSearchModel::CompletionRole)
                    .toString()
                    .compare(text, Qt::CaseInsensitive) == 0) {
            emit userChosen(index.data(UserSearchModel::UserRole).value<UserInfo>());
            return;
        }
    }
    m_debounce.stop();
    startSearch();
}

void UserPicker::onPopupScrolled(int value)
{
    const QScrollBar *bar = m_completer->popup()->verticalScrollBar();
    if (value > 0 && value >= bar->maximum())
        m_model->fetchNextPage();
}

void UserPicker::openUserId(qint64 id)
{
    m_model->lookUpUserId(id);
}
