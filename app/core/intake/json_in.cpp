#include "intake/json_in.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace wegwijs::intake {

std::string JsonIn::Path(const std::string& path, const std::string& key) {
    std::string out = path + "/";
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string JsonIn::Short(const nlohmann::json& v) {
    std::string s = v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (s.size() > 60) s = s.substr(0, 57) + "...";
    return s;
}

bool JsonIn::Fields(const nlohmann::json& j, const std::string& path, std::initializer_list<const char*> required,
                    std::initializer_list<const char*> optional) {
    auto list = [&] {
        std::string names;
        for (const char* f : required) names += (names.empty() ? "" : ", ") + std::string(f);
        for (const char* f : optional) names += (names.empty() ? "" : ", ") + std::string(f);
        return names;
    };
    if (!j.is_object()) {
        Problem(path, "must be an object (" + list() + "), not " + Short(j));
        return false;
    }
    bool fine = true;
    for (const char* f : required)
        if (!j.contains(f)) {
            Problem(Path(path, f), "missing");
            fine = false;
        }
    for (auto it = j.begin(); it != j.end(); ++it) {
        auto known = [&](std::initializer_list<const char*> names) {
            return std::any_of(names.begin(), names.end(), [&](const char* n) { return it.key() == n; });
        };
        if (!known(required) && !known(optional)) {
            Problem(Path(path, it.key()), "unknown field \"" + it.key() + "\" (known: " + list() + ")");
            fine = false;
        }
    }
    return fine;
}

template <>
std::optional<std::string> JsonIn::As<std::string>(const nlohmann::json& v, const std::string& path) {
    if (v.is_string()) return v.get<std::string>();
    Problem(path, "must be a text, not " + Short(v));
    return std::nullopt;
}

template <>
std::optional<bool> JsonIn::As<bool>(const nlohmann::json& v, const std::string& path) {
    if (v.is_boolean()) return v.get<bool>();
    Problem(path, "must be true or false, not " + Short(v));
    return std::nullopt;
}

template <>
std::optional<int> JsonIn::As<int>(const nlohmann::json& v, const std::string& path) {
    if (v.is_number_integer() && v.get<int64_t>() >= std::numeric_limits<int>::min() &&
        v.get<int64_t>() <= std::numeric_limits<int>::max())
        return static_cast<int>(v.get<int64_t>());
    Problem(path, "must be a whole number, not " + Short(v));
    return std::nullopt;
}

template <>
std::optional<double> JsonIn::As<double>(const nlohmann::json& v, const std::string& path) {
    if (v.is_number() && std::isfinite(v.get<double>())) return v.get<double>();
    Problem(path, "must be a number, not " + Short(v));
    return std::nullopt;
}

template <>
std::optional<Date> JsonIn::As<Date>(const nlohmann::json& v, const std::string& path) {
    if (v.is_string())
        if (auto d = ParseIsoDate(v.get<std::string>())) return d;
    Problem(path, "must be a date, \"YYYY-MM-DD\", not " + Short(v));
    return std::nullopt;
}

template <>
std::optional<std::vector<std::string>> JsonIn::As<std::vector<std::string>>(const nlohmann::json& v,
                                                                                const std::string& path) {
    if (v.is_array() && std::all_of(v.begin(), v.end(), [](const nlohmann::json& x) { return x.is_string(); }))
        return v.get<std::vector<std::string>>();
    Problem(path, "must be a list of texts, not " + Short(v));
    return std::nullopt;
}

}  // namespace wegwijs::intake
