// ChangeSetModel: a plan as a table, then the results of its apply as they
// come, watched by a QAbstractItemModelTester for the whole test. No server:
// an applier without a client fails each write it starts, from the event loop.

#include "ChangeSet.h"
#include "ChangeSetApplier.h"
#include "ChangeSetModel.h"
#include "JsonValue.h"
#include "TestValues.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

// create, change, unchanged, delete: one of each.
ChangeSet plan()
{
    return ChangeSet::plan({{u"new"_qs, json("[1.10]")}, {u"theme"_qs, json("\"dark\"")},
                               {u"language"_qs, json("\"en\"")}},
        {preference(1, "theme", "\"light\""), preference(2, "language", "\"en\""),
            preference(3, "old", "{\"a\":1}")},
        ChangeSet::Missing::Delete);
}

} // namespace

class TestChangeSetModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsThePlan();
    void followsTheApply();

private:
    QString text(int row, ChangeSetModel::Column column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, int(column)).data(role).toString();
    }

    std::unique_ptr<ChangeSetModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestChangeSetModel::init()
{
    m_model = std::make_unique<ChangeSetModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestChangeSetModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestChangeSetModel::showsThePlan()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setChangeSet(plan());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), 5);
    QCOMPARE(m_model->headerData(int(ChangeSetModel::Column::Before), Qt::Horizontal).toString(),
        u"Before"_qs);

    using Column = ChangeSetModel::Column;
    QCOMPARE(text(0, Column::Action), u"create"_qs);
    QCOMPARE(text(0, Column::Key), u"new"_qs);
    QCOMPARE(text(0, Column::Before), u"(absent)"_qs);
    QCOMPARE(text(0, Column::After), u"[1.10]"_qs); // as written
    QCOMPARE(text(1, Column::Action), u"change"_qs);
    QCOMPARE(text(1, Column::Before), u"\"light\""_qs);
    QCOMPARE(text(1, Column::After), u"\"dark\""_qs);
    QCOMPARE(text(2, Column::Action), u"unchanged"_qs);
    QCOMPARE(text(3, Column::Action), u"delete"_qs);
    QCOMPARE(text(3, Column::Before), u"{\"a\":1}"_qs);
    QCOMPARE(text(3, Column::Before, Qt::ToolTipRole), u"{\n  \"a\": 1\n}"_qs);
    QCOMPARE(text(3, Column::After), u"(absent)"_qs);
    QCOMPARE(
        m_model->index(3, 0).data(ChangeSetModel::KindRole).toInt(), int(ChangeSet::Kind::Delete));
    // No results before an apply.
    QVERIFY(!m_model->index(1, int(Column::Result)).data().isValid());
    QVERIFY(!m_model->index(1, 0).data(ChangeSetModel::StatusRole).isValid());
}

void TestChangeSetModel::followsTheApply()
{
    ChangeSetApplier applier(nullptr, u"me"_qs, plan());
    m_model->setApplier(&applier);
    QCOMPARE(m_model->rowCount(), 4);
    using Column = ChangeSetModel::Column;
    QCOMPARE(text(0, Column::Result), u"pending"_qs);
    QCOMPARE(text(2, Column::Result), u"unchanged"_qs);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy finished(&applier, &ChangeSetApplier::finished);
    applier.start();
    QVERIFY(finished.wait(10000));
    // Each write: once when it started, once when it ended.
    QCOMPARE(changed.count(), 6);
    for (const QList<QVariant> &arguments : std::as_const(changed))
        QCOMPARE(arguments.at(0).toModelIndex().column(), int(Column::Result));
    QCOMPARE(text(0, Column::Result), u"failed"_qs);
    QCOMPARE(
        text(0, Column::Result, Qt::ToolTipRole), applier.results().at(0).error.toUserString());
    QCOMPARE(m_model->index(3, 0).data(ChangeSetModel::StatusRole).toInt(),
        int(ChangeSetApplier::Status::Failed));

    // Another plan: the applier's results are no longer shown.
    m_model->setChangeSet(plan());
    QVERIFY(!m_model->index(0, int(Column::Result)).data().isValid());
}

QTEST_GUILESS_MAIN(TestChangeSetModel)
#include "tst_changesetmodel.moc"
