// JsonTreeModel: the rows of a JSON value, edits with exactly the right
// signals, and the edited value back with every untouched number as written.
// A QAbstractItemModelTester watches the model for the whole of each test.
#include "JsonTreeModel.h"
#include "TestValues.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Column = JsonTreeModel::Column;

namespace { } // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rowsShowNamesValuesAndTypes();
    void flagsFollowTheType();
    void untouchedNumbersComeBackByteForByte();
    void numberTextIsKeptOrRefused();
    void renamingEmitsDataChangedOnly();
    void duplicateNamesAreRefused();
    void insertAndRemoveEmitTheirRows();
    void moveEmitsRowsMoved();
    void typeChangeOfAContainerRemovesItsRowsFirst();
    void scalarBecomingAContainerInsertsItsRows();
    void pathsNameTheSameNodeAfterAReset();
    void checkStateTogglesABoolean();
    void tenThousandMembers();

private:
    // The model's structural signals and dataChanged, in the order they came.
    void recordSignals();

    std::unique_ptr<JsonTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_signals;
};

void TestJsonTreeModel::init()
{
    m_model = std::make_unique<JsonTreeModel>();
    // Watching before the first change, until the test ends.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_signals.clear();
}

void TestJsonTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestJsonTreeModel::recordSignals()
{
    JsonTreeModel *model = m_model.get();
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this](const QModelIndex &, int first, int last) {
            m_signals << u"aboutToInsert %1-%2"_s.arg(first).arg(last);
        });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { m_signals << u"inserted"_s; });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) {
            m_signals << u"aboutToRemove %1-%2"_s.arg(first).arg(last);
        });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { m_signals << u"removed"_s; });
    connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this,
        [this](const QModelIndex &, int first, int last, const QModelIndex &, int to) {
            m_signals << u"aboutToMove %1-%2 to %3"_s.arg(first).arg(last).arg(to);
        });
    connect(model, &QAbstractItemModel::rowsMoved, this, [this] { m_signals << u"moved"_s; });
    connect(model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) {
            m_signals
                << u"dataChanged %1:%2-%3"_s.arg(from.row()).arg(from.column()).arg(to.column());
        });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_signals << u"reset"_s; });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] { m_signals << u"layout"_s; });
    connect(model, &JsonTreeModel::valueEdited, this, [this] { m_signals << u"edited"_s; });
}

void TestJsonTreeModel::rowsShowNamesValuesAndTypes()
{
    m_model->setJsonValue(json(R"({"a": 1, "b": [true, null, "x\ny"], "c": {}})"));
    m_model->setRootName(u"prefs"_s);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex root = m_model->rootIndex();
    QCOMPARE(root.data().toString(), u"prefs"_s);
    QCOMPARE(root.siblingAtColumn(int(Column::Value)).data().toString(), u"3 member(s)"_s);
    QCOMPARE(root.siblingAtColumn(int(Column::Type)).data().toString(), u"object"_s);
    QCOMPARE(m_model->rowCount(root), 3);

    const QModelIndex a = m_model->index(0, 0, root);
    QCOMPARE(a.data().toString(), u"a"_s);
    QCOMPARE(m_model->keyAt(a), u"a"_s);
    QCOMPARE(a.siblingAtColumn(int(Column::Value)).data().toString(), u"1"_s);
    QCOMPARE(a.siblingAtColumn(int(Column::Type)).data().toString(), u"integer"_s);
    QVERIFY(a.siblingAtColumn(int(Column::Type))
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"exactly as written"_s));

    const QModelIndex b = m_model->index(1, 0, root);
    QCOMPARE(b.siblingAtColumn(int(Column::Value)).data().toString(), u"3 element(s)"_s);
    QCOMPARE(m_model->rowCount(b), 3);
    const QModelIndex first = m_model->index(0, 0, b);
    // An element: its index, painted by the view, since it moves with the rows.
    QCOMPARE(m_model->nameAt(first), u"0"_s);
    QVERIFY(!first.data().isValid());
    QCOMPARE(first.data(Qt::AccessibleTextRole).toString(), u"0"_s);
    QCOMPARE(m_model->nameAt(a), u"a"_s);
    QVERIFY(m_model->keyAt(first).isEmpty());
    QCOMPARE(first.siblingAtColumn(int(Column::Value)).data().toString(), u"true"_s);
    QCOMPARE(m_model->index(1, int(Column::Value), b).data().toString(), u"null"_s);
    // Shown on one line, edited as it is.
    QCOMPARE(m_model->index(2, int(Column::Value), b).data().toString(), u"x\u21b5y"_s);
    QCOMPARE(m_model->index(2, int(Column::Value), b).data(Qt::EditRole).toString(), u"x\ny"_s);
    QCOMPARE(m_model->index(2, int(Column::Type), b).data().toString(), u"string"_s);

    const QModelIndex c = m_model->index(2, 0, root);
    QVERIFY(!m_model->hasChildren(c));
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), u"Value"_s);
    QCOMPARE(m_model->valueAt(b).toCompactString(), u"[true,null,\"x\\ny\"]"_s);
    QCOMPARE(m_model->index(0, 0, b).data(JsonTreeModel::JsonValueRole).value<JsonValue>(),
        JsonValue::fromBool(true));
}

