// PreferenceComparisonModel: two users' preferences as four groups (only in
// A, only in B, differing, identical) with their keys below, watched by a
// QAbstractItemModelTester for the whole test, through a reset too.

#include "JsonValue.h"
#include "PreferenceComparison.h"
#include "PreferenceComparisonModel.h"
#include "TestValues.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Status = PreferenceComparison::Status;
using Column = PreferenceComparisonModel::Column;

namespace { } // namespace

class TestPreferenceComparisonModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void groupsTheKeys();
    void resetsToAnotherComparison();

private:
    std::unique_ptr<PreferenceComparisonModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPreferenceComparisonModel::init()
{
    m_model = std::make_unique<PreferenceComparisonModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPreferenceComparisonModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestPreferenceComparisonModel::groupsTheKeys()
{
    // Empty: four empty groups.
    QCOMPARE(m_model->rowCount(), 4);
    for (int group = 0; group < 4; ++group)
        QCOMPARE(m_model->rowCount(m_model->index(group, 0)), 0);

    const QList<Preference> a {preference(1, "theme", "\"dark\""),
        preference(2, "size", "{\"w\": 1.0, \"h\": 2}"), preference(3, "mine", "[1]"),
        preference(4, "big", "18446744073709551615")};
    const QList<Preference> b {preference(10, "big", "18446744073709551614"),
        preference(11, "size", "{\"h\": 2, \"w\": 1}"), preference(12, "theirs", "null"),
        preference(13, "theme", "\"light\"")};
    m_model->setComparison(PreferenceComparison::compare(a, b), u"bob"_qs, u"alice"_qs);

    QCOMPARE(m_model->headerData(int(Column::A), Qt::Horizontal).toString(), u"A: bob"_qs);
    QCOMPARE(m_model->headerData(int(Column::B), Qt::Horizontal).toString(), u"B: alice"_qs);
    const auto keysOf = [this](Status status) {
        const QModelIndex group = m_model->groupIndex(status);
        QStringList keys;
        for (int row = 0; row < m_model->rowCount(group); ++row)
            keys.append(
                m_model->index(row, 0, group).data(PreferenceComparisonModel::KeyRole).toString());
        return keys;
    };
    QCOMPARE(keysOf(Status::OnlyInA), QStringList {u"mine"_qs});
    QCOMPARE(keysOf(Status::OnlyInB), QStringList {u"theirs"_qs});
    QCOMPARE(keysOf(Status::Differing), (QStringList {u"theme"_qs, u"big"_qs}));
    QCOMPARE(keysOf(Status::Identical), QStringList {u"size"_qs}); // by meaning

    const QModelIndex differing = m_model->groupIndex(Status::Differing);
    QCOMPARE(differing.data().toString(), u"Differing (2)"_qs);
    QCOMPARE(differing.data(PreferenceComparisonModel::IsKeyRole).toBool(), false);
    QCOMPARE(m_model->rowAt(differing), nullptr);
    const QModelIndex big = m_model->keyIndex(u"big"_qs);
    QCOMPARE(big.parent(), differing);
    QCOMPARE(big.data(PreferenceComparisonModel::StatusRole).toInt(), int(Status::Differing));
    QCOMPARE(big.data(PreferenceComparisonModel::IsKeyRole).toBool(), true);
    // Every digit of both sides.
    QCOMPARE(big.siblingAtColumn(int(Column::A)).data().toString(), u"18446744073709551615"_qs);
    QCOMPARE(big.siblingAtColumn(int(Column::B)).data().toString(), u"18446744073709551614"_qs);
    // Only in A: nothing in B's column.
    const QModelIndex mine = m_model->keyIndex(u"mine"_qs);
    QCOMPARE(mine.siblingAtColumn(int(Column::A)).data().toString(), u"[1]"_qs);
    QVERIFY(m_model->rowAt(mine)->a && !m_model->rowAt(mine)->b);
    QVERIFY(!m_model->keyIndex(u"absent"_qs).isValid());
}

void TestPreferenceComparisonModel::resetsToAnotherComparison()
{
    m_model->setComparison(PreferenceComparison::compare({preference(1, "k", "1")}, {}), {}, {});
    QCOMPARE(m_model->rowCount(m_model->groupIndex(Status::OnlyInA)), 1);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setComparison(
        PreferenceComparison::compare({preference(1, "k", "1")}, {preference(2, "k", "1.0")}), {},
        {});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(m_model->groupIndex(Status::OnlyInA)), 0);
    QCOMPARE(m_model->rowCount(m_model->groupIndex(Status::Identical)), 1);
    QCOMPARE(m_model->headerData(int(Column::A), Qt::Horizontal).toString(), u"A"_qs);
}

QTEST_GUILESS_MAIN(TestPreferenceComparisonModel)
#include "tst_preferencecomparisonmodel.moc"
