// Source checks: no plain-text keychain fallback, no custom keychain
// settings, no TLS errors ignored, anywhere in the product code.
#include <QDirIterator>
#include <QFile>
#include <QTest>

class TestStaticChecks : public QObject
{
    Q_OBJECT

private slots:
    void forbiddenCalls_data();
    void forbiddenCalls();
};

void TestStaticChecks::forbiddenCalls_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("insecure fallback") << QStringLiteral("setInsecureFallback(true)");
    QTest::newRow("keychain settings") << QStringLiteral("setSettings(");
    QTest::newRow("ignore TLS errors") << QStringLiteral("ignoreSslErrors(");
}

void TestStaticChecks::forbiddenCalls()
{
    QFETCH(QString, pattern);
    const QString root = qEnvironmentVariable("PREF_SOURCE_DIR");
    if (root.isEmpty())
        QSKIP("PREF_SOURCE_DIR is not set (ctest sets it)");
    QStringList offenders;
    int files = 0;
    for (const char *folder : {"models", "views", "app"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(folder),
            {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.hpp"),
                QStringLiteral("*.cc")},
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("tst_staticchecks.cpp")))
                continue;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++files;
            const QString text = QString::fromUtf8(file.readAll());
            if (text.contains(pattern))
                offenders << path;
        }
    }
    QVERIFY2(files > 10, "the source tree was not found");
    QVERIFY2(offenders.isEmpty(),
        qPrintable(pattern + QStringLiteral(" in: ") + offenders.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestStaticChecks)
#include "tst_staticchecks.moc"
