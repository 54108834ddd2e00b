// libFuzzer target: JsonValue::parse, and the round trip through toJson.
//
// A value that parses must serialize (compact) to valid UTF-8 that parses
// again to a value that is equal (by meaning) and identical (same text
// order), and whose own serialization is the same bytes (a fixed point).
// The pretty form must parse back equal and identical too.

#include "FuzzSupport.h"

#include "JsonValue.h"

#include <cstddef>
#include <cstdint>

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = fuzzInit();
    Q_UNUSED(ready);

    const QByteArray input = fuzzBytes(data, size);
    JsonParseError error;
    const std::optional<JsonValue> value = JsonValue::parse(input, &error);
    if (!value) {
        FUZZ_CHECK(error.isValid(), input);
        FUZZ_CHECK(!error.message.isEmpty(), input);
        FUZZ_CHECK(error.offset >= 0 && error.offset <= input.size(), input);
        return 0;
    }
    FUZZ_CHECK(!error.isValid(), input);

    const QByteArray compact = value->toJson(JsonValue::Format::Compact);
    FUZZ_CHECK(isValidUtf8(compact), compact);
    JsonParseError again;
    const std::optional<JsonValue> reparsed = JsonValue::parse(compact, &again);
    FUZZ_CHECK(reparsed.has_value(), compact + " -> " + again.toString().toUtf8());
    FUZZ_CHECK(*reparsed == *value, input + " -> " + compact);
    FUZZ_CHECK(reparsed->isIdenticalTo(*value), input + " -> " + compact);
    FUZZ_CHECK(reparsed->type() == value->type(), input + " -> " + compact);
    const QByteArray compactAgain = reparsed->toJson(JsonValue::Format::Compact);
    FUZZ_CHECK(compactAgain == compact, compact + " -> " + compactAgain);
    FUZZ_CHECK(value->toCompactString() == QString::fromUtf8(compact), compact);

    const QByteArray pretty = value->toJson(JsonValue::Format::Pretty);
    FUZZ_CHECK(isValidUtf8(pretty), pretty);
    const std::optional<JsonValue> fromPretty = JsonValue::parse(pretty, &again);
    FUZZ_CHECK(fromPretty.has_value(), pretty + " -> " + again.toString().toUtf8());
    FUZZ_CHECK(*fromPretty == *value, input + " -> " + pretty);
    FUZZ_CHECK(fromPretty->isIdenticalTo(*value), input + " -> " + pretty);

    // Equality is symmetric and a value equals itself.
    FUZZ_CHECK(*value == *value && *value == *reparsed && *reparsed == *value, input);
    return 0;
}
