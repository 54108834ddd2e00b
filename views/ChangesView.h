#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

// Old and new text side by side, in two read-only monospace panes whose rows
// line up (blank filler rows stand in for lines only one side has). Lines
// that differ are tinted: removed ones on the left, added ones on the right.
// The panes scroll together.
class ChangesView : public QWidget
{
    Q_OBJECT

public:
    explicit ChangesView(QWidget *parent = nullptr);

    void setTitles(const QString &oldTitle, const QString &newTitle);
    void setTexts(const QString &oldText, const QString &newText);

    // 0-based line numbers, in the old and in the new text, of the lines marked.
    QList<int> changedOldLines() const { return m_changedOld; }
    QList<int> changedNewLines() const { return m_changedNew; }
    bool hasChanges() const { return !m_changedOld.isEmpty() || !m_changedNew.isEmpty(); }
    QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyMarks();

    QLabel *m_summary;
    QLabel *m_oldTitle;
    QLabel *m_newTitle;
    QPlainTextEdit *m_oldPane;
    QPlainTextEdit *m_newPane;
    QList<int> m_changedOld;
    QList<int> m_changedNew;
    // Per aligned row: 0 same, 1 changed, 2 filler.
    QList<char> m_oldRows;
    QList<char> m_newRows;
};
