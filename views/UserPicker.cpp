#include "UserPicker.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "UserJob.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardItemModel>

namespace {

std::optional<qint64> parseUserId(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\\s*#?(\\d{1,18})\\s*$"));
    const QRegularExpressionMatch match = digits.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 id = match.captured(1).toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

UserPicker::UserPicker(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_edit(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_results(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("userPicker"));

    m_edit->setObjectName(QStringLiteral("userPickerEdit"));
    m_edit->setPlaceholderText(tr("Open user: name or id…"));
    m_edit->setAccessibleName(tr("Open another user's preferences"));
    m_edit->setToolTip(tr("Type a user name, a real name or a numeric user id"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 16);
    setFocusProxy(m_edit);

    m_completer->setModel(m_results);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(CompletionRole);
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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
}

void UserPicker::onTextEdited(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_debounce.stop();
        if (ApiJob *job = m_searchJob.data()) {
            m_searchJob = nullptr;
            job->abort();
        }
        m_results->clear();
        m_next.clear();
        return;
    }
    m_debounce.start();
}

void UserPicker::startSearch()
{
    const QString term = m_edit->text().trimmed();
    if (term.isEmpty() || !m_client)
        return;
    m_term = term;
    m_next.clear();
    m_results->clear();
    fetchPage(m_client->userSearchUrl(term, m_pageSize), false);
}

void UserPicker::loadMore()
{
    if (m_next.isValid() && !isSearching())
        fetchPage(m_next, true);
}

void UserPicker::fetchPage(const QUrl &url, bool append)
{
    if (ApiJob *previous = m_searchJob.data()) {
        m_searchJob = nullptr;
        previous->abort();
    }
    ApiJob *job = m_client->get(url);
    m_searchJob = job;
    connect(job, &ApiJob::succeeded, this, [this, job, append](const JsonValue &body) {
        if (job == m_searchJob.data())
            onPage(body, append);
    });
    connect(job, &ApiJob::failed, this, [this, job](const ApiError &error) {
        if (job == m_searchJob.data() && error.kind() != ApiError::Kind::Cancelled)
            emit failed(error);
    });
    job->start();
}

void UserPicker::onPage(const JsonValue &body, bool append)
{
    const JsonValue results = body.isArray() ? body : body.value(QStringLiteral("results"));
    const JsonValue next = body.value(QStringLiteral("next"));
    // Only next's path and query, on our own origin, under the search path
    // (ApiClient::resolveNext): never another host, never http after https.
    m_next = next.isString() && m_client
        ? m_client->resolveNext(QUrl(next.toString()), m_client->userSearchUrl(QString()).path())
        : QUrl();
    removeMoreItem();
    if (!append) {
        m_results->clear();
        if (const auto id = parseUserId(m_term)) {
            auto *item = new QStandardItem(tr("Open the user with id %1").arg(*id));
            item->setData(int(ItemKind::UserId), KindRole);
            item->setData(*id, UserRole);
            item->setData(m_term, CompletionRole);
            m_results->appendRow(item);
        }
    }
    for (qsizetype i = 0; i < results.size(); ++i) {
        const auto user = UserInfo::fromJson(results.at(i));
        if (!user)
            continue;
        const bool deleted = results.at(i).value(QStringLiteral("deleted")).toBool();
        QString text = user->realName.isEmpty()
            ? tr("%1 (id %2)").arg(user->username).arg(user->id)
            : tr("%1 (%2, id %3)").arg(user->realName, user->username).arg(user->id);
        if (deleted)
            text = tr("%1 — deleted").arg(text);
        auto *item = new QStandardItem(text);
        item->setData(int(ItemKind::User), KindRole);
        item->setData(QVariant::fromValue(*user), UserRole);
        item->setData(user->username, CompletionRole);
        item->setToolTip(user->email);
        m_results->appendRow(item);
    }
    if (m_next.isValid()) {
        auto *more = new QStandardItem(tr("More…"));
        more->setData(int(ItemKind::More), KindRole);
        more->setData(m_term, CompletionRole);
        QFont italic = more->font();
        italic.setItalic(true);
        more->setFont(italic);
        m_results->appendRow(more);
    }
    if (m_results->rowCount() == 0) {
        auto *none = new QStandardItem(tr("No user matches “%1”").arg(m_term));
        none->setFlags(Qt::NoItemFlags);
        none->setData(m_term, CompletionRole);
        none->setData(-1, KindRole);
        m_results->appendRow(none);
    }
    showPopup();
}

void UserPicker::removeMoreItem()
{
    for (int row = m_results->rowCount() - 1; row >= 0; --row) {
        const int kind = m_results->item(row)->data(KindRole).toInt();
        if (kind == int(ItemKind::More) || kind == -1)
            m_results->removeRow(row);
    }
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
    switch (ItemKind(index.data(KindRole).toInt())) {
    case ItemKind::More:
        loadMore();
        break;
    case ItemKind::UserId:
        openUserId(index.data(UserRole).toLongLong());
        break;
    case ItemKind::User:
        emit userChosen(index.data(UserRole).value<UserInfo>());
        break;
    }
}

void UserPicker::onReturnPressed()
{
    if (m_completer->popup()->isVisible())
        return; // the completer handles it
    const QString text = m_edit->text().trimmed();
    if (const auto id = parseUserId(text)) {
        m_debounce.stop();
        openUserId(*id);
        return;
    }
    for (int row = 0; row < m_results->rowCount(); ++row) {
        const QStandardItem *item = m_results->item(row);
        if (item->data(KindRole).toInt() == int(ItemKind::User) &&
            item->data(CompletionRole).toString().compare(text, Qt::CaseInsensitive) == 0) {
            emit userChosen(item->data(UserRole).value<UserInfo>());
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
        loadMore();
}

void UserPicker::openUserId(qint64 id)
{
    if (!m_client || id <= 0)
        return;
    if (UserJob *previous = m_userJob.data()) {
        m_userJob = nullptr;
        previous->abort();
    }
    UserJob *job = m_client->fetchUser(id);
    m_userJob = job;
    connect(job, &UserJob::succeeded, this, [this, job](const UserInfo &user) {
        if (job == m_userJob.data())
            emit userChosen(user);
    });
    connect(job, &UserJob::failed, this, [this, job](const ApiError &error) {
        if (job == m_userJob.data() && error.kind() != ApiError::Kind::Cancelled)
            emit failed(error);
    });
    job->start();
}
