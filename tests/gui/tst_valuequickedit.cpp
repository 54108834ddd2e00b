#include "JsonValue.h"
#include "ValueQuickEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

// ValueQuickEdit: numbers are shown and kept as text, exactly, whatever
// their size or digits.
class tst_ValueQuickEdit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsNumbersExactly_data();
    void showsNumbersExactly();
    void typingKeepsTheText_data();
    void typingKeepsTheText();
    void incompleteNumberIsNotTaken();
    void conversionsAreExact();
    void typeChangeIsAskedBeforeTheFieldSwitches();
    void focusGoesToTheFieldOfTheKind();

private:
    std::unique_ptr<ValueQuickEdit> m_edit;
    QLineEdit *m_numberEdit = nullptr;
    QLabel *m_numberHint = nullptr;
};

void tst_ValueQuickEdit::init()
{
    m_edit = std::make_unique<ValueQuickEdit>();
    m_numberEdit = m_edit->findChild<QLineEdit *>(QStringLiteral("numberEdit"));
    m_numberHint = m_edit->findChild<QLabel *>(QStringLiteral("numberHint"));
    QVERIFY(m_numberEdit);
    QVERIFY(m_numberHint);
    m_edit->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_edit.get()));
}

void tst_ValueQuickEdit::cleanup()
{
    m_edit.reset();
}

void tst_ValueQuickEdit::showsNumbersExactly_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("exactInDouble");

    QTest::newRow("big integer") << QByteArray("123456789012345678901234567890") << false;
    QTest::newRow("long decimal") << QByteArray("0.1000000000000000055511151231257827") << false;
    QTest::newRow("2^64") << QByteArray("18446744073709551616") << false;
    QTest::newRow("beyond double") << QByteArray("-1E+400") << false;
    QTest::newRow("exponent as written") << QByteArray("1E+2") << true;
    QTest::newRow("trailing zero") << QByteArray("0.10") << true;
    QTest::newRow("negative zero") << QByteArray("-0.0") << true;
}

void tst_ValueQuickEdit::showsNumbersExactly()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, exactInDouble);

    const auto value = JsonValue::parse(text);
    QVERIFY(value);
    QSignalSpy edited(m_edit.get(), &ValueQuickEdit::edited);
    m_edit->setValue(*value);

    QVERIFY(m_numberEdit->isVisible());
    QCOMPARE(m_numberEdit->text(), QString::fromLatin1(text));
    QCOMPARE(m_edit->kind(), ValueQuickEdit::Kind::Number);
    // A double cannot stand for it: the hint says that it is kept as written.
    QCOMPARE(m_numberHint->text().isEmpty(), exactInDouble);

    // Nothing edited: the same text comes back, and no edit is reported.
    QCOMPARE(m_edit->jsonText(), QString::fromLatin1(text));
    QVERIFY(m_edit->value().isIdenticalTo(*value));
    QCOMPARE(m_edit->value().toJson(), text);

    // Shown again (as the dialog does after each JSON edit): still the text.
    m_edit->setValue(*JsonValue::parse(text));
    QCOMPARE(m_numberEdit->text(), QString::fromLatin1(text));
    QCOMPARE(m_edit->jsonText(), QString::fromLatin1(text));
    QCOMPARE(edited.count(), 0);
}

void tst_ValueQuickEdit::typingKeepsTheText_data()
{
    QTest::addColumn<QString>("typed");

    QTest::newRow("big integer") << QStringLiteral("123456789012345678901234567891");
    QTest::newRow("long decimal") << QStringLiteral("0.1000000000000000055511151231257827");
    QTest::newRow("exponent") << QStringLiteral("1E+2");
    QTest::newRow("trailing zeros") << QStringLiteral("2.500");
    QTest::newRow("negative zero") << QStringLiteral("-0");
}

