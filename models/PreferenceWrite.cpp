#include "PreferenceWrite.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "Logging.h"

#include <QTimer>

#include <utility>

WriteCondition WriteCondition::fromBase(const Preference &base)
{
    return WriteCondition {base.key, base.value, base.lastUpdatedAt};
}

bool WriteCondition::matches(const Preference &current) const
{
    if (key && *key != current.key)
        return false;
    if (value && *value != current.value)
        return false;
    return !lastUpdatedAt.isValid() || lastUpdatedAt == current.lastUpdatedAt;
}

PreferenceWrite::PreferenceWrite(ApiClient *client, Operation operation, const QString &user,
    const PreferenceEdit &edit, const WriteCondition &condition)
    : QObject(client)
    , m_client(client)
    , m_operation(operation)
    , m_user(user)
    , m_edit(edit)
    , m_condition(condition)
{ }

PreferenceWrite::~PreferenceWrite()
{
    if (m_job)
        m_job->abort();
}

PreferenceWrite *PreferenceWrite::create(
    ApiClient *client, const QString &user, const QString &key, const JsonValue &value)
{
    return new PreferenceWrite(client, Operation::Create, user, {0, key, value}, {});
}

PreferenceWrite *PreferenceWrite::patch(ApiClient *client, const QString &user, qint64 id,
    const std::optional<QString> &key, const std::optional<JsonValue> &value,
    const WriteCondition &condition)
{
    return new PreferenceWrite(client, Operation::Patch, user, {id, key, value}, condition);
}

PreferenceWrite *PreferenceWrite::remove(
    ApiClient *client, const QString &user, qint64 id, const WriteCondition &condition)
{
    return new PreferenceWrite(
        client, Operation::Delete, user, {id, std::nullopt, std::nullopt}, condition);
}

JsonValue PreferenceWrite::createBody(const QString &key, const JsonValue &value)
{
    return JsonValue::object()
        .inserted(QStringLiteral("key"), JsonValue::fromString(key))
        .inserted(QStringLiteral("value"), value);
}

JsonValue PreferenceWrite::patchBody(
    const std::optional<QString> &key, const std::optional<JsonValue> &value)
{
    JsonValue body = JsonValue::object();
    if (key)
        body = body.inserted(QStringLiteral("key"), JsonValue::fromString(*key));
    if (value)
        body = body.inserted(QStringLiteral("value"), *value);
    return body;
}

void PreferenceWrite::start()
{
    if (std::exchange(m_started, true))
        return;
    if (!m_client) {
        // Reported from the event loop, like every other outcome.
        QTimer::singleShot(0, this,
            [this] { fail(ApiError(ApiError::Kind::Network, tr("No connection to a server."))); });
        return;
    }
    check();
}

void PreferenceWrite::run(ApiJob *job, void (PreferenceWrite::*onSuccess)(const JsonValue &),
    void (PreferenceWrite::*onFailure)(const ApiError &))
{
    m_job = job;
    connect(job, &ApiJob::succeeded, this, onSuccess);
    connect(job, &ApiJob::failed, this, onFailure);
    job->start();
}

ApiJob *PreferenceWrite::readJob() const
{
    if (m_operation != Operation::Create)
        return m_client->get(m_client->preferenceUrl(m_user, m_edit.id));
    return m_client->get(m_client->preferenceListUrl(m_user, *m_edit.key));
}

// --- Check: is the preference still what the write expects? -------------------

void PreferenceWrite::check()
{
    run(readJob(), &PreferenceWrite::onChecked, &PreferenceWrite::onCheckFailed);
}

void PreferenceWrite::onChecked(const JsonValue &body)
{
    if (m_operation == Operation::Create) {
        std::optional<PreferencePage::Row> existing;
        ApiError error;
        if (!findKey(body, &existing, &error))
            fail(error);
        else if (existing)
            conflict(existing->preference);
        else
            write();
        return;
    }
    QString error;
    std::optional<Preference> current = Preference::fromJson(body, &error);
    if (!current) {
        fail(ApiError(ApiError::Kind::MalformedResponse, error));
        return;
    }
    if (!m_condition.matches(*current)) {
        conflict(current);
        return;
    }
    m_before = current;
    if (m_operation == Operation::Patch) {
        // Only what differs from what the server holds now.
        if (m_edit.key && *m_edit.key == current->key)
            m_edit.key.reset();
        if (m_edit.value && m_edit.value->isIdenticalTo(current->value))
            m_edit.value.reset();
        if (!m_edit.key && !m_edit.value) {
            succeed(*current, body);
            return;
        }
    }
    write();
}

void PreferenceWrite::onCheckFailed(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 404 &&
        m_operation != Operation::Create) {
        conflict(std::nullopt); // deleted meanwhile
        return;
    }
    // Only a read went out: nothing was written, whatever became of it.
    ApiError unwritten = error;
    unwritten.setMayHaveReachedServer(false);
    fail(unwritten);
}

// --- Write --------------------------------------------------------------------

void PreferenceWrite::write()
{
    ApiJob *job = nullptr;
    switch (m_operation) {
    case Operation::Create:
        job = m_client->post(
            m_client->preferencesUrl(m_user), createBody(*m_edit.key, *m_edit.value));
        break;
    case Operation::Patch:
        job = m_client->patch(
            m_client->preferenceUrl(m_user, m_edit.id), patchBody(m_edit.key, m_edit.value));
        break;
    case Operation::Delete:
        job = m_client->deleteResource(m_client->preferenceUrl(m_user, m_edit.id));
        break;
    }
    run(job, &PreferenceWrite::onWritten, &PreferenceWrite::onWriteFailed);
}

