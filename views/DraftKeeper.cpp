#include "DraftKeeper.h"

#include "DraftAutosave.h"
#include "DraftListDialog.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "PreferenceEditorDialog.h"
#include "PreferenceModel.h"
#include "UserPicker.h"

#include <QBoxLayout>
#include <QToolButton>

#include <algorithm>
#include <utility>

DraftKeeper::DraftKeeper(MainWindow *window, const QUrl &server)
    : QObject(window)
    , m_window(window)
    , m_server(DraftStore::serverKey(server))
    , m_intervalMs(DraftAutosave::DefaultIntervalMs)
    , m_bar(new MessageBar(window->centralWidget() ? window->centralWidget() : window))
    , m_discardButton(new QToolButton(m_bar))
{
    setObjectName(QStringLiteral("draftKeeper"));
    m_bar->setObjectName(QStringLiteral("draftOfferBar"));
    m_discardButton->setObjectName(QStringLiteral("draftDiscardButton"));
    m_discardButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_discardButton->setText(tr("&Discard"));
    m_discardButton->setAccessibleName(tr("Discard"));
    m_discardButton->setToolTip(tr("Forget this unsaved edit"));
    // Beside the bar's own action, before its close button.
    if (auto *barLayout = qobject_cast<QBoxLayout *>(m_bar->layout()))
        barLayout->insertWidget(barLayout->count() - 1, m_discardButton);
    // Under the window's own message bar.
    if (QWidget *central = window->centralWidget()) {
        if (auto *layout = qobject_cast<QBoxLayout *>(central->layout())) {
            auto *windowBar = central->findChild<MessageBar *>(
                QStringLiteral("messageBar"), Qt::FindDirectChildrenOnly);
            layout->insertWidget(windowBar ? layout->indexOf(windowBar) + 1 : 0, m_bar);
        }
    }

    // Keyboard: Tab from the table reaches the offer (and its mnemonics work).
    auto *action = m_bar->findChild<QToolButton *>(QStringLiteral("messageBarAction"));
    auto *close = m_bar->findChild<QToolButton *>(QStringLiteral("messageBarClose"));
    if (auto *table = window->findChild<QWidget *>(QStringLiteral("preferenceTable"));
        table && action && close) {
        QWidget::setTabOrder(table, action);
        QWidget::setTabOrder(action, m_discardButton);
        QWidget::setTabOrder(m_discardButton, close);
    }

    connect(m_bar, &MessageBar::actionTriggered, this, &DraftKeeper::onOfferAction);
    connect(m_discardButton, &QToolButton::clicked, this, [this] {
        if (m_offered.size() == 1)
            discard(m_offered.first().id);
    });

    PreferenceModel *model = window->preferenceModel();
    connect(model, &PreferenceModel::loadStarted, this, [this] {
        // The window went to another user than the draft's: the restore is off.
        if (m_pending && m_window->currentUser().id != m_pending->ownerId) {
            m_pending.reset();
            offer();
        }
    });
    connect(model, &PreferenceModel::loadFinished, this, &DraftKeeper::openPendingWhenReady);
    connect(model, &PreferenceModel::loadFailed, this, &DraftKeeper::openPendingWhenReady);
    connect(model, &PreferenceModel::loadCancelled, this, &DraftKeeper::openPendingWhenReady);
    if (auto *picker = window->findChild<UserPicker *>()) {
        connect(picker, &UserPicker::failed, this, [this] {
            if (m_pending) {
                m_pending.reset(); // the window says why
                offer();
            }
        });
    }

    offer();
}

DraftKeeper::~DraftKeeper() = default;

DraftAutosave *DraftKeeper::watch(PreferenceEditorDialog *dialog, const QString &restoredId)
{
    const UserInfo owner = m_window->currentUser();
    Draft context;
    context.server = m_server;
    context.user = m_window->preferenceModel()->user();
    context.ownerId = owner.id;
    context.ownerName = owner.displayName();
    context.account = m_window->account().username;
    auto *autosave = new DraftAutosave(dialog, context, m_store, restoredId);
    autosave->setInterval(m_intervalMs);
    return autosave;
}

