#include "CtlSignIn.h"

#include "ApiClient.h"
#include "CommunityUrl.h"
#include "CtlOptions.h"
#include "KeychainStore.h"
#include "ProfileStore.h"
#include "Session.h"
#include "SignInController.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <iterator>
#include <optional>

#include <signal.h>
#include <termios.h>
#include <unistd.h>

namespace {

// The desktop app's settings, so that both share the remembered profiles.
const QString SettingsOrganization = QStringLiteral("PrefEditor");
const QString SettingsApplication = QStringLiteral("prefeditor");

// The context of prefctl's sign-in messages in the translations.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CtlSignIn)
};

void writeErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

struct LoginOptions
{
    QString command; // "login" or "logout"
    QString server;
    QString username;
    QString clientId = QStringLiteral("prefeditor");
    bool passwordStdin = false;
    bool browser = false;
    QString error;
};

bool takesValue(const QString &name)
{
    return name == QLatin1String("--server") || name == QLatin1String("--username") ||
        name == QLatin1String("--client-id") || name == QLatin1String("--user") ||
        name == QLatin1String("--key") || name == QLatin1String("--value");
}

LoginOptions parse(const QStringList &arguments)
{
    LoginOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--"))) {
            if (options.command.isEmpty())
                options.command = argument;
            else
                options.error = Text::tr("unexpected argument \"%1\"").arg(argument);
            continue;
        }
        auto [name, value] = CtlOptions::splitOption(argument);
        if (name == QLatin1String("--password-stdin")) {
            options.passwordStdin = true;
            continue;
        }
        if (name == QLatin1String("--browser")) {
            options.browser = true;
            continue;
        }
        if (!takesValue(name) || name == QLatin1String("--user") ||
            name == QLatin1String("--key") || name == QLatin1String("--value")) {
            options.error = Text::tr("unknown option %1").arg(name);
            continue;
        }
        if (!value) {
            if (i + 1 >= arguments.size()) {
                options.error = Text::tr("option %1 needs a value").arg(name);
                continue;
            }
            value = arguments.at(++i);
        }
        if (name == QLatin1String("--server"))
            options.server = *value;
        else if (name == QLatin1String("--username"))
            options.username = *value;
        else
            options.clientId = *value;
    }
    if (options.error.isEmpty() && options.server.isEmpty())
        options.error = Text::tr("--server URL is required");
    if (options.error.isEmpty() && options.command == QLatin1String("logout") &&
        (options.passwordStdin || options.browser))
        options.error = Text::tr("logout takes only --server and --username");
    if (options.error.isEmpty() && options.browser && options.passwordStdin)
        options.error = Text::tr("--browser and --password-stdin exclude each other");
    return options;
}

// The terminal as it was before the password prompt turned echo off. A
// signal that ends prefctl during the prompt (Ctrl-C) must not leave the
// user's shell without echo: the handler puts it back, then lets the
// signal do what it would have done.
termios g_terminalBeforePrompt = {};
volatile sig_atomic_t g_echoHidden = 0;
constexpr int PromptSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

void restoreEchoAndReraise(int signalNumber)
{
    if (g_echoHidden) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_terminalBeforePrompt);
        const char newline = '\n';
        [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, &newline, 1);
    }
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber);
}

// Echo off for the lifetime of the object, whatever ends the prompt.
class HiddenEcho
{
public:
    HiddenEcho()
    {
        if (::tcgetattr(STDIN_FILENO, &g_terminalBeforePrompt) != 0)
            return;
        struct sigaction action = {};
        action.sa_handler = restoreEchoAndReraise;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(PromptSignals); ++i)
            ::sigaction(PromptSignals[i], &action, &m_previous[i]);
        termios silent = g_terminalBeforePrompt;
        silent.c_lflag &= ~tcflag_t(ECHO);
        g_echoHidden = 1;
        m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
    }
    ~HiddenEcho()
    {
        if (!g_echoHidden)
            return;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_terminalBeforePrompt);
        g_echoHidden = 0;
        for (std::size_t i = 0; i < std::size(PromptSignals); ++i)
            ::sigaction(PromptSignals[i], &m_previous[i], nullptr);
        if (m_active)
            writeErr(QStringLiteral("\n"));
    }
    HiddenEcho(const HiddenEcho &) = delete;
    HiddenEcho &operator=(const HiddenEcho &) = delete;

private:
    struct sigaction m_previous[std::size(PromptSignals)] = {};
    bool m_active = false;
};

