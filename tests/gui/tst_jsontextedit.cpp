// JsonTextEdit: replacing the text never points a cursor past the end of the
// document (issue 9: "QTextCursor::setPosition: Position '18' out of range"
// on stderr). Any such warning fails the test.
#include "JsonHighlighter.h"
#include "JsonTextEdit.h"

#include <QMutex>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

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
    void textIsExact();
    void bigTextGoesInAfterwardsAndAKeyWaitsForIt();
    void longLineIsColouredInView();
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

// text() is the text as typed: a no-break space stays one (toPlainText()
// would give a space), and U+2029 from a value is written as an escape, as
// the document would make a line break of it.
void TestJsonTextEdit::textIsExact()
{
    JsonTextEdit edit;
    edit.setJsonText(u"[\"a\u00a0b\u2028c\u2029d\"]"_s);
    QCOMPARE(edit.text(), u"[\"a\u00a0b\\u2028c\\u2029d\"]"_s);
    QCOMPARE(edit.document()->blockCount(), 1);
    QTextCursor cursor(edit.document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"\n\u00a0"_s);
    QCOMPARE(edit.text(), u"[\"a\u00a0b\\u2028c\\u2029d\"]\n\u00a0"_s);
    QCOMPARE(edit.text(), JsonTextEdit::exactText(edit.document()));
}

// A big text: text() has all of it at once, the document gets the rest in
// later turns of the event loop, and a key waits for all of it.
void TestJsonTextEdit::bigTextGoesInAfterwardsAndAKeyWaitsForIt()
{
    QString big = u"[\n"_s;
    for (int i = 0; i < 20000; ++i)
        big += u"  \"line %1\",\n"_s.arg(i);
    big += u"  0\n]"_s;
    JsonTextEdit edit;
    edit.setJsonText(big);
    QCOMPARE(edit.text(), big);
    QVERIFY(edit.isFilling());
    QVERIFY(edit.document()->characterCount() - 1 < big.size());
    QTRY_VERIFY(!edit.isFilling());
    QCOMPARE(JsonTextEdit::exactText(edit.document()), big);

    // Again, and a key at once: the rest goes in first, then the key.
    edit.setJsonText(big);
    QVERIFY(edit.isFilling());
    edit.moveCursor(QTextCursor::Start);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTest::keyClick(&edit, Qt::Key_Space);
    QVERIFY(!edit.isFilling());
    QCOMPARE(edit.text(), u' ' + big);
    QCOMPARE(JsonTextEdit::exactText(edit.document()), edit.text());
    // The lines put in later get their colours too.
    QTRY_VERIFY(!edit.highlighter()->isBusy());
    QVERIFY(!edit.document()->lastBlock().previous().layout()->formats().isEmpty());
}

// A line of 30,000 characters is coloured (before, lines over 20,000 were
// not), around the columns in view.
void TestJsonTextEdit::longLineIsColouredInView()
{
    QString line = u"["_s;
    while (line.size() < 30000)
        line += u"{\"id\":1,\"on\":true},"_s;
    line += u"null]"_s;
    JsonTextEdit edit;
    edit.resize(400, 200);
    edit.setJsonText(line);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    const auto colouredNear = [&](int column) {
        const QList<QTextLayout::FormatRange> ranges =
            edit.document()->firstBlock().layout()->formats();
        return std::any_of(ranges.cbegin(), ranges.cend(), [column](const auto &range) {
            return range.start <= column && range.start + range.length > column - 20;
        });
    };
    QVERIFY(colouredNear(10));
    QVERIFY(!colouredNear(int(line.size()) - 10)); // out of view: not yet
    edit.setFocus();
    QTest::keyClick(&edit, Qt::Key_End);
    QTRY_VERIFY(colouredNear(int(line.size()) - 10));
}

QTEST_MAIN(TestJsonTextEdit)
#include "tst_jsontextedit.moc"
