#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// prefctl's exit codes, as documented in docs/prefctl.md.
enum class ExitCode : int {
    Ok = 0,
    ApiError = 1, // the server answered 4xx/5xx (except 401) or nonsense
    Usage = 2,
    InvalidInput = 3, // e.g. a VALUE that is not JSON; nothing was sent
    Network = 4, // network, timeout, TLS
    Authentication = 5, // no token, or 401
    Conflict = 6, // --if-value or --if-updated-at did not hold, the key exists, an undo found
                  // the preference changed, or an import or copy operation met a conflict;
                  // nothing written to that preference
};

// The parsed command line of prefctl:
//   prefctl --server URL [--user me|ID] [--json] list [--key KEY]
//   prefctl --server URL [--user me|ID] [--json] get ID
//   prefctl --server URL [--user me|ID] [--json] create KEY VALUE
//   prefctl --server URL [--user me|ID] [--json] set ID [--key NEWKEY] [--value VALUE]
//           [--if-value JSON] [--if-updated-at TIMESTAMP]
//   prefctl --server URL [--user me|ID] delete ID [--if-value JSON] [--if-updated-at TIMESTAMP]
//   prefctl --server URL whoami
//   prefctl --server URL history [--user ID] [--key KEY] [--limit N] [--json]
//   prefctl --server URL [--json] undo ENTRY_ID
//   prefctl --server URL [--user me|ID] export [-o FILE]
//   prefctl --server URL [--user me|ID] [--json] import FILE [--dry-run] [--delete-missing]
//   prefctl --server URL [--json] copy --from ID --to ID [--key KEY]... [--dry-run]
//   prefctl --server URL [--json] diff ID ID
// Options may also follow the command. "--" ends the options; an argument
// that looks like a negative number ("-5") is never taken for an option.
class CtlOptions
{
    Q_DECLARE_TR_FUNCTIONS(CtlOptions)

public:
    enum class Command {
        None,
        List,
        Get,
        Create,
        Set,
        Delete,
        WhoAmI,
        History,
        Undo,
        Export,
        Import,
        Copy,
        Diff
    };
    enum class Outcome { Run, Help, Version, Error };

    // arguments include the program name, as QCoreApplication::arguments().
    Outcome parse(const QStringList &arguments);
    QString errorText() const { return m_error; } // translated, one line

    static QString usage(); // translated
    static QString helpText(); // translated

    // An option argument: "--name=value" split at the first '=', or
    // "--name" alone, without a value (it may be the next argument).
    struct NamedArgument
    {
        QString name;
        std::optional<QString> value;
    };
    static NamedArgument splitOption(const QString &argument);

    Command command() const { return m_command; }
    QUrl server() const { return m_server; }
    QString user() const { return m_user; }
    bool json() const { return m_json; }
    qint64 id() const { return m_id; } // get, set, delete
    QString key() const { return m_key; } // create KEY, or list and history --key
    std::optional<QString> newKey() const { return m_newKey; } // set --key
    // create VALUE or set --value: the JSON text as given; "-" means stdin.
    std::optional<QString> valueText() const { return m_valueText; }
    // set and delete: the conditions, as given. --if-value is JSON text ("-"
    // reads stdin, unless VALUE does); --if-updated-at an ISO 8601 timestamp.
    std::optional<QString> ifValueText() const { return m_ifValueText; }
    std::optional<QString> ifUpdatedAtText() const { return m_ifUpdatedAtText; }
    // history: --user ID (none: everybody's) and --limit N (0: all).
    std::optional<qint64> historyUserId() const { return m_historyUserId; }
    int limit() const { return m_limit; }
    QString entryId() const { return m_entryId; } // undo ENTRY_ID
    // export -o FILE (empty: stdout); import FILE ("-" reads stdin).
    QString fileName() const { return m_fileName; }
    bool dryRun() const { return m_dryRun; } // import, copy
    bool deleteMissing() const { return m_deleteMissing; } // import
    // copy --from ID --to ID; diff's two IDs, in order.
    qint64 fromUser() const { return m_fromUser; }
    qint64 toUser() const { return m_toUser; }
    QStringList keys() const { return m_keys; } // copy --key, each time given; empty: all

private:
    Outcome fail(const QString &message);

    QString m_error;
    Command m_command = Command::None;
    QUrl m_server;
    QString m_user = QStringLiteral("me");
    bool m_json = false;
    qint64 m_id = 0;
    QString m_key;
    std::optional<QString> m_newKey;
    std::optional<QString> m_valueText;
    std::optional<QString> m_ifValueText;
    std::optional<QString> m_ifUpdatedAtText;
    std::optional<qint64> m_historyUserId;
    int m_limit = 0;
    QString m_entryId;
    QString m_fileName;
    bool m_dryRun = false;
    bool m_deleteMissing = false;
    qint64 m_fromUser = 0;
    qint64 m_toUser = 0;
    QStringList m_keys;
};
