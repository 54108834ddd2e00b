#include "CtlCommand.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "Credentials.h"
#include "CtlCredentials.h"
#include "CtlHistory.h"
#include "CtlJournal.h"
#include "CtlTransfer.h"
#include "Preference.h"
#include "PreferenceListJob.h"
#include "TableFormatter.h"

#include <QDateTime>
#include <QFile>

#include <chrono>
#include <cstdio>

namespace {

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// As the API prints last_updated_at: 2024-03-02T11:30:00.000Z.
QString apiTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// --if-updated-at: ISO 8601 with a time, with or without fractional seconds
// and offset (none means UTC, as the API speaks UTC).
QDateTime parseTimestamp(const QString &text)
{
    if (!text.contains(QLatin1Char('T')))
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        return {};
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    return when.toUTC();
}

} // namespace

CtlCommand::CtlCommand(const CtlOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

CtlCommand::~CtlCommand()
{
    delete m_client;
}

int CtlCommand::exec()
{
    if (m_options.command() == CtlOptions::Command::History)
        return runHistory(); // the local journal: no network, no token
    // Input first: an invalid value is refused before anything is sent.
    std::optional<JsonValue> value;
    if (const std::optional<QString> text = m_options.valueText()) {
        value = readJson(*text, JsonInput::Value);
        if (!value)
            return int(*m_exitCode);
    }
    if (!readCondition())
        return int(*m_exitCode);
    if (m_options.command() == CtlOptions::Command::Create && m_options.key().isEmpty()) {
        fail(ExitCode::InvalidInput, tr("The key must not be empty."));
        return int(*m_exitCode);
    }
    if (m_options.newKey() && m_options.newKey()->isEmpty()) {
        fail(ExitCode::InvalidInput, tr("The key must not be empty."));
        return int(*m_exitCode);
    }
    // Input that cannot work is refused before anything is sent.
    QString error;
    if (m_options.command() == CtlOptions::Command::Undo) {
        m_undone = CtlHistory(m_options).undoableEntry(&error);
        if (!m_undone) {
            fail(ExitCode::InvalidInput, error);
            return int(*m_exitCode);
        }
    }
    if (CtlTransfer::handles(m_options.command())) {
        m_transfer = new CtlTransfer(m_options, this);
        if (!m_transfer->prepare(&error)) {
            fail(ExitCode::InvalidInput, error);
            return int(*m_exitCode);
        }
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

std::optional<JsonValue> CtlCommand::readJson(const QString &text, JsonInput input)
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
        fail(ExitCode::InvalidInput,
            input == JsonInput::Value
                ? tr("The value is not valid JSON: %1").arg(error.toString())
                : tr("The value of --if-value is not valid JSON: %1").arg(error.toString()));
        return std::nullopt;
    }
    return value;
}

bool CtlCommand::readCondition()
{
    if (const std::optional<QString> text = m_options.ifValueText()) {
        m_condition.value = readJson(*text, JsonInput::IfValue);
        if (!m_condition.value)
            return false;
    }
    if (const std::optional<QString> text = m_options.ifUpdatedAtText()) {
        m_condition.lastUpdatedAt = parseTimestamp(*text);
        if (!m_condition.lastUpdatedAt.isValid()) {
            fail(ExitCode::InvalidInput,
                tr("--if-updated-at needs an ISO 8601 timestamp such as "
                   "2024-03-02T11:30:00.000Z, not \"%1\"")
                    .arg(*text));
            return false;
        }
    }
    return true;
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
    case CtlOptions::Command::Undo:
        startWrite(CtlHistory::undoWrite(m_client, *m_undone), m_undone->id);
        break;
    case CtlOptions::Command::Export:
    case CtlOptions::Command::Import:
    case CtlOptions::Command::Copy:
    case CtlOptions::Command::Diff:
        connect(m_transfer, &CtlTransfer::failed, this, &CtlCommand::fail);
        connect(m_transfer, &CtlTransfer::apiFailed, this, &CtlCommand::failWith);
        connect(m_transfer, &CtlTransfer::finished, this, &CtlCommand::finish);
        m_transfer->start(m_client, makeJournal());
        break;
    case CtlOptions::Command::History: // exec() shows it, without the network
    case CtlOptions::Command::None:
        fail(ExitCode::Usage, tr("No command given."));
        break;
    }
}

// --- The commands -------------------------------------------------------------

void CtlCommand::runList()
{
    auto *job = new PreferenceListJob(m_client, m_options.user(), m_options.key(), this);
    connect(
        job, &PreferenceListJob::succeeded, this, [this](const QList<PreferencePage::Row> &rows) {
            m_rows = rows;
            printList();
            finish(ExitCode::Ok);
        });
    connect(job, &PreferenceListJob::failed, this, &CtlCommand::failWith);
    job->start();
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
    startWrite(PreferenceWrite::create(m_client, m_options.user(), m_options.key(), value));
}

void CtlCommand::runSet(const std::optional<JsonValue> &value)
{
    // Only what the user named is sent.
    startWrite(PreferenceWrite::patch(
        m_client, m_options.user(), m_options.id(), m_options.newKey(), value, m_condition));
}

void CtlCommand::runDelete()
{
    startWrite(PreferenceWrite::remove(m_client, m_options.user(), m_options.id(), m_condition));
}

void CtlCommand::runWhoAmI()
{
    watch(m_client->get(m_client->meUrl()), [this](const JsonValue &body) {
        printUser(body);
        finish(ExitCode::Ok);
    });
}

