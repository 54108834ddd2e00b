#pragma once

#include "JsonMerge.h"

#include <QDialog>

class MergeConflictModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

// Opened when a save finds that the preference changed on the server since
// the edit started. Two modes:
// - No conflicts: the merged value and what the other side changed, and one
//   question: "Save Merged Value" (the default) or "Cancel".
// - Conflicts: one row per path that both sides changed (a renamed key is
//   one more row, "key (name)") with the original, mine and theirs, and a
//   choice per row; Space toggles it, Left keeps mine, Right takes theirs.
//   A live preview shows the resolved value. "Save Resolved Value",
//   "Overwrite with Mine", "Discard Mine and Reload" or "Cancel".
// The dialog only decides; the caller saves or reloads.
//
//     MergeDialog dialog(versions, JsonMerge::merge(base, mine, theirs), this);
//     dialog.exec();
//     switch (dialog.outcome()) {
//     case MergeDialog::Outcome::SaveMerged:
//     case MergeDialog::Outcome::OverwriteWithMine:
//         patch(dialog.resolvedKey(), dialog.resolvedValue()); break;
//     case MergeDialog::Outcome::DiscardMine: reload(); break;
//     case MergeDialog::Outcome::Cancel: break; // back to the editor
//     }
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Outcome { SaveMerged, OverwriteWithMine, DiscardMine, Cancel };
    Q_ENUM(Outcome)

    struct Versions
    {
        // Whose preference, e.g. "Bob Rossi (bob, id 3)"; empty: the user's own.
        QString owner;
        QString baseKey; // as opened
        QString myKey; // as edited; empty: baseKey
        QString theirKey; // as on the server now; empty: baseKey
        JsonValue base;
        JsonValue mine;
        JsonValue theirs;
    };

    // result: JsonMerge::merge(versions.base, versions.mine, versions.theirs).
    MergeDialog(const Versions &versions, const MergeResult &result, QWidget *parent = nullptr);

    // A path or the key was changed on both sides, differently.
    bool hasConflicts() const { return m_result.hasConflicts() || m_keyConflict; }
    bool hasKeyConflict() const { return m_keyConflict; }

    Outcome outcome() const { return m_outcome; }
    // The value to save: merged, resolved as chosen, mine (OverwriteWithMine)
    // or theirs (DiscardMine). For Cancel, the value resolved as chosen so far.
    JsonValue resolvedValue() const;
    // The key to save, chosen the same way.
    QString resolvedKey() const;

    MergeConflictModel *conflictModel() const { return m_model; }
    // The choice for each row of conflictModel() (the key's row first, if any).
    void setChoice(int row, JsonMerge::Choice choice);

public slots:
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QWidget *buildConflictsPane();
    QWidget *buildChangesPane();
    QWidget *buildPreviewPane();
    void finish(Outcome outcome);
    void updatePreview();
    void chooseForCurrentRow(std::optional<JsonMerge::Choice> choice); // nullopt: toggle
    QString heading() const;

    Versions m_versions;
    MergeResult m_result;
    bool m_keyConflict = false;
    Outcome m_outcome = Outcome::Cancel;
    MergeConflictModel *m_model;

    QTableView *m_conflictTable = nullptr;
    QTreeWidget *m_changesList = nullptr;
    QLabel *m_keyLabel = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_mineButton = nullptr;
    QPushButton *m_theirsButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_overwriteButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
