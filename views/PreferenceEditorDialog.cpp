#include "PreferenceEditorDialog.h"

#include "ChangesView.h"
#include "JsonTextEdit.h"
#include "JsonTreeEditor.h"
#include "MessageBar.h"
#include "MessageBox.h"
#include "ValueQuickEdit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

constexpr int ValidationDelayMs = 150;
constexpr int ElideLength = 300;

QString elided(const QString &text)
{
    return text.size() <= ElideLength ? text : text.left(ElideLength) + QChar(0x2026);
}

// Red for errors, orange for warnings, readable on the label's background.
void setHintColour(QLabel *label, bool error)
{
    const bool dark = label->palette().color(QPalette::Window).lightness() < 128;
    const QColor colour = error ? (dark ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x20, 0x30))
                                : (dark ? QColor(0xff, 0xb0, 0x50) : QColor(0x9a, 0x50, 0x00));
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, colour);
    label->setPalette(pal);
}

QString localTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return PreferenceEditorDialog::tr("unknown");
    return QLocale().toString(dateTime.toLocalTime(), QLocale::LongFormat);
}

} // namespace

PreferenceEditorDialog::PreferenceEditorDialog(PreferenceModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_mode(Mode::New)
{
    buildUi();
    setUpEditor(QString(), nullptr);
}

PreferenceEditorDialog::PreferenceEditorDialog(
    PreferenceModel *model, const Preference &preference, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_mode(Mode::Edit)
    , m_id(preference.id)
    , m_original(preference)
{
    buildUi();
    setUpEditor(preference.key, &preference.value);
}

PreferenceEditorDialog::~PreferenceEditorDialog()
{
    // The stack clears itself as it goes, when this dialog is half gone.
    m_undoStack->disconnect(this);
}

void PreferenceEditorDialog::setUpEditor(const QString &key, const JsonValue *value)
{
    m_keyEdit->setText(key);
    m_applyingText = true;
    m_valueEdit->setJsonText(value ? value->toPrettyString() : QString());
    m_applyingText = false;
    m_undoText = m_valueEdit->text();
    m_undoStack->clear();
    m_valueEdit->document()->setModified(false);
    if (value) {
        // The text is this value: no need to parse it again.
        ++m_validationGeneration;
        m_validateTimer.stop();
        m_validating = false;
        m_value = *value;
        m_valueIsOriginal = m_mode == Mode::Edit && value->isIdenticalTo(m_original.value);
        m_parseError = JsonParseError();
        m_valueEdit->clearErrorMarker();
        showValidated();
    } else {
        validateNow();
    }
    showPageFor(m_value);
    updateDetails();
    if (m_mode == Mode::New || key.isEmpty())
        m_keyEdit->setFocus();
    else
        focusCurrentPage();
}

void PreferenceEditorDialog::showPageFor(const std::optional<JsonValue> &value)
{
    QWidget *page = m_jsonPage;
    if (value && (value->isObject() || value->isArray()))
        page = m_treeEditor;
    else if (value && !value->isNull())
        page = m_quickEdit;
    m_tabs->setCurrentWidget(page);
}

void PreferenceEditorDialog::focusCurrentPage()
{
    // Into the field itself, so that typing (and Space on a boolean) works
    // at once: a scalar's text is selected, replaced by what is typed.
    QWidget *page = m_tabs->currentWidget();
    if (page == m_quickEdit)
        m_quickEdit->focusValueField();
    else if (page == m_treeEditor)
        m_treeEditor->setFocus();
    else if (page == m_jsonPage)
        m_valueEdit->setFocus();
}

void PreferenceEditorDialog::setInitialContent(const QString &key, const JsonValue &value)
{
    setUpEditor(key, &value);
}

void PreferenceEditorDialog::restoreDraft(const QString &key, const QString &valueText)
{
    m_keyTouched = true;
    m_keyEdit->setText(key);
    m_valueEdit->replaceAll(valueText); // one undo step back to the base
    endTextBurst();
    m_valueEdit->document()->setModified(true);
    validateNow();
    // The text as typed: the JSON page unless it is valid.
    showPageFor(m_value);
    if (key.isEmpty())
        m_keyEdit->setFocus();
    else
        focusCurrentPage();
}

void PreferenceEditorDialog::setOwner(const UserInfo &owner, bool isSignedInUser)
{
    m_ownerIsOther = !isSignedInUser;
    m_ownerName = isSignedInUser
        ? QString()
        : tr("%1 (%2, id %3)").arg(owner.displayName(), owner.username).arg(owner.id);
    if (isSignedInUser)
        m_ownerLabel->setText(owner.username.isEmpty()
                ? tr("Your own preference")
                : tr("Your own preference (%1)").arg(owner.username));
    else
        m_ownerLabel->setText(tr("Preference of %1 (%2, id %3)")
                                  .arg(owner.displayName(), owner.username)
                                  .arg(owner.id));
    m_ownerLabel->setAccessibleName(m_ownerLabel->text());
    m_ownerLabel->show();
    applyColours();
}

void PreferenceEditorDialog::applyColours()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    // Another person's data gets a distinct, warm banner.
    QPalette owner;
    if (m_ownerIsOther) {
        owner.setColor(
            QPalette::Window, dark ? QColor(0x5a, 0x3a, 0x10) : QColor(0xff, 0xe8, 0xc0));
        owner.setColor(
            QPalette::WindowText, dark ? QColor(0xff, 0xe0, 0xb0) : QColor(0x4a, 0x2a, 0x00));
    } else {
        owner = palette();
    }
    m_ownerLabel->setPalette(owner);
    m_ownerLabel->setAutoFillBackground(m_ownerIsOther);

    QPalette error = m_errorLabel->palette();
    error.setColor(
        QPalette::WindowText, dark ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x20, 0x30));
    m_errorLabel->setPalette(error);
    updateKeyHint();
}

void PreferenceEditorDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_errorLabel)
        applyColours();
}

QString PreferenceEditorDialog::key() const
{
    return m_keyEdit->text();
}

QString PreferenceEditorDialog::valueText() const
{
    return m_valueEdit->text();
}

bool PreferenceEditorDialog::keyChanged() const
{
    return m_mode == Mode::New || key() != m_original.key;
}

bool PreferenceEditorDialog::valueChanged() const
{
    if (m_mode == Mode::New || !m_value)
        return true;
    return !m_valueIsOriginal;
}

bool PreferenceEditorDialog::isValid() const
{
    return !key().isEmpty() && !keyIsTaken() && m_value.has_value() && !isValidationPending();
}

bool PreferenceEditorDialog::keyIsTaken() const
{
    return keyChanged() && keyIsUsedElsewhere(key());
}

bool PreferenceEditorDialog::hasChanges() const
{
    if (m_mode == Mode::New)
        return !key().isEmpty() || !valueText().trimmed().isEmpty();
    if (isValidationPending())
        return true; // typing; the next validation decides
    return keyChanged() || valueChanged();
}

bool PreferenceEditorDialog::keyIsUsedElsewhere(const QString &key) const
{
    if (!m_model)
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Preference &p = m_model->preferenceAt(row);
        if (p.key == key && p.id != m_id)
            return true;
    }
    return false;
}

void PreferenceEditorDialog::updateKeyHint()
{
    const QString k = key();
    QString hint;
    bool error = false;
    if (k.isEmpty()) {
        if (m_mode == Mode::Edit || m_keyTouched)
            hint = tr("The key must not be empty.");
        error = true;
    } else if (k.trimmed() != k) {
        hint = tr("The key starts or ends with a space. Is that intended?");
    } else if (keyIsTaken()) {
        // Refused here rather than by the server: a user's keys are unique.
        hint = m_mode == Mode::New
            ? tr("Another preference of this user already has this key, so this one cannot be "
                 "created. Choose another key, or edit that preference instead.")
            : tr("Another preference of this user already has this key, so this one cannot be "
                 "renamed to it. Choose another key.");
        error = true;
    }
    m_keyHint->setText(hint);
    m_keyHint->setVisible(!hint.isEmpty());
    setHintColour(m_keyHint, error);
    m_keyEdit->setAccessibleDescription(hint);
}

void PreferenceEditorDialog::updateState()
{
    updateKeyHint();

    QString error;
    if (m_parseError.isValid())
        error = m_parseError.toString();
    else if (!m_value && !isValidationPending())
        error = tr("The value is empty. Enter JSON, such as \"text\", 42, true, null or {}.");
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!error.isEmpty());
    m_errorLabel->setAccessibleDescription(error);
    m_jumpButton->setVisible(m_parseError.isValid());

    if (m_value) {
        QString type = m_value->typeName();
        if (m_value->isArray() || m_value->isObject())
            type = m_value->isArray() ? tr("array of %n element(s)", nullptr, int(m_value->size()))
                                      : tr("object of %n member(s)", nullptr, int(m_value->size()));
        m_typeLabel->setText(tr("Valid JSON: %1").arg(type));
    } else {
        m_typeLabel->setText(tr("Not valid JSON yet"));
    }

    const bool canFormat = m_value.has_value() && !m_saving;
    m_formatButton->setEnabled(canFormat);
    m_compactButton->setEnabled(canFormat);
    m_saveButton->setEnabled(!m_saving && isValid() && hasChanges());

    const QString title = m_mode == Mode::New
        ? tr("New Preference")
        : tr("Edit Preference \u201c%1\u201d").arg(m_original.key);
    setWindowTitle(title + QStringLiteral("[*]"));
    setWindowModified(hasChanges());

    if (m_tabs->currentWidget() == m_changesPage)
        updateChangesView();
}