void TestJsonTreeModel::flagsFollowTheType()
{
    m_model->setJsonValue(json(R"({"n": 1.5, "s": "x", "t": true, "z": null, "o": {}, "a": [2]})"));
    const QModelIndex root = m_model->rootIndex();
    auto flags = [&](int row, Column column) {
        return m_model->flags(m_model->index(row, int(column), root));
    };
    QVERIFY(!(m_model->flags(root) & Qt::ItemIsEditable)); // the top level has no name
    QVERIFY(flags(0, Column::Name) & Qt::ItemIsEditable);
    QVERIFY(flags(0, Column::Value) & Qt::ItemIsEditable);
    QVERIFY(flags(1, Column::Value) & Qt::ItemIsEditable);
    QVERIFY(flags(2, Column::Value) & Qt::ItemIsUserCheckable);
    QVERIFY(!(flags(2, Column::Value) & Qt::ItemIsEditable));
    QVERIFY(!(flags(3, Column::Value) & Qt::ItemIsEditable)); // null: a change of type
    QVERIFY(!(flags(4, Column::Value) & Qt::ItemIsEditable));
    QVERIFY(!(flags(0, Column::Type) & Qt::ItemIsEditable));
    QVERIFY(flags(0, Column::Name) & Qt::ItemNeverHasChildren);
    QVERIFY(!(flags(5, Column::Name) & Qt::ItemNeverHasChildren));
    const QModelIndex element = m_model->index(0, 0, m_model->index(5, 0, root));
    QVERIFY(!(m_model->flags(element) & Qt::ItemIsEditable)); // an index is no name
    QVERIFY(!m_model->setData(element, u"x"_s));
}

void TestJsonTreeModel::untouchedNumbersComeBackByteForByte()
{
    const QByteArray text = R"({"big":12345678901234567890123,"dec":1.10,"neg":-0.0,)"
                            R"("exp":1E+2,"deep":{"list":[1.10,-0.0,{"flag":false}]},"on":false})";
    m_model->setJsonValue(json(text));
    QCOMPARE(m_model->jsonValue().toJson(), text); // no edit: the same text

    const QModelIndex root = m_model->rootIndex();
    const QModelIndex deep = m_model->index(4, 0, root);
    const QModelIndex list = m_model->index(0, 0, deep);
    const QModelIndex flag = m_model->index(0, 0, m_model->index(2, 0, list));
    QCOMPARE(m_model->keyAt(flag), u"flag"_s);
    QVERIFY(m_model->setData(flag.siblingAtColumn(int(Column::Value)), true));
    QVERIFY(m_model->replaceValue(m_model->index(5, 0, root), JsonValue::fromBool(true)));

    const JsonValue edited = m_model->jsonValue();
    QCOMPARE(edited.toJson(),
        QByteArray(R"({"big":12345678901234567890123,"dec":1.10,"neg":-0.0,"exp":1E+2,)"
                   R"("deep":{"list":[1.10,-0.0,{"flag":true}]},"on":true})"));
    QCOMPARE(edited.value(u"big"_s).numberText(), QByteArray("12345678901234567890123"));
    QCOMPARE(edited.value(u"dec"_s).numberText(), QByteArray("1.10"));
    QCOMPARE(edited.value(u"neg"_s).numberText(), QByteArray("-0.0"));
    QCOMPARE(edited.value(u"exp"_s).numberText(), QByteArray("1E+2"));
    QCOMPARE(edited.value(u"deep"_s).value(u"list"_s).at(1).numberText(), QByteArray("-0.0"));
}

