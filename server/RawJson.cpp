#include "RawJson.h"

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size() && isSpace(text.at(pos)))
        ++pos;
    return pos;
}

// Leading whitespace and the UTF-8 byte order mark that nlohmann accepts.
qsizetype skipStart(QByteArrayView text)
{
    const qsizetype start = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    return skipSpace(text, start);
}

// pos is on the opening quote; returns the position after the closing one.
qsizetype skipString(QByteArrayView text, qsizetype pos)
{
    for (++pos; pos < text.size(); ++pos) {
        if (text.at(pos) == '\\')
            ++pos;
        else if (text.at(pos) == '"')
            return pos + 1;
    }
    return text.size();
}

// pos is on the first character of a value; returns the position after it.
qsizetype skipValue(QByteArrayView text, qsizetype pos)
{
    if (pos >= text.size())
        return pos;
    const char first = text.at(pos);
    if (first == '"')
        return skipString(text, pos);
    if (first != '{' && first != '[') {
        while (pos < text.size() && !isSpace(text.at(pos)) && text.at(pos) != ',' &&
            text.at(pos) != ']' && text.at(pos) != '}')
            ++pos;
        return pos;
    }
    int depth = 0;
    while (pos < text.size()) {
        const char c = text.at(pos);
        if (c == '"') {
            pos = skipString(text, pos);
            continue;
        }
        ++pos;
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return pos;
    }
    return pos;
}

// Calls visit(keyText, valueText) for each member of an object, or
// visit({}, elementText) for each element of an array; stops when it
// returns false.
template<typename Visit> void forEachItem(QByteArrayView text, char open, Visit visit)
{
    qsizetype pos = skipStart(text);
    if (pos >= text.size() || text.at(pos) != open)
        return;
    const char close = open == '{' ? '}' : ']';
    pos = skipSpace(text, pos + 1);
    while (pos < text.size() && text.at(pos) != close) {
        QByteArrayView key;
        if (open == '{') {
            const qsizetype keyEnd = skipString(text, pos);
            key = text.sliced(pos, keyEnd - pos);
            pos = skipSpace(text, keyEnd);
            if (pos >= text.size() || text.at(pos) != ':')
                return;
            pos = skipSpace(text, pos + 1);
        }
        const qsizetype valueEnd = skipValue(text, pos);
        if (valueEnd == pos || !visit(key, text.sliced(pos, valueEnd - pos)))
            return;
        pos = skipSpace(text, valueEnd);
        if (pos < text.size() && text.at(pos) == ',')
            pos = skipSpace(text, pos + 1);
    }
}

void dumpTo(QByteArray &out, const Json &node, int indent, int level)
{
    if (RawJson::isFragment(node)) {
        out += RawJson::text(node);
        return;
    }
    const bool isObject = node.is_object();
    if ((!isObject && !node.is_array()) || node.empty()) {
        out += QByteArray::fromStdString(node.dump());
        return;
    }
    const QByteArray inner =
        indent < 0 ? QByteArray() : '\n' + QByteArray(qsizetype(indent) * (level + 1), ' ');
    out += isObject ? '{' : '[';
    bool first = true;
    for (auto it = node.cbegin(); it != node.cend(); ++it) {
        if (!first)
            out += ',';
        first = false;
        out += inner;
        if (isObject) {
            out += QByteArray::fromStdString(Json(it.key()).dump());
            out += indent < 0 ? ":" : ": ";
        }
        dumpTo(out, it.value(), indent, level + 1);
    }
    if (indent >= 0)
        out += '\n' + QByteArray(qsizetype(indent) * level, ' ');
    out += isObject ? '}' : ']';
}

} // namespace

namespace RawJson {

QByteArray compact(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    qsizetype pos = 0;
    while (pos < json.size()) {
        const char c = json.at(pos);
        if (c == '"') {
            const qsizetype end = skipString(json, pos);
            out += json.sliced(pos, end - pos);
            pos = end;
            continue;
        }
        if (!isSpace(c))
            out += c;
        ++pos;
    }
    return out;
}

std::optional<QByteArrayView> member(QByteArrayView object, const std::string &key)
{
    std::optional<QByteArrayView> found;
    forEachItem(object, '{', [&](QByteArrayView keyText, QByteArrayView value) {
        const Json parsed = Json::parse(keyText.begin(), keyText.end(), nullptr, false);
        if (parsed.is_string() && parsed.get_ref<const std::string &>() == key)
            found = value;
        return !found;
    });
    return found;
}

QList<QByteArrayView> elements(QByteArrayView array)
{
    QList<QByteArrayView> result;
    forEachItem(array, '[', [&](QByteArrayView, QByteArrayView element) {
        result.append(element);
        return true;
    });
    return result;
}

Json fragment(const QByteArray &json)
{
    return Json::binary(Json::binary_t::container_type(json.cbegin(), json.cend()));
}

bool isFragment(const Json &node)
{
    return node.is_binary();
}

QByteArray text(const Json &node)
{
    if (!node.is_binary())
        return QByteArray::fromStdString(node.dump());
    const auto &bytes = node.get_binary();
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

QByteArray dump(const Json &json, int indent)
{
    QByteArray out;
    dumpTo(out, json, indent, 0);
    return out;
}

} // namespace RawJson