// One line from the terminal, without echo when secret.
std::optional<QString> prompt(const QString &question, bool secret)
{
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    writeErr(question);
    std::optional<HiddenEcho> hidden;
    if (secret)
        hidden.emplace();
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(char(c));
    hidden.reset();
    QString text = QString::fromLocal8Bit(line);
    line.fill('\0');
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

QString readPasswordFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray data = in.readAll();
    // The first line; "printf pw |" and "echo pw |" both work.
    const qsizetype newline = data.indexOf('\n');
    if (newline >= 0)
        data.truncate(newline);
    if (data.endsWith('\r'))
        data.chop(1);
    QString password = QString::fromUtf8(data);
    data.fill('\0');
    return password;
}

// The pieces one login or logout needs, sharing the app's profiles.
struct SignInContext
{
    SignInContext()
        : settings(SettingsOrganization, SettingsApplication)
        , api(&nam)
        , profiles(&settings)
        , controller(&api, &keychain, &profiles)
    { }
    QNetworkAccessManager nam;
    QSettings settings;
    ApiClient api;
    KeychainStore keychain;
    ProfileStore profiles;
    SignInController controller;
};

int login(const LoginOptions &options, const QUrl &server)
{
    SignInContext context;
    SignInController &controller = context.controller;
    QEventLoop loop;
    int exitCode = int(ExitCode::Ok);
    bool saved = true;

    QObject::connect(&controller, &SignInController::keychainUnavailable, &loop,
        [&saved](const QString &) { saved = false; });
    QObject::connect(&controller, &SignInController::signedIn, &loop, [&](const UserInfo &user) {
        if (!saved) {
            // A session-only sign-in is useless to a command that ends now:
            // end it on the server too rather than leave a live token behind.
            writeErr(
                Text::tr("prefctl: %1 No keychain (Secret Service) is available; use PREFCTL_TOKEN "
                         "instead.\n")
                    .arg(KeychainStore::unavailableMessage()));
            exitCode = int(ExitCode::Authentication);
            QObject::connect(&controller, &SignInController::signedOut, &loop, &QEventLoop::quit);
            controller.signOut();
            return;
        }
        std::printf("%s\n",
            Text::tr("Signed in to %1 as %2.")
                .arg(server.toString(), user.username)
                .toLocal8Bit()
                .constData());
        loop.quit();
    });
    QObject::connect(
        &controller, &SignInController::signInFailed, &loop, [&](const QString &message, bool) {
            writeErr(Text::tr("prefctl: sign-in failed: %1\n").arg(message));
            exitCode = int(ExitCode::Authentication);
            loop.quit();
        });
    QObject::connect(&controller, &SignInController::openBrowser, &loop, [](const QUrl &url) {
        writeErr(Text::tr("Open this address in your browser to sign in:\n\n  %1\n\n")
                     .arg(QString::fromLatin1(url.toEncoded())));
        if (!qEnvironmentVariableIsEmpty("DISPLAY") ||
            !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            QProcess::startDetached(
                QStringLiteral("xdg-open"), {QString::fromLatin1(url.toEncoded())});
    });

    if (options.browser) {
        controller.signInWithBrowser(server, options.clientId);
    } else {
        QString username = options.username;
        if (username.isEmpty()) {
            const auto answer =
                options.passwordStdin ? std::nullopt : prompt(Text::tr("Username: "), false);
            if (!answer || answer->trimmed().isEmpty()) {
                writeErr(Text::tr("prefctl: give --username (or use --browser)\n"));
                return int(ExitCode::Usage);
            }
            username = answer->trimmed();
        }
        QString password;
        if (options.passwordStdin) {
            password = readPasswordFromStdin();
        } else {
            const auto answer = prompt(Text::tr("Password for %1: ").arg(username), true);
            if (!answer) {
                writeErr(Text::tr(
                    "prefctl: no terminal to ask for the password; use --password-stdin\n"));
                return int(ExitCode::Usage);
            }
            password = *answer;
        }
        if (password.isEmpty()) {
            writeErr(Text::tr("prefctl: the password is empty\n"));
            return int(ExitCode::InvalidInput);
        }
        controller.signInWithPassword(server, options.clientId, username, password);
        password.fill(QLatin1Char('\0'));
    }
    loop.exec();
    return exitCode;
}

int logout(const LoginOptions &options, const QUrl &server)
{
    SignInContext context;
    QList<Profile> profiles = context.profiles.profilesFor(server);
    if (!options.username.isEmpty())
        profiles.removeIf([&](const Profile &p) { return p.account != options.username; });
    if (profiles.isEmpty()) {
        std::printf("%s\n",
            Text::tr("Not signed in to %1.").arg(server.toString()).toLocal8Bit().constData());
        return int(ExitCode::Ok);
    }
    for (const Profile &profile : std::as_const(profiles)) {
        QEventLoop loop;
        QObject::connect(
            &context.controller, &SignInController::signedOut, &loop, &QEventLoop::quit);
        context.controller.signOutProfile(profile);
        loop.exec();
        std::printf("%s\n",
            Text::tr("Signed out %1 from %2.")
                .arg(profile.account, server.toString())
                .toLocal8Bit()
                .constData());
    }
    return int(ExitCode::Ok);
}

} // namespace

