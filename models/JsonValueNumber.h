#pragma once

// Private to prefcore: exact work on JSON number texts, never through double
// unless a double is asked for. Every function but isValid() expects a text
// that isValid() accepts.

#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>

namespace JsonValueNumber {

// Exactly the JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isValid(std::string_view text);
// No '.', 'e' or 'E': an integer, whatever its size.
bool isIntegerSyntax(std::string_view text);

// The same value as exact decimals: "1.0" == "1" == "1E+0", "-0.0" == "0",
// "0.10" == "0.1", but "0.1000000000000000055511151231257827" != "0.1".
bool equal(std::string_view a, std::string_view b);

// The exact value when it is an integer that fits, else nothing.
std::optional<qint64> toInt64(std::string_view text);
// Integer syntax from 0 to 2^64-1 ("-0" included), else nothing.
std::optional<quint64> toUInt64(std::string_view text);
// The nearest double; infinity beyond its range, zero below it.
double toDouble(std::string_view text);
// toDouble() in its shortest round-trip digits has the same value as the
// text: a double can stand for the number without loss.
bool survivesDouble(std::string_view text);

std::string fromInt64(qint64 value);
std::string fromUInt64(quint64 value);

} // namespace JsonValueNumber
