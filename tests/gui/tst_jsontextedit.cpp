// JsonTextEdit: replacing the text never points a cursor past the end of the
// document (issue 9: "QTextCursor::setPosition: Position '18' out of range"
// on stderr). Any such warning fails the test.
#include "JsonTextEdit.h"

#include <QMutex>
#include <QTest>
#include <QTextBlock>

namespace {

QMutex s_mutex;
QStringList s_outOfRange;
QtMessageHandler s_previous = nullptr;

void catchOutOfRange(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("out of range"))) {
        QMutexLocker locker(&s_mutex);
        s_outOfRange.append(message);
    }
    if (s_previous)
        s_previous(type, context, message);
}

QStringList takeOutOfRange()
{
    QMutexLocker locker(&s_mutex);
    return std::exchange(s_outOfRange, {});
}

} // namespace

class TestJsonTextEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void replaceAllShorterThanTheErrorMarker();
    void typingOverASelectionShorterThanTheErrorMarker();
    void replaceAllWhileABracketPairIsHighlighted();
    void paletteChangeAfterReplace();
};

void TestJsonTextEdit::initTestCase()
{
    s_previous = qInstallMessageHandler(catchOutOfRange);
}

void TestJsonTextEdit::cleanup()
{
    const QStringList warnings = takeOutOfRange();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

void TestJsonTextEdit::replaceAllShorterThanTheErrorMarker()
{
    JsonTextEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setPlainText(QStringLiteral("{\"theme\": \"dark\",, \"size\": 12}"));
    edit.setErrorPosition(18);
    QCOMPARE(edit.errorPosition(), 18);
    edit.replaceAll(QStringLiteral("12"));
    QTest::qWait(50); // repaints
    QVERIFY(edit.errorPosition() <= edit.document()->characterCount() - 1);
    QCOMPARE(edit.toPlainText(), QStringLiteral("12"));
    edit.document()->undo(); // one step back, the marker still sane
    QVERIFY(edit.errorPosition() <= edit.document()->characterCount() - 1);
}

void TestJsonTextEdit::typingOverASelectionShorterThanTheErrorMarker()
{
    JsonTextEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setFocus();
    edit.setPlainText(QStringLiteral("[1, 2, 3, 4, 5, 6,, 7]"));
    edit.setErrorPosition(18);
    QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(&edit, QStringLiteral("[]"));
    QTest::qWait(50);
    QCOMPARE(edit.toPlainText(), QStringLiteral("[]"));
    QVERIFY(edit.errorPosition() <= edit.document()->characterCount() - 1);
}

void TestJsonTextEdit::replaceAllWhileABracketPairIsHighlighted()
{
    JsonTextEdit edit;
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    edit.setPlainText(QStringLiteral("{\"a\": [1, 2, 3], \"b\": [4, 5, 6]}"));
    QTextCursor cursor = edit.textCursor();
    cursor.setPosition(edit.document()->characterCount() - 1); // after the last brace
    edit.setTextCursor(cursor);
    QCOMPARE(edit.matchedBrackets().second, edit.document()->characterCount() - 2);
    edit.replaceAll(QStringLiteral("1"));
    QTest::qWait(50);
    QVERIFY(edit.matchedBrackets().second < edit.document()->characterCount());
}

void TestJsonTextEdit::paletteChangeAfterReplace()
{
    // A palette change redraws the markers from what is stored.
    JsonTextEdit edit;
    edit.setPlainText(QStringLiteral("[1, 2, 3, 4, 5, 6, 7, 8, 9]"));
    edit.setErrorPosition(20);
    edit.replaceAll(QStringLiteral("[]"));
    QPalette palette = edit.palette();
    palette.setColor(QPalette::Base, Qt::black);
    edit.setPalette(palette);
    QVERIFY(edit.errorPosition() <= edit.document()->characterCount() - 1);
}

QTEST_MAIN(TestJsonTextEdit)
#include "tst_jsontextedit.moc"
