// Reading screens.json and flow.json into the model (content/model.h,
// flow/flow.h). Checks what one object can tell by itself: field names and
// types, catalog keys, fact and gemeente references. What needs the whole
// flow (next targets, reachability, conditions on answers) is flow/check.h.
#pragma once
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <map>
#include <string>
#include <vector>

#include "model/model.h"
#include "model/flow.h"
#include "base/problems.h"

namespace wegwijs {

class ContentParser {
public:
    ContentParser(const std::vector<std::string>& sorted_keys, const std::map<std::string, Fact>& facts,
                  const GemeenteProfile& gemeente, Problems& out)
        : keys_(sorted_keys), facts_(facts), gemeente_(gemeente), out_(out) {}

    // flow.json first: its roles are what role-specific texts may name.
    FlowSettings Settings(const std::string& file, const nlohmann::json& j);
    std::vector<Screen> Screens(const std::string& file, const nlohmann::json& j);

private:
    using json = nlohmann::json;

    Screen ParseScreen(const json& j, const std::string& where);
    Block ParseBlock(const json& j, const std::string& where);
    Question ParseQuestion(const json& j, const std::string& where);
    void ParseTypeFields(const json& j, const std::string& where, Question& q);
    Option ParseOption(const json& j, const std::string& where);
    std::vector<NextRule> ParseNext(const json& j, const std::string& where);
    std::optional<Condition> ParseCondition(const json& j, const std::string& where);
    std::optional<Date> DateOrFact(const json& v, const std::string& where);
    bool ParseAnswerTest(const json& j, const std::string& where, Condition& c);
    std::map<std::string, ArgSpec> ParseArgs(const json& j, const std::string& where);
    RouteRule ParseRule(const json& j, const std::string& where, const char* target_field);
    std::vector<Section> ParseSections(const json& j);

    // A catalog key field; `required` reports its absence.
    std::string Key(const json& obj, const char* field, const std::string& where, bool required);
    // A key or a per-role object of keys.
    RoleText RoleKey(const json& obj, const char* field, const std::string& where, bool required);
    std::string Text(const json& obj, const char* field, const std::string& where, bool required);
    std::vector<std::string> Roles(const json& obj, const std::string& where);
    json List(const json& obj, const char* field, const std::string& where);  // empty if absent or not a list
    bool Flag(const json& obj, const char* field, const std::string& where, bool fallback);
    std::optional<double> Number(const json& obj, const char* field, const std::string& where);
    // Reports fields not in `allowed`; "_..." fields are comments.
    void OnlyFields(const json& obj, const std::string& where, std::initializer_list<const char*> allowed);
    void OnlyFields(const json& obj, const std::string& where, const std::vector<const char*>& allowed);
    bool KnownKey(const std::string& key) const;
    void Add(const std::string& where, const std::string& message) { out_.Add(file_, where, message); }

    const std::vector<std::string>& keys_;
    const std::map<std::string, Fact>& facts_;
    const GemeenteProfile& gemeente_;
    Problems& out_;
    std::string file_;
    std::vector<std::string> roles_;
};

}  // namespace wegwijs
