// PreferenceEditorDialog: saving. One write at a time, heard only by this
// dialog; a conflict with the server's version goes through MergeDialog.
#include "PreferenceEditorDialog.h"

#include "JsonTextEdit.h"
#include "MessageBar.h"
#include "MessageBox.h"

#include <QLineEdit>

void PreferenceEditorDialog::save()
{
    if (m_saving)
        return;
    if (isValidationPending())
        validateNow();
    if (!isValid() || !hasChanges())
        return;
    if (!m_model) {
        m_messageBar->showMessage(
            MessageBar::Type::Error, tr("The preference cannot be saved: its list was closed."));
        return;
    }
    m_messageBar->clear();
    if (m_mode == Mode::New) {
        startWrite(m_model->create(key(), *m_value));
        return;
    }
    std::optional<QString> newKey;
    std::optional<JsonValue> newValue;
    if (keyChanged())
        newKey = key();
    if (valueChanged())
        newValue = *m_value;
    startWrite(m_model->patch(m_original, newKey, newValue));
}

void PreferenceEditorDialog::startWrite(PreferenceWrite *write)
{
    // Only this dialog's own write can close it.
    m_write = write;
    connect(write, &PreferenceWrite::succeeded, this, &PreferenceEditorDialog::onSaved);
    connect(write, &PreferenceWrite::conflicted, this,
        [this, write] { onConflicted(write->current()); });
    connect(write, &PreferenceWrite::failed, this, &PreferenceEditorDialog::onSaveFailed);
    m_saving = true;
    setBusy(true);
    write->start();
}

void PreferenceEditorDialog::onSaved(const Preference &result)
{
    const bool differs = m_write && m_write->answerDiffers();
    m_saving = false;
    m_id = result.id;
    setBusy(false);
    emit saved(result.id);
    if (!differs) {
        accept();
        return;
    }
    // Saved, but not as sent: show what the server keeps.
    m_mode = Mode::Edit;
    m_original = result;
    setUpEditor(result.key, &result.value);
    m_messageBar->showMessage(MessageBar::Type::Warning,
        tr("Saved, but the server stored something other than what was sent. The editor now "
           "shows what the server holds."));
}

void PreferenceEditorDialog::onSaveFailed(const ApiError &error)
{
    m_saving = false;
    setBusy(false);

    QString text = error.toUserString();
    const auto fields = error.fieldErrors();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString line = tr("%1: %2").arg(it.key(), it.value().join(u' '));
        if (!text.contains(line))
            text += u'\n' + line;
    }
    m_messageBar->showMessage(
        MessageBar::Type::Error, text, error.isTransient() ? tr("Retry") : QString());
    if (fields.contains(QStringLiteral("key")))
        m_keyEdit->setFocus();
}

void PreferenceEditorDialog::onConflicted(const std::optional<Preference> &current)
{
    m_saving = false;
    setBusy(false);
    if (m_mode == Mode::New) {
        const qint64 existing = current ? current->id : 0;
        m_messageBar->showMessage(MessageBar::Type::Error,
            tr("This user already has a preference with the key \u201c%1\u201d (id %2). Choose "
               "another key, or edit that preference instead.")
                .arg(key())
                .arg(existing));
        m_keyEdit->setFocus();
        m_keyEdit->selectAll();
        return;
    }
    if (!current) {
        offerToCreateAgain();
        return;
    }
    mergeWith(*current);
}

void PreferenceEditorDialog::offerToCreateAgain()
{
    const auto answer = MessageBox::question(this, tr("Preference Deleted"),
        tr("\u201c%1\u201d was deleted on the server while you were editing it. Create it again "
           "with your value?")
            .arg(m_original.key),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_messageBar->showMessage(MessageBar::Type::Warning,
            tr("Not saved: \u201c%1\u201d no longer exists on the server. Your edit is kept "
               "here.")
                .arg(m_original.key));
        return;
    }
    m_mode = Mode::New; // from now on this edit creates the preference
    startWrite(m_model->create(key(), *m_value));
}

void PreferenceEditorDialog::mergeWith(const Preference &theirs)
{
    if (theirs.key == m_original.key && theirs.value.isIdenticalTo(m_original.value)) {
        // Written again unchanged: nothing of theirs can be lost.
        m_original = theirs;
        updateDetails();
        save();
        return;
    }
    const MergeDialog::Versions versions {
        m_ownerName, m_original.key, key(), theirs.key, m_original.value, *m_value, theirs.value};
    auto *dialog =
        new MergeDialog(versions, JsonMerge::merge(m_original.value, *m_value, theirs.value), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, theirs] {
        onMergeDecided(dialog->outcome(), dialog->resolvedKey(), dialog->resolvedValue(), theirs);
    });
    dialog->open();
}

void PreferenceEditorDialog::onMergeDecided(MergeDialog::Outcome outcome, const QString &mergedKey,
    const JsonValue &mergedValue, const Preference &theirs)
{
    switch (outcome) {
    case MergeDialog::Outcome::SaveMerged:
    case MergeDialog::Outcome::OverwriteWithMine:
        // From now on the edit is based on what the server holds; the save
        // checks again that nothing moved meanwhile.
        m_original = theirs;
        updateDetails();
        m_keyEdit->setText(mergedKey);
        if (!mergedValue.isIdenticalTo(*m_value))
            m_valueEdit->replaceAll(mergedValue.toPrettyString());
        validateNow();
        save();
        break;
    case MergeDialog::Outcome::DiscardMine:
        m_original = theirs;
        setUpEditor(theirs.key, &theirs.value);
        m_messageBar->showMessage(MessageBar::Type::Information,
            tr("Your edit was discarded. The editor shows what the server holds now."));
        break;
    case MergeDialog::Outcome::Cancel:
        m_messageBar->showMessage(MessageBar::Type::Warning,
            tr("Not saved: \u201c%1\u201d was changed on the server while you were editing it. "
               "Your edit is kept here; save again to merge it.")
                .arg(m_original.key),
            tr("Merge"));
        break;
    }
}
