#include "MergeConflictModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// MergeConflictModel: the conflicts of a merge as a table with a choice per row.
class tst_MergeConflictModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsShowAllThreeSides();
    void choicesChangeOneRow();
    void keyRowShowsPlainText();
    void longValuesAreElided();

private:
    static JsonValue json(const QString &text) { return *JsonValue::parse(text); }
    QString text(int row, MergeConflictModel::Column column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, int(column)).data(role).toString();
    }

    std::unique_ptr<MergeConflictModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_MergeConflictModel::init()
{
    m_model = std::make_unique<MergeConflictModel>();
    // Alive for the whole test, attached before the first change.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const MergeResult result = JsonMerge::merge(json(u"{\"a\":1,\"b\":{\"c\":true}}"_s),
        json(u"{\"a\":2,\"b\":{}}"_s), json(u"{\"a\":[3],\"b\":{\"c\":false}}"_s));
    QCOMPARE(result.conflicts.size(), 2);
    QList<MergeConflictModel::Row> rows;
    for (const auto &conflict : result.conflicts)
        rows.append(MergeConflictModel::conflictRow(conflict));
    m_model->setRows(rows);
}

void tst_MergeConflictModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void tst_MergeConflictModel::rowsShowAllThreeSides()
{
    using C = MergeConflictModel::Column;
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), 5);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QCOMPARE(m_model->headerData(int(C::Path), Qt::Horizontal).toString(), u"Path"_s);
    QCOMPARE(m_model->headerData(int(C::Choice), Qt::Horizontal).toString(), u"Use"_s);

    QCOMPARE(text(0, C::Path), u"a"_s);
    QCOMPARE(text(0, C::Original), u"1"_s);
    QCOMPARE(text(0, C::Mine), u"2"_s);
    QCOMPARE(text(0, C::Theirs), u"[3]"_s);
    QCOMPARE(text(0, C::Choice), u"Keep mine"_s);
    QCOMPARE(text(1, C::Path), u"b.c"_s);
    QCOMPARE(text(1, C::Mine), u"(absent)"_s);
    QCOMPARE(text(1, C::Theirs), u"false"_s);
    QVERIFY(!m_model->index(2, 0).data().isValid());
}

void tst_MergeConflictModel::choicesChangeOneRow()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setChoice(1, JsonMerge::Choice::Theirs);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(m_model->choices(), (QList {JsonMerge::Choice::Mine, JsonMerge::Choice::Theirs}));
    QCOMPARE(text(1, MergeConflictModel::Column::Choice), u"Take theirs"_s);

    // The same choice again changes nothing.
    m_model->setChoice(1, JsonMerge::Choice::Theirs);
    QCOMPARE(changed.size(), 1);

    const QModelIndex first = m_model->index(0, int(MergeConflictModel::Column::Path));
    QVERIFY(
        m_model->setData(first, int(JsonMerge::Choice::Theirs), MergeConflictModel::ChoiceRole));
    QCOMPARE(m_model->choice(0), JsonMerge::Choice::Theirs);
    QCOMPARE(first.data(MergeConflictModel::ChoiceRole).toInt(), int(JsonMerge::Choice::Theirs));
    QVERIFY(!m_model->setData(first, 7, MergeConflictModel::ChoiceRole));
    QVERIFY(!m_model->setData(first, 0, Qt::EditRole));
    QCOMPARE(changed.size(), 2);

    // New rows start again as mine.
    m_model->setRows({MergeConflictModel::keyRow(u"a"_s, u"b"_s, u"c"_s)});
    QCOMPARE(m_model->choices(), QList {JsonMerge::Choice::Mine});
}

void tst_MergeConflictModel::keyRowShowsPlainText()
{
    using C = MergeConflictModel::Column;
    m_model->setRows({MergeConflictModel::keyRow(u"theme"_s, u"ui.theme"_s, u"theme\"2"_s)});
    QCOMPARE(text(0, C::Path), u"key (name)"_s);
    QCOMPARE(text(0, C::Original), u"theme"_s);
    QCOMPARE(text(0, C::Mine), u"ui.theme"_s);
    QCOMPARE(text(0, C::Theirs), u"theme\"2"_s);
    QCOMPARE(text(0, C::Theirs, Qt::ToolTipRole), u"theme\"2"_s);
}

void tst_MergeConflictModel::longValuesAreElided()
{
    const QString longText(500, u'x');
    const QString shown = MergeConflictModel::displayText(JsonValue::fromString(longText), false);
    QCOMPARE(shown.size(), MergeConflictModel::MaxCellLength);
    QVERIFY(shown.startsWith(u"\"xxx"_s));
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QCOMPARE(MergeConflictModel::displayText(std::nullopt, false), u"(absent)"_s);

    m_model->setRows({{u"p"_s, JsonValue::fromString(longText), std::nullopt, std::nullopt}});
    // The tool tip has the value whole.
    QCOMPARE(text(0, MergeConflictModel::Column::Original, Qt::ToolTipRole),
        JsonValue::fromString(longText).toPrettyString());
}

QTEST_GUILESS_MAIN(tst_MergeConflictModel)
#include "tst_mergeconflictmodel.moc"
