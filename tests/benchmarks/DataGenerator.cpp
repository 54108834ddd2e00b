#include "DataGenerator.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <random>
#include <string>

using Json = nlohmann::ordered_json;

namespace {

const char *const Words[] = {"sourdough", "trail", "running", "Dolomiti", "autunno", "caffè",
    "editor", "theme", "digest", "weekly", "notifiche", "✓ done", "layout", "panel", "sidebar",
    "font", "spellcheck", "draft"};

std::string word(std::mt19937 &random)
{
    return Words[random() % (sizeof(Words) / sizeof(Words[0]))];
}

// About 10 KB: a list of recent documents with some nesting.
Json largeValue(std::mt19937 &random, int index)
{
    Json documents = Json::array();
    for (int i = 0; i < 60; ++i) {
        documents.push_back(Json {{"id", 9000000000000000000ULL + std::uint64_t(index) * 100 + i},
            {"title", word(random) + " " + word(random) + " " + std::to_string(i)},
            {"opened_at", "2024-05-0" + std::to_string(1 + i % 9) + "T10:00:00Z"},
            {"pinned", i % 7 == 0},
            {"cursor", Json {{"line", random() % 5000}, {"column", random() % 120}}},
            {"tags", Json::array({word(random), word(random)})}});
    }
    return Json {{"version", 3}, {"documents", std::move(documents)}, {"note", "recent documents"}};
}

Json smallValue(std::mt19937 &random, int index)
{
    switch (index % 9) {
    case 0:
        return word(random);
    case 1:
        return int(random() % 100000) - 50000;
    case 2:
        return (random() % 2) == 0;
    case 3:
        return nullptr;
    case 4:
        return double(random() % 1000) / 8.0;
    case 5:
        return Json {{"enabled", true}, {"languages", Json::array({"en-GB", "it-IT"})},
            {"level", index % 5}};
    case 6:
        return Json::array({word(random), word(random), word(random)});
    case 7:
        return 9223372036854775807LL - index; // message ids near the 64-bit limit
    default:
        return Json {{"email", false}, {"push", true}, {"digest", "weekly"},
            {"channels", Json::array({"mentions", "replies"})},
            {"quiet_hours", Json {{"from", "22:00"}, {"to", "07:00"}}}};
    }
}

} // namespace

bool DataGenerator::write(const QString &fileName, int count, QString *error)
{
    std::mt19937 random(20240501);
    Json users = Json::array();
    users.push_back(Json {{"id", 2}, {"username", "alice"}, {"password", "alice"},
        {"real_name", "Alice Bianchi"}, {"email", "alice@community.example.org"},
        {"role", nullptr}});
    Json preferences = Json::array();
    for (int i = 1; i <= count; ++i) {
        // 2% large: every 50th preference.
        const bool large = i % 50 == 25;
        preferences.push_back(Json {{"id", i}, {"user_id", 2},
            {"key", "pref." + word(random) + "." + std::to_string(i)},
            {"value", large ? largeValue(random, i) : smallValue(random, i)}});
    }
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const std::string text = Json {{"users", users}, {"preferences", preferences}}.dump();
    if (file.write(text.data(), qint64(text.size())) != qint64(text.size())) {
        *error = file.errorString();
        return false;
    }
    return true;
}
