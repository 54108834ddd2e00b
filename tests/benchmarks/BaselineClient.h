#pragma once

#include <QString>
#include <QUrl>

// What PreferenceModel's load is compared with: plain QNetworkAccessManager
// GETs of the preference list, strictly one at a time, on a fresh manager
// (a cold start, as the model's) that keeps its connection alive between
// them. Only the head of each page is read ({"count":N,"next":...}); rows are
// neither parsed nor built.
class BaselineClient
{
public:
    enum class Mode {
        Sequential, // every page of pageSize, following next
        OneRequest, // the first page only: with pageSize >= count, every row at once
    };

    struct Result
    {
        bool ok = false;
        QString error;
        double milliseconds = 0;
        int requests = 0;
        int count = 0; // the list's count
        bool complete = false; // the last page had no next
    };

    BaselineClient(const QUrl &server, const QString &token, int pageSize);

    Result run(Mode mode) const;

private:
    QUrl m_server;
    QString m_token;
    int m_pageSize;
};
