// Small helpers shared by the endpoint classes: JSON replies in the style of
// Django REST framework, content types, conversions and timestamps.
#pragma once

#include "HttpMessage.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <string>

using Json = nlohmann::ordered_json;

namespace HttpHelpers {

// The body compact, with RawJson fragments written verbatim.
HttpReply jsonReply(int status, const Json &body);
// {"detail": "..."}
HttpReply detailReply(int status, const QString &detail);
// {"field": ["message"]}
HttpReply fieldErrorReply(const QString &field, const QString &message);
HttpReply emptyReply(int status);
HttpReply htmlReply(int status, const QByteArray &html);
HttpReply notFoundReply();

QByteArray reasonPhrase(int status);
// The whole HTTP/1.1 response. A HEAD answer keeps Content-Length but drops the body.
QByteArray serialize(const HttpReply &reply, bool headRequest, bool closeConnection);

// "application/json; charset=utf-8" -> "application/json"
QByteArray mediaType(const QByteArray &contentType);
bool isJsonMediaType(const QByteArray &contentType);

// The body of an application/x-www-form-urlencoded request ('+' is a space).
QUrlQuery parseForm(const QByteArray &body);

std::string toStd(const QString &text);
QString fromStd(const std::string &text);

// "2026-11-27T10:01:02.345Z"
QString isoTimestamp(qint64 msecsSinceEpoch);
// Accepts what isoTimestamp writes (and other ISO 8601 forms); -1 when invalid.
qint64 parseTimestamp(const QString &text);

// Random string of letters and digits, as OAuth toolkits generate them.
QString randomToken(int length);

} // namespace HttpHelpers
