#include "DraftStore.h"

#include "PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDrafts, "prefeditor.drafts")

namespace {

const QString Suffix = QStringLiteral(".json");

} // namespace

QString DraftStore::defaultDirectory()
{
    // Qt 6.4 has no QStandardPaths::StateLocation.
    QString state = QString::fromLocal8Bit(qgetenv("XDG_STATE_HOME"));
    if (state.isEmpty() || !QDir::isAbsolutePath(state))
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return QDir::cleanPath(state + QStringLiteral("/prefeditor/drafts"));
}

DraftStore::DraftStore(const QString &directory)
    : m_directory(QDir::cleanPath(directory))
{ }

QString DraftStore::filePath(const QString &id) const
{
    return isValidId(id) ? m_directory + QLatin1Char('/') + id + Suffix : QString();
}

QString DraftStore::serverKey(const QUrl &baseUrl)
{
    QUrl url = baseUrl.adjusted(
        QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString()); // StripTrailingSlash keeps a root path
    return url.toString();
}

QString DraftStore::editDraftId(const QString &server, const QString &user, qint64 preferenceId)
{
    const QString name =
        server + QLatin1Char('\n') + user + QLatin1Char('\n') + QString::number(preferenceId);
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("edit-") + QString::fromLatin1(hash.toHex().left(32));
}

QString DraftStore::newDraftId()
{
    return QStringLiteral("new-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool DraftStore::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^(edit|new)-[0-9a-f-]{8,64}$"));
    return pattern.match(id).hasMatch();
}

bool DraftStore::write(const Draft &draft, QString *error) const
{
    const QString path = filePath(draft.id);
    if (path.isEmpty()) {
        if (error)
            *error = QStringLiteral("not a valid draft id: %1").arg(draft.id);
        return false;
    }
    if (!PrivateFiles::makeDirectory(m_directory, error))
        return false;
    QSaveFile file(path);
    // Private before the first byte: the temporary file is renamed over the old one.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFiles::FileMode) ||
        file.write(draft.toJson().toJson(JsonValue::Format::Pretty)) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

std::optional<Draft> DraftStore::read(const QString &id, QString *error) const
{
    const QString path = filePath(id);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path.isEmpty()
                ? QStringLiteral("not a valid draft id: %1").arg(id)
                : QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    JsonParseError parseError;
    const auto object = JsonValue::parse(file.readAll(), &parseError);
    if (!object) {
        if (error)
            *error = QStringLiteral("%1 is not valid JSON: %2").arg(path, parseError.toString());
        return std::nullopt;
    }
    QString why;
    std::optional<Draft> draft = Draft::fromJson(*object, &why);
    if (draft && draft->id != id) {
        draft.reset();
        why = QStringLiteral("its id is not its file name");
    }
    if (!draft && error)
        *error = QStringLiteral("%1 is not a draft: %2").arg(path, why);
    return draft;
}

QList<Draft> DraftStore::list(const QString &server) const
{
    QList<Draft> drafts;
    const QStringList files =
        QDir(m_directory)
            .entryList({QStringLiteral("*") + Suffix}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &file : files) {
        const QString id = file.chopped(Suffix.size());
        if (!isValidId(id))
            continue; // not ours
        QString error;
        std::optional<Draft> draft = read(id, &error);
        if (!draft) {
            qCWarning(lcDrafts).noquote() << "Ignoring a draft that cannot be read:" << error;
            continue;
        }
        if (server.isEmpty() || draft->server == server)
            drafts.append(*draft);
    }
    std::stable_sort(drafts.begin(), drafts.end(),
        [](const Draft &a, const Draft &b) { return a.savedAt < b.savedAt; });
    return drafts;
}

bool DraftStore::remove(const QString &id) const
{
    const QString path = filePath(id);
    if (path.isEmpty())
        return false;
    return !QFile::exists(path) || QFile::remove(path);
}
