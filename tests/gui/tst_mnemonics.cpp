// Every window of the editor has unique mnemonics (Alt+letter), in English
// and in Italian: the sign-in dialog, the editor dialog, the merge dialog, the
// list of unsaved edits, the delete confirmation and the other questions.
//
// The Italian run loads the build's prefeditor_it.qm and Qt's qtbase_it.qm
// (qt6-translations-l10n), as EditorApplication does. It checks whatever the
// .qm holds: run it again after the translations change (lupdate, lrelease).
#include "ApiClient.h"
#include "ChangeSetDialog.h"
#include "CompareDialog.h"
#include "DeleteConfirmation.h"
#include "DraftKeeper.h"
#include "DraftListDialog.h"
#include "JsonMerge.h"
#include "KeychainStore.h"
#include "MainWindow.h"
#include "MergeDialog.h"
#include "MessageBox.h"
#include "PreferenceEditorDialog.h"
#include "PreferenceModel.h"
#include "ProfileStore.h"
#include "SignInController.h"
#include "SignInDialog.h"
#include "TestValues.h"
#include "UserChoiceDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

namespace {

struct Mnemonic
{
    QChar key;
    QString text;
    QString owner; // object name or class of the widget carrying it
};

// The character after a single '&' ("&&" is a literal ampersand).
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString describe(const QWidget *widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

// Every mnemonic of the window, shown or not: the buttons that appear in
// some state only (Continue Without Saving) count too.
QList<Mnemonic> mnemonicsOf(QWidget *window)
{
    QList<Mnemonic> found;
    auto add = [&found](const QString &text, const QWidget *widget) {
        const QChar key = mnemonicOf(text);
        if (!key.isNull())
            found.append({key, text, describe(widget)});
    };
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->window() != window)
            continue; // a dialog of its own
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text(), widget);
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text(), widget);
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(group->title(), widget);
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), widget);
        }
    }
    return found;
}

// "" when unique; else each clash, e.g. "u: Contin&ue (profilePicker) / &Username…".
QString clashes(QWidget *window)
{
    const QList<Mnemonic> all = mnemonicsOf(window);
    QStringList lines;
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (qsizetype j = i + 1; j < all.size(); ++j) {
            if (all.at(i).key == all.at(j).key) {
                lines.append(QStringLiteral("%1: \"%2\" (%3) / \"%4\" (%5)")
                                 .arg(all.at(i).key, all.at(i).text, all.at(i).owner,
                                     all.at(j).text, all.at(j).owner));
            }
        }
    }
    return lines.join(QStringLiteral("; "));
}

Preference samplePreference()
{
    Preference preference;
    preference.id = 7;
    preference.userId = 3;
    preference.key = QStringLiteral("theme");
    preference.value = json(R"({"colour": "dark", "size": 12})");
    preference.createdAt = QDateTime(QDate(2026, 11, 10), QTime(20, 37, 54), Qt::UTC);
    preference.lastUpdatedAt = preference.createdAt;
    return preference;
}

UserInfo user(qint64 id, const char *name, const char *role)
{
    UserInfo info;
    info.id = id;
    info.username = QString::fromLatin1(name);
    info.realName = info.username;
    info.role = QString::fromLatin1(role);
    info.email = info.username + QStringLiteral("@example.org");
    return info;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void signInDialog_data() { languages(); }
    void signInDialog();
    void editorDialog_data() { languages(); }
    void editorDialog();
    void mergeDialog_data() { languages(); }
    void mergeDialog();
    void draftListDialog_data() { languages(); }
    void draftListDialog();
    void deleteConfirmationSaysDelete_data() { languages(); }
    void deleteConfirmationSaysDelete();
    void discardQuestionHasAMnemonic_data() { languages(); }
    void discardQuestionHasAMnemonic();
    void forgetQuestion_data() { languages(); }
    void forgetQuestion();
    void transferDialogs_data() { languages(); }
    void transferDialogs();
    void editMenu_data() { languages(); }
    void editMenu();

    void altUSelectsTheUsernameAndPasswordRadio();

private:
    static void languages();
    void useLanguage(const QString &language);
    // Runs ask() and looks at the message box it opens, then closes it.
    static void inspectMessageBox(
        const std::function<void()> &ask, const std::function<void(QMessageBox *)> &inspect);

    QTemporaryDir m_home;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QNetworkAccessManager m_nam;
};

