#pragma once

#include "JsonValue.h"
#include "MergeDialog.h"
#include "Preference.h"
#include "PreferenceModel.h"
#include "ValueQuickEdit.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

#include <optional>

class ChangesView;
class JsonTextEdit;
class JsonTreeEditor;
class MessageBar;
class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QUndoStack;

// Edits one preference, or creates a new one: the key, the value (as JSON,
// type-aware through the quick edit, or as a tree), validated as you type,
// with the changes shown side by side before saving. The pages always show
// the same value; edits on any of them are undone and redone together
// (Ctrl+Z, Ctrl+Shift+Z). Saving goes through the model
// (PATCH with only what changed, or POST); the dialog accepts once the server
// has confirmed, and stays open with the edit intact when it refuses.
//
// Typical use:
//     PreferenceEditorDialog dialog(model, model->preferenceAt(row), this);
//     dialog.setOwner(owner, owner.id == me.id);
//     if (dialog.exec() == QDialog::Accepted) ... dialog.preferenceId() ...
class PreferenceEditorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Edit, New };
    Q_ENUM(Mode)

    // New: an empty key and value; saving creates the preference.
    explicit PreferenceEditorDialog(PreferenceModel *model, QWidget *parent = nullptr);
    // Edit: the preference as it is now; saving patches it.
    PreferenceEditorDialog(
        PreferenceModel *model, const Preference &preference, QWidget *parent = nullptr);
    ~PreferenceEditorDialog() override;

    // Whose preference this is, shown at the top: "Your preference" or
    // "Preference of Bob Rossi (bob, id 3)" (in a distinct colour).
    void setOwner(const UserInfo &owner, bool isSignedInUser);
    // New: starts from this key and value instead of empty fields.
    void setInitialContent(const QString &key, const JsonValue &value);
    // A draft of an earlier session (DraftKeeper): fills the key and the
    // JSON text exactly as given, valid or not, as unsaved changes. The base
    // (what the dialog was opened with) stays: the save compares it with the
    // server. The value can be undone back to the base (one step).
    void restoreDraft(const QString &key, const QString &valueText);
    // The version the edit started from (for New, an empty preference).
    Preference basePreference() const { return m_original; }

    Mode mode() const { return m_mode; }
    // The preference's id; for New, the new id once saved (0 before).
    qint64 preferenceId() const { return m_id; }
    QString key() const;
    QString valueText() const;
    // The value as last validated; empty while the JSON is invalid.
    std::optional<JsonValue> value() const { return m_value; }
    JsonParseError parseError() const { return m_parseError; }

    // Savable: a key not used by another preference of this user (as far
    // as the list knows), and a value that is valid JSON.
    bool isValid() const;
    bool hasChanges() const;
    bool isSaving() const { return m_saving; }
    // Typed recently; value() and the error are updated after a short pause
    // (a big value is parsed off the GUI thread meanwhile).
    bool isValidationPending() const { return m_validateTimer.isActive() || m_validating; }

public slots:
    void save();
    // Shows the JSON error's spot; false when there is no error.
    bool jumpToError();
    void formatValue();
    void compactValue();
    void showChanges();
    void reject() override;

signals:
    void saved(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What a parse of the JSON text found, off the GUI thread for a big text.
    struct Validation
    {
        int generation = 0; // results of an older text are dropped
        bool offThread = false; // parsed off the GUI thread: a big value
        bool empty = false;
        std::optional<JsonValue> value;
        JsonParseError error;
        bool sameAsOriginal = false; // value is identical to m_original.value
        std::optional<bool> sameAsTree; // ... to what the tree shows, when compared
    };
    static Validation validate(
        const QString &text, const JsonValue &original, const std::optional<JsonValue> &tree);

    void buildUi(); // PreferenceEditorDialogLayout.cpp
    void setUpEditor(const QString &key, const JsonValue *value);
    // PreferenceEditorDialogSync.cpp: the pages in step, and undo.
    void validateNow();
    void validateSoon(); // after the pause: a big text off the GUI thread
    void applyValidation(const Validation &validation);
    // m_value, or why there is none, on the quick edit and the tree.
    // treeDiffers: known already, so no comparison.
    void showValidated(std::optional<bool> treeDiffers = {});
    void recordTextEdit();
    void applyUndoText(const QString &text);
    void endTextBurst();
    void onQuickEdited();
    void onTreeEdited();
    void updateUndoActions();
    void updateKeyHint();
    void updateState();
    void updateChangesView();
    void updateDetails();
    void setBusy(bool busy);
    void applyColours(); // the owner banner and the error texts, for the palette
    bool confirmTypeChange(
        ValueQuickEdit::Kind from, ValueQuickEdit::Kind to, const JsonValue &converted);
    // The page a value opens on: the quick edit for a scalar, the tree for an
    // object or an array, else the JSON text.
    void showPageFor(const std::optional<JsonValue> &value);
    void focusCurrentPage();
    void startWrite(PreferenceWrite *write);
    void onSaved(const Preference &result);
    void onSaveFailed(const ApiError &error);
    void onConflicted(const std::optional<Preference> &current);
    void offerToCreateAgain();
    void mergeWith(const Preference &theirs);
    void onMergeDecided(MergeDialog::Outcome outcome, const QString &mergedKey,
        const JsonValue &mergedValue, const Preference &theirs);
    bool keyIsUsedElsewhere(const QString &key) const;
    bool keyIsTaken() const; // the key changed to one that another preference has
    bool valueChanged() const;
    bool keyChanged() const;

    QPointer<PreferenceModel> m_model;
    QPointer<PreferenceWrite> m_write; // the save in flight, if any
    Mode m_mode;
    qint64 m_id = 0;
    Preference m_original;
    std::optional<JsonValue> m_value;
    JsonParseError m_parseError;
    bool m_saving = false;
    bool m_ownerIsOther = false;
    QString m_ownerName; // for another user's preference: "Bob Rossi (bob, id 3)"
    bool m_keyTouched = false; // New: the empty key is flagged once edited
    QTimer m_validateTimer;
    QFutureWatcher<Validation> m_validationWatcher;
    int m_validationGeneration = 0;
    bool m_validating = false; // a parse runs off the GUI thread
    bool m_valueIsOriginal = false; // m_value is identical to m_original.value
    QUndoStack *m_undoStack = nullptr;
    QString m_undoText; // the JSON text as the undo stack knows it
    int m_textBurst = 0; // text edits of one burst merge into one command
    QTimer m_textBurstTimer; // a pause ends the burst
    bool m_applyingText = false; // a change of the text that is no edit of its own

    QLabel *m_ownerLabel = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QLabel *m_keyHint = nullptr;
    QTabWidget *m_tabs = nullptr;
    ValueQuickEdit *m_quickEdit = nullptr;
    JsonTreeEditor *m_treeEditor = nullptr;
    QWidget *m_jsonPage = nullptr;
    JsonTextEdit *m_valueEdit = nullptr;
    QLabel *m_typeLabel = nullptr;
    QPushButton *m_formatButton = nullptr;
    QPushButton *m_compactButton = nullptr;
    QWidget *m_changesPage = nullptr;
    QLabel *m_keyChangeLabel = nullptr;
    ChangesView *m_changesView = nullptr;
    QLabel *m_idLabel = nullptr;
    QLabel *m_createdLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_jumpButton = nullptr;
    QProgressBar *m_busyIndicator = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};
