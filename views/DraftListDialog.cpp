#include "DraftListDialog.h"

#include "DraftKeeper.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

DraftListDialog::DraftListDialog(DraftKeeper *keeper, QWidget *parent)
    : QDialog(parent)
    , m_keeper(keeper)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("draftListDialog"));
    setWindowTitle(tr("Unsaved Edits"));

    auto *label = new QLabel(
        tr("These edits were not saved in an earlier session. Restore one to review and save "
           "it, or discard it."),
        this);
    label->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("draftList"));
    m_list->setAccessibleName(tr("Unsaved edits"));
    label->setBuddy(m_list);

    auto *buttons = new QDialogButtonBox(this);
    m_restoreButton = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setDefault(true);
    m_discardButton = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_restoreButton, &QPushButton::clicked, this, &DraftListDialog::restoreCurrent);
    connect(m_discardButton, &QPushButton::clicked, this, &DraftListDialog::discardCurrent);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &DraftListDialog::restoreCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &DraftListDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    reload();
    m_list->setFocus();
}

QString DraftListDialog::currentDraftId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void DraftListDialog::reload()
{
    const int row = qMax(0, m_list->currentRow());
    m_list->clear();
    for (const Draft &draft : m_keeper->restorableDrafts()) {
        const QString when = draft.savedAt.isValid()
            ? QLocale().toString(draft.savedAt.toLocalTime(), QLocale::LongFormat)
            : tr("unknown time");
        auto *item =
            new QListWidgetItem(tr("%1 \u2014 %2").arg(m_keeper->describe(draft), when), m_list);
        item->setData(IdRole, draft.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    updateButtons();
}

void DraftListDialog::updateButtons()
{
    m_restoreButton->setEnabled(m_list->currentItem() != nullptr);
    m_discardButton->setEnabled(m_list->currentItem() != nullptr);
}

void DraftListDialog::restoreCurrent()
{
    const QString id = currentDraftId();
    if (id.isEmpty())
        return;
    accept(); // the editor takes its place
    m_keeper->restore(id);
}

void DraftListDialog::discardCurrent()
{
    const QString id = currentDraftId();
    if (id.isEmpty() || !m_keeper->discard(id))
        return;
    reload();
    if (m_list->count() == 0)
        accept();
}
