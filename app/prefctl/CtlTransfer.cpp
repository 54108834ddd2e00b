#include "CtlTransfer.h"

#include "ApiClient.h"
#include "ChangeFormatter.h"
#include "ChangeSetApplier.h"
#include "CtlCommand.h"
#include "CtlJournal.h"
#include "PreferenceComparison.h"
#include "PreferenceListJob.h"
#include "UserJob.h"

#include <QDateTime>
#include <QFile>

#include <algorithm>
#include <utility>

CtlTransfer::CtlTransfer(const CtlOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

CtlTransfer::~CtlTransfer() = default;

bool CtlTransfer::handles(CtlOptions::Command command)
{
    switch (command) {
    case CtlOptions::Command::Export:
    case CtlOptions::Command::Import:
    case CtlOptions::Command::Copy:
    case CtlOptions::Command::Diff:
        return true;
    default:
        return false;
    }
}

bool CtlTransfer::prepare(QString *error)
{
    const QString fileName = m_options.fileName();
    if (m_options.command() == CtlOptions::Command::Export && !fileName.isEmpty()) {
        // Written in full or not at all: the file appears when the export is done.
        m_output = std::make_unique<QSaveFile>(fileName);
        if (!m_output->open(QIODevice::WriteOnly)) {
            *error = tr("Cannot write %1: %2").arg(fileName, m_output->errorString());
            return false;
        }
    }
    if (m_options.command() != CtlOptions::Command::Import)
        return true;

    // Read and checked in full before anything is sent.
    const bool isStdin = fileName == QLatin1String("-");
    const QString name = isStdin ? tr("standard input") : fileName;
    QFile in(isStdin ? QString() : fileName);
    if (!(isStdin ? in.open(stdin, QIODevice::ReadOnly) : in.open(QIODevice::ReadOnly))) {
        *error = tr("Cannot read %1: %2").arg(name, in.errorString());
        return false;
    }
    QString fileError;
    m_importFile = PreferenceFile::parse(in.readAll(), &fileError);
    if (!m_importFile) {
        *error = tr("%1: %2 Nothing was sent.").arg(name, fileError);
        return false;
    }
    return true;
}

void CtlTransfer::start(ApiClient *client, CtlJournal *journal)
{
    m_client = client;
    m_journal = journal;
    switch (m_options.command()) {
    case CtlOptions::Command::Export: {
        UserJob *job = m_options.user() == QLatin1String("me")
            ? client->fetchMe()
            : client->fetchUser(m_options.user().toLongLong());
        connect(job, &UserJob::succeeded, this, &CtlTransfer::onUser);
        connect(job, &UserJob::failed, this, &CtlTransfer::failWith);
        job->start();
        read({m_options.user()});
        break;
    }
    case CtlOptions::Command::Import:
        read({m_options.user()});
        break;
    case CtlOptions::Command::Copy:
    case CtlOptions::Command::Diff:
        read({QString::number(m_options.fromUser()), QString::number(m_options.toUser())});
        break;
    default:
        Q_UNREACHABLE();
    }
}

// --- Reading: all the preferences of each user, concurrently -------------------

void CtlTransfer::read(const QStringList &users)
{
    for (const QString &user : users) {
        const qsizetype index = m_reads.size();
        m_reads.append(std::nullopt);
        auto *job = new PreferenceListJob(m_client, user, {}, this);
        connect(job, &PreferenceListJob::succeeded, this,
            [this, index](const QList<PreferencePage::Row> &rows) {
                m_reads[index] = PreferenceListJob::preferences(rows);
                onRead();
            });
        connect(job, &PreferenceListJob::failed, this, &CtlTransfer::failWith);
        job->start();
    }
}

void CtlTransfer::onUser(const UserInfo &user)
{
    m_user = user;
    onRead();
}

void CtlTransfer::onRead()
{
    const bool allRead = std::all_of(m_reads.cbegin(), m_reads.cend(),
        [](const std::optional<QList<Preference>> &read) { return read.has_value(); });
    if (m_done || !allRead)
        return;
    switch (m_options.command()) {
    case CtlOptions::Command::Export:
        if (m_user)
            writeExport();
        break;
    case CtlOptions::Command::Import:
        planImport();
        break;
    case CtlOptions::Command::Copy:
        planCopy();
        break;
    case CtlOptions::Command::Diff:
        printDiff();
        break;
    default:
        Q_UNREACHABLE();
    }
}

// --- export ---------------------------------------------------------------------

void CtlTransfer::writeExport()
{
    PreferenceFile file;
    file.server = m_client->baseUrl();
    file.userId = m_user->id;
    file.username = m_user->username;
    file.exportedAt = QDateTime::currentDateTimeUtc();
    file.preferences = PreferenceEntry::fromPreferences(*m_reads.at(0));
    const QByteArray bytes = file.toJson();
    if (!m_output) {
        CtlCommand::writeOut(bytes);
        finish(ExitCode::Ok);
        return;
    }
    if (m_output->write(bytes) != bytes.size() || !m_output->commit()) {
        fail(ExitCode::InvalidInput,
            tr("Cannot write %1: %2").arg(m_options.fileName(), m_output->errorString()));
        return;
    }
    CtlCommand::writeOut(tr("Exported %n preference(s) of %1 (user id %2) to %3.", nullptr,
                             int(file.preferences.size()))
                             .arg(m_user->username)
                             .arg(m_user->id)
                             .arg(m_options.fileName()) +
        QLatin1Char('\n'));
    finish(ExitCode::Ok);
}

// --- diff -----------------------------------------------------------------------

void CtlTransfer::printDiff()
{
    const PreferenceComparison comparison =
        PreferenceComparison::compare(*m_reads.at(0), *m_reads.at(1));
    const qint64 a = m_options.fromUser();
    const qint64 b = m_options.toUser();
    if (m_options.json())
        CtlCommand::writeOut(ChangeFormatter::comparisonJson(comparison, a, b));
    else
        CtlCommand::writeOut(ChangeFormatter::comparisonTable(comparison, a, b));
    finish(ExitCode::Ok);
}

// --- import and copy: plan, then apply -------------------------------------------

void CtlTransfer::planImport()
{
    const ChangeSet::Missing missing =
        m_options.deleteMissing() ? ChangeSet::Missing::Delete : ChangeSet::Missing::Keep;
    apply(m_options.user(), ChangeSet::plan(m_importFile->preferences, *m_reads.at(0), missing));
}

void CtlTransfer::planCopy()
{
    QList<PreferenceEntry> source = PreferenceEntry::fromPreferences(*m_reads.at(0));
    const QStringList keys = m_options.keys();
    if (!keys.isEmpty()) {
        for (const QString &key : keys) {
            const bool found = std::any_of(source.cbegin(), source.cend(),
                [&key](const PreferenceEntry &entry) { return entry.key == key; });
            if (!found) {
                fail(ExitCode::InvalidInput,
                    tr("User %1 has no preference with the key \"%2\"; nothing was written.")
                        .arg(m_options.fromUser())
                        .arg(key));
                return;
            }
        }
        source.removeIf(
            [&keys](const PreferenceEntry &entry) { return !keys.contains(entry.key); });
    }
    apply(QString::number(m_options.toUser()), ChangeSet::plan(source, *m_reads.at(1)));
}

void CtlTransfer::apply(const QString &user, const ChangeSet &changes)
{
    if (!m_options.json())
        CtlCommand::writeOut(ChangeFormatter::planTable(changes));
    if (m_options.dryRun()) {
        if (m_options.json())
            CtlCommand::writeOut(ChangeFormatter::changesJson(changes, nullptr));
        else
            CtlCommand::writeOut(tr("Dry run: nothing was written.") + QLatin1Char('\n'));
        finish(ExitCode::Ok);
        return;
    }
    // Once the journal knows who writes to whose preferences.
    m_journal->whenReady(user, [this, user, changes] { startApplier(user, changes); });
}

void CtlTransfer::startApplier(const QString &user, const ChangeSet &changes)
{
    m_applier = new ChangeSetApplier(m_client, user, changes, this);
    connect(m_applier, &ChangeSetApplier::writeStarted, m_journal,
        [this](
            PreferenceWrite *write, const QString &batchId) { m_journal->watch(write, batchId); });
    connect(m_applier, &ChangeSetApplier::finished, this, &CtlTransfer::onApplied);
    m_applier->start();
}

void CtlTransfer::onApplied()
{
    if (m_options.json()) {
        CtlCommand::writeOut(ChangeFormatter::changesJson(m_applier->changes(), m_applier));
    } else {
        CtlCommand::writeOut(QLatin1Char('\n') + ChangeFormatter::resultTable(*m_applier));
        CtlCommand::writeOut(ChangeFormatter::summary(*m_applier) + QLatin1Char('\n'));
    }
    const int failures = m_applier->count(ChangeSetApplier::Status::Failed);
    const int conflicts = m_applier->count(ChangeSetApplier::Status::Conflict);
    if (failures > 0) {
        fail(ExitCode::ApiError, tr("%n operation(s) failed.", nullptr, failures));
    } else if (conflicts > 0) {
        fail(ExitCode::Conflict,
            tr("%n preference(s) changed since they were read; nothing was written to them.",
                nullptr, conflicts));
    } else {
        finish(ExitCode::Ok);
    }
}

// --- Outcome ----------------------------------------------------------------------

void CtlTransfer::fail(ExitCode code, const QString &message)
{
    if (!std::exchange(m_done, true))
        emit failed(code, message);
}

void CtlTransfer::failWith(const ApiError &error)
{
    if (!std::exchange(m_done, true))
        emit apiFailed(error);
}

void CtlTransfer::finish(ExitCode code)
{
    if (!std::exchange(m_done, true))
        emit finished(code);
}
