// The merge and conflict dialog, driven by keys alone from where focus is.
#include "MergeConflictModel.h"
#include "MergeDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

class TestMergeDialog : public QObject
{
    Q_OBJECT

private slots:
    void chooseTheirsForOneOfTwoConflicts();
    void noConflictsConfirmedByEnter();
    void overwriteWithMineByTabAndSpace();
    void discardMineByMnemonic();
    void escapeCancels_data();
    void escapeCancels();
    void keyConflictIsOneMoreRow();
    void keyRenamedByThemIsAChange();
    void mnemonicsNamesAndSize_data();
    void mnemonicsNamesAndSize();

private:
    static JsonValue json(const QString &text) { return *JsonValue::parse(text); }
    static MergeDialog::Versions versions(
        const QString &base, const QString &mine, const QString &theirs, const QString &owner = {});
    static std::unique_ptr<MergeDialog> open(const MergeDialog::Versions &versions);
    static QWidget *focus() { return QApplication::focusWidget(); }
    template<typename T> static T *child(QWidget *dialog, const char *name)
    {
        auto *w = dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
};

MergeDialog::Versions TestMergeDialog::versions(
    const QString &base, const QString &mine, const QString &theirs, const QString &owner)
{
    MergeDialog::Versions v;
    v.owner = owner;
    v.baseKey = u"notifications"_s;
    v.base = json(base);
    v.mine = json(mine);
    v.theirs = json(theirs);
    return v;
}

std::unique_ptr<MergeDialog> TestMergeDialog::open(const MergeDialog::Versions &versions)
{
    auto dialog = std::make_unique<MergeDialog>(
        versions, JsonMerge::merge(versions.base, versions.mine, versions.theirs));
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        return nullptr;
    return dialog;
}

void TestMergeDialog::chooseTheirsForOneOfTwoConflicts()
{
    auto dialog = open(versions(u"{\"a\":1,\"b\":1,\"c\":1}"_s, u"{\"a\":2,\"b\":2,\"c\":1}"_s,
        u"{\"a\":3,\"b\":3,\"c\":5}"_s, u"Bob Rossi (bob, id 3)"_s));
    QVERIFY(dialog);
    QVERIFY(dialog->hasConflicts());
    auto *table = child<QTableView>(dialog.get(), "conflictTable");
    auto *preview = child<QPlainTextEdit>(dialog.get(), "mergePreview");
    QVERIFY(table && preview);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(dialog->windowTitle(), u"Resolve Conflicting Changes"_s);
    QVERIFY(child<QLabel>(dialog.get(), "mergeHeading")->text().contains(u"of Bob Rossi"_s));
    // The preview starts as everything mine, with their other change merged.
    QCOMPARE(json(preview->toPlainText()).toCompactString(), u"{\"a\":2,\"b\":2,\"c\":5}"_s);

    QTRY_COMPARE(focus(), table);
    QCOMPARE(table->currentIndex().row(), 0);
    QTest::keyClick(focus(), Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(focus(), Qt::Key_Right);
    const auto mine = JsonMerge::Choice::Mine;
    const auto theirs = JsonMerge::Choice::Theirs;
    QCOMPARE(dialog->conflictModel()->choices(), (QList {mine, theirs}));
    QCOMPARE(json(preview->toPlainText()).toCompactString(), u"{\"a\":2,\"b\":3,\"c\":5}"_s);
    QCOMPARE(table->model()->index(1, int(MergeConflictModel::Column::Choice)).data().toString(),
        u"Take theirs"_s);

    // Space toggles, Left keeps mine; the focus stays in the table.
    QTest::keyClick(focus(), Qt::Key_Space);
    QCOMPARE(dialog->conflictModel()->choices(), (QList {mine, mine}));
    QTest::keyClick(focus(), Qt::Key_Space);
    QCOMPARE(dialog->conflictModel()->choices(), (QList {mine, theirs}));
    QTest::keyClick(focus(), Qt::Key_Up);
    QTest::keyClick(focus(), Qt::Key_Left);
    QCOMPARE(dialog->conflictModel()->choices(), (QList {mine, theirs}));
    QCOMPARE(focus(), table);

    QSignalSpy finished(dialog.get(), &QDialog::finished);
    QTest::keyClick(focus(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(finished.size(), 1); // a mnemonic animates the click first
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->outcome(), MergeDialog::Outcome::SaveMerged);
    QVERIFY(dialog->resolvedValue().isIdenticalTo(json(u"{\"a\":2,\"b\":3,\"c\":5}"_s)));
    QCOMPARE(dialog->resolvedKey(), u"notifications"_s);
}

void TestMergeDialog::noConflictsConfirmedByEnter()
{
    // Issue 8: staff change email while Bob changed push.
    auto dialog = open(versions(u"{\"email\":true,\"push\":true}"_s,
        u"{\"email\":false,\"push\":true}"_s, u"{\"email\":true,\"push\":false}"_s));
    QVERIFY(dialog);
    QVERIFY(!dialog->hasConflicts());
    QCOMPARE(dialog->windowTitle(), u"Merge Changes"_s);
    QVERIFY(!dialog->findChild<QTableView *>());
    QVERIFY(!dialog->findChild<QPushButton *>(u"overwriteButton"_s));
    QVERIFY(!dialog->findChild<QPushButton *>(u"discardButton"_s));
    QVERIFY(child<QLabel>(dialog.get(), "mergeHeading")->text().startsWith(u"Your preference"_s));

    auto *changes = child<QTreeWidget>(dialog.get(), "changesList");
    QVERIFY(changes);
    QCOMPARE(changes->topLevelItemCount(), 1);
    QCOMPARE(changes->topLevelItem(0)->text(0), u"push"_s);
    QCOMPARE(changes->topLevelItem(0)->text(1), u"true"_s);
    QCOMPARE(changes->topLevelItem(0)->text(2), u"false"_s);
    auto *preview = child<QPlainTextEdit>(dialog.get(), "mergePreview");
    QCOMPARE(preview->toPlainText(), json(u"{\"email\":false,\"push\":false}"_s).toPrettyString());
    QVERIFY(preview->isReadOnly());

    auto *save = child<QPushButton>(dialog.get(), "saveButton");
    QCOMPARE(save->text(), u"&Save Merged Value"_s);
    QVERIFY(save->isDefault());
    QTRY_COMPARE(focus(), save);
    QSignalSpy finished(dialog.get(), &QDialog::finished);
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(dialog->outcome(), MergeDialog::Outcome::SaveMerged);
    QVERIFY(dialog->resolvedValue().isIdenticalTo(json(u"{\"email\":false,\"push\":false}"_s)));
}

void TestMergeDialog::overwriteWithMineByTabAndSpace()
{
    auto v = versions(u"{\"a\":1,\"b\":1}"_s, u"{\"a\":2,\"b\":1}"_s, u"{\"a\":3,\"b\":4}"_s);
    v.myKey = u"mine"_s;
    auto dialog = open(v);
    QVERIFY(dialog);
    QTRY_COMPARE(focus(), child<QTableView>(dialog.get(), "conflictTable"));

    // Tab walks the dialog in reading order and comes back round; Shift+Tab goes back.
    for (const char *name : {"keepMineButton", "takeTheirsButton", "mergePreview", "saveButton",
             "overwriteButton", "discardButton", "cancelButton", "conflictTable"}) {
        QTest::keyClick(focus(), Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), QLatin1String(name));
    }
    for (const char *name : {"cancelButton", "discardButton", "overwriteButton"}) {
        QTest::keyClick(focus(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(focus()->objectName(), QLatin1String(name));
    }
    QSignalSpy finished(dialog.get(), &QDialog::finished);
    QTest::keyClick(focus(), Qt::Key_Space);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(dialog->outcome(), MergeDialog::Outcome::OverwriteWithMine);
    QVERIFY(dialog->resolvedValue().isIdenticalTo(v.mine));
    QCOMPARE(dialog->resolvedKey(), u"mine"_s);
}

void TestMergeDialog::discardMineByMnemonic()
{
    auto v = versions(u"[1]"_s, u"[2]"_s, u"[3]"_s);
    v.theirKey = u"theirs"_s;
    auto dialog = open(v);
    QVERIFY(dialog);
    QTRY_VERIFY(focus());
    QSignalSpy finished(dialog.get(), &QDialog::finished);
    QTest::keyClick(focus(), Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(finished.size(), 1); // a mnemonic animates the click first
    QCOMPARE(dialog->outcome(), MergeDialog::Outcome::DiscardMine);
    QVERIFY(dialog->resolvedValue().isIdenticalTo(v.theirs));
    QCOMPARE(dialog->resolvedKey(), u"theirs"_s);
}

void TestMergeDialog::escapeCancels_data()
{
    QTest::addColumn<QString>("theirs");
    QTest::newRow("conflicts") << u"{\"a\":3}"_s;
    QTest::newRow("no conflicts") << u"{\"a\":1,\"b\":1}"_s;
}

void TestMergeDialog::escapeCancels()
{
    QFETCH(QString, theirs);
    auto dialog = open(versions(u"{\"a\":1}"_s, u"{\"a\":2}"_s, theirs));
    QVERIFY(dialog);
    QTRY_VERIFY(focus());
    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    QTest::keyClick(focus(), Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->outcome(), MergeDialog::Outcome::Cancel);
}

void TestMergeDialog::keyConflictIsOneMoreRow()
{
    auto v = versions(u"{\"a\":1}"_s, u"{\"a\":2}"_s, u"{\"a\":3}"_s);
    v.myKey = u"ui.notifications"_s;
    v.theirKey = u"notifications2"_s;
    auto dialog = open(v);
    QVERIFY(dialog);
    QVERIFY(dialog->hasKeyConflict());
    auto *table = child<QTableView>(dialog.get(), "conflictTable");
    auto *keyLabel = child<QLabel>(dialog.get(), "mergeKeyLabel");
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"key (name)"_s);
    QCOMPARE(table->model()->index(0, 2).data().toString(), u"ui.notifications"_s);
    QCOMPARE(table->model()->index(1, 0).data().toString(), u"a"_s);
    QVERIFY(keyLabel->isVisible());
    QCOMPARE(keyLabel->text(), u"Key: ui.notifications"_s);

    QTRY_COMPARE(focus(), table);
    QTest::keyClick(focus(), Qt::Key_Right); // the key: theirs
    QCOMPARE(keyLabel->text(), u"Key: notifications2"_s);
    QCOMPARE(dialog->resolvedKey(), u"notifications2"_s);

    // Enter in the table presses the default button.
    QSignalSpy finished(dialog.get(), &QDialog::finished);
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(dialog->outcome(), MergeDialog::Outcome::SaveMerged);
    QCOMPARE(dialog->resolvedKey(), u"notifications2"_s);
    QVERIFY(dialog->resolvedValue().isIdenticalTo(v.mine));
}

void TestMergeDialog::keyRenamedByThemIsAChange()
{
    auto v = versions(u"{\"a\":1,\"b\":1}"_s, u"{\"a\":2,\"b\":1}"_s, u"{\"a\":1,\"b\":1}"_s);
    v.theirKey = u"renamed"_s;
    auto dialog = open(v);
    QVERIFY(dialog);
    QVERIFY(!dialog->hasConflicts());
    auto *changes = child<QTreeWidget>(dialog.get(), "changesList");
    QCOMPARE(changes->topLevelItemCount(), 1);
    QCOMPARE(changes->topLevelItem(0)->text(0), u"key (name)"_s);
    QCOMPARE(changes->topLevelItem(0)->text(1), u"notifications"_s);
    QCOMPARE(changes->topLevelItem(0)->text(2), u"renamed"_s);
    QCOMPARE(child<QLabel>(dialog.get(), "mergeKeyLabel")->text(), u"Key: renamed"_s);
    QCOMPARE(dialog->resolvedKey(), u"renamed"_s);
    QVERIFY(dialog->resolvedValue().isIdenticalTo(v.mine));
}

void TestMergeDialog::mnemonicsNamesAndSize_data()
{
    QTest::addColumn<QString>("theirs");
    QTest::newRow("conflicts") << u"{\"a\":3}"_s;
    QTest::newRow("no conflicts") << u"{\"a\":1,\"b\":1}"_s;
}

void TestMergeDialog::mnemonicsNamesAndSize()
{
    QFETCH(QString, theirs);
    auto dialog = open(versions(u"{\"a\":1}"_s, u"{\"a\":2}"_s, theirs));
    QVERIFY(dialog);

    QStringList texts;
    for (const auto *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy())
            texts.append(label->text());
    }
    for (const auto *button : dialog->findChildren<QPushButton *>()) {
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        texts.append(button->text());
    }
    QList<QChar> mnemonics;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar mnemonic = text.at(amp + 1).toLower();
        QVERIFY2(!mnemonics.contains(mnemonic), qPrintable(text));
        mnemonics.append(mnemonic);
    }
    QVERIFY(mnemonics.size() >= 3);

    auto *list = dialog->hasConflicts()
        ? static_cast<QWidget *>(child<QTableView>(dialog.get(), "conflictTable"))
        : child<QTreeWidget>(dialog.get(), "changesList");
    QVERIFY(list);
    QVERIFY(!list->accessibleName().isEmpty());
    QVERIFY(!child<QPlainTextEdit>(dialog.get(), "mergePreview")->accessibleName().isEmpty());

    // Fits a 1366x768 screen, and the screen it is on.
    const QSize smallest = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
    QVERIFY2(smallest.width() <= 1300 && smallest.height() <= 680,
        qPrintable(u"%1x%2"_s.arg(smallest.width()).arg(smallest.height())));
    QVERIFY(dialog->screen()->availableGeometry().contains(dialog->frameGeometry()));
}

QTEST_MAIN(TestMergeDialog)
#include "tst_mergedialog.moc"