void TestJsonTreeModel::numberTextIsKeptOrRefused()
{
    m_model->setJsonValue(json("[1, 2]"));
    const QModelIndex first = m_model->index(0, int(Column::Value), m_model->rootIndex());
    QVERIFY(m_model->setData(first, u"12345678901234567890123"_s));
    QCOMPARE(first.data(Qt::EditRole).toString(), u"12345678901234567890123"_s);
    QVERIFY(m_model->setData(first, u"1.50"_s));
    QCOMPARE(first.data().toString(), u"1.50"_s); // not 1.5
    QCOMPARE(m_model->typeAt(first), JsonValue::Type::Double);
    for (const QString &bad : {u"1."_s, u" 1"_s, u"+1"_s, u"0x10"_s, u"NaN"_s, u""_s})
        QVERIFY2(!m_model->setData(first, bad), qPrintable(bad));
    QCOMPARE(m_model->jsonValue().toJson(), QByteArray("[1.50,2]"));
    // Any value, of any type, as a JsonValue.
    QVERIFY(m_model->setData(first, QVariant::fromValue(json(R"({"k":-0})"))));
    QCOMPARE(m_model->jsonValue().toJson(), QByteArray(R"([{"k":-0},2])"));
}

void TestJsonTreeModel::renamingEmitsDataChangedOnly()
{
    m_model->setJsonValue(json(R"({"a": 1, "b": {"c": 2}})"));
    const QModelIndex b = m_model->index(1, 0, m_model->rootIndex());
    QCOMPARE(m_model->rowCount(b), 1);
    recordSignals();
    QVERIFY(m_model->setData(b, u"renamed"_s));
    QCOMPARE(m_signals, QStringList({u"dataChanged 1:0-0"_s, u"edited"_s}));
    QCOMPARE(m_model->jsonValue().toJson(), QByteArray(R"({"a":1,"renamed":{"c":2}})"));

    m_signals.clear(); // typing a value: the same
    QVERIFY(m_model->setData(m_model->index(0, int(Column::Value), b), u"3"_s));
    QCOMPARE(m_signals, QStringList({u"dataChanged 0:0-2"_s, u"edited"_s}));

    m_signals.clear(); // the same name again: nothing at all
    QVERIFY(m_model->renameMember(b, u"renamed"_s));
    QVERIFY(m_signals.isEmpty());
}

void TestJsonTreeModel::duplicateNamesAreRefused()
{
    m_model->setJsonValue(json(R"({"a": 1, "b": 2})"));
    const QModelIndex root = m_model->rootIndex();
    recordSignals();
    QVERIFY(!m_model->renameMember(m_model->index(1, 0, root), u"a"_s));
    QVERIFY(!m_model->insertValue(root, 0, u"b"_s, JsonValue()).isValid());
    QVERIFY(!m_model->renameMember(root, u"top"_s)); // the top level has no name to change
    QVERIFY(m_signals.isEmpty());
    QVERIFY(m_model->hasMember(root, u"b"_s));
    QCOMPARE(m_model->unusedKey(root, u"a"_s), u"a_2"_s);
    QCOMPARE(m_model->unusedKey(root, u"c"_s), u"c"_s);
    QCOMPARE(m_model->jsonValue().toJson(), QByteArray(R"({"a":1,"b":2})"));
}

