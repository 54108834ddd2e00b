// PreferenceFile: the export format written and read back exactly, and every
// file that import must refuse before anything is sent, with its message.

#include "JsonValue.h"
#include "PreferenceFile.h"
#include "TestValues.h"

#include <QTest>

namespace {

// A valid file around the given "preferences" array text.
QByteArray fileWith(const QByteArray &preferences)
{
    return "{\"format\": \"prefeditor.preferences\", \"version\": 1, \"preferences\": " +
        preferences + "}";
}

} // namespace

class TestPreferenceFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsNumbersOrderAndSource();
    void writesTheDocumentedLayout();
    void readsAMinimalFile();
    void refusesBadFiles_data();
    void refusesBadFiles();
};

void TestPreferenceFile::roundTripKeepsNumbersOrderAndSource()
{
    PreferenceFile file;
    file.server = QUrl(QStringLiteral("https://community.example.org"));
    file.userId = 3;
    file.username = QStringLiteral("bob");
    file.exportedAt = QDateTime(QDate(2024, 11, 27), QTime(10, 11, 52, 120), Qt::UTC);
    // Not in alphabetical order, on purpose: the server's order is kept.
    file.preferences = {
        {QStringLiteral("zeta"), json("12345678901234567890123")},
        {QStringLiteral("alpha"), json("1.10")},
        {QStringLiteral("mid"), json("-0.0")},
        {QStringLiteral("nested"), json("{\"z\":[1.10,-0.0,1E+2],\"a\":null}")},
        {QStringLiteral("nothing"), json("null")},
    };

    const QByteArray text = file.toJson();
    QVERIFY(text.endsWith("}\n"));
    // Every number exactly as written: no double in between.
    QVERIFY(text.contains("\"value\": 12345678901234567890123"));
    QVERIFY(text.contains("\"value\": 1.10"));
    QVERIFY(text.contains("\"value\": -0.0"));
    QVERIFY(text.contains("1E+2"));

    QString error;
    const std::optional<PreferenceFile> read = PreferenceFile::parse(text, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->server, file.server);
    QCOMPARE(read->userId, 3);
    QCOMPARE(read->username, QStringLiteral("bob"));
    QCOMPARE(read->exportedAt, file.exportedAt);
    QCOMPARE(read->preferences.size(), file.preferences.size());
    for (qsizetype i = 0; i < file.preferences.size(); ++i) {
        QCOMPARE(read->preferences.at(i).key, file.preferences.at(i).key);
        // Identical text, not only the same meaning (1.10 is not 1.1 here).
        QVERIFY2(read->preferences.at(i).value.isIdenticalTo(file.preferences.at(i).value),
            qPrintable(read->preferences.at(i).key));
    }
}

void TestPreferenceFile::writesTheDocumentedLayout()
{
    PreferenceFile file;
    file.server = QUrl(QStringLiteral("http://127.0.0.1:8000"));
    file.userId = 2;
    file.username = QStringLiteral("alice");
    file.exportedAt = QDateTime(QDate(2024, 3, 2), QTime(11, 30), Qt::UTC);
    file.preferences = {{QStringLiteral("theme"), json("\"dark\"")}};

    const std::optional<JsonValue> document = JsonValue::parse(file.toJson());
    QVERIFY(document);
    QCOMPARE(document->keys(),
        (QStringList {u"format"_qs, u"version"_qs, u"server"_qs, u"user"_qs, u"exported_at"_qs,
            u"preferences"_qs}));
    QCOMPARE(document->value(u"format"_qs).toString(), u"prefeditor.preferences"_qs);
    QCOMPARE(document->value(u"version"_qs).toJson(), QByteArray("1"));
    QCOMPARE(document->value(u"server"_qs).toString(), u"http://127.0.0.1:8000"_qs);
    QCOMPARE(document->value(u"user"_qs).toJson(), QByteArray("{\"id\":2,\"username\":\"alice\"}"));
    QCOMPARE(document->value(u"exported_at"_qs).toString(), u"2024-03-02T11:30:00.000Z"_qs);
    QCOMPARE(document->value(u"preferences"_qs).toJson(),
        QByteArray("[{\"key\":\"theme\",\"value\":\"dark\"}]"));
}

