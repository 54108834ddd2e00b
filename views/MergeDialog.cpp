#include "MergeDialog.h"

#include "JsonHighlighter.h"
#include "MergeConflictModel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QPushButton *makeButton(const QString &text, const QString &accessibleName, const char *name,
    const QString &toolTip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    return button;
}

QLabel *makeHeading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

MergeDialog::MergeDialog(const Versions &versions, const MergeResult &result, QWidget *parent)
    : QDialog(parent)
    , m_versions(versions)
    , m_result(result)
    , m_model(new MergeConflictModel(this))
{
    if (m_versions.myKey.isEmpty())
        m_versions.myKey = m_versions.baseKey;
    if (m_versions.theirKey.isEmpty())
        m_versions.theirKey = m_versions.baseKey;
    m_keyConflict = m_versions.myKey != m_versions.baseKey &&
        m_versions.theirKey != m_versions.baseKey && m_versions.myKey != m_versions.theirKey;

    QList<MergeConflictModel::Row> rows;
    if (m_keyConflict) {
        rows.append(
            MergeConflictModel::keyRow(m_versions.baseKey, m_versions.myKey, m_versions.theirKey));
    }
    for (const MergeConflict &conflict : m_result.conflicts)
        rows.append(MergeConflictModel::conflictRow(conflict));
    m_model->setRows(rows);

    buildUi();
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MergeDialog::updatePreview);
    updatePreview();
}

void MergeDialog::buildUi()
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(hasConflicts() ? tr("Resolve Conflicting Changes") : tr("Merge Changes"));
    setSizeGripEnabled(true);
    setMinimumSize(520, 400);
    // Fits a 1366x768 screen with room for panels and the title bar.
    QSize size(860, 580);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 80));
    resize(size.expandedTo(minimumSize()));

    auto *headingLabel = new QLabel(heading(), this);
    headingLabel->setObjectName(QStringLiteral("mergeHeading"));
    headingLabel->setWordWrap(true);
    headingLabel->setTextFormat(Qt::PlainText);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("mergeSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(hasConflicts() ? buildConflictsPane() : buildChangesPane());
    splitter->addWidget(buildPreviewPane());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    if (hasConflicts()) {
        m_saveButton = makeButton(tr("&Save Resolved Value"), tr("Save resolved value"),
            "saveButton", tr("Save the value with the choices above"), this);
        m_overwriteButton =
            makeButton(tr("&Overwrite with Mine"), tr("Overwrite with mine"), "overwriteButton",
                tr("Save your value as it is, replacing what the other side changed"), this);
        m_discardButton = makeButton(tr("&Discard Mine and Reload"), tr("Discard mine and reload"),
            "discardButton", tr("Drop your changes and load the value from the server"), this);
    } else {
        m_saveButton = makeButton(tr("&Save Merged Value"), tr("Save merged value"), "saveButton",
            tr("Save your changes together with the other side's"), this);
    }
    m_saveButton->setDefault(true);
    m_saveButton->setAutoDefault(true);
    m_cancelButton = makeButton(tr("Cancel"), tr("Cancel"), "cancelButton",
        tr("Save nothing and go back to the editor"), this);
    // In the order Tab visits them: the recommended answer first.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveButton);
    if (m_overwriteButton) {
        buttons->addWidget(m_overwriteButton);
        buttons->addWidget(m_discardButton);
    }
    buttons->addWidget(m_cancelButton);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { finish(Outcome::SaveMerged); });
    connect(m_cancelButton, &QPushButton::clicked, this, &MergeDialog::reject);
    if (m_overwriteButton) {
        connect(m_overwriteButton, &QPushButton::clicked, this,
            [this] { finish(Outcome::OverwriteWithMine); });
        connect(
            m_discardButton, &QPushButton::clicked, this, [this] { finish(Outcome::DiscardMine); });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headingLabel);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    // From the list to the preview to the buttons, in reading order.
    QWidget *list = m_conflictTable ? static_cast<QWidget *>(m_conflictTable) : m_changesList;
    QList<QWidget *> order {list};
    if (m_mineButton)
        order << m_mineButton << m_theirsButton;
    order << m_preview << m_saveButton;
    if (m_overwriteButton)
        order << m_overwriteButton << m_discardButton;
    order << m_cancelButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    if (m_conflictTable)
        m_conflictTable->setFocus();
    else
        m_saveButton->setFocus();
}