bool CtlSignIn::handles(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return false;
        if (argument.startsWith(QLatin1String("--"))) {
            if (!argument.contains(QLatin1Char('=')) && takesValue(argument))
                ++i;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1)
            continue;
        return argument == QLatin1String("login") || argument == QLatin1String("logout");
    }
    return false;
}

int CtlSignIn::run(const QStringList &arguments)
{
    const LoginOptions options = parse(arguments);
    if (!options.error.isEmpty()) {
        writeErr(QStringLiteral("prefctl: %1\n%2")
                     .arg(options.error,
                         Text::tr("Usage:\n"
                                  "  prefctl --server URL login [--username U] [--password-stdin] "
                                  "[--browser] [--client-id ID]\n"
                                  "  prefctl --server URL logout [--username U]\n")));
        return int(ExitCode::Usage);
    }
    QString error;
    const QUrl server = CommunityUrl::validate(options.server, &error);
    if (!server.isValid()) {
        writeErr(QStringLiteral("prefctl: %1\n").arg(error));
        return int(ExitCode::Usage);
    }
    if (options.command == QLatin1String("login"))
        return login(options, server);
    return logout(options, server);
}

// ---- StoredCredentials -----------------------------------------------------

StoredCredentials::StoredCredentials()
    : m_settings(SettingsOrganization, SettingsApplication)
    , m_api(std::make_unique<ApiClient>(&m_nam))
    , m_keychain(std::make_unique<KeychainStore>())
    , m_profiles(std::make_unique<ProfileStore>(&m_settings))
    , m_controller(
          std::make_unique<SignInController>(m_api.get(), m_keychain.get(), m_profiles.get()))
{
    connect(m_controller->session(), &Credentials::refreshFinished, this,
        &Credentials::refreshFinished);
}

StoredCredentials::~StoredCredentials() = default;

std::unique_ptr<StoredCredentials> StoredCredentials::load(const QUrl &serverUrl, QString *error)
{
    const QUrl server = CommunityUrl::validate(serverUrl);
    std::unique_ptr<StoredCredentials> credentials(new StoredCredentials);
    const QList<Profile> profiles = credentials->m_profiles->profilesFor(server);
    if (!server.isValid() || profiles.isEmpty()) {
        *error =
            Text::tr("No access token: run \"prefctl --server %1 login\" or set the environment "
                     "variable PREFCTL_TOKEN.")
                .arg(serverUrl.toString());
        return nullptr;
    }
    SignInController &controller = *credentials->m_controller;
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&controller, &SignInController::signedIn, &loop, [&](const UserInfo &) {
        ok = true;
        loop.quit();
    });
    QObject::connect(&controller, &SignInController::signInRequired, &loop,
        [&](const Profile &, const QString &message) {
            *error = message.isEmpty()
                ? Text::tr("Not signed in: run \"prefctl --server %1 login\" or set the "
                           "environment variable PREFCTL_TOKEN.")
                      .arg(serverUrl.toString())
                : Text::tr("%1 Run \"prefctl --server %2 login\" or set PREFCTL_TOKEN.")
                      .arg(message, serverUrl.toString());
            loop.quit();
        });
    controller.restoreProfile(profiles.first());
    loop.exec();
    if (!ok)
        return nullptr;
    return credentials;
}

QString StoredCredentials::accessToken() const
{
    return m_controller->session()->accessToken();
}

bool StoredCredentials::canRefresh() const
{
    return m_controller->session()->canRefresh();
}

void StoredCredentials::refresh()
{
    m_controller->session()->refresh();
}