int CtlCommand::runHistory()
{
    QString warning;
    writeOut(CtlHistory(m_options).historyOutput(TableFormatter::terminalWidth(), &warning));
    if (!warning.isEmpty())
        writeErr(QStringLiteral("prefctl: ") + warning + QLatin1Char('\n'));
    return int(ExitCode::Ok);
}

void CtlCommand::watch(ApiJob *job, std::function<void(const JsonValue &)> onSuccess)
{
    connect(job, &ApiJob::succeeded, this, std::move(onSuccess));
    connect(job, &ApiJob::failed, this, &CtlCommand::failWith);
    job->start();
}

// --- Writes: one handle, one outcome ---------------------------------------

void CtlCommand::startWrite(PreferenceWrite *write, const QString &undoes)
{
    m_write = write;
    connect(write, &PreferenceWrite::succeeded, this, &CtlCommand::onWriteSucceeded);
    connect(write, &PreferenceWrite::conflicted, this, &CtlCommand::onWriteConflicted);
    connect(write, &PreferenceWrite::failed, this, &CtlCommand::failWith);
    makeJournal()->startWrite(write, undoes); // once it knows who writes to whose preferences
}

CtlJournal *CtlCommand::makeJournal()
{
    auto *journal = new CtlJournal(m_client, ChangeJournal(m_options.server()), this);
    connect(journal, &CtlJournal::failed, this, &CtlCommand::failWith);
    connect(journal, &CtlJournal::recordFailed, this, [](const QString &error) {
        writeErr(QStringLiteral("prefctl: ") +
            tr("warning: the change could not be recorded in the journal: %1").arg(error) +
            QLatin1Char('\n'));
    });
    return journal;
}

void CtlCommand::onWriteSucceeded(const Preference &result)
{
    const QString prefix = QStringLiteral("prefctl: ");
    if (m_write && m_write->wasUncertain())
        writeErr(prefix + tr("the answer was lost; the change was verified on the server.") +
            QLatin1Char('\n'));
    if (m_write && m_write->answerDiffers())
        writeErr(prefix +
            tr("warning: the server stored something other than what was sent; "
               "its answer follows.") +
            QLatin1Char('\n'));

    if (m_write && m_write->operation() == PreferenceWrite::Operation::Delete) {
        if (!m_options.json())
            writeOut(tr("Deleted preference %1.").arg(m_write->id()) + QLatin1Char('\n'));
    } else {
        const JsonValue object = m_write ? m_write->resultObject() : JsonValue();
        printPreference(object.isObject() ? object : result.toJson());
    }
    finish(ExitCode::Ok);
}

void CtlCommand::onWriteConflicted()
{
    const std::optional<Preference> current =
        m_write ? m_write->current() : std::optional<Preference>();
    QString text = QStringLiteral("prefctl: ") + conflictText(current) + QLatin1Char('\n');
    // The value exactly as the server holds it, for scripts to compare.
    if (current)
        text += QString::fromUtf8(current->value.toJson()) + QLatin1Char('\n');
    writeErr(text);
    finish(ExitCode::Conflict);
}

QString CtlCommand::conflictText(const std::optional<Preference> &current) const
{
    if (m_undone)
        return CtlHistory::conflictText(*m_undone, current);
    if (m_options.command() == CtlOptions::Command::Create) {
        if (!current)
            return tr("The key \"%1\" is already in use; nothing was written.")
                .arg(m_options.key());
        return tr("The key \"%1\" is already in use by preference %2; nothing was written. "
                  "Its value:")
            .arg(m_options.key())
            .arg(current->id);
    }

    const qint64 id = m_options.id();
    if (!current)
        return tr("Preference %1 no longer exists; nothing was written.").arg(id);
    const bool valueDiffers = m_condition.value && current->value != *m_condition.value;
    const bool timeDiffers =
        m_condition.lastUpdatedAt.isValid() && current->lastUpdatedAt != m_condition.lastUpdatedAt;
    if (valueDiffers && timeDiffers) {
        return tr("Preference %1 has changed: its value is not the one --if-value gives, and it "
                  "was last updated at %2, not %3; nothing was written. Its current value:")
            .arg(id)
            .arg(apiTime(current->lastUpdatedAt), apiTime(m_condition.lastUpdatedAt));
    }
    if (valueDiffers) {
        return tr("Preference %1 has changed: its value is not the one --if-value gives; "
                  "nothing was written. Its current value:")
            .arg(id);
    }
    if (timeDiffers) {
        return tr("Preference %1 has changed: it was last updated at %2, not %3; nothing was "
                  "written. Its current value:")
            .arg(id)
            .arg(apiTime(current->lastUpdatedAt), apiTime(m_condition.lastUpdatedAt));
    }
    return tr("Preference %1 has changed; nothing was written. Its current value:").arg(id);
}

// --- Output -------------------------------------------------------------------

void CtlCommand::printList()
{
    if (m_options.json()) {
        QByteArray out;
        out += '[';
        for (const PreferencePage::Row &row : std::as_const(m_rows)) {
            if (out.size() > 1)
                out += ',';
            out += row.object.toJson();
        }
        out += "]\n";
        writeOut(out);
        return;
    }

    TableFormatter table({tr("ID"), tr("KEY"), tr("TYPE"), tr("UPDATED"), tr("VALUE")});
    table.setRightAligned(0);
    for (const PreferencePage::Row &row : std::as_const(m_rows)) {
        const Preference &pref = row.preference;
        table.addRow({QString::number(pref.id), pref.key, pref.value.typeName(),
            formatTime(pref.lastUpdatedAt), row.compactValue});
    }
    const int width = TableFormatter::terminalWidth();
    if (width > 0)
        table.fitLastColumn(width);
    else
        table.setMaxWidth(4, TableFormatter::DefaultValueWidth);
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
