#pragma once

#include "ApiError.h"
#include "CtlOptions.h"
#include "JournalEntry.h"
#include "JsonValue.h"
#include "PreferencePage.h"
#include "PreferenceWrite.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class ApiClient;
class ApiJob;
class Credentials;
class CtlJournal;
class CtlTransfer;

// Runs one prefctl command against the API and prints its outcome: a table
// for people, or with --json the API's own objects. Errors go to stderr;
// exec() returns the exit code.
class CtlCommand : public QObject
{
    Q_OBJECT

public:
    explicit CtlCommand(const CtlOptions &options, QObject *parent = nullptr);
    ~CtlCommand() override;

    // Checks the input, finds the credentials, sends the request(s) and
    // waits for the outcome.
    int exec();

    static void writeOut(const QByteArray &bytes);
    static void writeOut(const QString &text);

private:
    // Where a JSON text comes from, for the error message.
    enum class JsonInput { Value, IfValue };

    std::optional<JsonValue> readJson(const QString &text, JsonInput input);
    bool readCondition();
    void start(const std::optional<JsonValue> &value);
    void runList();
    void runGet();
    void runCreate(const JsonValue &value);
    void runSet(const std::optional<JsonValue> &value);
    void runDelete();
    void runWhoAmI();
    int runHistory();

    void watch(ApiJob *job, std::function<void(const JsonValue &)> onSuccess);
    // Journaled (CtlJournal); undoes: the entry an undo undoes.
    CtlJournal *makeJournal();
    void startWrite(PreferenceWrite *write, const QString &undoes = {});
    void onWriteSucceeded(const Preference &result);
    void onWriteConflicted();
    QString conflictText(const std::optional<Preference> &current) const;
    void printList();
    void printPreference(const JsonValue &object);
    void printUser(const JsonValue &object);
    void fail(ExitCode code, const QString &message);
    void failWith(const ApiError &error);
    void finish(ExitCode code);

    static ExitCode exitCodeFor(const ApiError &error);
    static void writeErr(const QString &text);

    CtlOptions m_options;
    QNetworkAccessManager m_nam;
    WriteCondition m_condition; // set and delete: --if-value, --if-updated-at
    std::unique_ptr<Credentials> m_credentials;
    ApiClient *m_client = nullptr;
    QList<PreferencePage::Row> m_rows; // list: what the pages brought
    QPointer<PreferenceWrite> m_write; // create, set, delete, undo: our one write
    std::optional<JournalEntry> m_undone; // undo: the entry undone
    CtlTransfer *m_transfer = nullptr; // export, import, copy, diff
    QEventLoop m_loop;
    std::optional<ExitCode> m_exitCode;
};
