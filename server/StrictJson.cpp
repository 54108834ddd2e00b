#include "StrictJson.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace {

struct RefusedJson
{
    std::string message;
};

QString withoutExceptionPrefix(const char *what)
{
    // "[json.exception.parse_error.101] parse error at ..." -> "parse error at ..."
    QString text = QString::fromUtf8(what);
    if (text.startsWith(u'[')) {
        const qsizetype end = text.indexOf(QLatin1String("] "));
        if (end > 0)
            text = text.mid(end + 2);
    }
    return text;
}

} // namespace

namespace StrictJson {

Result parse(const QByteArray &bytes, int maxDepth)
{
    std::vector<std::unordered_set<std::string>> openObjects;
    const auto check = [&](int depth, Json::parse_event_t event, Json &parsed) {
        switch (event) {
        case Json::parse_event_t::object_start:
            if (depth >= maxDepth)
                throw RefusedJson {"nesting deeper than " + std::to_string(maxDepth) + " levels"};
            openObjects.emplace_back();
            break;
        case Json::parse_event_t::array_start:
            if (depth >= maxDepth)
                throw RefusedJson {"nesting deeper than " + std::to_string(maxDepth) + " levels"};
            break;
        case Json::parse_event_t::key:
            if (!openObjects.empty() && parsed.is_string() &&
                !openObjects.back().insert(parsed.get_ref<const std::string &>()).second)
                throw RefusedJson {"duplicate object key \"" + parsed.get<std::string>() + "\""};
            break;
        case Json::parse_event_t::object_end:
            if (!openObjects.empty())
                openObjects.pop_back();
            break;
        default:
            break;
        }
        return true;
    };

    Result result;
    try {
        result.value = Json::parse(bytes.cbegin(), bytes.cend(), check);
        result.ok = true;
    } catch (const RefusedJson &refused) {
        result.error =
            QStringLiteral("JSON parse error - %1").arg(QString::fromStdString(refused.message));
    } catch (const Json::exception &error) {
        result.error =
            QStringLiteral("JSON parse error - %1").arg(withoutExceptionPrefix(error.what()));
    } catch (const std::exception &error) {
        result.error = QStringLiteral("JSON parse error - %1").arg(QString::fromUtf8(error.what()));
    }
    return result;
}

} // namespace StrictJson
