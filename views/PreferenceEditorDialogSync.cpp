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
#include <QUndoStack>

void PreferenceEditorDialog::validateNow()
{
    m_validateTimer.stop();
    const QString text = m_valueEdit->toPlainText();
    m_parseError = JsonParseError();
    if (text.trimmed().isEmpty()) {
        m_value.reset();
        m_valueEdit->clearErrorMarker();
    } else {
        m_value = JsonValue::parse(text, &m_parseError);
        if (m_value)
            m_valueEdit->clearErrorMarker();
        else
            m_valueEdit->setErrorPosition(
                m_valueEdit->positionForLineColumn(m_parseError.line, m_parseError.column));
    }
    showValidated();
}

void PreferenceEditorDialog::showValidated()
{
    if (m_value) {
        m_quickEdit->setValue(*m_value);
        m_treeEditor->setValue(*m_value);
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
    const QString text = m_valueEdit->toPlainText();
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
    m_undoText = m_valueEdit->toPlainText();
    m_validateTimer.stop();
    m_value = value; // what the text now says, without parsing it again
    m_parseError = JsonParseError();
    m_valueEdit->clearErrorMarker();
    showValidated();
}

void PreferenceEditorDialog::updateUndoActions()
{
    m_undoAction->setEnabled(!m_saving && m_undoStack->canUndo());
    m_redoAction->setEnabled(!m_saving && m_undoStack->canRedo());
}