QList<Draft> DraftKeeper::restorableDrafts() const
{
    const UserInfo account = m_window->account();
    QList<Draft> drafts = m_store.list(m_server);
    drafts.erase(std::remove_if(drafts.begin(), drafts.end(),
                     [&account](const Draft &draft) {
                         return draft.ownerId != account.id && !account.isAdmin();
                     }),
        drafts.end());
    return drafts;
}

QString DraftKeeper::describe(const Draft &draft) const
{
    const bool own = draft.ownerId == m_window->account().id;
    const QString owner =
        draft.ownerName.isEmpty() ? tr("user %1").arg(draft.ownerId) : draft.ownerName;
    if (draft.isNew() && draft.key.isEmpty())
        return own ? tr("your new preference") : tr("a new preference of %1").arg(owner);
    if (draft.isNew())
        return own ? tr("your new preference \u201c%1\u201d").arg(draft.key)
                   : tr("the new preference \u201c%1\u201d of %2").arg(draft.key, owner);
    const QString key = draft.base ? draft.base->key : draft.key;
    return own ? tr("your \u201c%1\u201d").arg(key) : tr("\u201c%1\u201d of %2").arg(key, owner);
}

void DraftKeeper::offer()
{
    m_offered = restorableDrafts();
    if (m_offered.isEmpty()) {
        m_bar->clear();
        return;
    }
    if (m_offered.size() == 1) {
        m_bar->showMessage(MessageBar::Type::Warning,
            tr("1 unsaved edit from an earlier session: %1.").arg(describe(m_offered.first())),
            tr("&Restore"));
    } else {
        m_bar->showMessage(MessageBar::Type::Warning,
            tr("%n unsaved edit(s) from an earlier session.", nullptr, int(m_offered.size())),
            tr("&Restore…"));
    }
    m_discardButton->setVisible(m_offered.size() == 1);
}

void DraftKeeper::onOfferAction()
{
    if (m_offered.size() == 1)
        restore(m_offered.first().id);
    else if (!m_offered.isEmpty())
        showList();
}

bool DraftKeeper::restore(const QString &id)
{
    if (m_window->findChild<PreferenceEditorDialog *>())
        return false; // one editor at a time; the offer stays
    QString error;
    const std::optional<Draft> draft = m_store.read(id, &error);
    if (!draft) {
        qCWarning(lcDrafts).noquote() << "The draft cannot be restored:" << error;
        offer();
        return false;
    }
    m_bar->clear();
    m_pending = draft;
    if (m_window->currentUser().id != draft->ownerId)
        m_window->openInitialUser(QString::number(draft->ownerId));
    openPendingWhenReady();
    return true;
}

void DraftKeeper::openPendingWhenReady()
{
    // After the window shows the draft's user and has loaded its list.
    if (!m_pending || m_window->currentUser().id != m_pending->ownerId ||
        m_window->preferenceModel()->isLoading())
        return;
    const Draft draft = *std::exchange(m_pending, std::nullopt);
    openEditor(draft);
}

void DraftKeeper::openEditor(const Draft &draft)
{
    if (m_window->findChild<PreferenceEditorDialog *>()) {
        offer();
        return;
    }
    PreferenceModel *model = m_window->preferenceModel();
    auto *dialog = draft.base ? new PreferenceEditorDialog(model, *draft.base, m_window)
                              : new PreferenceEditorDialog(model, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const UserInfo user = m_window->currentUser();
    dialog->setOwner(user, user.id == m_window->account().id);
    // The base stays the draft's: the save compares it with the server.
    dialog->restoreDraft(draft.key, draft.valueText);
    watch(dialog, draft.id);
    // Once it ends (its draft is removed then), what is left is offered.
    connect(dialog, &QDialog::finished, this, &DraftKeeper::offer);
    dialog->open();
    emit restored(dialog);
}

bool DraftKeeper::discard(const QString &id)
{
    const std::optional<Draft> draft = m_store.read(id);
    if (draft) {
        const auto answer = MessageBox::question(m_window, tr("Discard the Unsaved Edit?"),
            tr("Discard your unsaved edit of %1? It cannot be restored afterwards.")
                .arg(describe(*draft)),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
        if (!m_store.remove(id))
            qCWarning(lcDrafts).noquote()
                << "The draft could not be removed:" << m_store.filePath(id);
    }
    offer();
    return true;
}

void DraftKeeper::showList()
{
    auto *dialog = new DraftListDialog(this, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
