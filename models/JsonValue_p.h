#pragma once

// Private to prefcore: the node tree behind JsonValue.

#include "JsonValue.h"

#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// One immutable node. Children are shared between values (at(), value(),
// members() and the builders copy pointers, never subtrees).
struct JsonValue::Data
{
    using Node = std::shared_ptr<const Data>;
    using Member = std::pair<std::string, Node>;
    using Array = std::vector<Node>;
    using Object = std::vector<Member>; // in order, keys unique

    Type type = Type::Null;
    bool boolean = false;
    // String: the UTF-8 content (always valid UTF-8). Integer and Double: the
    // number exactly as written, valid JSON number syntax.
    std::variant<std::monostate, std::string, Array, Object> content;

    // What the node holds, or nothing (empty) when it holds something else.
    const std::string &text() const
    {
        static const std::string none;
        const auto *text = std::get_if<std::string>(&content);
        return text ? *text : none;
    }
    const Array &elements() const
    {
        static const Array none;
        const auto *elements = std::get_if<Array>(&content);
        return elements ? *elements : none;
    }
    const Object &members() const
    {
        static const Object none;
        const auto *members = std::get_if<Object>(&content);
        return members ? *members : none;
    }
};

struct JsonValueAccess
{
    using Data = JsonValue::Data;
    using Node = JsonValue::Data::Node;

    static const Node &node(const JsonValue &value) { return value.d; }
    static JsonValue fromNode(Node node) { return JsonValue(std::move(node)); }
    static const Node &nullNode()
    {
        static const auto node = std::make_shared<const JsonValue::Data>();
        return node;
    }
};
