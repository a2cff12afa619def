// Reading typed values out of JSON for the FromJson readers (the summary, the
// calculators' results): a missing field, an unknown field or a value of the
// wrong type is a problem naming the file, the JSON path (/answers/age_band)
// and what was expected, so a gemeente can see what a broken document lacks.
//
//   JsonIn in("summary.json", problems);
//   if (in.Fields(j, "", {"role", "created"}, {"topics_own_words"})) {
//       auto role = in.Get<std::string>(j, "", "role");   // nullopt: absent or wrong (reported)
//       auto day = in.Get<Date>(j, "", "created");
//   }
#pragma once
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/problems.h"

namespace wegwijs::intake {

class JsonIn {
public:
    JsonIn(std::string file, Problems& problems) : file_(std::move(file)), problems_(problems), start_(problems.size()) {}

    // `path` + "/" + key, escaped as a JSON pointer.
    static std::string Path(const std::string& path, const std::string& key);
    static std::string Path(const std::string& path, size_t index) { return path + "/" + std::to_string(index); }

    void Problem(const std::string& path, const std::string& message) { problems_.Add(file_, path, message); }
    // No problem reported through this reader (or anyone else) since it was made.
    bool ok() const { return problems_.size() == start_; }
    // Problems so far: compare before and after reading a part.
    size_t count() const { return problems_.size(); }

    // `j` must be an object holding every required field and nothing but the
    // required and optional ones; false (reported) otherwise.
    bool Fields(const nlohmann::json& j, const std::string& path, std::initializer_list<const char*> required,
                std::initializer_list<const char*> optional = {});

    // The value itself: std::string, bool, int (a whole number), double (any
    // number), Date ("YYYY-MM-DD"), std::vector<std::string>.
    template <typename T>
    std::optional<T> As(const nlohmann::json& v, const std::string& path);
    // obj[key], if present (absence is Fields' to report).
    template <typename T>
    std::optional<T> Get(const nlohmann::json& obj, const std::string& path, const char* key) {
        if (!obj.is_object() || !obj.contains(key)) return std::nullopt;
        return As<T>(obj.at(key), Path(path, key));
    }
    // obj[key] into `out` when present and of the right type.
    template <typename T>
    void Read(const nlohmann::json& obj, const std::string& path, const char* key, T& out) {
        if (auto v = Get<T>(obj, path, key)) out = std::move(*v);
    }
    // An array: each item read by `item(value, path)`; false if not an array.
    template <typename F>
    bool Each(const nlohmann::json& obj, const std::string& path, const char* key, F&& item) {
        if (!obj.is_object() || !obj.contains(key)) return false;
        const std::string where = Path(path, key);
        const auto& a = obj.at(key);
        if (!a.is_array()) {
            Problem(where, "must be a list, not " + Short(a));
            return false;
        }
        for (size_t i = 0; i < a.size(); ++i) item(a[i], Path(where, i));
        return true;
    }

    // A value shown in a message: its JSON, shortened.
    static std::string Short(const nlohmann::json& v);

private:
    std::string file_;
    Problems& problems_;
    size_t start_;
};

template <> std::optional<std::string> JsonIn::As<std::string>(const nlohmann::json&, const std::string&);
template <> std::optional<bool> JsonIn::As<bool>(const nlohmann::json&, const std::string&);
template <> std::optional<int> JsonIn::As<int>(const nlohmann::json&, const std::string&);
template <> std::optional<double> JsonIn::As<double>(const nlohmann::json&, const std::string&);
template <> std::optional<Date> JsonIn::As<Date>(const nlohmann::json&, const std::string&);
template <>
std::optional<std::vector<std::string>> JsonIn::As<std::vector<std::string>>(const nlohmann::json&, const std::string&);

}  // namespace wegwijs::intake
