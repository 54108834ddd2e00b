#include "CtlCommand.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "Credentials.h"
#include "CtlCredentials.h"
#include "Preference.h"
#include "PreferenceModel.h"
#include "TableFormatter.h"

#include <QDateTime>
#include <QFile>

#include <chrono>
#include <cstdio>

#include <sys/ioctl.h>
#include <unistd.h>

namespace {

// Without a terminal to measure, values are cut at this many characters.
constexpr int DefaultValueWidth = 60;

int terminalWidth()
{
    if (!::isatty(STDOUT_FILENO))
        return 0;
    struct winsize size = {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_col == 0)
        return 0;
    return size.ws_col;
}

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

CtlCommand::CtlCommand(const CtlOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

CtlCommand::~CtlCommand()
{
    delete m_model;
    delete m_client;
}

int CtlCommand::exec()
{
    // Input first: an invalid value is refused before anything is sent.
    std::optional<JsonValue> value;
    if (const std::optional<QString> text = m_options.valueText()) {
        value = readValue(*text);
        if (!value)
            return int(*m_exitCode);
    }
    if (m_options.command() == CtlOptions::Command::Create && m_options.key().isEmpty()) {
        fail(ExitCode::InvalidInput, tr("The key must not be empty."));
        return int(*m_exitCode);
    }
    if (m_options.newKey() && m_options.newKey()->isEmpty()) {
        fail(ExitCode::InvalidInput, tr("The key must not be empty."));
        return int(*m_exitCode);
    }

    ResolvedCredentials resolved = resolveCredentials(m_options);
    if (!resolved.credentials) {
        fail(ExitCode::Authentication, resolved.error);
        return int(*m_exitCode);
    }
    m_credentials = std::move(resolved.credentials);

    m_client = new ApiClient(&m_nam);
    m_client->setBaseUrl(m_options.server());
    m_client->setCredentials(m_credentials.get());
    bool ok = false;
    const int timeoutSeconds = qEnvironmentVariableIntValue("PREFCTL_TIMEOUT", &ok);
    if (ok && timeoutSeconds > 0)
        m_client->setTimeout(std::chrono::seconds(timeoutSeconds));

    start(value);
    if (!m_exitCode)
        m_loop.exec();
    return int(m_exitCode.value_or(ExitCode::ApiError));
}

std::optional<JsonValue> CtlCommand::readValue(const QString &text)
{
    QByteArray utf8;
    if (text == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            fail(ExitCode::InvalidInput, tr("Cannot read the value from standard input."));
            return std::nullopt;
        }
        utf8 = in.readAll();
    } else {
        utf8 = text.toUtf8();
    }
    JsonParseError error;
    std::optional<JsonValue> value = JsonValue::parse(utf8, &error);
    if (!value) {
        fail(ExitCode::InvalidInput, tr("The value is not valid JSON: %1").arg(error.toString()));
        return std::nullopt;
    }
    return value;
}

void CtlCommand::start(const std::optional<JsonValue> &value)
{
    switch (m_options.command()) {
    case CtlOptions::Command::List:
        runList();
        break;
    case CtlOptions::Command::Get:
        runGet();
        break;
    case CtlOptions::Command::Create:
        runCreate(value.value_or(JsonValue()));
        break;
    case CtlOptions::Command::Set:
        runSet(value);
        break;
    case CtlOptions::Command::Delete:
        runDelete();
        break;
    case CtlOptions::Command::WhoAmI:
        runWhoAmI();
        break;
    case CtlOptions::Command::None:
        fail(ExitCode::Usage, tr("No command given."));
        break;
    }
}

// --- The commands -------------------------------------------------------------

void CtlCommand::runList()
{
    // The model's paging: concurrent pages where the server allows it.
    m_model = new PreferenceModel(m_client);
    m_model->setUser(m_options.user());
    m_model->setKeyFilter(m_options.key());
    connect(m_model, &PreferenceModel::loadFinished, this, [this] {
        printList();
        finish(ExitCode::Ok);
    });
    connect(m_model, &PreferenceModel::loadFailed, this, &CtlCommand::failWith);
    m_model->reload();
}

void CtlCommand::runGet()
{
    watch(m_client->get(m_client->preferenceUrl(m_options.user(), m_options.id())),
        [this](const JsonValue &body) {
            printPreference(body);
            finish(ExitCode::Ok);
        });
}

void CtlCommand::runCreate(const JsonValue &value)
{
    const JsonValue body =
        JsonValue::object()
            .inserted(QStringLiteral("key"), JsonValue::fromString(m_options.key()))
            .inserted(QStringLiteral("value"), value);
    watch(m_client->post(m_client->preferencesUrl(m_options.user()), body),
        [this](const JsonValue &answer) {
            printPreference(answer);
            finish(ExitCode::Ok);
        });
}

void CtlCommand::runSet(const std::optional<JsonValue> &value)
{
    // Only what the user named is sent.
    JsonValue body = JsonValue::object();
    if (const std::optional<QString> key = m_options.newKey())
        body = body.inserted(QStringLiteral("key"), JsonValue::fromString(*key));
    if (value)
        body = body.inserted(QStringLiteral("value"), *value);
    watch(m_client->patch(m_client->preferenceUrl(m_options.user(), m_options.id()), body),
        [this](const JsonValue &answer) {
            printPreference(answer);
            finish(ExitCode::Ok);
        });
}

void CtlCommand::runDelete()
{
    watch(m_client->deleteResource(m_client->preferenceUrl(m_options.user(), m_options.id())),
        [this](const JsonValue &) {
            if (!m_options.json())
                writeOut(tr("Deleted preference %1.").arg(m_options.id()) + QLatin1Char('\n'));
            finish(ExitCode::Ok);
        });
}

void CtlCommand::runWhoAmI()
{
    watch(m_client->get(m_client->url(QStringLiteral("/api/v2/user/me/"))),
        [this](const JsonValue &body) {
            printUser(body);
            finish(ExitCode::Ok);
        });
}

void CtlCommand::watch(ApiJob *job, std::function<void(const JsonValue &)> onSuccess)
{
    connect(job, &ApiJob::succeeded, this, std::move(onSuccess));
    connect(job, &ApiJob::failed, this, &CtlCommand::failWith);
    job->start();
}

// --- Output -------------------------------------------------------------------

void CtlCommand::printList()
{
    const int rows = m_model->rowCount();
    if (m_options.json()) {
        QByteArray out;
        out += '[';
        for (int row = 0; row < rows; ++row) {
            if (row > 0)
                out += ',';
            const QModelIndex index = m_model->index(row, 0);
            out += m_model->data(index, PreferenceModel::ApiObjectRole).value<JsonValue>().toJson();
        }
        out += "]\n";
        writeOut(out);
        return;
    }

    TableFormatter table({tr("ID"), tr("KEY"), tr("TYPE"), tr("UPDATED"), tr("VALUE")});
    table.setRightAligned(0);
    for (int row = 0; row < rows; ++row) {
        const Preference &pref = m_model->preferenceAt(row);
        table.addRow({QString::number(pref.id), pref.key, pref.value.typeName(),
            formatTime(pref.lastUpdatedAt),
            m_model->data(m_model->index(row, 0), PreferenceModel::RawJsonRole).toString()});
    }
    const int width = terminalWidth();
    if (width > 0)
        table.fitLastColumn(width);
    else
        table.setMaxWidth(4, DefaultValueWidth);
    writeOut(table.toString());
}

void CtlCommand::printPreference(const JsonValue &object)
{
    if (m_options.json()) {
        writeOut(object.toJson() + '\n');
        return;
    }
    QString error;
    const std::optional<Preference> pref = Preference::fromJson(object, &error);
    if (!pref) {
        // Still show what the server said.
        writeOut(object.toPrettyString() + QLatin1Char('\n'));
        return;
    }
    QString out;
    const auto field = [&out](const QString &label, const QString &text) {
        out += label.leftJustified(9) + TableFormatter::singleLine(text) + QLatin1Char('\n');
    };
    field(tr("ID"), QString::number(pref->id));
    field(tr("KEY"), pref->key);
    field(tr("TYPE"), pref->value.typeName());
    field(tr("CREATED"), formatTime(pref->createdAt));
    field(tr("UPDATED"), formatTime(pref->lastUpdatedAt));
    out += tr("VALUE") + QLatin1Char('\n');
    out += pref->value.toPrettyString() + QLatin1Char('\n');
    writeOut(out);
}

void CtlCommand::printUser(const JsonValue &object)
{
    if (m_options.json()) {
        writeOut(object.toJson() + '\n');
        return;
    }
    QString error;
    const std::optional<UserInfo> user = UserInfo::fromJson(object, &error);
    if (!user) {
        writeOut(object.toPrettyString() + QLatin1Char('\n'));
        return;
    }
    QString line = tr("%1 (user id %2)").arg(user->username).arg(user->id);
    if (!user->realName.isEmpty())
        line += QStringLiteral(", ") + user->realName;
    if (!user->role.isEmpty())
        line += QStringLiteral(", ") + tr("role: %1").arg(user->role);
    writeOut(line + QLatin1Char('\n'));
}

// --- Outcome ------------------------------------------------------------------

ExitCode CtlCommand::exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Http:
        return error.isAuthenticationError() ? ExitCode::Authentication : ExitCode::ApiError;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Cancelled:
        return ExitCode::Network;
    case ApiError::Kind::MalformedResponse:
    case ApiError::Kind::TooLarge:
    case ApiError::Kind::None:
        break;
    }
    return ExitCode::ApiError;
}

void CtlCommand::failWith(const ApiError &error)
{
    fail(exitCodeFor(error), error.toUserString());
}

void CtlCommand::fail(ExitCode code, const QString &message)
{
    writeErr(QStringLiteral("prefctl: ") + message + QLatin1Char('\n'));
    finish(code);
}

void CtlCommand::finish(ExitCode code)
{
    if (m_exitCode)
        return;
    m_exitCode = code;
    m_loop.exit(int(code));
}

void CtlCommand::writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CtlCommand::writeOut(const QString &text)
{
    writeOut(text.toUtf8());
}

void CtlCommand::writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}
