// An in-process PrefServer for the tests, on 127.0.0.1 and a free port, and
// helpers over the requests it recorded (the log of the test control API).
#pragma once

#include "PrefServer.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

using Json = nlohmann::ordered_json;

// Starts a PrefServer with these options (port 0 unless they say otherwise);
// nullptr, after a warning that says why, when it cannot listen.
std::unique_ptr<PrefServer> startTestServer(const ServerOptions &options);

// The demo data, with test control: what the client and GUI tests sign in to.
std::unique_ptr<PrefServer> startDemoServer();

// Writes a --data file in the documented format:
// {"users": users, "preferences": preferences}.
bool writeServerData(const QString &fileName, const Json &users, const Json &preferences);

// The value of a header of a recorded request (names compare case-insensitively).
QByteArray header(const RecordedRequest &request, const QByteArray &name);

// The requests the server got for path, in the order it got them: of any
// method, or of one method.
QList<RecordedRequest> requestsTo(const PrefServer &server, const QString &path);
QList<RecordedRequest> requestsTo(
    const PrefServer &server, const QByteArray &method, const QString &path);

// How many of those carried bodyContains in their body (any body if empty).
int countRequests(const PrefServer &server, const QByteArray &method, const QString &path,
    const QByteArray &bodyContains = {});
