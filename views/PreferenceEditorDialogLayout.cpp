// The code-built layout of PreferenceEditorDialog.
#include "PreferenceEditorDialog.h"

#include "ChangesView.h"
#include "JsonTextEdit.h"
#include "JsonTreeEditor.h"
#include "MessageBar.h"
#include "ValueQuickEdit.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// Text edits this far apart are two undo steps.
constexpr int TextBurstPauseMs = 1000;

} // namespace

void PreferenceEditorDialog::buildUi()
{
    setObjectName(QStringLiteral("preferenceEditorDialog"));
    setSizeGripEnabled(true);
    setMinimumSize(480, 380);
    resize(680, 520);

    m_ownerLabel = new QLabel(this);
    m_ownerLabel->setObjectName(QStringLiteral("ownerLabel"));
    m_ownerLabel->setTextFormat(Qt::PlainText); // server-supplied names, never markup
    m_ownerLabel->setMargin(6);
    m_ownerLabel->setWordWrap(true);
    m_ownerLabel->hide();

    m_messageBar = new MessageBar(this);
    connect(m_messageBar, &MessageBar::actionTriggered, this, &PreferenceEditorDialog::save);

    // Key
    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setAccessibleName(tr("Key"));
    m_keyEdit->setPlaceholderText(tr("e.g. notifications.email"));
    m_keyEdit->installEventFilter(this);
    m_keyHint = new QLabel(this);
    m_keyHint->setObjectName(QStringLiteral("keyHint"));
    m_keyHint->setTextFormat(Qt::PlainText);
    m_keyHint->setWordWrap(true);
    m_keyHint->hide();
    auto *keyForm = new QFormLayout;
    keyForm->addRow(tr("&Key:"), m_keyEdit);
    keyForm->addRow(QString(), m_keyHint);
    connect(m_keyEdit, &QLineEdit::textChanged, this, &PreferenceEditorDialog::updateState);
    connect(m_keyEdit, &QLineEdit::textEdited, this, [this] {
        m_keyTouched = true;
        updateKeyHint();
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Value pages"));

    // Undo and redo of every page's edits
    m_undoStack = new QUndoStack(this);
    m_undoAction = new QAction(tr("Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    m_redoAction = new QAction(tr("Redo"), this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redoAction->setShortcuts(redoKeys);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    addActions({m_undoAction, m_redoAction});
    connect(
        m_undoStack, &QUndoStack::canUndoChanged, this, &PreferenceEditorDialog::updateUndoActions);
    connect(
        m_undoStack, &QUndoStack::canRedoChanged, this, &PreferenceEditorDialog::updateUndoActions);
    updateUndoActions();
    m_textBurstTimer.setSingleShot(true);
    m_textBurstTimer.setInterval(TextBurstPauseMs);
    connect(&m_textBurstTimer, &QTimer::timeout, this, &PreferenceEditorDialog::endTextBurst);
    const auto typeChangeGuard = [this](ValueQuickEdit::Kind from, ValueQuickEdit::Kind to,
                                     const JsonValue &converted) {
        return confirmTypeChange(from, to, converted);
    };

    // Value: the type-aware quick edit
    m_quickEdit = new ValueQuickEdit(m_tabs);
    m_quickEdit->setAccessibleName(tr("Value"));
    for (QWidget *w : m_quickEdit->findChildren<QWidget *>())
        w->installEventFilter(this);
    m_quickEdit->setTypeChangeGuard(typeChangeGuard);
    connect(m_quickEdit, &ValueQuickEdit::edited, this, &PreferenceEditorDialog::onQuickEdited);
    connect(m_quickEdit, &ValueQuickEdit::editAsJsonRequested, this, [this] {
        m_tabs->setCurrentWidget(m_jsonPage);
        m_valueEdit->setFocus();
    });
    m_tabs->addTab(m_quickEdit, tr("&Value"));

    // Tree: objects and arrays node by node
    m_treeEditor = new JsonTreeEditor(m_undoStack, m_tabs);
    m_treeEditor->setTypeChangeGuard(typeChangeGuard);
    m_treeEditor->addContextActions({m_undoAction, m_redoAction});
    connect(m_treeEditor, &JsonTreeEditor::edited, this, &PreferenceEditorDialog::onTreeEdited);
    connect(m_keyEdit, &QLineEdit::textChanged, m_treeEditor, &JsonTreeEditor::setRootName);
    m_tabs->addTab(m_treeEditor, tr("T&ree"));

    // JSON: the raw text
    m_jsonPage = new QWidget(m_tabs);
    m_jsonPage->setObjectName(QStringLiteral("jsonPage"));
    m_typeLabel = new QLabel(m_jsonPage);
    m_typeLabel->setObjectName(QStringLiteral("typeLabel"));
    m_formatButton = new QPushButton(tr("&Format"), m_jsonPage);
    m_formatButton->setObjectName(QStringLiteral("formatButton"));
    m_formatButton->setAccessibleName(tr("Format"));
    m_formatButton->setToolTip(tr("Indent the JSON, one member per line (keeps the key order)"));
    m_formatButton->setAutoDefault(false);
    connect(m_formatButton, &QPushButton::clicked, this, &PreferenceEditorDialog::formatValue);
    m_compactButton = new QPushButton(tr("Co&mpact"), m_jsonPage);
    m_compactButton->setObjectName(QStringLiteral("compactButton"));
    m_compactButton->setAccessibleName(tr("Compact"));
    m_compactButton->setToolTip(tr("Put the JSON on one line (keeps the key order)"));
    m_compactButton->setAutoDefault(false);
    connect(m_compactButton, &QPushButton::clicked, this, &PreferenceEditorDialog::compactValue);
    m_valueEdit = new JsonTextEdit(m_jsonPage);
    m_valueEdit->setObjectName(QStringLiteral("valueEdit"));
    m_valueEdit->setAccessibleName(tr("Value as JSON"));
    m_valueEdit->installEventFilter(this);
    auto *jsonTools = new QHBoxLayout;
    jsonTools->addWidget(m_typeLabel, 1);
    jsonTools->addWidget(m_formatButton);
    jsonTools->addWidget(m_compactButton);
    auto *jsonLayout = new QVBoxLayout(m_jsonPage);
    jsonLayout->addLayout(jsonTools);
    jsonLayout->addWidget(m_valueEdit, 1);
    m_tabs->addTab(m_jsonPage, tr("&JSON"));

    // Validation runs shortly after typing stops, so big values stay responsive.
    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(150);
    connect(&m_validateTimer, &QTimer::timeout, this, &PreferenceEditorDialog::validateSoon);
    connect(&m_validationWatcher, &QFutureWatcher<Validation>::finished, this,
        [this] { applyValidation(m_validationWatcher.result()); });
    connect(m_valueEdit, &QPlainTextEdit::textChanged, this, [this] {
        ++m_validationGeneration; // a parse under way is of an older text
        m_validating = false;
        m_validateTimer.start();
        recordTextEdit();
    });
    m_valueEdit->setUndoRedoEnabled(false); // the dialog's undo covers the text

    // Changes
    m_changesPage = new QWidget(m_tabs);
    m_changesPage->setObjectName(QStringLiteral("changesPage"));
    m_keyChangeLabel = new QLabel(m_changesPage);
    m_keyChangeLabel->setObjectName(QStringLiteral("keyChangeLabel"));
    m_keyChangeLabel->setTextFormat(Qt::PlainText);
    m_keyChangeLabel->setWordWrap(true);
    m_changesView = new ChangesView(m_changesPage);
    m_changesView->setAccessibleName(tr("Changes"));
    auto *changesLayout = new QVBoxLayout(m_changesPage);
    changesLayout->addWidget(m_keyChangeLabel);
    changesLayout->addWidget(m_changesView, 1);
    m_tabs->addTab(m_changesPage, tr("C&hanges"));

    // Details
    auto *details = new QWidget(m_tabs);
    details->setObjectName(QStringLiteral("detailsPage"));
    auto makeDetail = [details](const char *name) {
        auto *label = new QLabel(details);
        label->setObjectName(QLatin1String(name));
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return label;
    };
    m_idLabel = makeDetail("idLabel");
    m_createdLabel = makeDetail("createdLabel");
    m_updatedLabel = makeDetail("updatedLabel");
    auto *detailsForm = new QFormLayout(details);
    detailsForm->addRow(tr("Id:"), m_idLabel);
    detailsForm->addRow(tr("Created:"), m_createdLabel);
    detailsForm->addRow(tr("Last updated:"), m_updatedLabel);
    m_tabs->addTab(details, tr("&Details"));

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        endTextBurst();
        if (isValidationPending())
            validateNow(); // every page shows the text as typed
        if (m_tabs->currentWidget() == m_changesPage)
            updateChangesView();
        // A mnemonic from inside the pages goes on into the new page's field.
        if (QWidget *focus = QApplication::focusWidget();
            focus && m_tabs->currentWidget()->isAncestorOf(focus))
            focusCurrentPage();
    });

    // The JSON error, always visible below the pages
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setAccessibleName(tr("Value error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_jumpButton = new QPushButton(tr("Go to Error"), this);
    m_jumpButton->setObjectName(QStringLiteral("jumpToErrorButton"));
    m_jumpButton->setAccessibleName(tr("Go to error"));
    m_jumpButton->setToolTip(tr("Show where the JSON is wrong (Ctrl+E)"));
    m_jumpButton->setAutoDefault(false);
    connect(m_jumpButton, &QPushButton::clicked, this, &PreferenceEditorDialog::jumpToError);
    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorLabel, 1);
    errorRow->addWidget(m_jumpButton, 0, Qt::AlignTop);

    // Saving
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Saving"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setMaximumWidth(120);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->hide();
    m_busyLabel = new QLabel(tr("Saving\u2026"), this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();

    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save"));
    m_saveButton->setToolTip(tr("Send the changes to the server (Ctrl+S)"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &PreferenceEditorDialog::save);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setAutoDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &PreferenceEditorDialog::reject);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_saveButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busyIndicator);
    bottom->addWidget(m_busyLabel);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ownerLabel);
    layout->addWidget(m_messageBar);
    layout->addLayout(keyForm);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(errorRow);
    layout->addLayout(bottom);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &PreferenceEditorDialog::save);
    auto *jumpShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(jumpShortcut, &QShortcut::activated, this, &PreferenceEditorDialog::jumpToError);

    setTabOrder(m_keyEdit, m_tabs);
    setTabOrder(m_saveButton, m_cancelButton);

    applyColours();
}