void PreferenceWrite::onWritten(const JsonValue &body)
{
    if (m_operation == Operation::Delete) {
        succeed(*m_before);
        return;
    }
    QString error;
    const std::optional<Preference> answer = Preference::fromJson(body, &error);
    if (!answer) {
        verify(ApiError(ApiError::Kind::MalformedResponse, error));
        return;
    }
    m_answerDiffers =
        !holdsEdit(*answer) || (m_edit.value && !answer->value.isIdenticalTo(*m_edit.value));
    succeed(*answer, body);
}

void PreferenceWrite::onWriteFailed(const ApiError &error)
{
    // No answer, or a success answer that makes no sense: whether the change
    // is there is unknown, so look.
    if (error.mayHaveReachedServer() || error.kind() == ApiError::Kind::MalformedResponse) {
        verify(error);
        return;
    }
    if (error.kind() == ApiError::Kind::Http) {
        switch (m_operation) {
        case Operation::Create:
            // Possibly our own request, re-sent by the network stack after
            // the first one was applied: look before reporting a duplicate.
            if (error.httpStatus() == 400) {
                verify(error);
                return;
            }
            break;
        case Operation::Patch:
            if (error.httpStatus() == 404) {
                conflict(std::nullopt); // deleted between the check and the write
                return;
            }
            break;
        case Operation::Delete:
            if (error.httpStatus() == 404) {
                // It existed a moment ago and is gone: what was asked for.
                succeed(*m_before);
                return;
            }
            break;
        }
    }
    fail(error);
}

// --- Verify: the answer was lost; is the change there? ------------------------

void PreferenceWrite::verify(const ApiError &cause)
{
    qCInfo(lcApi).noquote() << "write of preference" << m_edit.id << "uncertain ("
                            << cause.message() << "), reading it again";
    m_cause = cause;
    run(readJob(), &PreferenceWrite::onVerified, &PreferenceWrite::onVerifyFailed);
}

bool PreferenceWrite::holdsEdit(const Preference &current) const
{
    return (!m_edit.key || current.key == *m_edit.key) &&
        (!m_edit.value || current.value == *m_edit.value);
}

bool PreferenceWrite::findKey(
    const JsonValue &body, std::optional<PreferencePage::Row> *found, ApiError *error) const
{
    QString message;
    const std::optional<PreferencePage> page = PreferencePage::parse(body, &message);
    if (!page) {
        *error = ApiError(ApiError::Kind::MalformedResponse, message);
        return false;
    }
    found->reset();
    for (const PreferencePage::Row &row : page->rows) {
        if (row.preference.key == *m_edit.key) {
            *found = row;
            break;
        }
    }
    return true;
}

void PreferenceWrite::onVerified(const JsonValue &body)
{
    const bool lost = m_cause.mayHaveReachedServer();
    if (m_operation == Operation::Create) {
        // The check found no preference with the key: one there now is new.
        std::optional<PreferencePage::Row> created;
        ApiError error;
        if (!findKey(body, &created, &error)) {
            onVerifyFailed(error);
        } else if (created && holdsEdit(created->preference)) {
            m_uncertain = lost;
            succeed(created->preference, created->object);
        } else if (created) {
            conflict(created->preference); // someone else created the key meanwhile
        } else if (lost) {
            fail(ApiError(m_cause.kind(),
                tr("%1. The preferences were read again: it was not created.")
                    .arg(m_cause.message())));
        } else {
            fail(m_cause);
        }
        return;
    }
    m_uncertain = lost;
    if (m_operation == Operation::Delete) {
        fail(ApiError(m_cause.kind(),
            tr("%1. The preference was read again: it was not deleted.").arg(m_cause.message())));
        return;
    }
    QString error;
    const std::optional<Preference> current = Preference::fromJson(body, &error);
    if (current && holdsEdit(*current)) {
        succeed(*current, body);
    } else {
        fail(ApiError(m_cause.kind(),
            tr("%1. The preference was read again: the change was not applied.")
                .arg(m_cause.message())));
    }
}

void PreferenceWrite::onVerifyFailed(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 404 &&
        m_operation != Operation::Create) {
        if (m_operation == Operation::Delete) {
            m_uncertain = true;
            succeed(*m_before);
        } else {
            conflict(std::nullopt);
        }
        return;
    }
    ApiError unknown(m_cause.kind(),
        tr("%1. Whether the change reached the server could not be found out (%2). Reload to "
           "see what the server holds.")
            .arg(m_cause.message(), error.message()));
    unknown.setMayHaveReachedServer(true);
    fail(unknown);
}

// --- Outcome ------------------------------------------------------------------

void PreferenceWrite::succeed(const Preference &result, const JsonValue &object)
{
    if (m_done)
        return;
    m_result = result;
    m_resultObject = object.isObject() ? object : result.toJson();
    if (m_operation == Operation::Create)
        m_edit.id = result.id;
    emit succeeded(m_result);
    finish();
}

void PreferenceWrite::conflict(const std::optional<Preference> &current)
{
    if (m_done)
        return;
    m_current = current;
    emit conflicted();
    finish();
}

void PreferenceWrite::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_error = error;
    emit failed(m_error);
    finish();
}

void PreferenceWrite::finish()
{
    m_done = true;
    m_job.clear();
    emit finished();
    deleteLater();
}
