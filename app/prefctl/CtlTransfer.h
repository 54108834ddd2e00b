#pragma once

#include "ApiError.h"
#include "ChangeSet.h"
#include "CtlOptions.h"
#include "Preference.h"
#include "PreferenceFile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSaveFile>

#include <memory>
#include <optional>

class ApiClient;
class CtlJournal;
class ChangeSetApplier;

// prefctl's commands on a user's preferences as a whole: export, import,
// copy and diff (see docs/prefctl.md). import and copy print the plan, then
// carry it out with a ChangeSetApplier and print the result per operation.
// Run by CtlCommand, which owns the client and turns the signals below into
// output on stderr and the exit code.
class CtlTransfer : public QObject
{
    Q_OBJECT

public:
    explicit CtlTransfer(const CtlOptions &options, QObject *parent = nullptr);
    ~CtlTransfer() override;

    static bool handles(CtlOptions::Command command);

    // Before anything is sent: reads and checks import's file, opens
    // export's output file. False, with a translated *error, when it cannot
    // (exit code 3).
    bool prepare(QString *error);
    // journal: records import's and copy's writes, one batch per run.
    void start(ApiClient *client, CtlJournal *journal);

signals:
    // One of these ends the command.
    void failed(ExitCode code, const QString &message);
    void apiFailed(const ApiError &error);
    void finished(ExitCode code);

private:
    void read(const QStringList &users);
    void onRead();
    void onUser(const UserInfo &user);
    void writeExport();
    void printDiff();
    void planImport();
    void planCopy();
    void apply(const QString &user, const ChangeSet &changes);
    void startApplier(const QString &user, const ChangeSet &changes);
    void onApplied();
    void fail(ExitCode code, const QString &message);
    void failWith(const ApiError &error);
    void finish(ExitCode code);

    CtlOptions m_options;
    QPointer<ApiClient> m_client;
    QPointer<CtlJournal> m_journal;
    std::optional<PreferenceFile> m_importFile;
    std::unique_ptr<QSaveFile> m_output;
    std::optional<UserInfo> m_user; // export: whose preferences
    // The preferences of each user read (in the order asked), once they arrived.
    QList<std::optional<QList<Preference>>> m_reads;
    ChangeSetApplier *m_applier = nullptr;
    bool m_done = false;
};
