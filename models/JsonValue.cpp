#include "JsonValue.h"
#include "JsonValueNumber.h"
#include "JsonValue_p.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

using Data = JsonValueAccess::Data;
using Node = JsonValueAccess::Node;

namespace {

std::string toStd(const QString &text)
{
    return text.toStdString(); // UTF-8; lone surrogates become U+FFFD
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

JsonValue make(JsonValue::Type type, std::string text)
{
    auto node = std::make_shared<Data>();
    node->type = type;
    node->content = std::move(text);
    return JsonValueAccess::fromNode(std::move(node));
}

JsonValue makeNumber(std::string text)
{
    const auto type =
        JsonValueNumber::isIntegerSyntax(text) ? JsonValue::Type::Integer : JsonValue::Type::Double;
    return make(type, std::move(text));
}

bool holdsNumber(const Data &data)
{
    return data.type == JsonValue::Type::Integer || data.type == JsonValue::Type::Double;
}

// ---------------------------------------------------------------------------
// Serialization, in nlohmann's dump() format: compact without spaces, pretty
// with 2-space indentation, "key": value and {} or [] when empty; strings
// escaped as dump(-1, ' ', false, error_handler_t::replace) does for valid
// UTF-8 (which every string here is).

void writeString(QByteArray &out, const std::string &text)
{
    out += '"';
    const char *run = text.data();
    const char *const end = run + text.size();
    for (const char *p = run; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", unsigned(c));
            out.append(escape, 6);
        }
        }
    }
    out.append(run, end - run);
    out += '"';
}

void write(QByteArray &out, const Data &data, bool pretty, int indent);

void newLine(QByteArray &out, bool pretty, int indent)
{
    if (pretty) {
        out += '\n';
        out.append(indent, ' ');
    }
}

void writeArray(QByteArray &out, const Data::Array &elements, bool pretty, int indent)
{
    if (elements.empty()) {
        out += "[]";
        return;
    }
    out += '[';
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (i > 0)
            out += ',';
        newLine(out, pretty, indent + 2);
        write(out, *elements[i], pretty, indent + 2);
    }
    newLine(out, pretty, indent);
    out += ']';
}

void writeObject(QByteArray &out, const Data::Object &members, bool pretty, int indent)
{
    if (members.empty()) {
        out += "{}";
        return;
    }
    out += '{';
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += ',';
        newLine(out, pretty, indent + 2);
        writeString(out, members[i].first);
        out += pretty ? ": " : ":";
        write(out, *members[i].second, pretty, indent + 2);
    }
    newLine(out, pretty, indent);
    out += '}';
}

void write(QByteArray &out, const Data &data, bool pretty, int indent)
{
    switch (data.type) {
    case JsonValue::Type::Null:
        out += "null";
        return;
    case JsonValue::Type::Boolean:
        out += data.boolean ? "true" : "false";
        return;
    case JsonValue::Type::Integer:
    case JsonValue::Type::Double: {
        const std::string &text = data.text();
        out.append(text.data(), qsizetype(text.size()));
        return;
    }
    case JsonValue::Type::String:
        writeString(out, data.text());
        return;
    case JsonValue::Type::Array:
        writeArray(out, data.elements(), pretty, indent);
        return;
    case JsonValue::Type::Object:
        writeObject(out, data.members(), pretty, indent);
        return;
    }
}

// ---------------------------------------------------------------------------
// Comparison

bool equalByMeaning(const Data &a, const Data &b);

// Two objects of the same size, members in any order.
bool objectsEqualByMeaning(const Data::Object &x, const Data::Object &y)
{
    if (x.size() <= 16) {
        for (std::size_t i = 0; i < x.size(); ++i) {
            const Data::Member &member = x[i];
            // Most often in the same place.
            auto it = y.begin() + std::ptrdiff_t(i);
            if (it->first != member.first) {
                it = std::find_if(y.begin(), y.end(),
                    [&member](const Data::Member &other) { return other.first == member.first; });
            }
            if (it == y.end() || !equalByMeaning(*member.second, *it->second))
                return false;
        }
        return true;
    }
    std::unordered_map<std::string_view, const Data *> index;
    index.reserve(y.size());
    for (const auto &member : y)
        index.emplace(member.first, member.second.get());
    for (const auto &member : x) {
        const auto it = index.find(member.first);
        if (it == index.end() || !equalByMeaning(*member.second, *it->second))
            return false;
    }
    return true;
}

using NodeEquality = bool (*)(const Data &a, const Data &b);
// Compares two objects of the same size.
using ObjectEquality = bool (*)(const Data::Object &x, const Data::Object &y);

