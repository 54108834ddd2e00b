#include "EditorApplication.h"

#include "ApiClient.h"
#include "ChangeJournal.h"
#include "CommunityUrl.h"
#include "DemoEnvironment.h"
#include "DemoHistory.h"
#include "KeychainStore.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProfileStore.h"
#include "SignInController.h"
#include "SignInDialog.h"
#include "UserJob.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>
#include <utility>

EditorApplication::EditorApplication(QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(&m_nam, this))
{ }

EditorApplication::~EditorApplication()
{
    delete m_signInDialog; // after a sign-out it has no window to go with
}

void EditorApplication::installTranslators(const QStringList &arguments)
{
    // --lang is read before the parser exists: its help text is translated.
    QString lang;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(QLatin1String("--lang=")))
            lang = arg.mid(7);
        else if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            lang = arguments.at(i + 1);
    }
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    // English is the source language; its file only adds the plural forms,
    // and it is the fallback for languages we do not have.
    if (m_translator.load(
            locale, QStringLiteral("prefeditor"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        m_translator.load(QStringLiteral(":/i18n/prefeditor_en.qm")))
        QCoreApplication::installTranslator(&m_translator);
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    // Qt appends it to window titles (there are none before --help).
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setApplicationDisplayName(tr("Preference Editor"));
}

bool EditorApplication::parseArguments(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Edit the preferences of a community's users: your own, or as an admin anybody's."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
        tr("The community's address, e.g. %1.")
            .arg(QStringLiteral("https://community.example.org")),
        tr("URL"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        tr("Open this user's preferences: \"me\" or a user id."), tr("me|ID"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        tr("Start a local demo server with sample data and sign in as its admin, \"support\"."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        tr("The language of the interface (default: the system's)."), tr("en|it"));
    parser.addOptions({serverOption, userOption, demoOption, langOption});

    // --help and --version first: they answer even next to an option the
    // parser does not know (Qt's own -platform before a QApplication exists).
    const bool parsed = parser.parse(arguments);
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
            qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return false;
    }
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        *exitCode = 2;
        return false;
    }
    m_initialUser = parser.value(userOption).trimmed();
    static const QRegularExpression validUser(QStringLiteral("^(me|\\d+)$"));
    if (!m_initialUser.isEmpty() && !validUser.match(m_initialUser).hasMatch()) {
        std::fprintf(stderr, "%s\n",
            qPrintable(
                tr("--user takes \"me\" or a numeric user id, not \"%1\".").arg(m_initialUser)));
        *exitCode = 2;
        return false;
    }

    m_demoMode = parser.isSet(demoOption);
    if (!m_demoMode && parser.isSet(serverOption)) {
        QString error;
        m_initialServer = CommunityUrl::validate(parser.value(serverOption), &error);
        if (!m_initialServer.isValid()) {
            std::fprintf(stderr, "--server: %s\n", qPrintable(error));
            *exitCode = 2;
            return false;
        }
    }
    return true;
}

bool EditorApplication::start(int *exitCode)
{
    if (m_demoMode) {
        m_demo = new DemoEnvironment(this);
        QString error;
        if (!m_demo->start(&error)) {
            std::fprintf(
                stderr, "%s\n", qPrintable(tr("The demo server could not start: %1").arg(error)));
            *exitCode = 1;
            return false;
        }
        m_client->setBaseUrl(m_demo->baseUrl());
        m_client->setCredentials(m_demo->credentials());
        // Something in the History panel from the start.
        auto *history = new DemoHistory(
            m_client, ChangeJournal(m_demo->baseUrl(), m_demo->journalDirectory()), m_demo);
        connect(history, &DemoHistory::finished, history, &QObject::deleteLater);
        history->start();
        fetchAccount();
        return true;
    }

    startSignIn(m_initialServer);
    return true;
}

SignInDialog *EditorApplication::signInDialog() const
{
    return m_signInDialog;
}

void EditorApplication::ensureSignIn()
{
    if (m_signIn)
        return;
    m_keychain = new KeychainStore(this);
    if (!m_keychainService.isEmpty())
        m_keychain->setServiceName(m_keychainService);
    m_profiles = std::make_unique<ProfileStore>();
    m_signIn = new SignInController(m_client, m_keychain, m_profiles.get(), this);
    connect(m_signIn, &SignInController::signedIn, this, &EditorApplication::onSignedIn);
    connect(
        m_signIn, &SignInController::signInRequired, this, &EditorApplication::showSignInDialog);
}

void EditorApplication::startSignIn(const QUrl &server)
{
    ensureSignIn();
    if (server.isEmpty()) {
        m_signIn->restore(); // the remembered profile, silently when its token works
        return;
    }
    // --server: a remembered sign-in there, or the dialog with the address filled in.
    const QList<Profile> known = m_profiles->profilesFor(server);
    if (!known.isEmpty()) {
        m_signIn->restoreProfile(known.first());
        return;
    }
    Profile profile;
    profile.communityUrl = server;
    showSignInDialog(profile, QString());
}

void EditorApplication::showSignInDialog(const Profile &profile, const QString &notice)
{
    if (m_signInDialog) {
        m_signInDialog->raise();
        return;
    }
    m_signInDialog = new SignInDialog(m_signIn, m_window.get());
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (profile.communityUrl.isValid())
        m_signInDialog->setProfile(profile);
    if (!notice.isEmpty())
        m_signInDialog->showNotice(notice);
    connect(m_signInDialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted && m_signIn->isSignedIn() && !windowShowsSignIn()) {
            m_demoMode = false; // switched from the demo to a community
            showMainWindow(m_signIn->user());
        } else if (result != QDialog::Accepted && !m_window) {
            emit quitRequested(0); // nothing to show without a sign-in
        }
    });
    m_signInDialog->open();
}

