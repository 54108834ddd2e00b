// Not a test: drives the real main window on the demo data and saves the
// README's screenshots. scripts/screenshots runs it under Xvfb.
//
//     screenshot_tool OUTPUT_DIR [--lang it] [--dark] [--size WxH]
//
// English: main-window.png, editor-validation-error.png, user-picker.png.
// --lang it: main-window-it.png and delete-confirmation-it.png (Qt's standard
// buttons in Italian). Both languages (with "-it" in Italian): tree-tab.png
// (the editor's Tree tab on notifications), import-preview.png (File > Import
// of a file into bob), compare.png (bob compared with marco.ricci) and
// history-panel.png (the import and a copy from the comparison, after the
// demo's own entries, in the History panel). --dark: main-window-dark.png.

#include "ApiClient.h"
#include "ApiJob.h"
#include "ChangeJournal.h"
#include "ChangeSetDialog.h"
#include "CompareDialog.h"
#include "DemoEnvironment.h"
#include "DemoHistory.h"
#include "HistoryPanel.h"
#include "JsonTextEdit.h"
#include "JsonTreeEditor.h"
#include "MainWindow.h"
#include "PreferenceComparisonModel.h"
#include "PreferenceEditorDialog.h"
#include "PreferenceModel.h"
#include "PreferenceTableView.h"
#include "TransferActions.h"
#include "UserChoiceDialog.h"
#include "UserPicker.h"
#include "UserSearchModel.h"
#include "UserTransferActions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <cstdio>
#include <functional>

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

// The window and any popups or dialogs over it, composed into one image.
QImage grab(QWidget *window, const QList<QWidget *> &overlays = {})
{
    QImage image = window->grab().toImage();
    QPainter painter(&image);
    const QPoint origin = window->mapToGlobal(QPoint(0, 0));
    for (QWidget *overlay : overlays) {
        if (overlay && overlay->isVisible()) {
            const QPoint at = overlay->mapToGlobal(QPoint(0, 0)) - origin;
            painter.drawPixmap(at, overlay->grab());
        }
    }
    return image;
}

void save(const QImage &image, const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    if (!image.save(path))
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
    else
        std::printf("saved %s (%dx%d)\n", qPrintable(path), image.width(), image.height());
}

