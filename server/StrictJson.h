// Parses request bodies into nlohmann::ordered_json, keeping key order and
// 64-bit integers exact, and refusing what a lenient parser would let pass:
// duplicate object keys and absurd nesting.
#pragma once

#include "HttpHelpers.h"

#include <QByteArray>
#include <QString>

namespace StrictJson {

constexpr int kMaxDepth = 256;

struct Result
{
    bool ok = false;
    Json value;
    QString error; // "JSON parse error - ..." when !ok
};

Result parse(const QByteArray &bytes, int maxDepth = kMaxDepth);

} // namespace StrictJson
