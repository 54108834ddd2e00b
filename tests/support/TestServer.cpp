#include "TestServer.h"

#include <QFile>

std::unique_ptr<PrefServer> startTestServer(const ServerOptions &options)
{
    auto server = std::make_unique<PrefServer>(options);
    QString error;
    if (!server->start(&error)) {
        qWarning("cannot start prefserver: %s", qPrintable(error));
        return nullptr;
    }
    return server;
}

std::unique_ptr<PrefServer> startDemoServer()
{
    ServerOptions options;
    options.demo = true;
    options.enableTestControl = true;
    return startTestServer(options);
}

bool writeServerData(const QString &fileName, const Json &users, const Json &preferences)
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        qWarning("cannot write %s: %s", qPrintable(fileName), qPrintable(file.errorString()));
        return false;
    }
    const QByteArray data =
        QByteArray::fromStdString(Json {{"users", users}, {"preferences", preferences}}.dump());
    return file.write(data) == data.size() && file.flush();
}

QByteArray header(const RecordedRequest &request, const QByteArray &name)
{
    for (const auto &[headerName, value] : request.headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<RecordedRequest> requestsTo(const PrefServer &server, const QString &path)
{
    QList<RecordedRequest> result;
    const QList<RecordedRequest> log = server.requestLog();
    for (const RecordedRequest &request : log) {
        if (request.path == path)
            result.append(request);
    }
    return result;
}

QList<RecordedRequest> requestsTo(
    const PrefServer &server, const QByteArray &method, const QString &path)
{
    QList<RecordedRequest> result;
    const QList<RecordedRequest> log = requestsTo(server, path);
    for (const RecordedRequest &request : log) {
        if (request.method == method)
            result.append(request);
    }
    return result;
}

int countRequests(const PrefServer &server, const QByteArray &method, const QString &path,
    const QByteArray &bodyContains)
{
    int count = 0;
    const QList<RecordedRequest> requests = requestsTo(server, method, path);
    for (const RecordedRequest &request : requests) {
        if (bodyContains.isEmpty() || request.body.contains(bodyContains))
            ++count;
    }
    return count;
}
