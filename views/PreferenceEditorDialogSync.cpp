// PreferenceEditorDialog: the pages in step, and undo.
//
// The JSON text is what is saved; m_value is its last valid value.
// - An edit of the text (typing, Format, Compact, a quick edit, a merge) is
//   recorded as a ValueTextCommand, one per burst, and validated after a
//   short pause: a valid value goes to the quick edit and to the tree, which
//   leave themselves alone when they hold it already.
// - A tree edit is a command of its own. The tree's value is written into
//   the text (only the part that differs changes, so the cursor stays) and
//   is m_value without parsing it again.
// - Undo and redo of either kind take the same ways, so every page follows.
#include "PreferenceEditorDialog.h"

#include "JsonTextEdit.h"
#include "JsonTreeEditor.h"
#include "ValueTextCommand.h"

#include <QAction>
#include <QPromise>
#include <QThreadPool>
#include <QUndoStack>

#include <memory>

namespace {

// Texts up to this size are parsed at once; bigger ones off the GUI thread.
constexpr qsizetype BackgroundValidationChars = 64 * 1024;

} // namespace

PreferenceEditorDialog::Validation PreferenceEditorDialog::validate(
    const QString &text, const JsonValue &original, const std::optional<JsonValue> &tree)
{
    Validation result;
    result.empty = text.trimmed().isEmpty();
    if (result.empty)
        return result;
    result.value = JsonValue::parse(text, &result.error);
    if (result.value) {
        result.sameAsOriginal = result.value->isIdenticalTo(original);
        if (tree)
            result.sameAsTree = result.value->isIdenticalTo(*tree);
    }
    return result;
}

void PreferenceEditorDialog::validateNow()
{
    Validation validation = validate(m_valueEdit->text(), m_original.value, std::nullopt);
    validation.generation = ++m_validationGeneration;
    applyValidation(validation);
}

void PreferenceEditorDialog::validateSoon()
{
    QString text = m_valueEdit->text();
    if (text.size() < BackgroundValidationChars) {
        validateNow();
        return;
    }
    // JsonValue is immutable and its nodes are shared by reference counts,
    // so the worker may compare with the values the dialog holds.
    const int generation = ++m_validationGeneration;
    m_validating = true;
    auto promise = std::make_shared<QPromise<Validation>>();
    m_validationWatcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, text = std::move(text), original = m_original.value,
            tree = std::optional<JsonValue>(m_treeEditor->value()), generation] {
            Validation validation = validate(text, original, tree);
            validation.generation = generation;
            validation.offThread = true;
            promise->addResult(validation);
            promise->finish();
        });
    updateState();
}

void PreferenceEditorDialog::applyValidation(const Validation &validation)
{
    if (validation.generation != m_validationGeneration)
        return; // the text changed since
    m_validateTimer.stop();
    m_validating = false;
    // The values replaced here, big ones, are freed off the GUI thread once
    // every page has let go of them: hundreds of thousands of nodes.
    std::optional<JsonValue> replaced;
    std::optional<JsonValue> replacedInTree;
    if (validation.offThread) {
        replaced = m_value;
        replacedInTree = m_treeEditor->value();
    }
    m_value = validation.value;
    m_parseError = validation.empty ? JsonParseError() : validation.error;
    m_valueIsOriginal = m_mode == Mode::Edit && validation.sameAsOriginal;
    if (m_value || validation.empty)
        m_valueEdit->clearErrorMarker();
    else
        m_valueEdit->setErrorPosition(
            m_valueEdit->positionForLineColumn(m_parseError.line, m_parseError.column));
    // A parse off the GUI thread compared with the tree already.
    std::optional<bool> treeDiffers;
    if (validation.sameAsTree)
        treeDiffers = !*validation.sameAsTree;
    showValidated(treeDiffers);
    if (validation.offThread) {
        QThreadPool::globalInstance()->start(
            [replaced = std::move(replaced), replacedInTree = std::move(replacedInTree)] {});
    }
}

void PreferenceEditorDialog::showValidated(std::optional<bool> treeDiffers)
{
    if (m_value) {
        m_quickEdit->setValue(*m_value);
        if (!treeDiffers.has_value())
            m_treeEditor->setValue(*m_value);
        else if (*treeDiffers)
            m_treeEditor->resetValue(*m_value);
        m_treeEditor->setTextError({});
    } else if (valueText().trimmed().isEmpty()) {
        const QString none = tr("There is no value yet. Type it on the JSON page.");
        m_quickEdit->setInvalid(none);
        m_treeEditor->setTextError(none);
    } else {
        m_quickEdit->setInvalid();
        m_treeEditor->setTextError(
            tr("The JSON text has an error (%1). The tree shows the last valid value; fix the "
               "text on the JSON page to edit it here.")
                .arg(m_parseError.toString()));
    }
    updateState();
}

void PreferenceEditorDialog::recordTextEdit()
{
    if (m_applyingText)
        return;
    const QString text = m_valueEdit->text();
    if (text == m_undoText)
        return;
    m_undoStack->push(new ValueTextCommand(
        [this](const QString &undone) { applyUndoText(undone); }, m_undoText, text, m_textBurst));
    m_undoText = text;
    m_textBurstTimer.start();
}

void PreferenceEditorDialog::applyUndoText(const QString &text)
{
    endTextBurst();
    m_applyingText = true;
    m_valueEdit->replaceAll(text);
    m_applyingText = false;
    m_undoText = text;
    validateNow();
}

void PreferenceEditorDialog::endTextBurst()
{
    ++m_textBurst;
    m_textBurstTimer.stop();
}

void PreferenceEditorDialog::onQuickEdited()
{
    // A change of type was asked about already (confirmTypeChange).
    m_valueEdit->replaceAll(m_quickEdit->jsonText());
    validateNow();
}

void PreferenceEditorDialog::onTreeEdited()
{
    endTextBurst();
    const JsonValue value = m_treeEditor->value();
    m_applyingText = true;
    m_valueEdit->replaceAll(value.toPrettyString());
    m_applyingText = false;
    m_undoText = m_valueEdit->text();
    m_validateTimer.stop();
    ++m_validationGeneration; // a parse under way is of an older text
    m_validating = false;
    m_value = value; // what the text now says, without parsing it again
    m_valueIsOriginal = m_mode == Mode::Edit && value.isIdenticalTo(m_original.value);
    m_parseError = JsonParseError();
    m_valueEdit->clearErrorMarker();
    showValidated();
}

void PreferenceEditorDialog::updateUndoActions()
{
    m_undoAction->setEnabled(!m_saving && m_undoStack->canUndo());
    m_redoAction->setEnabled(!m_saving && m_undoStack->canRedo());
}