// The editor dialog open on the signed-in user's "notifications", on its Tree
// page (the default for an object), everything expanded.
bool saveTreeTab(
    MainWindow &window, const UserInfo &account, const QString &dir, const QString &name)
{
    PreferenceModel *model = window.preferenceModel();
    window.openUser(account);
    if (!waitFor([&] {
            return window.currentUser().id == account.id && !model->isLoading() &&
                model->rowCount() > 0;
        }))
        return false;
    int row = 0;
    while (
        row < model->rowCount() && model->preferenceAt(row).key != QLatin1String("notifications"))
        ++row;
    if (row == model->rowCount()) {
        std::fprintf(stderr, "no notifications preference\n");
        return false;
    }
    auto *table = window.findChild<PreferenceTableView *>();
    table->selectPreferenceId(model->preferenceAt(row).id);
    table->setFocus();
    const QList<PreferenceEditorDialog *> before = window.findChildren<PreferenceEditorDialog *>();
    window.findChild<QAction *>(QStringLiteral("actionEdit"))->trigger();
    PreferenceEditorDialog *dialog = nullptr;
    if (!waitFor([&] {
            for (PreferenceEditorDialog *d : window.findChildren<PreferenceEditorDialog *>()) {
                if (!before.contains(d) && d->isVisible())
                    dialog = d;
            }
            return dialog != nullptr;
        }))
        return false;
    QTreeView *tree = dialog->findChild<JsonTreeEditor *>()->view();
    tree->expandAll();
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    QTest::qWait(300);
    save(dialog->grab().toImage(), dir, name);
    dialog->setResult(QDialog::Rejected);
    dialog->hide();
    return true;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8f, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

// Opens bob (id 3) in the window and waits for his preferences.
bool openBob(MainWindow &window)
{
    window.openInitialUser(QStringLiteral("3"));
    PreferenceModel *model = window.preferenceModel();
    return waitFor([&] {
        return window.currentUser().id == 3 && !model->isLoading() && model->rowCount() > 0;
    });
}

// The preview of an import into bob, applied: the History panel's first batch.
bool importScene(MainWindow &window, const QString &outDir, const QString &suffix)
{
    QTemporaryDir files;
    const QString fileName = files.filePath(QStringLiteral("bob-fix.json"));
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(R"({"format": "prefeditor.preferences", "version": 1, "preferences": [
        {"key": "theme", "value": "dark"},
        {"key": "language", "value": "de"},
        {"key": "notifications", "value": {"email": true, "push": false, "digest": "daily",
                                           "channels": ["mentions", "replies"]}},
        {"key": "show_email", "value": false},
        {"key": "items_per_page", "value": 50},
        {"key": "storage_quota_bytes", "value": 18446744073709551615}]})");
    file.close();
    TransferActions::setNextFileName(fileName);
    window.findChild<QAction *>(QStringLiteral("actionImport"))->trigger();
    ChangeSetDialog *dialog = nullptr;
    if (!waitFor([&] {
            return (dialog = window.findChild<ChangeSetDialog *>()) && dialog->isVisible();
        }))
        return false;
    dialog->setSourceName(QStringLiteral("bob-fix.json")); // not the temporary directory
    dialog->resize(820, 400);
    QTest::qWait(300);
    save(dialog->grab().toImage(), outDir, QStringLiteral("import-preview%1.png").arg(suffix));
    dialog->apply();
    if (!waitFor([&] { return dialog->applier() && dialog->applier()->isFinished(); }))
        return false;
    dialog->close();
    return waitFor([&] { return !window.findChild<ChangeSetDialog *>(); });
}

// bob (A) compared with marco.ricci (B, id 5); then a differing key copied
// A → B, a batch of its own in the History panel.
bool compareScene(MainWindow &window, const QString &outDir, const QString &suffix)
{
    window.findChild<UserTransferActions *>()->compareWithUser();
    UserChoiceDialog *choice = nullptr;
    if (!waitFor([&] {
            return (choice = window.findChild<UserChoiceDialog *>()) && choice->isVisible();
        }))
        return false;
    QTest::keyClicks(choice->picker()->lineEdit(), QStringLiteral("5"));
    QTest::keyClick(choice->picker()->lineEdit(), Qt::Key_Return);
    CompareDialog *compare = nullptr;
    if (!waitFor([&] {
            return (compare = window.findChild<CompareDialog *>()) && compare->isVisible() &&
                !compare->isLoading() && compare->model()->rowCount() > 0;
        }))
        return false;
    compare->resize(900, 600);
    PreferenceComparisonModel *model = compare->model();
    const QModelIndex differing = model->groupIndex(PreferenceComparison::Status::Differing);
    if (model->rowCount(differing) == 0)
        return false;
    compare->view()->setCurrentIndex(model->index(0, 0, differing));
    compare->view()->setFocus();
    QTest::qWait(300);
    save(compare->grab().toImage(), outDir, QStringLiteral("compare%1.png").arg(suffix));

    compare->copyToB();
    ChangeSetDialog *dialog = nullptr;
    if (!waitFor([&] {
            return (dialog = compare->findChild<ChangeSetDialog *>()) && dialog->isVisible();
        }))
        return false;
    dialog->apply();
    if (!waitFor([&] { return dialog->applier() && dialog->applier()->isFinished(); }))
        return false;
    dialog->close();
    waitFor([&] { return !compare->isLoading(); });
    compare->close();
    return waitFor([&] { return !window.findChild<CompareDialog *>(); });
}

