#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

// One burst of edits of the JSON text (typing, a paste, Format, a quick
// edit), for the editor dialog's QUndoStack: undo puts back the whole text
// of before, redo the whole text of after. The next edit of the same burst
// merges into it; one that brings the text back to where the burst began
// makes it obsolete, and the stack drops it.
class ValueTextCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const QString &text)>;

    // The text is after already: the first redo() leaves it alone.
    ValueTextCommand(Apply apply, const QString &before, const QString &after, int burst);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    Apply m_apply;
    QString m_before;
    QString m_after;
    int m_burst;
    bool m_firstRedo = true;
};
