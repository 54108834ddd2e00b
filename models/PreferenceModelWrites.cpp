// PreferenceModel: the writes. Each is a PreferenceWrite of its own; the
// rows follow what the server answered, and the journal records it.
#include "PreferenceModel.h"

#include "ApiClient.h"
#include "JournalRecorder.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPreferenceModel)

PreferenceWrite *PreferenceModel::create(const QString &key, const JsonValue &value)
{
    return track(PreferenceWrite::create(m_client, m_user, key, value));
}

PreferenceWrite *PreferenceModel::patch(const Preference &base, const std::optional<QString> &key,
    const std::optional<JsonValue> &value)
{
    return track(PreferenceWrite::patch(
        m_client, m_user, base.id, key, value, WriteCondition::fromBase(base)));
}

PreferenceWrite *PreferenceModel::remove(const Preference &base)
{
    return track(
        PreferenceWrite::remove(m_client, m_user, base.id, WriteCondition::fromBase(base)));
}

void PreferenceModel::setJournal(JournalRecorder *recorder)
{
    m_journal = recorder;
}

PreferenceWrite *PreferenceModel::track(PreferenceWrite *write)
{
    // Connected before the caller: the rows show the outcome by the time the
    // caller hears of it.
    connect(write, &PreferenceWrite::succeeded, this, [this, write](const Preference &result) {
        if (write->operation() == PreferenceWrite::Operation::Delete)
            removePreference(result.id);
        else
            storePreference(write->resultObject());
    });
    connect(write, &PreferenceWrite::conflicted, this, [this, write] {
        // Show what the server holds now.
        if (const std::optional<Preference> current = write->current())
            storePreference(current->toJson());
        else
            removePreference(write->id());
    });
    if (m_journal)
        m_journal->watch(write);
    return write;
}

void PreferenceModel::storePreference(const JsonValue &object)
{
    QString error;
    std::optional<Row> row = Row::fromJson(object, &error);
    if (!row) {
        qCWarning(lcPreferenceModel) << "ignoring a preference that is not valid:" << error;
        return;
    }
    if (rowForId(row->preference.id) >= 0) {
        replaceRow(*row);
        return;
    }
    QList<Row> rows;
    rows.append(std::move(*row));
    appendRows(std::move(rows));
    if (m_expectedCount >= 0)
        ++m_expectedCount;
}

void PreferenceModel::removePreference(qint64 id)
{
    const int row = rowForId(id);
    if (row < 0)
        return;
    removeRowAt(row);
    if (m_expectedCount > 0)
        --m_expectedCount;
}
