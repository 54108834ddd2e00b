#pragma once

#include "ApiError.h"
#include "PageFetcher.h"
#include "Preference.h"
#include "PreferencePage.h"
#include "PreferenceWrite.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QUrl>

#include <optional>

class ApiClient;
class JournalRecorder;

// A user's preferences, loaded page by page from the API (PageFetcher). Rows
// are inserted one batch per page, in server order. Writes go through the API; a row only
// changes once the server has answered, and a failed write hands the user's
// edit back with the error.
class PreferenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Key, Value, Type, LastUpdated, Created, Id, Count };
    Q_ENUM(Column)

    enum Role {
        RawJsonRole = Qt::UserRole + 1, // QString: compact JSON of the value
        JsonValueRole, // JsonValue
        IdRole, // qint64
        CreatedRole, // QDateTime (UTC)
        LastUpdatedRole, // QDateTime (UTC)
        KeyRole, // QString
        TypeRole, // JsonValue::Type as int
        SortRole, // what the proxy sorts by: dates as QDateTime, ids as numbers
        PreferenceRole, // Preference
        ApiObjectRole, // JsonValue: the preference object exactly as the server sent it
    };

    explicit PreferenceModel(ApiClient *client, QObject *parent = nullptr);
    ~PreferenceModel() override;

    // "me" or a numeric user id. Clears the rows; call reload() to fetch.
    void setUser(const QString &user);
    QString user() const { return m_user; }

    // Exact-key server search; empty for all keys. Takes effect on reload().
    void setKeyFilter(const QString &key);
    QString keyFilter() const { return m_keyFilter; }

    // Every write made from now on is journaled by recorder (not owned; may
    // be null), with its context as it is when the write is made.
    void setJournal(JournalRecorder *recorder);

    void setPageSize(int pageSize); // the limit asked for; 0 lets the server choose
    void setMaxConcurrentPages(int count); // default 6 (PageFetcher)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Preference &preferenceAt(int row) const;
    int rowForId(qint64 id) const; // -1 when absent
    bool isLoading() const;
    int loadedCount() const { return int(m_rows.size()); }
    int expectedCount() const { return m_expectedCount; } // -1 until the first page

public slots:
    // Fetches every page again. Emits loadFinished or loadFailed. The rows
    // loaded before stay until the first page has arrived: a load that
    // fails before that keeps them (and expectedCount()).
    void reload();
    void cancelLoad();

public:
    // The writes. Each returns its own PreferenceWrite, unstarted: connect to
    // it, then start() it. It tells its outcome only to whoever connects (see
    // PreferenceWrite); the rows follow the server's answer before that, and
    // show what the server holds after a conflict. patch and remove check
    // first that the preference is still base (its key, value and
    // last_updated_at); a patch sends only what differs.
    PreferenceWrite *create(const QString &key, const JsonValue &value);
    PreferenceWrite *patch(const Preference &base, const std::optional<QString> &key,
        const std::optional<JsonValue> &value);
    PreferenceWrite *remove(const Preference &base);

signals:
    void loadStarted();
    void loadProgress(int loaded, int total); // total is -1 while unknown
    void loadFinished();
    void loadFailed(const ApiError &error);
    void loadCancelled();

private:
    // One row: the parsed preference, the server's own object and the
    // compact JSON text (see PreferencePage, which parses them).
    using Row = PreferencePage::Row;

    void onPageReady(int index, const ListPage &page);
    void failLoad(const ApiError &error);
    void discardPreviousRows();
    PreferenceWrite *track(PreferenceWrite *write);
    void storePreference(const JsonValue &object);
    void removePreference(qint64 id);
    void appendRows(QList<Row> rows);
    void replaceRow(const Row &row);
    void removeRowAt(int row);
    void reindexFrom(int row);
    QVariant displayData(const Row &row, Column column) const;
    QVariant sortData(const Row &row, Column column) const;

    QPointer<ApiClient> m_client;
    QPointer<JournalRecorder> m_journal;
    QString m_user = QStringLiteral("me");
    QString m_keyFilter;
    int m_pageSize = 100;

    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
    int m_expectedCount = -1;

    PageFetcher *m_fetcher;
    bool m_replaceRows = false; // the rows are the previous load's, until its first page
};
