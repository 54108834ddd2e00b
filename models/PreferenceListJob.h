#pragma once

#include "ApiError.h"
#include "PreferencePage.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiClient;
class ListPage;
class PageFetcher;

// Reads all of one user's preferences (or those with one key) through the
// pager, every page, as rows in server order. Created unstarted: connect,
// then start(). Emits exactly one of succeeded() or failed(), never from
// inside start(), then deletes itself. A page with an item that is not a
// preference fails with Kind::MalformedResponse.
class PreferenceListJob : public QObject
{
    Q_OBJECT

public:
    // The limit asked for per page (the editor asks the same).
    static constexpr int PageSize = 100;

    // user is "me" or a numeric id; key, when not empty, asks for the
    // preferences with exactly that key.
    PreferenceListJob(
        ApiClient *client, const QString &user, const QString &key = {}, QObject *parent = nullptr);

    void start();

    // The rows' preferences, in order.
    static QList<Preference> preferences(const QList<PreferencePage::Row> &rows);

signals:
    void succeeded(const QList<PreferencePage::Row> &rows);
    void failed(const ApiError &error);

private:
    void onPageReady(const ListPage &page);
    void onFinished();
    void onFailed(const ApiError &error);

    QPointer<ApiClient> m_client;
    QString m_user;
    QString m_key;
    PageFetcher *m_fetcher = nullptr;
    QList<PreferencePage::Row> m_rows;
    bool m_done = false;
};
