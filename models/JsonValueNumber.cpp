#include "JsonValueNumber.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <system_error>

namespace JsonValueNumber {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string_view stripLeadingZeros(std::string_view digits)
{
    const auto first = digits.find_first_not_of('0');
    return first == std::string_view::npos ? std::string_view() : digits.substr(first);
}

// A signed integer of any size: its sign and its digits without leading
// zeros (none for zero, which is never negative).
struct BigInteger
{
    bool negative = false;
    std::string magnitude;

    bool operator==(const BigInteger &other) const
    {
        return negative == other.negative && magnitude == other.magnitude;
    }
};

int compareMagnitudes(const std::string &a, const std::string &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

std::string addMagnitudes(const std::string &a, const std::string &b)
{
    std::string sum;
    int carry = 0;
    auto i = a.size();
    auto j = b.size();
    while (i > 0 || j > 0 || carry) {
        int digit = carry;
        if (i > 0)
            digit += a[--i] - '0';
        if (j > 0)
            digit += b[--j] - '0';
        sum.insert(sum.begin(), char('0' + digit % 10));
        carry = digit / 10;
    }
    return sum;
}

// a >= b
std::string subtractMagnitudes(const std::string &a, const std::string &b)
{
    std::string difference(a.size(), '0');
    int borrow = 0;
    auto j = b.size();
    for (auto i = a.size(); i > 0; --i) {
        int digit = (a[i - 1] - '0') - borrow - (j > 0 ? b[--j] - '0' : 0);
        borrow = digit < 0;
        difference[i - 1] = char('0' + (digit + 10) % 10);
    }
    return std::string(stripLeadingZeros(difference));
}

BigInteger add(const BigInteger &a, const BigInteger &b)
{
    if (a.negative == b.negative)
        return {a.negative, addMagnitudes(a.magnitude, b.magnitude)};
    const int order = compareMagnitudes(a.magnitude, b.magnitude);
    if (order == 0)
        return {};
    if (order > 0)
        return {a.negative, subtractMagnitudes(a.magnitude, b.magnitude)};
    return {b.negative, subtractMagnitudes(b.magnitude, a.magnitude)};
}

BigInteger bigFrom(qint64 value)
{
    if (value == 0)
        return {};
    const bool negative = value < 0;
    const quint64 magnitude = negative ? 0 - quint64(value) : quint64(value);
    return {negative, fromUInt64(magnitude)};
}

// A number as digits x 10^(exponent + adjustment): sign, significant digits
// without leading or trailing zeros (none for zero), the exponent as
// written (its digits without leading zeros) and the shift that the decimal
// point and the trailing zeros add.
struct Decimal
{
    bool negative = false;
    std::string digits;
    bool exponentNegative = false;
    std::string_view exponentDigits;
    qint64 adjustment = 0;

    bool isZero() const { return digits.empty(); }
    // Exponents of up to 18 digits (and any adjustment, which the length
    // of a text bounds) add up in 64 bits.
    bool hasSmallExponent() const { return exponentDigits.size() <= 18; }
    qint64 smallExponent() const
    {
        qint64 value = 0;
        for (const char c : exponentDigits)
            value = value * 10 + (c - '0');
        return (exponentNegative ? -value : value) + adjustment;
    }
    BigInteger bigExponent() const
    {
        BigInteger written {
            exponentNegative && !exponentDigits.empty(), std::string(exponentDigits)};
        return add(written, bigFrom(adjustment));
    }
};

Decimal decompose(std::string_view text)
{
    Decimal result;
    std::size_t i = 0;
    if (i < text.size() && text[i] == '-') {
        result.negative = true;
        ++i;
    }
    const std::size_t integerStart = i;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    const std::string_view integerPart = text.substr(integerStart, i - integerStart);
    std::string_view fractionPart;
    if (i < text.size() && text[i] == '.') {
        const std::size_t fractionStart = ++i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        fractionPart = text.substr(fractionStart, i - fractionStart);
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            result.exponentNegative = text[i++] == '-';
        result.exponentDigits = stripLeadingZeros(text.substr(i));
    }

    std::string all;
    all.reserve(integerPart.size() + fractionPart.size());
    all.append(stripLeadingZeros(integerPart));
    if (all.empty())
        all.append(stripLeadingZeros(fractionPart));
    else
        all.append(fractionPart);
    const auto last = all.find_last_not_of('0');
    if (last == std::string::npos)
        return result; // zero, whatever its sign and exponent
    const auto trailingZeros = all.size() - 1 - last;
    all.resize(last + 1);
    result.digits = std::move(all);
    result.adjustment = qint64(trailingZeros) - qint64(fractionPart.size());
    return result;
}

bool sameExponent(const Decimal &a, const Decimal &b)
{
    if (a.hasSmallExponent() && b.hasSmallExponent())
        return a.smallExponent() == b.smallExponent();
    return a.bigExponent() == b.bigExponent();
}

} // namespace

bool isValid(std::string_view text)
{
    std::size_t i = 0;
    const auto digits = [&text, &i] {
        const std::size_t start = i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        return i > start;
    };
    if (i < text.size() && text[i] == '-')
        ++i;
    if (i < text.size() && text[i] == '0')
        ++i;
    else if (!(i < text.size() && text[i] >= '1' && text[i] <= '9' && digits()))
        return false;
    if (i < text.size() && text[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == text.size();
}

bool isIntegerSyntax(std::string_view text)
{
    return text.find_first_of(".eE") == std::string_view::npos;
}

bool equal(std::string_view a, std::string_view b)
{
    if (a == b)
        return true;
    if (isIntegerSyntax(a) && isIntegerSyntax(b)) {
        // Written without leading zeros: only "-0" has two spellings.
        const auto zero = [](std::string_view text) {
            return text == "0" || text == "-0";
        };
        return zero(a) && zero(b);
    }
    const Decimal x = decompose(a);
    const Decimal y = decompose(b);
    if (x.isZero() || y.isZero())
        return x.isZero() && y.isZero();
    return x.negative == y.negative && x.digits == y.digits && sameExponent(x, y);
}

std::optional<qint64> toInt64(std::string_view text)
{
    qint64 value = 0;
    if (isIntegerSyntax(text)) {
        const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
        if (result.ec != std::errc() || result.ptr != text.data() + text.size())
            return std::nullopt;
        return value;
    }
    const Decimal decimal = decompose(text);
    if (decimal.isZero())
        return 0;
    if (!decimal.hasSmallExponent())
        return std::nullopt;
    const qint64 exponent = decimal.smallExponent();
    if (exponent < 0 || qint64(decimal.digits.size()) + exponent > 19)
        return std::nullopt; // a fraction, or too large
    std::string integer = decimal.negative ? "-" : "";
    integer += decimal.digits;
    integer.append(std::size_t(exponent), '0');
    const auto result = std::from_chars(integer.data(), integer.data() + integer.size(), value);
    if (result.ec != std::errc())
        return std::nullopt;
    return value;
}

std::optional<quint64> toUInt64(std::string_view text)
{
    if (!isIntegerSyntax(text))
        return std::nullopt;
    if (text == "-0")
        return 0;
    quint64 value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

double toDouble(std::string_view text)
{
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec == std::errc())
        return value;
    // Out of range: too large (infinity, as strtod) or too small (zero).
    const Decimal decimal = decompose(text);
    if (decimal.isZero())
        return decimal.negative ? -0.0 : 0.0;
    bool tooLarge = false;
    if (decimal.hasSmallExponent())
        tooLarge = decimal.smallExponent() + qint64(decimal.digits.size()) > 0;
    else
        tooLarge = !decimal.bigExponent().negative;
    const double magnitude = tooLarge ? std::numeric_limits<double>::infinity() : 0.0;
    return decimal.negative ? -magnitude : magnitude;
}

bool survivesDouble(std::string_view text)
{
    if (isIntegerSyntax(text) && text.size() - (text.front() == '-' ? 1 : 0) <= 15)
        return true; // below 2^53
    const double value = toDouble(text);
    if (!std::isfinite(value))
        return false;
    // The shortest digits that read back as the same double. (2^64 written
    // out in full is exact in a double, but its shortest form,
    // 1.8446744073709552e+19, is another number: that does not survive.)
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    if (result.ec != std::errc())
        return false;
    return equal(std::string_view(buffer, std::size_t(result.ptr - buffer)), text);
}

std::string fromInt64(qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string fromUInt64(quint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

} // namespace JsonValueNumber