void TestMnemonics::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("it") << QStringLiteral("it");
}

void TestMnemonics::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Drafts and settings in a directory of our own.
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("state"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    QCoreApplication::setOrganizationName(QStringLiteral("PrefEditorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mnemonics"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
}

void TestMnemonics::cleanup()
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// As EditorApplication::installTranslators(): the app's .qm, then Qt's own.
void TestMnemonics::useLanguage(const QString &language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);
    QVERIFY2(m_appTranslator.load(
                 QStringLiteral(PREF_QM_DIR "/prefeditor_") + language + QStringLiteral(".qm")),
        PREF_QM_DIR);
    QCoreApplication::installTranslator(&m_appTranslator);
    if (language == QLatin1String("en"))
        return;
    QVERIFY2(m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
        "Qt's own translations are missing: install qt6-translations-l10n "
        "(scripts/packages.txt)");
    QCoreApplication::installTranslator(&m_qtTranslator);
    // Qt's standard buttons speak the language now.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annulla"));
}

void TestMnemonics::inspectMessageBox(
    const std::function<void()> &ask, const std::function<void(QMessageBox *)> &inspect)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        QMessageBox *box = nullptr;
        (void)QTest::qWaitFor([&box] {
            box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            return box != nullptr;
        });
        if (!box)
            return; // ask() then blocks: the test times out, which says enough
        seen = true;
        inspect(box); // a failed check returns from inspect only
        box->reject();
    });
    ask();
    QVERIFY(seen);
}

