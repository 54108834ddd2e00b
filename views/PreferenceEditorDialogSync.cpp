// PreferenceEditorDialog: the pages in step.
//
// The JSON text is what is saved; m_value is its last valid value.
// - An edit of the text (typing, Format, Compact, a quick edit, a merge) is
//   validated after a short pause: a valid value goes to the quick edit and
//   to the tree, which leave themselves alone when they hold it already.
// - A tree edit is a command on m_undoStack. The tree's value is written
//   into the text (only the part that differs changes, so the cursor stays)
//   and is m_value without parsing it again.
#include "PreferenceEditorDialog.h"

#include "JsonTextEdit.h"
#include "JsonTreeEditor.h"

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

void PreferenceEditorDialog::onQuickEdited()
{
    // A change of type was asked about already (confirmTypeChange).
    m_valueEdit->replaceAll(m_quickEdit->jsonText());
    validateNow();
}

void PreferenceEditorDialog::onTreeEdited()
{
    const JsonValue value = m_treeEditor->value();
    m_valueEdit->replaceAll(value.toPrettyString());
    m_validateTimer.stop();
    m_value = value; // what the text now says, without parsing it again
    m_parseError = JsonParseError();
    m_valueEdit->clearErrorMarker();
    showValidated();
}
