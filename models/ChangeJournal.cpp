#include "ChangeJournal.h"

#include "CommunityUrl.h"
#include "PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcJournal, "prefeditor.journal")

namespace {

// Long enough for a slow disk's fsync, short enough not to hang a script.
constexpr int LockTimeoutMs = 10000;

bool matches(const JournalEntry &entry, const JournalFilter &filter)
{
    if (filter.userId && entry.user.id != *filter.userId)
        return false;
    if (!filter.key.isEmpty() && entry.keyBefore != filter.key && entry.keyAfter != filter.key)
        return false;
    if (filter.from.isValid() && entry.time < filter.from)
        return false;
    return !filter.to.isValid() || entry.time < filter.to;
}

} // namespace

QString ChangeJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
        QStringLiteral("/prefeditor/journal");
}

QString ChangeJournal::fileName(const QUrl &communityUrl)
{
    const QUrl normalized = CommunityUrl::validate(communityUrl);
    const QUrl url = normalized.isValid() ? normalized : communityUrl;
    const QByteArray hash =
        QCryptographicHash::hash(CommunityUrl::toKey(url).toUtf8(), QCryptographicHash::Sha256);
    // The host as a file name can hold: an IPv6 address has colons.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9.-]"));
    const QString host = url.host().replace(unsafe, QStringLiteral("_"));
    const int port = url.port(url.scheme() == QLatin1String("http") ? 80 : 443);
    return QStringLiteral("%1-%2-%3.jsonl")
        .arg(host)
        .arg(port)
        .arg(QString::fromLatin1(hash.toHex().left(16)));
}

ChangeJournal::ChangeJournal(const QUrl &communityUrl, const QString &directory)
    : m_directory(QDir::cleanPath(directory))
    , m_path(m_directory + QLatin1Char('/') + fileName(communityUrl))
{ }

bool ChangeJournal::append(const JournalEntry &entry, QString *error) const
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (entry.id.isEmpty())
        return failWith(QStringLiteral("a journal entry needs an id"));
    if (!PrivateFiles::makeDirectory(m_directory, error))
        return false;

    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(LockTimeoutMs)) {
        return failWith(QStringLiteral("cannot lock %1: %2")
                            .arg(m_path,
                                lock.error() == QLockFile::LockFailedError
                                    ? QStringLiteral("another process holds the lock")
                                    : QStringLiteral("the lock file cannot be created")));
    }

    // Private before the first byte; O_APPEND, and one write() per line.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered,
            PrivateFiles::FileMode) ||
        !file.setPermissions(PrivateFiles::FileMode))
        return failWith(QStringLiteral("cannot open %1: %2").arg(m_path, file.errorString()));

    QByteArray line = entry.toJson().toJson() + '\n';
    // A line cut short by a crash stays alone on its line, skipped when read.
    const qint64 size = file.size();
    if (size > 0 && file.seek(size - 1) && file.read(1) != "\n")
        line.prepend('\n');
    if (file.write(line) != line.size() || ::fsync(file.handle()) != 0)
        return failWith(QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString()));
    return true;
}

QList<JournalEntry> ChangeJournal::readAll(int *skipped) const
{
    if (skipped)
        *skipped = 0;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.exists())
            qCWarning(lcJournal).noquote() << "cannot read" << m_path << ":" << file.errorString();
        return {};
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    QList<JournalEntry> entries;
    entries.reserve(lines.size());
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QByteArray &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        JsonParseError parseError;
        QString why;
        const std::optional<JsonValue> object = JsonValue::parse(line, &parseError);
        std::optional<JournalEntry> entry =
            object ? JournalEntry::fromJson(*object, &why) : std::nullopt;
        if (!entry) {
            qCWarning(lcJournal).noquote()
                << QStringLiteral("skipping line %1 of %2: %3")
                       .arg(i + 1)
                       .arg(m_path, object ? why : parseError.toString());
            if (skipped)
                ++*skipped;
            continue;
        }
        entries.append(std::move(*entry));
    }
    return entries;
}

QList<JournalEntry> ChangeJournal::entries(const JournalFilter &filter, int *skipped) const
{
    QList<JournalEntry> all = readAll(skipped);
    QList<JournalEntry> result;
    for (JournalEntry &entry : all) {
        if (filter.limit > 0 && result.size() >= filter.limit)
            break;
        if (matches(entry, filter))
            result.append(std::move(entry));
    }
    return result;
}

std::optional<JournalEntry> ChangeJournal::find(const QString &id) const
{
    const QList<JournalEntry> all = readAll();
    const auto found = std::find_if(
        all.cbegin(), all.cend(), [&id](const JournalEntry &entry) { return entry.id == id; });
    if (found == all.cend())
        return std::nullopt;
    return *found;
}

QList<JournalEntry> ChangeJournal::entriesOfBatch(const QString &batchId) const
{
    if (batchId.isEmpty())
        return {};
    QList<JournalEntry> result = entries();
    result.removeIf([&batchId](const JournalEntry &entry) { return entry.batchId != batchId; });
    return result;
}