QWidget *MergeDialog::buildConflictsPane()
{
    auto *pane = new QWidget(this);
    m_conflictTable = new QTableView(pane);
    m_conflictTable->setObjectName(QStringLiteral("conflictTable"));
    m_conflictTable->setAccessibleName(tr("Conflicts"));
    m_conflictTable->setAccessibleDescription(
        tr("One row per path changed on both sides. Space, Left or Right changes the choice."));
    m_conflictTable->setModel(m_model);
    m_conflictTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflictTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflictTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflictTable->setTabKeyNavigation(false);
    m_conflictTable->setWordWrap(false);
    m_conflictTable->setAlternatingRowColors(true);
    m_conflictTable->verticalHeader()->hide();
    auto *header = m_conflictTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(int(MergeConflictModel::Column::Original), QHeaderView::Stretch);
    header->setSectionResizeMode(int(MergeConflictModel::Column::Mine), QHeaderView::Stretch);
    header->setSectionResizeMode(int(MergeConflictModel::Column::Theirs), QHeaderView::Stretch);
    header->setSectionResizeMode(
        int(MergeConflictModel::Column::Choice), QHeaderView::ResizeToContents);
    header->resizeSection(int(MergeConflictModel::Column::Path), 160);
    m_conflictTable->installEventFilter(this);
    m_conflictTable->setCurrentIndex(m_model->index(0, 0));
    connect(m_conflictTable, &QTableView::doubleClicked, this,
        [this] { chooseForCurrentRow(std::nullopt); });

    m_mineButton = makeButton(tr("Keep &Mine"), tr("Keep mine"), "keepMineButton",
        tr("Use your value for the selected path (Left)"), pane);
    m_theirsButton = makeButton(tr("Take &Theirs"), tr("Take theirs"), "takeTheirsButton",
        tr("Use their value for the selected path (Right)"), pane);
    connect(m_mineButton, &QPushButton::clicked, this,
        [this] { chooseForCurrentRow(JsonMerge::Choice::Mine); });
    connect(m_theirsButton, &QPushButton::clicked, this,
        [this] { chooseForCurrentRow(JsonMerge::Choice::Theirs); });

    auto *intro = new QLabel(tr("You and the other side changed the same paths. Choose for each "
                                "path which value to keep; the other changes are merged."),
        pane);
    intro->setWordWrap(true);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(makeHeading(tr("&Conflicts:"), m_conflictTable, pane), 1);
    choiceRow->addWidget(m_mineButton);
    choiceRow->addWidget(m_theirsButton);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(choiceRow);
    layout->addWidget(m_conflictTable, 1);
    return pane;
}

QWidget *MergeDialog::buildChangesPane()
{
    auto *pane = new QWidget(this);
    m_changesList = new QTreeWidget(pane);
    m_changesList->setObjectName(QStringLiteral("changesList"));
    m_changesList->setAccessibleName(tr("Changes made on the server"));
    m_changesList->setRootIsDecorated(false);
    m_changesList->setAlternatingRowColors(true);
    m_changesList->setHeaderLabels({tr("Path"), tr("Before"), tr("After")});
    m_changesList->header()->resizeSection(0, 200);
    m_changesList->header()->resizeSection(1, 260);

    auto addRow = [this](const QString &path, const std::optional<JsonValue> &before,
                      const std::optional<JsonValue> &after, bool plainText) {
        auto *item = new QTreeWidgetItem(m_changesList,
            {path, MergeConflictModel::displayText(before, plainText),
                MergeConflictModel::displayText(after, plainText)});
        if (!plainText) {
            if (before)
                item->setToolTip(1, before->toPrettyString());
            if (after)
                item->setToolTip(2, after->toPrettyString());
        }
    };
    if (m_versions.theirKey != m_versions.baseKey && m_versions.myKey == m_versions.baseKey) {
        addRow(tr("key (name)"), JsonValue::fromString(m_versions.baseKey),
            JsonValue::fromString(m_versions.theirKey), true);
    }
    for (const MergeChange &change : m_result.theirChanges)
        addRow(change.path.toString(), change.before, change.after, false);
    if (m_changesList->topLevelItemCount() > 0)
        m_changesList->setCurrentItem(m_changesList->topLevelItem(0));

    auto *intro = new QLabel(
        tr("The other side's changes do not overlap yours. Check the merged value, then save it."),
        pane);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(makeHeading(tr("&Changes made on the server:"), m_changesList, pane));
    layout->addWidget(m_changesList, 1);
    return pane;
}

