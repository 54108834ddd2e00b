#pragma once

#include "JsonValue.h"
#include "Preference.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The unsaved state of one editor dialog, kept on disk by DraftStore so that
// an edit survives a crash, a quit or a destroyed window. Nothing secret: the
// account is a username for display, never a token or a password.
struct Draft
{
    QString id; // names the file: DraftStore::editDraftId() or newDraftId()
    QString server; // the community's base URL, DraftStore::serverKey()
    QString user; // whose preference: "me" or a numeric id, as PreferenceModel::user()
    qint64 ownerId = 0; // that user's numeric id (resolves "me")
    QString ownerName; // that user's display name, for the restore offer
    QString account; // the signed-in username when the draft was written
    qint64 preferenceId = 0; // 0 for a new preference
    // The version the edit started from (Edit only; unset for New): enough
    // to rebuild the Preference the dialog was opened with.
    std::optional<Preference> base;
    QString key; // the edited key
    QString valueText; // the edited JSON text exactly as typed, valid or not
    QDateTime savedAt; // UTC

    bool isNew() const { return preferenceId == 0; }

    // The file's JSON object (format 1). fromJson refuses objects that lack
    // a field or whose base value is not valid JSON; *error says why.
    JsonValue toJson() const;
    static std::optional<Draft> fromJson(const JsonValue &object, QString *error = nullptr);
};
