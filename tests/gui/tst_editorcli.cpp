// prefeditor on a terminal without a display: --help and --version answer
// (issue 9) instead of aborting in QApplication's platform plugin.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestEditorCli : public QObject
{
    Q_OBJECT

private slots:
    void helpWithoutDisplay_data();
    void helpWithoutDisplay();
    void versionWithoutDisplay();

private:
    static bool run(const QStringList &arguments, QByteArray *out, int *exitCode);
};

// No display at all: no platform chosen, no X server, no Wayland.
bool TestEditorCli::run(const QStringList &arguments, QByteArray *out, int *exitCode)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PREFEDITOR_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return false;
    *out = process.readAllStandardOutput();
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (*exitCode != 0)
        qWarning("stderr: %s", process.readAllStandardError().constData());
    return true;
}

void TestEditorCli::helpWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help") << QStringList {QStringLiteral("--help")};
    QTest::newRow("-h") << QStringList {QStringLiteral("-h")};
    QTest::newRow("--help --demo")
        << QStringList {QStringLiteral("--help"), QStringLiteral("--demo")};
    QTest::newRow("-platform xcb --help") << QStringList {
        QStringLiteral("-platform"), QStringLiteral("xcb"), QStringLiteral("--help")};
}

void TestEditorCli::helpWithoutDisplay()
{
    QFETCH(QStringList, arguments);
    QByteArray out;
    int exitCode = -1;
    QVERIFY(run(arguments, &out, &exitCode));
    QCOMPARE(exitCode, 0);
    QVERIFY2(out.contains("--server"), out.constData());
    QVERIFY(out.contains("--demo"));
    QVERIFY(out.contains("--lang"));
}

void TestEditorCli::versionWithoutDisplay()
{
    QByteArray out;
    int exitCode = -1;
    QVERIFY(run({QStringLiteral("--version")}, &out, &exitCode));
    QCOMPARE(exitCode, 0);
    QCOMPARE(out.trimmed(), QByteArray("prefeditor " PREF_VERSION));
}

QTEST_GUILESS_MAIN(TestEditorCli)
#include "tst_editorcli.moc"
