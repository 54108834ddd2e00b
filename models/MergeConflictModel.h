#pragma once

#include "JsonMerge.h"

#include <QAbstractTableModel>

#include <optional>

// The conflicts of a three-way merge, one row per path, with the choice made
// for each (keep mine or take theirs; mine until changed). A renamed key can
// be one more row, whose values are shown as plain text.
class MergeConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Path, Original, Mine, Theirs, Choice, Count };
    // The row's JsonMerge::Choice as an int, in every column.
    static constexpr int ChoiceRole = Qt::UserRole + 1;
    // Values longer than this are elided in the cells (the tool tip has them whole).
    static constexpr int MaxCellLength = 120;

    struct Row
    {
        QString path; // as shown
        std::optional<JsonValue> base;
        std::optional<JsonValue> mine;
        std::optional<JsonValue> theirs;
        bool plainText = false; // strings shown without quotes (a key)
    };
    static Row conflictRow(const MergeConflict &conflict);
    // The row for a key both sides renamed: "key (name)".
    static Row keyRow(const QString &base, const QString &mine, const QString &theirs);

    explicit MergeConflictModel(QObject *parent = nullptr);

    // Replaces all rows; every choice starts as Mine.
    void setRows(const QList<Row> &rows);
    const Row &row(int row) const { return m_rows.at(row); }

    JsonMerge::Choice choice(int row) const;
    void setChoice(int row, JsonMerge::Choice choice);
    QList<JsonMerge::Choice> choices() const { return m_choices; }

    // "(absent)", the compact JSON (elided when long) or, for plain text, the string.
    static QString displayText(const std::optional<JsonValue> &value, bool plainText);
    // A cell that shows a value in another table of values: displayText()
    // as the text, the pretty JSON as the tooltip.
    static QVariant valueCellData(const std::optional<JsonValue> &value, int role);
    static QString choiceText(JsonMerge::Choice choice);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QList<JsonMerge::Choice> m_choices;
};