void TestMnemonics::signInDialog()
{
    QFETCH(QString, language);
    useLanguage(language);
    QSettings settings(m_home.filePath(QStringLiteral("signin.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    Profile remembered; // the picker (Continue, Forget) shows
    remembered.communityUrl = QUrl(QStringLiteral("https://community.example.org"));
    remembered.account = QStringLiteral("support");
    profiles.saveProfile(remembered);
    ApiClient api(&m_nam);
    KeychainStore keychain;
    SignInController controller(&api, &keychain, &profiles);
    SignInDialog dialog(&controller);
    QVERIFY(!mnemonicsOf(&dialog).isEmpty());
    const QString problems = clashes(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestMnemonics::editorDialog()
{
    QFETCH(QString, language);
    useLanguage(language);
    ApiClient api(&m_nam);
    PreferenceModel model(&api);
    PreferenceEditorDialog dialog(&model, samplePreference());
    QVERIFY(!mnemonicsOf(&dialog).isEmpty());
    const QString problems = clashes(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    PreferenceEditorDialog creating(&model);
    const QString newProblems = clashes(&creating);
    QVERIFY2(newProblems.isEmpty(), qPrintable(newProblems));
}

void TestMnemonics::mergeDialog()
{
    QFETCH(QString, language);
    useLanguage(language);
    MergeDialog::Versions versions;
    versions.owner = QStringLiteral("Bob Rossi (bob, id 3)");
    versions.baseKey = QStringLiteral("theme");
    versions.theirKey = QStringLiteral("theme2");
    versions.myKey = QStringLiteral("theme3");
    versions.base = json(R"({"a": 1, "b": 1})");
    versions.mine = json(R"({"a": 2, "b": 1})");
    versions.theirs = json(R"({"a": 3, "b": 2})");
    MergeDialog dialog(versions, JsonMerge::merge(versions.base, versions.mine, versions.theirs));
    QVERIFY(dialog.hasConflicts());
    QVERIFY(!mnemonicsOf(&dialog).isEmpty());
    const QString problems = clashes(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestMnemonics::draftListDialog()
{
    QFETCH(QString, language);
    useLanguage(language);
    ApiClient api(&m_nam);
    api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    MainWindow window(&api, user(1, "support", "admin"));
    DraftKeeper keeper(&window, api.baseUrl());
    DraftListDialog dialog(&keeper, &window);
    QVERIFY(!mnemonicsOf(&dialog).isEmpty());
    const QString problems = clashes(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestMnemonics::deleteConfirmationSaysDelete()
{
    QFETCH(QString, language);
    useLanguage(language);
    QWidget parent;
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    bool confirmed = true;
    inspectMessageBox(
        [&] {
            confirmed = DeleteConfirmation::confirm(
                &parent, samplePreference(), user(3, "bob", "user"), user(1, "support", "admin"));
        },
        [&](QMessageBox *box) {
            QAbstractButton *yes = box->button(QMessageBox::Yes);
            QVERIFY(yes);
            QCOMPARE(yes->text(), DeleteConfirmation::tr("&Delete"));
            QVERIFY(!box->button(QMessageBox::Cancel)->text().contains(QLatin1String("Yes")));
            const QString problems = clashes(box);
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
        });
    QVERIFY(!confirmed); // closed without an answer: nothing deleted
}

void TestMnemonics::discardQuestionHasAMnemonic()
{
    QFETCH(QString, language);
    useLanguage(language);
    inspectMessageBox(
        [] {
            MessageBox::question(nullptr, QStringLiteral("Discard Changes?"),
                QStringLiteral("Your changes are not saved."),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        },
        [](QMessageBox *box) {
            QAbstractButton *discard = box->button(QMessageBox::Discard);
            QVERIFY(discard);
            QVERIFY2(!mnemonicOf(discard->text()).isNull(), qPrintable(discard->text()));
            const QString problems = clashes(box);
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
        });
}

void TestMnemonics::forgetQuestion()
{
    QFETCH(QString, language);
    useLanguage(language);
    inspectMessageBox(
        [] {
            MessageBox::question(nullptr, QStringLiteral("Forget Sign-In"),
                QStringLiteral("Forget?"), QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        },
        [](QMessageBox *box) {
            const QString problems = clashes(box);
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
        });
}

// The preview of an import or a copy, the user choice and the comparison.
void TestMnemonics::transferDialogs()
{
    QFETCH(QString, language);
    useLanguage(language);
    ApiClient api(&m_nam);
    api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    const UserInfo support = user(1, "support", "admin");
    const UserInfo bob = user(3, "bob", "");
    ChangeSetDialog preview(&api, QStringLiteral("3"), bob, support,
        {{QStringLiteral("theme"), json("\"dark\"")}}, {samplePreference()});
    QVERIFY(!mnemonicsOf(&preview).isEmpty());
    QString problems = clashes(&preview);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    UserChoiceDialog choice(&api, QStringLiteral("Copy"),
        QCoreApplication::translate(
            "UserTransferActions", "Copy %n selected preference(s) of %1 &to:", nullptr, 2),
        bob);
    QVERIFY(!mnemonicsOf(&choice).isEmpty());
    problems = clashes(&choice);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    CompareDialog compare(&api, support, bob, user(5, "marco.ricci", ""));
    QVERIFY(!mnemonicsOf(&compare).isEmpty());
    problems = clashes(&compare);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// The main window's Edit menu, with the support staff's items.
void TestMnemonics::editMenu()
{
    QFETCH(QString, language);
    useLanguage(language);
    ApiClient api(&m_nam);
    api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    MainWindow window(&api, user(1, "support", "admin"));
    auto *edit = window.findChild<QMenu *>(QStringLiteral("menuEdit"));
    QVERIFY(edit);
    QList<QChar> keys;
    for (const QAction *action : edit->actions()) {
        if (action->isSeparator())
            continue;
        const QChar key = mnemonicOf(action->text());
        QVERIFY2(!key.isNull(), qPrintable(action->text()));
        QVERIFY2(!keys.contains(key), qPrintable(action->text()));
        keys.append(key);
    }
    QVERIFY(keys.size() >= 6);
}

void TestMnemonics::altUSelectsTheUsernameAndPasswordRadio()
{
    useLanguage(QStringLiteral("en"));
    QSettings settings(m_home.filePath(QStringLiteral("radio.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    Profile remembered; // Continue is on screen too
    remembered.communityUrl = QUrl(QStringLiteral("https://community.example.org"));
    remembered.account = QStringLiteral("support");
    profiles.saveProfile(remembered);
    ApiClient api(&m_nam);
    KeychainStore keychain;
    SignInController controller(&api, &keychain, &profiles);
    SignInDialog dialog(&controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *radio = dialog.findChild<QRadioButton *>(QStringLiteral("passwordMethodRadio"));
    QVERIFY(radio);
    QVERIFY(!radio->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::AltModifier);
    QTRY_VERIFY(radio->isChecked());
    QCOMPARE(dialog.method(), SignInDialog::Method::Password);
    QVERIFY(dialog.isVisible()); // Continue was not pressed
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
