// Italian complete (issue 9): Qt's own buttons speak Italian (qtbase_it from
// qt6-translations-l10n), the Changes tab keeps its two sentences apart, and
// every date is the locale's long format with seconds, in both languages.
// Loads the build's .qm files as EditorApplication does.
#include "JsonTextEdit.h"
#include "MessageBox.h"
#include "PreferenceEditorDialog.h"
#include "PreferenceModel.h"

#include "SignedInClient.h"
#include "TestServer.h"
#include "TestedPreferenceModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

class TestItalian : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void standardButtonsSpeakTheLanguage_data() { languages(); }
    void standardButtonsSpeakTheLanguage();
    void changesTabKeepsTheSentencesApart_data() { languages(); }
    void changesTabKeepsTheSentencesApart();
    void datesAreLongWithSeconds_data() { languages(); }
    void datesAreLongWithSeconds();

private:
    static void languages();
    void useLanguage(const QString &language);
    static QString expectedDate(const QDateTime &utc);

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    std::unique_ptr<PrefServer> m_server;
    std::unique_ptr<SignedInClient> m_session;
    std::unique_ptr<TestedPreferenceModel> m_model;
};

void TestItalian::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("it") << QStringLiteral("it");
}

void TestItalian::initTestCase()
{
    qputenv("TZ", "Europe/Rome");
}

void TestItalian::init()
{
    m_server = startDemoServer();
    QVERIFY(m_server);
    m_session = std::make_unique<SignedInClient>(*m_server, QStringLiteral("alice"));
    // Watched for the whole test, from before the first change.
    m_model = std::make_unique<TestedPreferenceModel>(m_session->api());
    QVERIFY(m_model->reloadAndWait());
    QVERIFY(m_model->rowCount() > 0);
}

void TestItalian::cleanup()
{
    m_model.reset();
    m_session.reset();
    m_server.reset();
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestItalian::useLanguage(const QString &language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);
    QVERIFY(m_appTranslator.load(
        QStringLiteral(PREF_QM_DIR "/prefeditor_") + language + QStringLiteral(".qm")));
    QCoreApplication::installTranslator(&m_appTranslator);
    if (language == QLatin1String("en"))
        return;
    QVERIFY2(m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
        "qtbase_it.qm is missing: install qt6-translations-l10n (scripts/packages.txt)");
    QCoreApplication::installTranslator(&m_qtTranslator);
}

// Long date and time, with seconds, in the default locale.
QString TestItalian::expectedDate(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::LongFormat);
}

void TestItalian::standardButtonsSpeakTheLanguage()
{
    QFETCH(QString, language);
    useLanguage(language);
    QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Close |
        QDialogButtonBox::Yes | QDialogButtonBox::Discard);
    const bool italian = language == QLatin1String("it");
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'),
        italian ? QStringLiteral("Annulla") : QStringLiteral("Cancel"));
    QCOMPARE(box.button(QDialogButtonBox::Yes)->text().remove(u'&'),
        italian ? QStringLiteral("Sì") : QStringLiteral("Yes"));
    QCOMPARE(box.button(QDialogButtonBox::Close)->text().remove(u'&'),
        italian ? QStringLiteral("Chiudi") : QStringLiteral("Close"));
    // Key names in shortcuts too.
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_Delete).toString(QKeySequence::NativeText),
        italian ? QStringLiteral("Ctrl+Canc") : QStringLiteral("Ctrl+Del"));
}

void TestItalian::changesTabKeepsTheSentencesApart()
{
    QFETCH(QString, language);
    useLanguage(language);
    const Preference preference = m_model->preferenceAt(0);
    PreferenceEditorDialog dialog(m_model.get(), preference);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *edit = dialog.findChild<JsonTextEdit *>();
    QVERIFY(edit);
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(dialog.findChild<QWidget *>(QStringLiteral("jsonPage")));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(edit, QStringLiteral(",,"));
    QTRY_VERIFY(!dialog.isValidationPending() && !dialog.value());

    tabs->setCurrentWidget(dialog.findChild<QWidget *>(QStringLiteral("changesPage")));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("keyChangeLabel"));
    QVERIFY(label);
    const QStringList lines = label->text().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
        PreferenceEditorDialog::tr("Key unchanged: \u201c%1\u201d").arg(preference.key));
    QCOMPARE(lines.at(1),
        PreferenceEditorDialog::tr("The new value is not valid JSON; it is shown as typed."));
    MessageBox::setNextAnswers({QMessageBox::Discard});
    dialog.reject();
}

void TestItalian::datesAreLongWithSeconds()
{
    QFETCH(QString, language);
    useLanguage(language);
    const Preference preference = m_model->preferenceAt(0);
    QVERIFY(preference.lastUpdatedAt.isValid());
    const QString updated = expectedDate(preference.lastUpdatedAt);
    QVERIFY2(
        updated.contains(preference.lastUpdatedAt.toLocalTime().toString(QStringLiteral(":mm:ss"))),
        qPrintable(updated)); // seconds
    QVERIFY2(updated.contains(
                 QLocale().monthName(preference.lastUpdatedAt.toLocalTime().date().month())),
        qPrintable(updated)); // the long form

    // The table.
    const int updatedColumn = int(PreferenceModel::Column::LastUpdated);
    const int createdColumn = int(PreferenceModel::Column::Created);
    QCOMPARE(m_model->index(0, updatedColumn).data().toString(), updated);
    QCOMPARE(
        m_model->index(0, createdColumn).data().toString(), expectedDate(preference.createdAt));

    // The editor's details.
    PreferenceEditorDialog dialog(m_model.get(), preference);
    bool shown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text() == updated)
            shown = true;
    }
    QVERIFY2(shown, qPrintable(updated));
}

QTEST_MAIN(TestItalian)
#include "tst_italian.moc"