void TestJsonTreeModel::insertAndRemoveEmitTheirRows()
{
    m_model->setJsonValue(json(R"({"list": ["x"], "n": 1})"));
    const QModelIndex list = m_model->index(0, 0, m_model->rootIndex());
    recordSignals();
    const QModelIndex added =
        m_model->insertValue(list, 1, u"ignored"_s, JsonValue::fromString(u"y"_s));
    QVERIFY(added.isValid());
    QCOMPARE(added.row(), 1);
    QCOMPARE(m_signals,
        QStringList({u"aboutToInsert 1-1"_s, u"inserted"_s, u"dataChanged 0:1-1"_s, u"edited"_s}));
    QCOMPARE(m_model->jsonValue().toJson(), QByteArray(R"({"list":["x","y"],"n":1})"));

    m_signals.clear();
    const QModelIndex member =
        m_model->insertValue(m_model->rootIndex(), 1, u"new"_s, JsonValue::fromInteger(7));
    QCOMPARE(m_model->keyAt(member), u"new"_s);
    QCOMPARE(m_model->jsonValue().toJson(), QByteArray(R"({"list":["x","y"],"new":7,"n":1})"));

    m_signals.clear();
    QVERIFY(m_model->removeRows(0, 1, list));
    QCOMPARE(m_signals,
        QStringList({u"aboutToRemove 0-0"_s, u"removed"_s, u"dataChanged 0:1-1"_s, u"edited"_s}));
    QCOMPARE(m_model->jsonValue().toJson(), QByteArray(R"({"list":["y"],"new":7,"n":1})"));
    QVERIFY(!m_model->removeRows(0, 1)); // the top-level row stays
    QVERIFY(!m_model->removeRows(1, 1, list));
}

void TestJsonTreeModel::moveEmitsRowsMoved()
{
    m_model->setJsonValue(json(R"([10, 20, 30])"));
    const QModelIndex root = m_model->rootIndex();
    recordSignals();
    QVERIFY(m_model->moveRows(root, 0, 1, root, 2)); // down one
    QCOMPARE(m_signals, QStringList({u"aboutToMove 0-0 to 2"_s, u"moved"_s, u"edited"_s}));
    QCOMPARE(m_model->jsonValue().toJson(), QByteArray("[20,10,30]"));
    QVERIFY(m_model->moveRows(root, 2, 1, root, 0)); // to the top
    QCOMPARE(m_model->jsonValue().toJson(), QByteArray("[30,20,10]"));
    QCOMPARE(m_model->nameAt(m_model->index(0, 0, root)), u"0"_s);
    m_signals.clear();
    QVERIFY(!m_model->moveRows(root, 1, 1, root, 1)); // onto itself
    QVERIFY(!m_model->moveRows(root, 0, 1, m_model->index(0, 0, root), 0));
    QVERIFY(m_signals.isEmpty());
}

void TestJsonTreeModel::typeChangeOfAContainerRemovesItsRowsFirst()
{
    m_model->setJsonValue(json(R"({"o": {"a": 1, "b": [2]}})"));
    const QModelIndex o = m_model->index(0, 0, m_model->rootIndex());
    QCOMPARE(m_model->rowCount(m_model->index(1, 0, o)), 1); // built two levels down
    recordSignals();
    QVERIFY(m_model->replaceValue(o, JsonValue::fromString(u"text"_s)));
    QCOMPARE(m_signals,
        QStringList({u"aboutToRemove 0-1"_s, u"removed"_s, u"dataChanged 0:0-2"_s, u"edited"_s}));
    QCOMPARE(m_model->rowCount(o), 0);
    QCOMPARE(m_model->typeAt(o), JsonValue::Type::String);
    QCOMPARE(m_model->jsonValue().toJson(), QByteArray(R"({"o":"text"})"));
}

