#include "DraftAutosave.h"

#include "JsonTextEdit.h"
#include "PreferenceEditorDialog.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QPlainTextEdit>

DraftAutosave::DraftAutosave(PreferenceEditorDialog *dialog, const Draft &context,
    const DraftStore &store, const QString &restoredId)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_store(store)
    , m_context(context)
    , m_isNew(dialog->mode() == PreferenceEditorDialog::Mode::New)
{
    setObjectName(QStringLiteral("draftAutosave"));
    if (!restoredId.isEmpty())
        m_context.id = restoredId;
    else if (m_isNew)
        m_context.id = DraftStore::newDraftId();
    else
        m_context.id =
            DraftStore::editDraftId(m_context.server, m_context.user, dialog->basePreference().id);
    m_hasDraft = !restoredId.isEmpty();
    takeSnapshot();

    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosave::flush);

    // The fields the user types in (their object names are the dialog's API
    // for tests and accessibility too).
    if (auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit")))
        connect(keyEdit, &QLineEdit::textChanged, this, &DraftAutosave::onEdited);
    if (auto *valueEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("valueEdit")))
        connect(valueEdit, &QPlainTextEdit::textChanged, this, &DraftAutosave::onEdited);
    connect(dialog, &QDialog::finished, this, &DraftAutosave::onFinished);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (m_pending && !m_finished)
            flush();
    });
}

namespace {

// A text this long is not parsed on the GUI thread to find out whether it
// differs from the base.
constexpr qsizetype BigTextChars = 64 * 1024;

} // namespace

DraftAutosave::~DraftAutosave()
{
    // The dialog is being destroyed without having ended: keep what was
    // typed last. Its fields may be gone already, so only the snapshot counts.
    if (m_pending && !m_finished && hasUnsavedChanges())
        writeSnapshot();
}

void DraftAutosave::setInterval(int ms)
{
    m_timer.setInterval(ms);
}

void DraftAutosave::onEdited()
{
    if (m_finished)
        return;
    takeSnapshot();
    m_pending = true;
    if (!m_timer.isActive())
        m_timer.start(); // a throttle: edits meanwhile join this write
}

void DraftAutosave::takeSnapshot()
{
    if (!m_dialog)
        return;
    m_base = m_dialog->basePreference();
    m_key = m_dialog->key();
    m_text = m_dialog->valueText();
}

bool DraftAutosave::hasUnsavedChanges() const
{
    // As the dialog's hasChanges(), but on the snapshot.
    if (m_isNew)
        return !m_key.isEmpty() || !m_text.trimmed().isEmpty();
    if (m_key != m_base.key)
        return true;
    if (m_text == JsonTextEdit::editable(m_base.value.toPrettyString()))
        return false;
    const std::optional<JsonValue> value = JsonValue::parse(m_text);
    return !value || !value->isIdenticalTo(m_base.value);
}

void DraftAutosave::flush()
{
    m_timer.stop();
    if (m_finished)
        return;
    takeSnapshot();
    m_pending = false;
    // The dialog has validated this very text already, or is about to:
    // asking it spares a parse of a megabyte value on the GUI thread (while
    // a big value is being typed, the draft is kept; the next flush after
    // the pause removes it if the value is back to the base).
    bool changed = false;
    if (m_dialog && !m_dialog->isValidationPending())
        changed = m_dialog->hasChanges();
    else if (m_dialog && m_text.size() > BigTextChars)
        changed = true;
    else
        changed = hasUnsavedChanges();
    if (changed)
        writeSnapshot();
    else if (m_hasDraft)
        removeDraft(); // edited back to the base: nothing to keep
}

void DraftAutosave::writeSnapshot()
{
    Draft draft = m_context;
    draft.preferenceId = m_isNew ? 0 : m_base.id;
    if (!m_isNew)
        draft.base = m_base;
    draft.key = m_key;
    draft.valueText = m_text;
    draft.savedAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_store.write(draft, &error)) {
        qCWarning(lcDrafts).noquote() << "The draft could not be saved:" << error;
        return;
    }
    m_pending = false;
    m_hasDraft = true;
    emit written(draft.id);
}

void DraftAutosave::onFinished()
{
    // Saved, or deliberately discarded (or closed unchanged).
    m_finished = true;
    m_pending = false;
    m_timer.stop();
    if (m_hasDraft)
        removeDraft();
}

void DraftAutosave::removeDraft()
{
    if (!m_store.remove(m_context.id)) {
        qCWarning(lcDrafts).noquote()
            << "The draft could not be removed:" << m_store.filePath(m_context.id);
        return;
    }
    m_hasDraft = false;
    emit removed(m_context.id);
}
