#pragma once

#include "Draft.h"

#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcDrafts) // prefeditor.drafts

// The drafts of editor dialogs on disk: one JSON file per draft, named
// "<id>.json", in a directory of mode 0700. Each file is written atomically
// (QSaveFile) with mode 0600. A file that cannot be read is skipped with a
// warning and left alone.
//
// Typical use:
//     DraftStore store; // the XDG state directory
//     store.write(draft);
//     for (const Draft &draft : store.list(DraftStore::serverKey(baseUrl))) ...
//     store.remove(draft.id);
class DraftStore
{
public:
    // $XDG_STATE_HOME/prefeditor/drafts, or ~/.local/state/prefeditor/drafts
    // when XDG_STATE_HOME is unset or not absolute (read at each call).
    static QString defaultDirectory();

    explicit DraftStore(const QString &directory = defaultDirectory());

    QString directory() const { return m_directory; }
    // The file of a draft; empty for an id that is not a valid draft id.
    QString filePath(const QString &id) const;

    // The base URL as drafts name it: no user info, no query or fragment,
    // no trailing slash ("https://community.example.org").
    static QString serverKey(const QUrl &baseUrl);
    // The same id for every edit of one preference: "edit-" and 32 hex digits.
    static QString editDraftId(const QString &server, const QString &user, qint64 preferenceId);
    // A fresh id for a New dialog: "new-" and a UUID.
    static QString newDraftId();
    static bool isValidId(const QString &id);

    // Creates the directory (0700) if needed and replaces the draft's file.
    bool write(const Draft &draft, QString *error = nullptr) const;
    std::optional<Draft> read(const QString &id, QString *error = nullptr) const;
    // The readable drafts, oldest first; of one server (serverKey()) unless
    // server is empty.
    QList<Draft> list(const QString &server = QString()) const;
    // True when the file is gone afterwards (also when there was none).
    bool remove(const QString &id) const;

private:
    QString m_directory;
};
