#pragma once

#include "PreferenceEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// One user's preferences as a file, what prefctl export writes and import
// reads:
//
//   {"format": "prefeditor.preferences", "version": 1,
//    "server": "https://community.example.org",
//    "user": {"id": 3, "username": "bob"},
//    "exported_at": "2024-11-27T10:11:52.120Z",
//    "preferences": [{"key": "theme", "value": "dark"}, ...]}
//
// Values are written verbatim (key order, every digit of every number) and
// the preferences in the order given (the server's). Pure: no network, no
// files; the caller reads and writes the bytes.
class PreferenceFile
{
    Q_DECLARE_TR_FUNCTIONS(PreferenceFile)

public:
    static constexpr char FormatName[] = "prefeditor.preferences";
    static constexpr int Version = 1;

    // Where the preferences came from; empty or 0 when a file read does not
    // say (only format, version and preferences are required).
    QUrl server;
    qint64 userId = 0;
    QString username;
    QDateTime exportedAt;
    QList<PreferenceEntry> preferences;

    // Pretty-printed UTF-8 JSON, ending in a newline.
    QByteArray toJson() const;

    // Refuses, with a translated one-line *error (required): text that is not
    // JSON ("line 3, column 14: ..."; a value with a duplicate object member
    // is not JSON either), another format or an unknown version, a
    // preference without a key (a non-empty string) or without a value, and
    // a key given twice.
    static std::optional<PreferenceFile> parse(const QByteArray &utf8, QString *error);
};