// The History panel with the entries of the scenes before.
void historyScene(MainWindow &window, const QString &outDir, const QString &suffix)
{
    HistoryPanel *panel = window.historyPanel();
    panel->toggleViewAction()->trigger();
    auto *table = panel->findChild<QTableView *>(QStringLiteral("historyTable"));
    waitFor([&] { return panel->isVisible() && table->model()->rowCount() > 0; });
    // Room for the entries and for the diff below them.
    window.resizeDocks({panel}, {window.height() * 3 / 5}, Qt::Vertical);
    if (auto *splitter = panel->findChild<QSplitter *>())
        splitter->setSizes({3, 2});
    table->selectRow(2); // the import's change of a nested object
    table->setFocus();
    QTest::qWait(300);
    save(grab(&window), outDir, QStringLiteral("history-panel%1.png").arg(suffix));
    panel->hide();
}

// The scenes of both languages.
int transferScenes(MainWindow &window, const QString &outDir, const QString &suffix)
{
    if (!openBob(window))
        return 1;
    if (!importScene(window, outDir, suffix)) {
        std::fprintf(stderr, "the import scene failed\n");
        return 1;
    }
    if (!compareScene(window, outDir, suffix)) {
        std::fprintf(stderr, "the compare scene failed\n");
        return 1;
    }
    historyScene(window, outDir, suffix);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PrefEditorScreenshots"));
    QApplication::setApplicationName(QStringLiteral("screenshot_tool"));
    QSettings().clear();

    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(
            stderr, "usage: screenshot_tool OUTPUT_DIR [--lang it] [--dark] [--size WxH]\n");
        return 2;
    }
    const QString outDir = args.at(1);
    QDir().mkpath(outDir);
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    const QString lang = langAt > 0 && langAt + 1 < args.size() ? args.at(langAt + 1) : QString();
    const bool dark = args.contains(QStringLiteral("--dark"));
    QSize size(1100, 680);
    const qsizetype sizeAt = args.indexOf(QStringLiteral("--size"));
    if (sizeAt > 0 && sizeAt + 1 < args.size()) {
        const QStringList wh = args.at(sizeAt + 1).split(QLatin1Char('x'));
        if (wh.size() == 2)
            size = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    }

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark)
        QApplication::setPalette(darkPalette());

    QTranslator translator;
    QTranslator qtTranslator;
    if (lang.isEmpty()) {
        if (translator.load(QStringLiteral(PREF_QM_DIR "/prefeditor_en.qm")))
            QApplication::installTranslator(&translator);
    } else {
        QLocale::setDefault(QLocale(lang));
        if (!translator.load(QLocale(lang), QStringLiteral("prefeditor"), QStringLiteral("_"),
                QStringLiteral(PREF_QM_DIR)))
            std::fprintf(stderr, "no translation for %s in %s\n", qPrintable(lang), PREF_QM_DIR);
        QApplication::installTranslator(&translator);
        if (qtTranslator.load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
    }
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("EditorApplication", "Preference Editor"));

    // The same demo as prefeditor --demo.
    DemoEnvironment demo;
    QString error;
    if (!demo.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    client.setBaseUrl(demo.baseUrl());
    client.setCredentials(demo.credentials());

    UserInfo account;
    ApiJob *job = client.get(client.url(QStringLiteral("/api/v2/user/me/")));
    QObject::connect(job, &ApiJob::succeeded, [&account](const JsonValue &body) {
        account = UserInfo::fromJson(body).value_or(UserInfo());
    });
    job->start();
    if (!waitFor([&] { return account.id != 0; }))
        return 1;

    MainWindow window(&client, account);
    window.setDemoMode(true);
    window.setCommunityId(QStringLiteral("demo"));
    // The demo's journal, with the entries prefeditor --demo starts with.
    DemoHistory history(&client, ChangeJournal(demo.baseUrl(), demo.journalDirectory()));
    bool seeded = false;
    QObject::connect(&history, &DemoHistory::finished, [&seeded] { seeded = true; });
    history.start();
    if (!waitFor([&seeded] { return seeded; }))
        return 1;
    window.setJournal(ChangeJournal(demo.baseUrl(), demo.journalDirectory()));
    window.move(0, 0);
    window.resize(size);
    window.show();
    // The main window as support staff see it: somebody else's preferences.
    window.openInitialUser(QStringLiteral("3"));
    PreferenceModel *model = window.preferenceModel();
    const auto loaded = [&] {
        return window.currentUser().id != 0 && !model->isLoading() && model->rowCount() > 0;
    };
    if (!waitFor(loaded))
        return 1;
    auto *table = window.findChild<PreferenceTableView *>();
    table->selectPreferenceId(model->preferenceAt(2).id);
    QTest::qWait(300);

    if (dark) {
        save(grab(&window), outDir, QStringLiteral("main-window-dark.png"));
        return 0;
    }
    if (!lang.isEmpty() && lang != QLatin1String("en")) {
        save(grab(&window), outDir, QStringLiteral("main-window-%1.png").arg(lang));
        // A question with Qt's standard buttons, in the language too.
        QTimer::singleShot(500, &window, [&outDir, &lang] {
            if (QWidget *question = QApplication::activeModalWidget()) {
                save(question->grab().toImage(), outDir,
                    QStringLiteral("delete-confirmation-%1.png").arg(lang));
                question->close();
            }
        });
        window.findChild<QAction *>(QStringLiteral("actionDelete"))->trigger();
        QTest::qWait(800);
        if (!saveTreeTab(window, account, outDir, QStringLiteral("tree-tab-%1.png").arg(lang)))
            return 1;
        return transferScenes(window, outDir, QStringLiteral("-%1").arg(lang));
    }
    save(grab(&window), outDir, QStringLiteral("main-window.png"));

    // Back to your own preferences for the rest.
    window.openUser(account);
    if (!waitFor([&] { return window.currentUser().id == account.id && loaded(); }))
        return 1;

    // The user picker, open on a search.
    auto *picker = window.findChild<UserPicker *>();
    picker->lineEdit()->setFocus();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("ro"));
    QAbstractItemView *popup = picker->completer()->popup();
    if (!waitFor([&] { return popup->isVisible() && !picker->model()->isSearching(); }))
        std::fprintf(stderr, "the picker's popup did not open\n");
    QTest::qWait(300);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::qWait(100);
    save(grab(&window, {popup}), outDir, QStringLiteral("user-picker.png"));
    popup->hide();
    picker->lineEdit()->clear();

    // The editor with a validation error.
    int notifications = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->preferenceAt(r).value.isObject() && model->preferenceAt(r).value.size() >= 3) {
            notifications = r;
            break;
        }
    }
    table->selectPreferenceId(model->preferenceAt(notifications).id);
    table->setFocus();
    window.findChild<QAction *>(QStringLiteral("actionEdit"))->trigger();
    PreferenceEditorDialog *dialog = nullptr;
    if (!waitFor([&] {
            return (dialog = window.findChild<PreferenceEditorDialog *>()) && dialog->isVisible();
        }))
        return 1;
    auto *edit = dialog->findChild<JsonTextEdit *>();
    QString text = model->preferenceAt(notifications).value.toPrettyString();
    // Drop the comma after the second member: "expected ',' or '}'".
    int comma = text.indexOf(QLatin1Char(','));
    comma = text.indexOf(QLatin1Char(','), comma + 1);
    if (comma > 0)
        text.remove(comma, 1);
    edit->setPlainText(text);
    edit->setFocus();
    if (!waitFor([&] { return dialog->parseError().isValid(); }))
        std::fprintf(stderr, "no validation error shown\n");
    dialog->jumpToError();
    QTest::qWait(300);
    save(dialog->grab().toImage(), outDir, QStringLiteral("editor-validation-error.png"));
    dialog->done(QDialog::Rejected); // closed, so that the next edit opens a new one
    if (!saveTreeTab(window, account, outDir, QStringLiteral("tree-tab.png")))
        return 1;
    return transferScenes(window, outDir, QString());
}
