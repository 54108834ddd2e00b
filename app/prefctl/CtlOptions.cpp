#include "CtlOptions.h"

#include "CommunityUrl.h"

#include <limits>

namespace {

bool looksLikeOption(const QString &argument)
{
    // "-" is stdin, "-5" and "-.5" are JSON values (well, "-.5" is not, and
    // the JSON parser will say so).
    if (argument.size() < 2 || !argument.startsWith(QLatin1Char('-')))
        return false;
    const QChar second = argument.at(1);
    return !(second.isDigit() || second == QLatin1Char('.'));
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace

QString CtlOptions::usage()
{
    return tr("Usage:\n"
              "  prefctl --server URL [--user me|ID] [--json] list [--key KEY]\n"
              "  prefctl --server URL [--user me|ID] [--json] get ID\n"
              "  prefctl --server URL [--user me|ID] [--json] create KEY VALUE\n"
              "  prefctl --server URL [--user me|ID] [--json] set ID [--key NEWKEY] [--value "
              "VALUE]\n"
              "          [--if-value JSON] [--if-updated-at TIMESTAMP]\n"
              "  prefctl --server URL [--user me|ID] delete ID [--if-value JSON]\n"
              "          [--if-updated-at TIMESTAMP]\n"
              "  prefctl --server URL whoami\n"
              "  prefctl --server URL history [--user ID] [--key KEY] [--limit N] [--json]\n"
              "  prefctl --server URL [--json] undo ENTRY_ID\n"

              "  prefctl --server URL [--user me|ID] export [-o FILE]\n"
              "  prefctl --server URL [--user me|ID] [--json] import FILE [--dry-run]\n"
              "          [--delete-missing]\n"
              "  prefctl --server URL [--json] copy --from ID --to ID [--key KEY]... [--dry-run]\n"
              "  prefctl --server URL [--json] diff ID ID\n");
}

QString CtlOptions::helpText()
{
    return usage() +
        tr("\n"
           "Lists and edits a user's preferences on a community platform.\n"
           "\n"
           "Options:\n"
           "  --server URL   the community's base URL, e.g. https://community.example.org\n"
           "  --user me|ID   whose preferences (default: me, the token's owner)\n"
           "  --json         print the API's own JSON objects instead of a table\n"
           "  --key KEY      list, history: only the preferences with exactly this key;\n"
           "                 set: the new key; copy: copy this key (may be repeated)\n"
           "  --value VALUE  set: the new value, as JSON text\n"
           "  --if-value JSON\n"
           "                 set, delete: act only if the current value equals JSON\n"
           "                 (by meaning: key order and 1.0 versus 1 do not count)\n"
           "  --if-updated-at TIMESTAMP\n"
           "                 set, delete: act only if last_updated_at is still\n"
           "                 TIMESTAMP (ISO 8601, e.g. 2024-03-02T11:30:00.000Z)\n"
           "  --limit N      history: only the newest N changes\n"
           "  -o FILE        export: write the file there (default: standard output)\n"
           "  --dry-run      import, copy: show the plan, write nothing\n"
           "  --delete-missing\n"
           "                 import: also delete the keys that the file does not have\n"
           "  --from ID, --to ID\n"
           "                 copy: from one user's preferences to another's\n"
           "  -h, --help     show this help\n"
           "  --version      show the version\n"
           "\n"
           "VALUE is JSON text, e.g. '\"dark\"', 42, '{\"size\": 12}'; - reads it from\n"
           "standard input (so does --if-value -, unless VALUE is -).\n"
           "\n"
           "Every create, set, delete and undo is recorded in a journal on this\n"
           "computer, one per community. history lists it, newest first (with --user,\n"
           "the changes to that user's preferences); undo ENTRY_ID puts back what that\n"
           "change replaced, if the preference still holds what the change left.\n"
           "\n"
           "export writes a user's preferences to a file that import reads (FILE - is\n"
           "standard input). import and copy print the plan (create, change,\n"
           "unchanged, delete), then write it; a preference changed since it was read\n"
           "is a conflict and is not written. diff compares two users' preferences.\n"
           "\n"
           "The access token is read from the environment variable PREFCTL_TOKEN.\n"
           "\n"
           "Exit codes: 0 success, 1 the server refused the request, 2 usage error,\n"
           "3 invalid input (nothing was sent), 4 network, timeout or TLS error,\n"
           "5 authentication needed (no token, or the token was refused),\n"
           "6 conflict: the preference is not as --if-value or --if-updated-at says,\n"
           "create found the key in use, or undo found the preference changed since\n"
           "(nothing was written); import and copy: an operation met a conflict (1\n"
           "when one failed).\n");
}

CtlOptions::NamedArgument CtlOptions::splitOption(const QString &argument)
{
    const qsizetype equals = argument.indexOf(QLatin1Char('='));
    if (equals > 0)
        return {argument.left(equals), argument.mid(equals + 1)};
    return {argument, std::nullopt};
}

CtlOptions::Outcome CtlOptions::fail(const QString &message)
{
    m_error = message;
    return Outcome::Error;
}

CtlOptions::Outcome CtlOptions::parse(const QStringList &arguments)
{
    QStringList positional;
    QString serverText;
    std::optional<QString> keyOption;
    std::optional<QString> limitText;
    std::optional<QString> fromText;
    std::optional<QString> toText;
    std::optional<QString> outputText;
    bool userGiven = false;
    bool optionsEnded = false;

    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || !looksLikeOption(argument)) {
            positional.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help"))
            return Outcome::Help;
        if (argument == QLatin1String("--version"))
            return Outcome::Version;
        if (argument == QLatin1String("--json")) {
            m_json = true;
            continue;
        }
        if (argument == QLatin1String("--dry-run")) {
            m_dryRun = true;
            continue;
        }
        if (argument == QLatin1String("--delete-missing")) {
            m_deleteMissing = true;
            continue;
        }

        // Options with a value: "--name value" or "--name=value".
        auto [name, value] = splitOption(argument);
        const bool takesValue = name == QLatin1String("--server") ||
            name == QLatin1String("--user") || name == QLatin1String("--key") ||
            name == QLatin1String("--value") || name == QLatin1String("--if-value") ||
            name == QLatin1String("--if-updated-at") || name == QLatin1String("--limit") ||
            name == QLatin1String("--from") || name == QLatin1String("--to") ||
            name == QLatin1String("-o");
        if (!takesValue)
            return fail(tr("unknown option %1").arg(name));
        if (!value) {
            if (i + 1 >= arguments.size())
                return fail(tr("option %1 needs a value").arg(name));
            value = arguments.at(++i);
        }
        if (name == QLatin1String("--server")) {
            serverText = *value;
        } else if (name == QLatin1String("--user")) {
            m_user = *value;
            userGiven = true;
        } else if (name == QLatin1String("--key")) {
            keyOption = *value;
            m_keys.append(*value);
        } else if (name == QLatin1String("--from")) {
            fromText = *value;
        } else if (name == QLatin1String("--to")) {
            toText = *value;
        } else if (name == QLatin1String("-o")) {
            outputText = *value;
        } else if (name == QLatin1String("--value")) {
            m_valueText = *value;
        } else if (name == QLatin1String("--if-value")) {
            m_ifValueText = *value;
        } else if (name == QLatin1String("--limit")) {
            limitText = *value;
        } else {
            m_ifUpdatedAtText = *value;
        }
    }

    if (positional.isEmpty())
        return fail(tr("no command given"));
    const QString commandName = positional.takeFirst();
    static const struct
    {
        const char *name;
        Command command;
        int arguments;
    } commands[] = {
        {"list", Command::List, 0},
        {"get", Command::Get, 1},
        {"create", Command::Create, 2},
        {"set", Command::Set, 1},
        {"delete", Command::Delete, 1},
        {"whoami", Command::WhoAmI, 0},
        {"history", Command::History, 0},
        {"undo", Command::Undo, 1},
        {"export", Command::Export, 0},
        {"import", Command::Import, 1},
        {"copy", Command::Copy, 0},
        {"diff", Command::Diff, 2},
    };
    int expectedArguments = 0;
    for (const auto &entry : commands) {
        if (commandName == QLatin1String(entry.name)) {
            m_command = entry.command;
            expectedArguments = entry.arguments;
        }
    }
    if (m_command == Command::None)
        return fail(tr("unknown command \"%1\"").arg(commandName));
    if (positional.size() != expectedArguments) {
        return fail(tr("%1 takes %n argument(s), got %2", nullptr, expectedArguments)
                        .arg(commandName)
                        .arg(positional.size()));
    }

    if (serverText.isEmpty())
        return fail(tr("--server URL is required"));
    const QUrl serverUrl(serverText, QUrl::StrictMode);
    if (!serverUrl.isValid() || serverUrl.host().isEmpty() ||
        (serverUrl.scheme() != QLatin1String("http") &&
            serverUrl.scheme() != QLatin1String("https"))) {
        return fail(tr("--server needs an http or https URL, e.g. https://community.example.org"));
    }
    // The token goes over https only (plain http for this computer alone),
    // as for login: every command, before anything is sent.
    QString serverError;
    m_server = CommunityUrl::validate(serverUrl, &serverError);
    if (!m_server.isValid())
        return fail(tr("--server %1: %2").arg(serverText, serverError));
    if (m_user != QLatin1String("me") && !parseId(m_user))
        return fail(tr("--user must be \"me\" or a numeric user id"));
    if (userGiven && m_command == Command::WhoAmI)
        return fail(tr("whoami does not take --user"));
    if (userGiven && m_command == Command::Undo)
        return fail(tr("undo does not take --user: the journal entry says whose preference"));

    if (userGiven && (m_command == Command::Copy || m_command == Command::Diff))
        return fail(tr("%1 does not take --user").arg(commandName));

    const bool keyAllowed = m_command == Command::List || m_command == Command::Set ||
        m_command == Command::History || m_command == Command::Copy;
    if (keyOption && !keyAllowed)
        return fail(tr("--key is only for list, set, history and copy"));
    if (limitText && m_command != Command::History)
        return fail(tr("--limit is only for history"));
    if (m_valueText && m_command != Command::Set)
        return fail(tr("--value is only for set"));
    const bool conditionAllowed = m_command == Command::Set || m_command == Command::Delete;
    if (m_ifValueText && !conditionAllowed)
        return fail(tr("--if-value is only for set and delete"));
    if (m_ifUpdatedAtText && !conditionAllowed)
        return fail(tr("--if-updated-at is only for set and delete"));
    if (m_ifValueText == QLatin1String("-") && m_valueText == QLatin1String("-"))
        return fail(tr("only one of --value and --if-value can read standard input"));
    if ((fromText || toText) && m_command != Command::Copy)
        return fail(tr("--from and --to are only for copy"));
    if (outputText && m_command != Command::Export)
        return fail(tr("-o is only for export"));
    if (m_dryRun && m_command != Command::Import && m_command != Command::Copy)
        return fail(tr("--dry-run is only for import and copy"));
    if (m_deleteMissing && m_command != Command::Import)
        return fail(tr("--delete-missing is only for import"));

    switch (m_command) {
    case Command::List:
        m_key = keyOption.value_or(QString());
        break;
    case Command::History:
        m_key = keyOption.value_or(QString());
        if (userGiven) {
            m_historyUserId = parseId(m_user);
            if (!m_historyUserId)
                return fail(tr("history --user needs a numeric user id"));
        }
        if (limitText) {
            const std::optional<qint64> limit = parseId(*limitText);
            if (!limit || *limit > std::numeric_limits<int>::max())
                return fail(tr("--limit must be a positive integer, got \"%1\"").arg(*limitText));
            m_limit = int(*limit);
        }
        break;
    case Command::Undo:
        m_entryId = positional.at(0);
        break;
    case Command::Get:
    case Command::Set:
    case Command::Delete: {
        const std::optional<qint64> id = parseId(positional.at(0));
        if (!id)
            return fail(tr("ID must be a positive integer, got \"%1\"").arg(positional.at(0)));
        m_id = *id;
        if (m_command == Command::Set) {
            m_newKey = keyOption;
            if (!m_newKey && !m_valueText)
                return fail(tr("set needs --key NEWKEY, --value VALUE or both"));
        }
        break;
    }
    case Command::Create:
        m_key = positional.at(0);
        m_valueText = positional.at(1);
        break;
    case Command::Export:
        m_fileName = outputText.value_or(QString());
        break;
    case Command::Import:
        m_fileName = positional.at(0);
        break;
    case Command::Copy: {
        if (!fromText || !toText)
            return fail(tr("copy needs --from ID and --to ID"));
        const std::optional<qint64> from = parseId(*fromText);
        const std::optional<qint64> to = parseId(*toText);
        if (!from || !to)
            return fail(tr("--from and --to must be numeric user ids"));
        m_fromUser = *from;
        m_toUser = *to;
        break;
    }
    case Command::Diff: {
        const std::optional<qint64> first = parseId(positional.at(0));
        const std::optional<qint64> second = parseId(positional.at(1));
        if (!first || !second) {
            return fail(
                tr("ID must be a positive integer, got \"%1\"").arg(positional.at(first ? 1 : 0)));
        }
        m_fromUser = *first;
        m_toUser = *second;
        break;
    }
    case Command::WhoAmI:
    case Command::None:
        break;
    }
    return Outcome::Run;
}
