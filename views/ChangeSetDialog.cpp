#include "ChangeSetDialog.h"

#include "ApiClient.h"
#include "ChangeSetApplier.h"
#include "ChangeSetModel.h"
#include "JournalRecorder.h"
#include "PreferenceWrite.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ChangeSetDialog::ChangeSetDialog(ApiClient *client, const QString &user, const UserInfo &owner,
    const UserInfo &account, const QList<PreferenceEntry> &source, const QList<Preference> &current,
    QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_user(user)
    , m_owner(owner)
    , m_account(account)
    , m_source(source)
    , m_current(current)
    , m_intro(new QLabel(this))
    , m_model(new ChangeSetModel(this))
    , m_table(new QTableView(this))
    , m_deleteMissing(new QCheckBox(tr("Also &delete keys that are not in the file"), this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("changeSetDialog"));
    setWindowTitle(tr("Import Preferences"));
    m_intro->setObjectName(QStringLiteral("changeSetIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("changeSetTable"));
    m_table->setAccessibleName(tr("Planned changes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    // Room for keys and values; the result takes what is left.
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    m_table->setColumnWidth(int(ChangeSetModel::Column::Action), 7 * em);
    m_table->setColumnWidth(int(ChangeSetModel::Column::Key), 12 * em);
    m_table->setColumnWidth(int(ChangeSetModel::Column::Before), 15 * em);
    m_table->setColumnWidth(int(ChangeSetModel::Column::After), 15 * em);
    m_deleteMissing->setObjectName(QStringLiteral("deleteMissingCheck"));
    m_deleteMissing->setChecked(false);
    m_summary->setObjectName(QStringLiteral("changeSetSummary"));
    m_summary->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("changeSetProgress"));
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("changeSetApplyButton"));
    m_applyButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("changeSetCancelButton"));
    connect(m_applyButton, &QPushButton::clicked, this, &ChangeSetDialog::apply);
    connect(m_cancelButton, &QPushButton::clicked, this, &ChangeSetDialog::reject);
    connect(m_deleteMissing, &QCheckBox::toggled, this, &ChangeSetDialog::replan);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_deleteMissing);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(760, 460);

    setSourceName(QString());
    replan();
    m_table->setFocus();
}

QString ChangeSetDialog::targetText() const
{
    return m_owner.id == m_account.id ? tr("your preferences")
                                      : tr("the preferences of %1").arg(m_owner.displayName());
}

void ChangeSetDialog::setSourceName(const QString &name)
{
    m_intro->setText(tr("Import %n preference(s) from %1 into %2. Nothing is written until you "
                        "press Apply.",
        nullptr, int(m_source.size()))
                         .arg(name.isEmpty() ? tr("the file") : name, targetText()));
}

void ChangeSetDialog::setSourceUser(const UserInfo &from)
{
    m_intro->setText(tr("Copy %n preference(s) of %1 into %2. Nothing is written until you "
                        "press Apply.",
        nullptr, int(m_source.size()))
                         .arg(from.displayName(), targetText()));
}

void ChangeSetDialog::setDeleteMissingOffered(bool offered)
{
    if (!offered)
        m_deleteMissing->setChecked(false);
    m_deleteMissing->setVisible(offered);
}

void ChangeSetDialog::replan()
{
    if (m_applier)
        return;
    m_changes = ChangeSet::plan(m_source, m_current,
        m_deleteMissing->isChecked() ? ChangeSet::Missing::Delete : ChangeSet::Missing::Keep);
    m_model->setChangeSet(m_changes);
    m_summary->setText(summaryText());
    m_applyButton->setEnabled(m_changes.writeCount() > 0);
    if (m_table->model()->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

QString ChangeSetDialog::summaryText() const
{
    using Kind = ChangeSet::Kind;
    return tr("%1 to create, %2 to change, %3 unchanged, %4 to delete.")
        .arg(m_changes.count(Kind::Create))
        .arg(m_changes.count(Kind::Change))
        .arg(m_changes.count(Kind::Unchanged))
        .arg(m_changes.count(Kind::Delete));
}

void ChangeSetDialog::apply()
{
    if (m_applier || !m_client || m_changes.writeCount() == 0)
        return;
    auto *applier = new ChangeSetApplier(m_client, m_user, m_changes, this);
    m_applier = applier;
    m_model->setApplier(applier);
    connect(applier, &ChangeSetApplier::writeStarted, this,
        [this](PreferenceWrite *write, const QString &batchId, int) {
            if (!m_recorder)
                return;
            const JournalContext context = m_recorder->context();
            m_recorder->setContext({m_account, m_owner, batchId, {}});
            m_recorder->watch(write);
            m_recorder->setContext(context);
        });
    connect(applier, &ChangeSetApplier::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(applier, &ChangeSetApplier::finished, this, &ChangeSetDialog::onFinished);
    m_deleteMissing->setEnabled(false);
    m_applyButton->setEnabled(false);
    m_progress->setRange(0, m_changes.writeCount());
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Writing…"));
    applier->start();
}

void ChangeSetDialog::onFinished()
{
    using Status = ChangeSetApplier::Status;
    m_progress->hide();
    m_summary->setText(tr("Applied %1, unchanged %2, conflict %3, failed %4, cancelled %5.")
                           .arg(m_applier->count(Status::Applied))
                           .arg(m_applier->count(Status::Unchanged))
                           .arg(m_applier->count(Status::Conflict))
                           .arg(m_applier->count(Status::Failed))
                           .arg(m_applier->count(Status::Cancelled)));
    m_applyButton->hide();
    m_cancelButton->setText(tr("Close"));
    m_cancelButton->setFocus();
    emit applied();
}

void ChangeSetDialog::reject()
{
    // While writing, Cancel (and Esc) stops what has not started yet.
    if (m_applier && !m_applier->isFinished()) {
        m_applier->cancel();
        return;
    }
    QDialog::reject();
}