// What equalByMeaning() and identical() share, for everything but two
// numbers of different text: the same type, arrays element by element with
// equal, objects with objectsEqual, scalars by their text.
bool sameStructure(const Data &a, const Data &b, NodeEquality equal, ObjectEquality objectsEqual)
{
    if (&a == &b)
        return true;
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case JsonValue::Type::Null:
        return true;
    case JsonValue::Type::Boolean:
        return a.boolean == b.boolean;
    case JsonValue::Type::Integer:
    case JsonValue::Type::Double:
    case JsonValue::Type::String:
        return a.text() == b.text();
    case JsonValue::Type::Array: {
        const Data::Array &x = a.elements();
        const Data::Array &y = b.elements();
        return x.size() == y.size() &&
            std::equal(x.begin(), x.end(), y.begin(),
                [equal](const Node &p, const Node &q) { return equal(*p, *q); });
    }
    case JsonValue::Type::Object:
        return a.members().size() == b.members().size() && objectsEqual(a.members(), b.members());
    }
    return false;
}

bool equalByMeaning(const Data &a, const Data &b)
{
    if (&a != &b && holdsNumber(a) && holdsNumber(b))
        return JsonValueNumber::equal(a.text(), b.text());
    return sameStructure(a, b, equalByMeaning, objectsEqualByMeaning);
}

bool identical(const Data &a, const Data &b);

// Members in the same order.
bool objectsIdentical(const Data::Object &x, const Data::Object &y)
{
    return std::equal(
        x.begin(), x.end(), y.begin(), [](const Data::Member &p, const Data::Member &q) {
            return p.first == q.first && identical(*p.second, *q.second);
        });
}

// The same text: members in the same order, numbers written the same way.
bool identical(const Data &a, const Data &b)
{
    return sameStructure(a, b, identical, objectsIdentical);
}

} // namespace

// ---------------------------------------------------------------------------

JsonValue::JsonValue()
    : d(JsonValueAccess::nullNode())
{ }

JsonValue::JsonValue(std::shared_ptr<const Data> data)
    : d(std::move(data))
{ }

JsonValue JsonValue::fromBool(bool value)
{
    auto node = std::make_shared<Data>();
    node->type = Type::Boolean;
    node->boolean = value;
    return JsonValue(std::move(node));
}

JsonValue JsonValue::fromInteger(qint64 value)
{
    return make(Type::Integer, JsonValueNumber::fromInt64(value));
}

JsonValue JsonValue::fromUnsigned(quint64 value)
{
    return make(Type::Integer, JsonValueNumber::fromUInt64(value));
}

JsonValue JsonValue::fromDouble(double value)
{
    if (!std::isfinite(value))
        return {};
    // nlohmann's shortest round-trip form, ".0" added to integral values.
    return makeNumber(nlohmann::json(value).dump());
}

JsonValue JsonValue::fromString(const QString &value)
{
    return make(Type::String, toStd(value));
}

std::optional<JsonValue> JsonValue::fromNumberText(const QString &text)
{
    std::string ascii;
    ascii.reserve(std::size_t(text.size()));
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return std::nullopt;
        ascii += char(c.unicode());
    }
    if (!JsonValueNumber::isValid(ascii))
        return std::nullopt;
    return makeNumber(std::move(ascii));
}

JsonValue::Type JsonValue::type() const
{
    return d->type;
}

QString JsonValue::typeName() const
{
    return typeName(type());
}

QString JsonValue::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return tr("null");
    case Type::Boolean:
        return tr("boolean");
    case Type::Integer:
        return tr("integer");
    case Type::Double:
        return tr("number");
    case Type::String:
        return tr("string");
    case Type::Array:
        return tr("array");
    case Type::Object:
        return tr("object");
    }
    return {};
}

bool JsonValue::toBool(bool defaultValue) const
{
    return d->type == Type::Boolean ? d->boolean : defaultValue;
}

qint64 JsonValue::toInteger(qint64 defaultValue) const
{
    if (!holdsNumber(*d))
        return defaultValue;
    return JsonValueNumber::toInt64(d->text()).value_or(defaultValue);
}

quint64 JsonValue::toUnsigned(quint64 defaultValue) const
{
    if (d->type != Type::Integer)
        return defaultValue;
    return JsonValueNumber::toUInt64(d->text()).value_or(defaultValue);
}

double JsonValue::toDouble(double defaultValue) const
{
    return holdsNumber(*d) ? JsonValueNumber::toDouble(d->text()) : defaultValue;
}

QByteArray JsonValue::numberText() const
{
    return holdsNumber(*d) ? QByteArray(d->text().data(), qsizetype(d->text().size()))
                           : QByteArray();
}

bool JsonValue::isExactInDouble() const
{
    return holdsNumber(*d) && JsonValueNumber::survivesDouble(d->text());
}

QString JsonValue::toString(const QString &defaultValue) const
{
    return d->type == Type::String ? fromStd(d->text()) : defaultValue;
}

