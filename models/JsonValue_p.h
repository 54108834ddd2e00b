#pragma once

// Private to prefcore: the nlohmann representation behind JsonValue.

#include "JsonValue.h"

#include <nlohmann/json.hpp>

struct JsonValue::Data
{
    nlohmann::ordered_json json;
};

struct JsonValueAccess
{
    static const nlohmann::ordered_json &json(const JsonValue &value) { return value.d->json; }
    static const std::shared_ptr<const JsonValue::Data> &nullData()
    {
        static const auto data = std::make_shared<const JsonValue::Data>();
        return data;
    }
    static JsonValue fromJson(nlohmann::ordered_json json)
    {
        return JsonValue(
            std::make_shared<const JsonValue::Data>(JsonValue::Data {std::move(json)}));
    }
};
