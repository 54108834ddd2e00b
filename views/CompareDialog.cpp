#include "CompareDialog.h"

#include "ChangeSetDialog.h"
#include "PreferenceComparison.h"
#include "PreferenceComparisonModel.h"
#include "PreferenceListJob.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QString describe(const UserInfo &user)
{
    return QCoreApplication::translate("CompareDialog", "%1 (%2, id %3)")
        .arg(user.displayName(), user.username)
        .arg(user.id);
}

} // namespace

CompareDialog::CompareDialog(ApiClient *client, const UserInfo &account, const UserInfo &a,
    const UserInfo &b, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_account(account)
    , m_a(a)
    , m_b(b)
    , m_intro(new QLabel(this))
    , m_model(new PreferenceComparisonModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare %1 with %2").arg(a.username, b.username));
    m_intro->setObjectName(QStringLiteral("compareIntro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("A: %1\nB: %2").arg(describe(a), describe(b)));
    m_view->setObjectName(QStringLiteral("compareView"));
    m_view->setAccessibleName(tr("Compared preferences"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setAccessibleName(tr("Columns of the comparison"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_toBButton = buttons->addButton(tr("Copy A → &B…"), QDialogButtonBox::ActionRole);
    m_toBButton->setObjectName(QStringLiteral("compareToBButton"));
    m_toBButton->setToolTip(tr("Write A's value of the selected key into B's preferences"));
    m_toAButton = buttons->addButton(tr("Copy B → &A…"), QDialogButtonBox::ActionRole);
    m_toAButton->setObjectName(QStringLiteral("compareToAButton"));
    m_toAButton->setToolTip(tr("Write B's value of the selected key into A's preferences"));
    m_reloadButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    m_reloadButton->setObjectName(QStringLiteral("compareRefreshButton"));
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false); // Enter in the tree does not copy or close
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_toBButton, &QPushButton::clicked, this, &CompareDialog::copyToB);
    connect(m_toAButton, &QPushButton::clicked, this, &CompareDialog::copyToA);
    connect(m_reloadButton, &QPushButton::clicked, this, &CompareDialog::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &CompareDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(860, 520);
    m_view->setFocus();
    updateButtons();
    reload();
}

void CompareDialog::reload()
{
    if (m_pending > 0 || !m_client)
        return;
    if (const PreferenceComparison::Row *row = m_model->rowAt(m_view->currentIndex()))
        m_currentKey = row->key;
    m_failed = false;
    m_pending = 2;
    m_summary->setText(tr("Reading the preferences of both users…"));
    for (const bool isA : {true, false}) {
        auto *job = new PreferenceListJob(
            m_client, QString::number(isA ? m_a.id : m_b.id), QString(), this);
        connect(job, &PreferenceListJob::succeeded, this,
            [this, isA](const QList<PreferencePage::Row> &rows) {
                onListed(isA, PreferenceListJob::preferences(rows));
            });
        connect(job, &PreferenceListJob::failed, this, &CompareDialog::onFailed);
        job->start();
    }
    updateButtons();
}

void CompareDialog::onListed(bool isA, const QList<Preference> &preferences)
{
    (isA ? m_aPreferences : m_bPreferences) = preferences;
    if (--m_pending == 0 && !m_failed)
        showComparison();
    updateButtons();
}

void CompareDialog::onFailed(const ApiError &error)
{
    m_failed = true;
    --m_pending;
    m_summary->setText(tr("The preferences could not be read. %1").arg(error.toUserString()));
    updateButtons();
}

void CompareDialog::showComparison()
{
    using Status = PreferenceComparison::Status;
    const PreferenceComparison comparison =
        PreferenceComparison::compare(m_aPreferences, m_bPreferences);
    m_model->setComparison(comparison, m_a.username, m_b.username);
    m_view->expandAll();
    m_view->header()->resizeSection(int(PreferenceComparisonModel::Column::Key),
        m_view->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 16);
    m_view->header()->resizeSection(int(PreferenceComparisonModel::Column::A),
        m_view->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 20);
    m_summary->setText(tr("%1 only in A, %2 only in B, %3 differing, %4 identical.")
                           .arg(comparison.count(Status::OnlyInA))
                           .arg(comparison.count(Status::OnlyInB))
                           .arg(comparison.count(Status::Differing))
                           .arg(comparison.count(Status::Identical)));
    // The key that was current, wherever it is now; else the first key.
    QModelIndex current = m_model->keyIndex(m_currentKey);
    for (int group = 0; !current.isValid() && group < m_model->rowCount(); ++group) {
        if (m_model->rowCount(m_model->index(group, 0)) > 0)
            current = m_model->index(0, 0, m_model->index(group, 0));
    }
    if (current.isValid())
        m_view->setCurrentIndex(current);
    updateButtons();
    emit compared();
}

void CompareDialog::updateButtons()
{
    const PreferenceComparison::Row *row =
        m_pending > 0 ? nullptr : m_model->rowAt(m_view->currentIndex());
    const bool differing = row && row->status == PreferenceComparison::Status::Differing;
    m_toBButton->setEnabled(
        row && (differing || row->status == PreferenceComparison::Status::OnlyInA));
    m_toAButton->setEnabled(
        row && (differing || row->status == PreferenceComparison::Status::OnlyInB));
    m_reloadButton->setEnabled(m_pending == 0);
}

void CompareDialog::copyToB()
{
    copy(true);
}

void CompareDialog::copyToA()
{
    copy(false);
}

void CompareDialog::copy(bool toB)
{
    const PreferenceComparison::Row *row = m_model->rowAt(m_view->currentIndex());
    std::optional<JsonValue> value;
    if (row)
        value = toB ? row->a : row->b;
    if (!row || !value || m_pending > 0 || findChild<ChangeSetDialog *>())
        return;
    const UserInfo &from = toB ? m_a : m_b;
    const UserInfo &to = toB ? m_b : m_a;
    // Planned against the version read: a change since is a conflict.
    auto *dialog = new ChangeSetDialog(m_client, QString::number(to.id), to, m_account,
        {{row->key, *value}}, toB ? m_bPreferences : m_aPreferences, this);
    dialog->setWindowTitle(tr("Copy \u201c%1\u201d to %2").arg(row->key, to.username));
    dialog->setSourceUser(from);
    dialog->setDeleteMissingOffered(false);
    dialog->setRecorder(m_recorder);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeSetDialog::applied, this, [this, to] {
        emit copied(to);
        reload();
    });
    dialog->open();
}
