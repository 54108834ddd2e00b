#pragma once

#include "ApiError.h"
#include "JsonValue.h"
#include "Preference.h"
#include "PreferencePage.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class ApiClient;
class ApiJob;

// What the user asked a write to do; handed back intact when it fails.
struct PreferenceEdit
{
    qint64 id = 0; // 0 for a new preference
    std::optional<QString> key; // set when the key changes (or for create)
    std::optional<JsonValue> value; // set when the value changes (or for create)
};

// What a write expects the preference to hold before it acts: the version an
// edit started from, or what prefctl's --if-value and --if-updated-at name.
// Fields left empty are not checked.
struct WriteCondition
{
    std::optional<QString> key;
    std::optional<JsonValue> value; // compared by meaning
    QDateTime lastUpdatedAt; // invalid: not checked

    // The whole version: key, value and last_updated_at.
    static WriteCondition fromBase(const Preference &base);
    bool isEmpty() const { return !key && !value && !lastUpdatedAt.isValid(); }
    bool matches(const Preference &current) const;
};

// One write to one preference, from its first request to a single outcome,
// told only to whoever holds the handle (not broadcast):
//
//   - succeeded(): the server holds the change. result() is the preference as
//     the server answered (for a delete, the last version known).
//   - conflicted(): nothing was written, because the preference is not what
//     the write expected. current() is what the server holds now, or nullopt
//     when it no longer exists. For a create: another preference already has
//     the key, and current() is that one.
//   - failed(): nothing was written, or it could not be found out; error()
//     says which, and edit() hands the user's edit back. Only in the second
//     case is error().mayHaveReachedServer() true.
//
// Exactly one of the three is emitted, never from inside start(), then
// finished(); then the write deletes itself.
//
// Every write is careful:
//   - Create first lists the key: a key in use is a conflict, not a 400.
//   - Patch and delete first read the preference (before()), and stop with a
//     conflict when it is gone or no longer matches the condition. The API
//     has no conditional requests (no ETag, no If-Match), so a short window
//     between that read and the write remains. Without a condition the read
//     still tells what the write replaced, which the change journal records
//     and an undo needs.
//   - After that read, a patch sends only what differs from the server's
//     current preference (and nothing at all when nothing does).
//   - An answer that never came (a timeout, or a connection dropped after
//     the request may have left) is not guessed: the write reads the
//     preference again (for a create, lists the key) and reports whether the
//     change is there. A create whose re-sent request is refused as a
//     duplicate finds its own preference the same way.
//   - After a patch, the server's answer is compared with what was sent
//     (answerDiffers()).
class PreferenceWrite : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Create, Patch, Delete };
    Q_ENUM(Operation)

    // user is "me" or a numeric id. The write is created unstarted, as a
    // child of client: connect to it, then start().
    static PreferenceWrite *create(
        ApiClient *client, const QString &user, const QString &key, const JsonValue &value);
    static PreferenceWrite *patch(ApiClient *client, const QString &user, qint64 id,
        const std::optional<QString> &key, const std::optional<JsonValue> &value,
        const WriteCondition &condition = {});
    static PreferenceWrite *remove(
        ApiClient *client, const QString &user, qint64 id, const WriteCondition &condition = {});

    // The request bodies, built in this one place.
    static JsonValue createBody(const QString &key, const JsonValue &value);
    static JsonValue patchBody(
        const std::optional<QString> &key, const std::optional<JsonValue> &value);

    ~PreferenceWrite() override;

    void start();

    Operation operation() const { return m_operation; }
    QString user() const { return m_user; }
    qint64 id() const { return m_edit.id; } // for a create, the new id once known
    PreferenceEdit edit() const { return m_edit; }
    WriteCondition condition() const { return m_condition; }

    Preference result() const { return m_result; }
    JsonValue resultObject() const { return m_resultObject; } // the server's own object
    std::optional<Preference> current() const { return m_current; }
    // Patch and delete: the preference as the check read it, when it matched
    // (for a conflict, see current()). nullopt for a create.
    std::optional<Preference> before() const { return m_before; }
    ApiError error() const { return m_error; }
    // The first answer was lost and the outcome was found by reading again.
    bool wasUncertain() const { return m_uncertain; }
    // The server's answer holds a key or value other than what was sent.
    bool answerDiffers() const { return m_answerDiffers; }
    bool isFinished() const { return m_done; }

signals:
    void succeeded(const Preference &result);
    void conflicted();
    void failed(const ApiError &error);
    void finished();

private:
    PreferenceWrite(ApiClient *client, Operation operation, const QString &user,
        const PreferenceEdit &edit, const WriteCondition &condition);

    void check();
    void onChecked(const JsonValue &body);
    void onCheckFailed(const ApiError &error);
    void write();
    void onWritten(const JsonValue &body);
    void onWriteFailed(const ApiError &error);
    void verify(const ApiError &cause);
    void onVerified(const JsonValue &body);
    void onVerifyFailed(const ApiError &error);

    void run(ApiJob *job, void (PreferenceWrite::*onSuccess)(const JsonValue &),
        void (PreferenceWrite::*onFailure)(const ApiError &));
    ApiJob *readJob() const; // GET the preference, or list the key for a create
    // In a list answer (asked for the edit's key), the preference with that
    // key, if any; false with *error when the answer is not a list.
    bool findKey(
        const JsonValue &body, std::optional<PreferencePage::Row> *found, ApiError *error) const;
    bool holdsEdit(const Preference &current) const;
    void succeed(const Preference &result, const JsonValue &object = {});
    void conflict(const std::optional<Preference> &current);
    void fail(const ApiError &error);
    void finish();

    QPointer<ApiClient> m_client;
    Operation m_operation;
    QString m_user;
    PreferenceEdit m_edit;
    WriteCondition m_condition;
    bool m_started = false;
    QPointer<ApiJob> m_job;
    std::optional<Preference> m_before; // what the check read
    ApiError m_cause; // verify: why the answer is uncertain

    Preference m_result;
    JsonValue m_resultObject;
    std::optional<Preference> m_current;
    ApiError m_error;
    bool m_uncertain = false;
    bool m_answerDiffers = false;
    bool m_done = false;
};

Q_DECLARE_METATYPE(PreferenceEdit)