qsizetype JsonValue::size() const
{
    if (d->type == Type::Array)
        return qsizetype(d->elements().size());
    if (d->type == Type::Object)
        return qsizetype(d->members().size());
    return 0;
}

JsonValue JsonValue::at(qsizetype index) const
{
    if (d->type != Type::Array || index < 0 || index >= qsizetype(d->elements().size()))
        return {};
    return JsonValue(d->elements()[std::size_t(index)]);
}

QStringList JsonValue::keys() const
{
    QStringList result;
    result.reserve(qsizetype(d->members().size()));
    for (const auto &member : d->members())
        result.append(fromStd(member.first));
    return result;
}

bool JsonValue::contains(const QString &key) const
{
    const std::string k = toStd(key);
    return std::any_of(d->members().begin(), d->members().end(),
        [&k](const Data::Member &member) { return member.first == k; });
}

JsonValue JsonValue::value(const QString &key) const
{
    const std::string k = toStd(key);
    for (const auto &member : d->members()) {
        if (member.first == k)
            return JsonValue(member.second);
    }
    return {};
}

QList<std::pair<QString, JsonValue>> JsonValue::members() const
{
    QList<std::pair<QString, JsonValue>> result;
    result.reserve(qsizetype(d->members().size()));
    for (const auto &member : d->members())
        result.append({fromStd(member.first), JsonValue(member.second)});
    return result;
}

QList<JsonValue> JsonValue::elements() const
{
    QList<JsonValue> result;
    result.reserve(qsizetype(d->elements().size()));
    for (const auto &element : d->elements())
        result.append(JsonValue(element));
    return result;
}

JsonValue JsonValue::object()
{
    auto node = std::make_shared<Data>();
    node->type = Type::Object;
    node->content = Data::Object();
    return JsonValue(std::move(node));
}

JsonValue JsonValue::array()
{
    auto node = std::make_shared<Data>();
    node->type = Type::Array;
    node->content = Data::Array();
    return JsonValue(std::move(node));
}

JsonValue JsonValue::inserted(const QString &key, const JsonValue &value) const
{
    if (d->type != Type::Object && d->type != Type::Null)
        return *this;
    Data::Object members = d->members(); // shares the member values
    std::string k = toStd(key);
    const auto it = std::find_if(members.begin(), members.end(),
        [&k](const Data::Member &member) { return member.first == k; });
    if (it != members.end())
        it->second = value.d; // replaces in place
    else
        members.emplace_back(std::move(k), value.d);
    auto node = std::make_shared<Data>();
    node->type = Type::Object;
    node->content = std::move(members);
    return JsonValue(std::move(node));
}

JsonValue JsonValue::appended(const JsonValue &value) const
{
    if (d->type != Type::Array && d->type != Type::Null)
        return *this;
    Data::Array elements;
    elements.reserve(d->elements().size() + 1);
    elements = d->elements(); // shares the elements
    elements.push_back(value.d);
    auto node = std::make_shared<Data>();
    node->type = Type::Array;
    node->content = std::move(elements);
    return JsonValue(std::move(node));
}

std::optional<JsonValue> JsonValue::fromMembers(const QList<std::pair<QString, JsonValue>> &members)
{
    Data::Object object;
    object.reserve(std::size_t(members.size())); // no reallocation: the views below stay valid
    std::unordered_set<std::string_view> keys;
    keys.reserve(std::size_t(members.size()));
    for (const auto &[key, value] : members) {
        object.emplace_back(toStd(key), value.d);
        if (!keys.insert(object.back().first).second)
            return std::nullopt;
    }
    auto node = std::make_shared<Data>();
    node->type = Type::Object;
    node->content = std::move(object);
    return JsonValue(std::move(node));
}

JsonValue JsonValue::fromElements(const QList<JsonValue> &elements)
{
    Data::Array array;
    array.reserve(std::size_t(elements.size()));
    for (const JsonValue &element : elements)
        array.push_back(element.d);
    auto node = std::make_shared<Data>();
    node->type = Type::Array;
    node->content = std::move(array);
    return JsonValue(std::move(node));
}

QByteArray JsonValue::toJson(Format format) const
{
    QByteArray out;
    write(out, *d, format == Format::Pretty, 0);
    return out;
}

QString JsonValue::toCompactString() const
{
    return QString::fromUtf8(toJson(Format::Compact));
}

QString JsonValue::toPrettyString() const
{
    return QString::fromUtf8(toJson(Format::Pretty));
}

bool JsonValue::operator==(const JsonValue &other) const
{
    return equalByMeaning(*d, *other.d);
}

bool JsonValue::isIdenticalTo(const JsonValue &other) const
{
    return identical(*d, *other.d);
}
