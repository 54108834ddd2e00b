#pragma once

#include "Draft.h"
#include "DraftStore.h"
#include "Preference.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class DraftAutosave;
class MainWindow;
class MessageBar;
class PreferenceEditorDialog;
class QToolButton;

// The drafts of one main window: it gives every editor dialog of the window
// a DraftAutosave, and offers the drafts of an earlier session for the same
// community in a message bar under the window's own (Restore / Discard, or a
// list when there are several). Restoring switches the window to the
// draft's user if needed and opens the editor on the draft's base version
// with the draft's key and text, as unsaved changes; saving then goes
// through the dialog's usual save path (and its conflict check).
//
// Drafts of another account are offered only to admins, who can open them.
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    // A child of window; server is the API's base URL. The message bar goes
    // under the window's "messageBar". Offers the restorable drafts at once.
    DraftKeeper(MainWindow *window, const QUrl &server);
    ~DraftKeeper() override;

    // For the dialogs opened from now on; DraftAutosave::DefaultIntervalMs by default.
    void setAutosaveInterval(int ms) { m_intervalMs = ms; }

    // Keeps the dialog's drafts; the window's current user owns it. restoredId:
    // the draft it was restored from.
    DraftAutosave *watch(PreferenceEditorDialog *dialog, const QString &restoredId = QString());

    // This community's drafts that the signed-in account may open, oldest first.
    QList<Draft> restorableDrafts() const;
    // "“theme” of Bob Rossi", "your “theme”", "a new preference of Bob Rossi"...
    QString describe(const Draft &draft) const;

public slots:
    // Shows the offer when there are drafts to restore, else hides it.
    void offer();
    // Opens the draft in the editor (after switching the user if needed).
    // False when it does not exist or an editor is open already.
    bool restore(const QString &id);
    // Asks, then removes the draft. False when the user keeps it.
    bool discard(const QString &id);
    void showList();

signals:
    // An editor was opened on a restored draft.
    void restored(PreferenceEditorDialog *dialog);

private:
    void onOfferAction();
    void openPendingWhenReady();
    void openEditor(const Draft &draft);

    MainWindow *m_window;
    DraftStore m_store;
    QString m_server;
    int m_intervalMs;
    MessageBar *m_bar;
    QToolButton *m_discardButton;
    QList<Draft> m_offered; // what the bar offers
    std::optional<Draft> m_pending; // waiting for the window to show its user
};