void EditorApplication::onSignedIn(const UserInfo &account)
{
    if (m_signInDialog)
        return; // the dialog's finished() takes it from here
    if (windowShowsSignIn())
        return; // signed in again as the same user: the window carries on
    showMainWindow(account);
}

bool EditorApplication::windowShowsSignIn() const
{
    return m_window && m_signIn && m_window->account().id == m_signIn->user().id &&
        m_windowServer == m_client->baseUrl();
}

void EditorApplication::onSignedOut()
{
    // The window showed the signed-out account's data: the sign-in dialog
    // takes its place, and cancelling it quits, as at start-up. The dialog
    // opens first, so that closing the window does not end the application.
    std::unique_ptr<MainWindow> previous = std::move(m_window);
    showSignInDialog(m_signIn->currentProfile().value_or(Profile()),
        tr("You are signed out. Sign in again, or to another community."));
    discardWindow(std::move(previous));
}

void EditorApplication::switchCommunity()
{
    // From the demo too: the sign-in machinery is made on first use. The
    // window stays until the dialog signs in elsewhere.
    ensureSignIn();
    showSignInDialog(Profile(), QString());
}

void EditorApplication::fetchAccount()
{
    UserJob *job = m_client->fetchMe();
    connect(job, &UserJob::succeeded, this, &EditorApplication::showMainWindow);
    connect(job, &UserJob::failed, this, [this, job](const ApiError &error) {
        if (job->bodyRefused())
            fail(
                tr("The server's answer about your account is not valid: %1").arg(error.message()));
        else
            fail(error.toUserString());
    });
    job->start();
}

void EditorApplication::showMainWindow(const UserInfo &account)
{
    std::unique_ptr<MainWindow> previous = std::move(m_window);
    m_window = std::make_unique<MainWindow>(m_client, account);
    m_windowServer = m_client->baseUrl();
    m_window->setSignInController(m_demoMode ? nullptr : m_signIn);
    connect(m_window.get(), &MainWindow::signedOut, this, &EditorApplication::onSignedOut);
    connect(m_window.get(), &MainWindow::switchCommunityRequested, this,
        &EditorApplication::switchCommunity);
    connect(m_window.get(), &MainWindow::signInRequested, this, [this] {
        const std::optional<Profile> profile = m_signIn ? m_signIn->currentProfile() : std::nullopt;
        if (m_signIn)
            showSignInDialog(profile.value_or(Profile()),
                tr("The server no longer accepts your sign-in. Please sign in again."));
    });
    if (m_demoMode) {
        m_window->setDemoMode(true);
        m_window->setCommunityId(QStringLiteral("demo"));
        // A journal as short-lived as the demo's data.
        m_window->setJournal(ChangeJournal(m_client->baseUrl(), m_demo->journalDirectory()));
    } else {
        m_window->setJournal(ChangeJournal(m_client->baseUrl()));
    }
    m_window->show();
    m_window->openInitialUser(std::exchange(m_initialUser, QString())); // --user: once
    discardWindow(std::move(previous)); // after the new one shows: not the last window
}

void EditorApplication::discardWindow(std::unique_ptr<MainWindow> window)
{
    if (!window)
        return;
    window->close(); // saves its layout
    window.release()->deleteLater(); // it may be emitting the signal that got here
}

void EditorApplication::fail(const QString &message)
{
    MessageBox::warning(nullptr, tr("Preference Editor"),
        tr("Your account could not be loaded.\n\n%1").arg(message));
    emit quitRequested(1);
}