void tst_ValueQuickEdit::typingKeepsTheText()
{
    QFETCH(QString, typed);

    m_edit->setValue(JsonValue::fromInteger(7));
    QSignalSpy edited(m_edit.get(), &ValueQuickEdit::edited);
    m_numberEdit->setFocus();
    QTRY_VERIFY(m_numberEdit->hasFocus());
    QTest::keyClick(m_numberEdit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(m_numberEdit, typed);

    QCOMPARE(m_numberEdit->text(), typed);
    QVERIFY(edited.count() > 0);
    QCOMPARE(QString::fromLatin1(m_edit->value().numberText()), typed);
    QCOMPARE(m_edit->jsonText(), typed);
    QCOMPARE(m_edit->value().toCompactString(), typed);
    // Equal by meaning to the same number typed on the JSON page.
    QVERIFY(m_edit->value() == *JsonValue::parse(typed));
    QCOMPARE(m_numberHint->text().isEmpty(), m_edit->value().isExactInDouble());

    // The dialog shows the value back after the JSON page took it: the
    // field keeps what was typed.
    m_edit->setValue(*JsonValue::parse(typed));
    QCOMPARE(m_numberEdit->text(), typed);
}

void tst_ValueQuickEdit::incompleteNumberIsNotTaken()
{
    const auto big = JsonValue::parse(QByteArray("123456789012345678901234567890"));
    QVERIFY(big);
    m_edit->setValue(*big);
    QSignalSpy edited(m_edit.get(), &ValueQuickEdit::edited);
    m_numberEdit->setFocus();
    QTRY_VERIFY(m_numberEdit->hasFocus());
    QTest::keyClick(m_numberEdit, Qt::Key_End);
    QTest::keyClick(m_numberEdit, Qt::Key_Period); // "…890." is not a number yet
    QCOMPARE(m_numberEdit->text(), QStringLiteral("123456789012345678901234567890."));
    QCOMPARE(edited.count(), 0);
    QVERIFY(!m_numberHint->text().isEmpty());
    QVERIFY(m_edit->value().isIdenticalTo(*big));

    QTest::keyClick(m_numberEdit, Qt::Key_5);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(m_edit->jsonText(), QStringLiteral("123456789012345678901234567890.5"));
}

void tst_ValueQuickEdit::conversionsAreExact()
{
    using Kind = ValueQuickEdit::Kind;
    const auto big = JsonValue::parse(QByteArray("123456789012345678901234567890"));
    QVERIFY(big);
    const JsonValue asString = ValueQuickEdit::converted(*big, Kind::String);
    QCOMPARE(asString.toString(), QStringLiteral("123456789012345678901234567890"));
    QVERIFY(ValueQuickEdit::converted(asString, Kind::Number).isIdenticalTo(*big));
    const JsonValue spaced = JsonValue::fromString(QStringLiteral(" 1E+2 "));
    QCOMPARE(ValueQuickEdit::converted(spaced, Kind::Number).toJson(), QByteArray("1E+2"));

    // Tiny but not zero: true, although it is 0 as a double.
    const auto tiny = JsonValue::parse(QByteArray("1e-400"));
    QVERIFY(tiny);
    QCOMPARE(ValueQuickEdit::converted(*tiny, Kind::Boolean).toBool(), true);
    const auto zero = JsonValue::parse(QByteArray("-0.0"));
    QVERIFY(zero);
    QCOMPARE(ValueQuickEdit::converted(*zero, Kind::Boolean).toBool(), false);

    // Through the type selector, driven by keys: Number -> String keeps the text.
    m_edit->setValue(*big);
    auto *combo = m_edit->findChild<QComboBox *>(QStringLiteral("typeCombo"));
    QVERIFY(combo);
    combo->setFocus();
    QTRY_VERIFY(combo->hasFocus());
    QSignalSpy edited(m_edit.get(), &ValueQuickEdit::edited);
    QTest::keyClick(combo, Qt::Key_Down); // Number -> String
    QCOMPARE(edited.count(), 1);
    QCOMPARE(m_edit->kind(), Kind::String);
    QCOMPARE(m_edit->value().toString(), QStringLiteral("123456789012345678901234567890"));
    QTest::keyClick(combo, Qt::Key_Up); // and back
    QCOMPARE(m_edit->kind(), Kind::Number);
    QVERIFY(m_edit->value().isIdenticalTo(*big));
    QCOMPARE(m_numberEdit->text(), QStringLiteral("123456789012345678901234567890"));
}

void tst_ValueQuickEdit::typeChangeIsAskedBeforeTheFieldSwitches()
{
    using Kind = ValueQuickEdit::Kind;
    m_edit->setValue(JsonValue::fromBool(true));
    auto *combo = m_edit->findChild<QComboBox *>(QStringLiteral("typeCombo"));
    auto *boolCheck = m_edit->findChild<QCheckBox *>(QStringLiteral("boolCheck"));
    auto *stringEdit = m_edit->findChild<QPlainTextEdit *>(QStringLiteral("stringEdit"));
    QVERIFY(combo && boolCheck && stringEdit);
    QVERIFY(boolCheck->isVisible());

    // What the user sees while the question is asked: the old field.
    bool accept = false;
    int asked = 0;
    bool boolShownWhenAsked = false;
    bool stringShownWhenAsked = true;
    QString convertedWhenAsked;
    m_edit->setTypeChangeGuard([&](Kind from, Kind to, const JsonValue &converted) {
        ++asked;
        boolShownWhenAsked = boolCheck->isVisible();
        stringShownWhenAsked = stringEdit->isVisible();
        convertedWhenAsked = converted.toCompactString();
        return from == Kind::Boolean && to == Kind::Number && accept;
    });
    QSignalSpy edited(m_edit.get(), &ValueQuickEdit::edited);
    combo->setFocus();
    QTRY_VERIFY(combo->hasFocus());

    QTest::keyClick(combo, Qt::Key_Down); // Boolean -> Number, declined
    QCOMPARE(asked, 1);
    QVERIFY(boolShownWhenAsked);
    QCOMPARE(convertedWhenAsked, QStringLiteral("1"));
    QCOMPARE(edited.count(), 0);
    QCOMPARE(m_edit->kind(), Kind::Boolean);
    QCOMPARE(combo->currentText(), QStringLiteral("Boolean"));
    QVERIFY(boolCheck->isVisible());

    accept = true;
    QTest::keyClick(combo, Qt::Key_Down); // accepted: now the field switches
    QCOMPARE(asked, 2);
    QVERIFY(boolShownWhenAsked);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(m_edit->kind(), Kind::Number);
    QVERIFY(m_numberEdit->isVisible());
    QVERIFY(!boolCheck->isVisible());
    Q_UNUSED(stringShownWhenAsked);
}

void tst_ValueQuickEdit::focusGoesToTheFieldOfTheKind()
{
    // Focus given to the widget lands in the field of the value's kind.
    m_edit->setValue(JsonValue::fromString(QStringLiteral("hello")));
    QCOMPARE(m_edit->valueField()->objectName(), QStringLiteral("stringEdit"));
    m_edit->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_edit->valueField());
    m_edit->focusValueField();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("bye"));
    QCOMPARE(m_edit->value().toString(), QStringLiteral("bye")); // replaced, not appended

    m_edit->setValue(JsonValue::fromInteger(7));
    QCOMPARE(m_edit->valueField(), m_numberEdit);
    m_edit->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_numberEdit);

    m_edit->setValue(JsonValue::fromBool(false));
    m_edit->focusValueField();
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("boolCheck"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(m_edit->value().toBool(), true);

    m_edit->setInvalid();
    QVERIFY(!m_edit->valueField());
}

QTEST_MAIN(tst_ValueQuickEdit)
#include "tst_valuequickedit.moc"