QWidget *MergeDialog::buildPreviewPane()
{
    auto *pane = new QWidget(this);
    m_preview = new QPlainTextEdit(pane);
    m_preview->setObjectName(QStringLiteral("mergePreview"));
    m_preview->setReadOnly(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setTabChangesFocus(true);
    auto *highlighter = new JsonHighlighter(m_preview->document());
    highlighter->setPalette(m_preview->palette());

    m_keyLabel = new QLabel(pane);
    m_keyLabel->setObjectName(QStringLiteral("mergeKeyLabel"));
    m_keyLabel->setTextFormat(Qt::PlainText);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const bool keyChanged =
        m_versions.myKey != m_versions.baseKey || m_versions.theirKey != m_versions.baseKey;
    m_keyLabel->setVisible(keyChanged);

    const QString title = hasConflicts() ? tr("&Resolved value:") : tr("&Merged value:");
    m_preview->setAccessibleName(hasConflicts() ? tr("Resolved value") : tr("Merged value"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeHeading(title, m_preview, pane));
    layout->addWidget(m_keyLabel);
    layout->addWidget(m_preview, 1);
    return pane;
}

QString MergeDialog::heading() const
{
    const QString key = m_versions.baseKey;
    if (m_versions.owner.isEmpty())
        return tr("Your preference \u201c%1\u201d was changed on the server after you opened it.")
            .arg(key);
    return tr("The preference \u201c%1\u201d of %2 was changed on the server after you opened it.")
        .arg(key, m_versions.owner);
}

JsonValue MergeDialog::resolvedValue() const
{
    switch (m_outcome) {
    case Outcome::OverwriteWithMine:
        return m_versions.mine;
    case Outcome::DiscardMine:
        return m_versions.theirs;
    default:
        break;
    }
    if (!m_result.hasConflicts())
        return m_result.merged;
    QList<JsonMerge::Choice> choices = m_model->choices();
    if (m_keyConflict)
        choices.removeFirst();
    return JsonMerge::resolve(
        m_versions.base, m_versions.mine, m_versions.theirs, m_result, choices);
}

QString MergeDialog::resolvedKey() const
{
    switch (m_outcome) {
    case Outcome::OverwriteWithMine:
        return m_versions.myKey;
    case Outcome::DiscardMine:
        return m_versions.theirKey;
    default:
        break;
    }
    if (m_keyConflict)
        return m_model->choice(0) == JsonMerge::Choice::Theirs ? m_versions.theirKey
                                                               : m_versions.myKey;
    // Only one side renamed it (or both alike): that name.
    return m_versions.myKey == m_versions.baseKey ? m_versions.theirKey : m_versions.myKey;
}

void MergeDialog::setChoice(int row, JsonMerge::Choice choice)
{
    m_model->setChoice(row, choice);
}

void MergeDialog::reject()
{
    m_outcome = Outcome::Cancel;
    QDialog::reject();
}

void MergeDialog::finish(Outcome outcome)
{
    m_outcome = outcome;
    done(QDialog::Accepted);
}

void MergeDialog::updatePreview()
{
    m_preview->setPlainText(resolvedValue().toPrettyString());
    m_keyLabel->setText(tr("Key: %1").arg(resolvedKey()));
}

void MergeDialog::chooseForCurrentRow(std::optional<JsonMerge::Choice> choice)
{
    const int row = m_conflictTable->currentIndex().row();
    if (row < 0)
        return;
    if (!choice) {
        choice = m_model->choice(row) == JsonMerge::Choice::Mine ? JsonMerge::Choice::Theirs
                                                                 : JsonMerge::Choice::Mine;
    }
    m_model->setChoice(row, *choice);
}

bool MergeDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_conflictTable && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            switch (key->key()) {
            case Qt::Key_Space:
                chooseForCurrentRow(std::nullopt);
                return true;
            case Qt::Key_Left:
                chooseForCurrentRow(JsonMerge::Choice::Mine);
                return true;
            case Qt::Key_Right:
                chooseForCurrentRow(JsonMerge::Choice::Theirs);
                return true;
            default:
                break;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}