void TestJsonTreeModel::scalarBecomingAContainerInsertsItsRows()
{
    m_model->setJsonValue(json(R"({"s": "x"})"));
    const QModelIndex s = m_model->index(0, 0, m_model->rootIndex());
    recordSignals();
    QVERIFY(m_model->replaceValue(s, json(R"(["x", 1])")));
    QCOMPARE(m_signals,
        QStringList({u"aboutToInsert 0-1"_s, u"inserted"_s, u"dataChanged 0:0-2"_s, u"edited"_s}));
    QCOMPARE(m_model->index(1, int(Column::Value), s).data().toString(), u"1"_s);
    // An array for another: remove, then insert.
    m_signals.clear();
    QVERIFY(m_model->replaceValue(s, json("[true]")));
    QCOMPARE(m_signals,
        QStringList({u"aboutToRemove 0-1"_s, u"removed"_s, u"aboutToInsert 0-0"_s, u"inserted"_s,
            u"dataChanged 0:0-2"_s, u"edited"_s}));
    // The value itself again: nothing.
    m_signals.clear();
    QVERIFY(m_model->replaceValue(s, json("[true]")));
    QVERIFY(m_signals.isEmpty());
}

void TestJsonTreeModel::pathsNameTheSameNodeAfterAReset()
{
    const JsonValue value = json(R"({"a": [1, {"b": [true]}]})");
    m_model->setJsonValue(value);
    const QModelIndex root = m_model->rootIndex();
    const QModelIndex deep = m_model->index(
        0, 0, m_model->index(0, 0, m_model->index(1, 0, m_model->index(0, 0, root))));
    const JsonTreeModel::Path path = m_model->pathOf(deep);
    QCOMPARE(path, JsonTreeModel::Path({0, 1, 0, 0}));
    QVERIFY(m_model->pathOf(root).isEmpty());

    recordSignals();
    m_model->setJsonValue(value);
    QCOMPARE(m_signals, QStringList({u"reset"_s}));
    const QModelIndex again = m_model->indexAt(path, Column::Value);
    QCOMPARE(again.column(), int(Column::Value));
    QCOMPARE(again.data().toString(), u"true"_s);
    QVERIFY(!m_model->indexAt({0, 5}).isValid());
    QVERIFY(!m_model->indexAt({0, 0, 0}).isValid()); // below a number
}

void TestJsonTreeModel::checkStateTogglesABoolean()
{
    m_model->setJsonValue(json("[false]"));
    const QModelIndex value = m_model->index(0, int(Column::Value), m_model->rootIndex());
    QCOMPARE(value.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(m_model->setData(value, int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(value.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(value.data().toString(), u"true"_s);
    QCOMPARE(m_model->jsonValue().toJson(), QByteArray("[true]"));
}

void TestJsonTreeModel::tenThousandMembers()
{
    QByteArray text = "{";
    for (int i = 0; i < 10000; ++i)
        text += (i ? "," : "") + QByteArray("\"key") + QByteArray::number(i) +
            "\":" + QByteArray::number(i) + ".0";
    text += '}';
    m_model->setJsonValue(json(text));
    const QModelIndex root = m_model->rootIndex();
    QCOMPARE(m_model->rowCount(root), 10000);
    const QModelIndex last = m_model->index(9999, int(Column::Value), root);
    QCOMPARE(last.data().toString(), u"9999.0"_s);
    QVERIFY(m_model->setData(m_model->index(5000, 0, root), u"middle"_s));
    QVERIFY(m_model->removeRows(0, 1, root));
    const JsonValue edited = m_model->jsonValue();
    QCOMPARE(edited.size(), 9999);
    QCOMPARE(edited.keys().at(4999), u"middle"_s);
    QCOMPARE(edited.value(u"key9999"_s).numberText(), QByteArray("9999.0"));
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