void PreferenceEditorDialog::updateChangesView()
{
    const QString oldText = m_mode == Mode::Edit ? m_original.value.toPrettyString() : QString();
    const QString newText = m_value ? m_value->toPrettyString() : valueText();
    m_changesView->setTexts(oldText, newText);

    QString keyText;
    if (m_mode == Mode::New)
        keyText = tr("New preference with the key \u201c%1\u201d.").arg(key());
    else if (keyChanged())
        keyText = tr("Key: \u201c%1\u201d \u2192 \u201c%2\u201d").arg(m_original.key, key());
    else
        keyText = tr("Key unchanged: \u201c%1\u201d").arg(key());
    // Two sentences, one per line, whatever the language's punctuation.
    if (!m_value)
        keyText += u'\n' + tr("The new value is not valid JSON; it is shown as typed.");
    m_keyChangeLabel->setText(keyText);
}

void PreferenceEditorDialog::updateDetails()
{
    if (m_mode == Mode::New) {
        m_idLabel->setText(m_id ? QString::number(m_id) : tr("assigned when saved"));
        m_createdLabel->setText(tr("not saved yet"));
        m_updatedLabel->setText(tr("not saved yet"));
    } else {
        m_idLabel->setText(QString::number(m_original.id));
        m_createdLabel->setText(localTime(m_original.createdAt));
        m_updatedLabel->setText(localTime(m_original.lastUpdatedAt));
    }
}

void PreferenceEditorDialog::showChanges()
{
    m_tabs->setCurrentWidget(m_changesPage);
}

bool PreferenceEditorDialog::jumpToError()
{
    if (isValidationPending())
        validateNow();
    if (!m_parseError.isValid())
        return false;
    m_tabs->setCurrentWidget(m_jsonPage);
    m_valueEdit->jumpToLineColumn(m_parseError.line, m_parseError.column);
    return true;
}

void PreferenceEditorDialog::formatValue()
{
    if (isValidationPending())
        validateNow();
    if (!m_value || m_saving)
        return;
    m_valueEdit->replaceAll(m_value->toPrettyString());
    validateNow();
}

void PreferenceEditorDialog::compactValue()
{
    if (isValidationPending())
        validateNow();
    if (!m_value || m_saving)
        return;
    m_valueEdit->replaceAll(m_value->toCompactString());
    validateNow();
}

bool PreferenceEditorDialog::confirmTypeChange(
    ValueQuickEdit::Kind from, ValueQuickEdit::Kind to, const JsonValue &converted)
{
    const auto answer = MessageBox::question(this, tr("Change the Type?"),
        tr("Change the type of the value from %1 to %2?")
            .arg(ValueQuickEdit::kindName(from), ValueQuickEdit::kindName(to)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
        tr("The value will become: %1").arg(elided(converted.toCompactString())));
    return answer == QMessageBox::Yes;
}

void PreferenceEditorDialog::setBusy(bool busy)
{
    m_keyEdit->setReadOnly(busy);
    m_valueEdit->setReadOnly(busy);
    m_quickEdit->setReadOnly(busy);
    m_treeEditor->setReadOnly(busy);
    m_cancelButton->setEnabled(!busy);
    m_jumpButton->setEnabled(!busy);
    m_busyIndicator->setVisible(busy);
    m_busyLabel->setVisible(busy);
    updateUndoActions();
    updateState();
}

void PreferenceEditorDialog::reject()
{
    if (m_saving)
        return; // the request is in flight: no closing by accident
    if (isValidationPending())
        validateNow();
    if (hasChanges()) {
        const QString name = key().isEmpty() ? tr("this new preference") : key();
        const auto answer = MessageBox::question(this, tr("Discard Changes?"),
            tr("Your changes to \u201c%1\u201d are not saved. Discard them?").arg(name),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

bool PreferenceEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Text fields claim Ctrl+E (end of line on X11) and their own undo keys;
    // the dialog's shortcuts win, and its undo covers every page. The key
    // field keeps its own undo.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *keyEvent = static_cast<QKeyEvent *>(event);
        const QKeySequence keys(keyEvent->keyCombination());
        const bool undoKeys =
            m_undoAction->shortcuts().contains(keys) || m_redoAction->shortcuts().contains(keys);
        if (keyEvent->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_E) ||
            keyEvent->matches(QKeySequence::Save) || (undoKeys && watched != m_keyEdit)) {
            event->ignore();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
