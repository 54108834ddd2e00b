// JSON kept as the text it arrived in. Preference values are stored as their
// compact source text, so every number and string token comes back byte for
// byte (123456789012345678901234567890, 1E+2, -0.0, "\u00e9"), which a parsed
// value would not guarantee.
//
// The scanning functions expect text that StrictJson::parse accepted; they
// never read out of bounds on other input, but their result is then
// meaningless.
//
// To answer with stored text, a Json tree carries it as a fragment: a binary
// node, which parsing JSON text never produces. RawJson::dump writes a
// fragment verbatim; Json::dump would not, so answers go through
// HttpHelpers::jsonReply, which uses RawJson::dump.
#pragma once

#include "HttpHelpers.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>
#include <string>

namespace RawJson {

// The same JSON without insignificant whitespace; every token unchanged.
QByteArray compact(QByteArrayView json);

// The text of the member `key` of the JSON object `object` (keys compare
// after unescaping), or nullopt when there is none.
std::optional<QByteArrayView> member(QByteArrayView object, const std::string &key);
// The text of each element of the JSON array `array`.
QList<QByteArrayView> elements(QByteArrayView array);

// A node that RawJson::dump writes as `json`, which must be valid JSON text.
Json fragment(const QByteArray &json);
bool isFragment(const Json &node);
// The text of a fragment, or the compact serialization of any other node.
QByteArray text(const Json &node);

// Like Json::dump (indent < 0: compact), fragments spliced in verbatim.
QByteArray dump(const Json &json, int indent = -1);

} // namespace RawJson