void TestPreferenceFile::readsAMinimalFile()
{
    // Only format, version and preferences are required; a null value is a
    // value, and a byte order mark is skipped.
    QString error;
    const std::optional<PreferenceFile> file = PreferenceFile::parse(
        "\xEF\xBB\xBF" + fileWith("[{\"key\": \"signature\", \"value\": null}]"), &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->userId, 0);
    QVERIFY(file->server.isEmpty());
    QVERIFY(!file->exportedAt.isValid());
    QCOMPARE(file->preferences.size(), 1);
    QVERIFY(file->preferences.at(0).value.isNull());
}

void TestPreferenceFile::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("another format")
        << QByteArray("{\"format\": \"other\", \"version\": 1, \"preferences\": []}")
        << u"The file is not a preference file: its \"format\" is not "
           u"\"prefeditor.preferences\"."_qs;
    QTest::newRow("prefctl list --json") // an array of the API's objects
        << QByteArray("[{\"id\": 1, \"key\": \"theme\", \"value\": \"dark\"}]")
        << u"The file is not a preference file: its \"format\" is not "
           u"\"prefeditor.preferences\"."_qs;
    QTest::newRow("unknown version")
        << QByteArray("{\"format\": \"prefeditor.preferences\", \"version\": 2, "
                      "\"preferences\": []}")
        << u"The file has version 2 of the format; this program reads version 1 only."_qs;
    QTest::newRow("no version")
        << QByteArray("{\"format\": \"prefeditor.preferences\", \"preferences\": []}")
        << u"The file does not say which version of the format it has."_qs;
    QTest::newRow("invalid JSON")
        << QByteArray("{\"format\": \"prefeditor.preferences\", \"version\": 1,\n"
                      " \"preferences\": [\n"
                      "  {\"key\": \"theme\" \"value\": \"dark\"}]}\n")
        << u"The file is not valid JSON: line 3, column 19: expected ',' or '}'."_qs;
    QTest::newRow("duplicate member in a value")
        << fileWith("[{\"key\": \"font\", \"value\": {\"size\": 12, \"size\": 14}}]")
        << u"The file is not valid JSON: line 1, column 106: duplicate key \"size\"."_qs;
    QTest::newRow("no preferences")
        << QByteArray("{\"format\": \"prefeditor.preferences\", \"version\": 1}")
        << u"The file has no list of preferences (\"preferences\")."_qs;
    QTest::newRow("not an object") << fileWith("[{\"key\": \"a\", \"value\": 1}, 42]")
                                   << u"Preference 2 of the file is not an object."_qs;
    QTest::newRow("no key") << fileWith("[{\"value\": 1}]")
                            << u"Preference 1 of the file has no key."_qs;
    QTest::newRow("empty key") << fileWith("[{\"key\": \"\", \"value\": 1}]")
                               << u"Preference 1 of the file has no key."_qs;
    QTest::newRow("no value") << fileWith("[{\"key\": \"a\", \"value\": 1}, {\"key\": \"theme\"}]")
                              << u"Preference 2 of the file (\"theme\") has no value."_qs;
    QTest::newRow("same key twice")
        << fileWith("[{\"key\": \"theme\", \"value\": \"dark\"}, {\"key\": \"a\", \"value\": 1}, "
                    "{\"key\": \"theme\", \"value\": \"light\"}]")
        << u"The key \"theme\" is in the file twice (preferences 1 and 3)."_qs;
}

void TestPreferenceFile::refusesBadFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!PreferenceFile::parse(text, &error));
    QCOMPARE(error, message);
}

QTEST_GUILESS_MAIN(TestPreferenceFile)
#include "tst_preferencefile.moc"
