#pragma once

#include "Draft.h"
#include "DraftStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class PreferenceEditorDialog;

// Keeps the draft of one editor dialog on disk while it has unsaved changes,
// so that the edit survives a crash, a quit or a destroyed window.
//
//   - Edits (the key field, the JSON text) are written at most once per
//     interval (2 s by default), the first one an interval after it was made.
//   - When the dialog ends (accepted after a successful save, or rejected:
//     the user discarded the changes or closed it unchanged), the draft is
//     removed. A failed save or a cancelled close leaves it.
//   - When the dialog is destroyed without ending (its window was deleted,
//     the application quit), what was typed last is written at once.
//
// It copies the key, the text and the base version on every edit, because
// the dialog's fields are gone by the time it is destroyed with it.
//
// Typical use (DraftKeeper does this for the main window's dialogs):
//     new DraftAutosave(dialog, context, DraftStore());
class DraftAutosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 2000;

    // Becomes a child of dialog. context gives the server, user, owner and
    // account; the rest comes from the dialog. restoredId: the draft the
    // dialog was restored from, which this one takes over (and removes when
    // the dialog ends).
    DraftAutosave(PreferenceEditorDialog *dialog, const Draft &context, const DraftStore &store,
        const QString &restoredId = QString());
    ~DraftAutosave() override;

    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }
    QString draftId() const { return m_context.id; }
    // A file of this dialog's draft exists (written, or restored from).
    bool hasDraft() const { return m_hasDraft; }
    // Edits not on disk yet.
    bool isPending() const { return m_pending; }

public slots:
    // Writes the draft now if there are unsaved changes, or removes it when
    // the edit is back to its base.
    void flush();

signals:
    void written(const QString &id);
    void removed(const QString &id);

private:
    void onEdited();
    void onFinished();
    void takeSnapshot();
    bool hasUnsavedChanges() const;
    void writeSnapshot();
    void removeDraft();

    QPointer<PreferenceEditorDialog> m_dialog;
    DraftStore m_store;
    Draft m_context; // everything but the snapshot
    bool m_isNew = false;
    // The snapshot, from the last edit.
    Preference m_base;
    QString m_key;
    QString m_text;

    QTimer m_timer;
    bool m_pending = false;
    bool m_hasDraft = false;
    bool m_finished = false;
};
