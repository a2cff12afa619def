#include "model/parse.h"

#include <algorithm>

namespace wegwijs {
namespace {

using nlohmann::json;

constexpr const char* kBlockTypes[] = {"heading", "paragraph", "bullet", "note", "sources", "more"};

template <size_t N>
bool OneOf(const std::string& v, const char* const (&list)[N]) {
    return std::any_of(std::begin(list), std::end(list), [&](const char* s) { return v == s; });
}

template <size_t N>
std::string ListOf(const char* const (&list)[N]) {
    std::string s;
    for (const char* item : list) s += (s.empty() ? "" : ", ") + std::string(item);
    return s;
}

std::optional<ScreenKind> KindFromName(const std::string& name) {
    for (auto k : {ScreenKind::Info, ScreenKind::Question, ScreenKind::Route, ScreenKind::Calculator,
                   ScreenKind::Review, ScreenKind::Finish})
        if (name == ScreenKindName(k)) return k;
    return std::nullopt;
}

std::optional<QuestionType> TypeFromName(const std::string& name) {
    for (auto t : {QuestionType::Single, QuestionType::Multi, QuestionType::YesNo, QuestionType::Date,
                   QuestionType::Number, QuestionType::Text})
        if (name == QuestionTypeName(t)) return t;
    return std::nullopt;
}

}  // namespace

// [SECTION] Field helpers

bool ContentParser::KnownKey(const std::string& key) const { return std::binary_search(keys_.begin(), keys_.end(), key); }

void ContentParser::OnlyFields(const json& obj, const std::string& where, std::initializer_list<const char*> allowed) {
    OnlyFields(obj, where, std::vector<const char*>(allowed));
}

void ContentParser::OnlyFields(const json& obj, const std::string& where, const std::vector<const char*>& allowed) {
    if (!obj.is_object()) return;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const std::string& k = it.key();
        if (!k.empty() && k[0] == '_') continue;
        if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return k == a; })) {
            std::string list;
            for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
            Add(where + "/" + k, "unknown field \"" + k + "\" (known: " + list + ")");
        }
    }
}

std::string ContentParser::Key(const json& obj, const char* field, const std::string& where, bool required) {
    const std::string at = where + "/" + field;
    if (!obj.contains(field)) {
        if (required) Add(at, std::string("missing: a catalog key for the ") + field);
        return {};
    }
    if (!obj[field].is_string() || obj[field].get<std::string>().empty()) {
        Add(at, "must be a catalog key (text)");
        return {};
    }
    std::string key = obj[field].get<std::string>();
    if (!KnownKey(key)) Add(at, "unknown catalog key \"" + key + "\"");
    return key;
}

RoleText ContentParser::RoleKey(const json& obj, const char* field, const std::string& where, bool required) {
    RoleText text;
    if (!obj.contains(field) || !obj[field].is_object()) {
        text.key = Key(obj, field, where, required);
        return text;
    }
    const json& per_role = obj[field];
    const std::string at = where + "/" + field;
    for (auto it = per_role.begin(); it != per_role.end(); ++it) {
        if (std::find(roles_.begin(), roles_.end(), it.key()) == roles_.end()) {
            Add(at + "/" + it.key(), "\"" + it.key() + "\" is not a role (flow.json roles)");
            continue;
        }
        text.by_role[it.key()] = Key(per_role, it.key().c_str(), at, true);
    }
    for (const auto& role : roles_)
        if (!per_role.contains(role)) Add(at + "/" + role, "missing: a per-role text needs a key for every role");
    if (!roles_.empty() && text.by_role.count(roles_.front())) text.key = text.by_role[roles_.front()];
    return text;
}

std::string ContentParser::Text(const json& obj, const char* field, const std::string& where, bool required) {
    if (obj.contains(field) && obj[field].is_string() && !obj[field].get<std::string>().empty())
        return obj[field].get<std::string>();
    if (required || obj.contains(field)) Add(where + "/" + field, obj.contains(field) ? "must be a text value" : "missing");
    return {};
}

std::vector<std::string> ContentParser::Roles(const json& obj, const std::string& where) {
    std::vector<std::string> roles;
    if (!obj.contains("roles")) return roles;
    const json& r = obj["roles"];
    if (!r.is_array() || r.empty()) {
        Add(where + "/roles", "must be a list of roles (flow.json roles)");
        return roles;
    }
    for (size_t i = 0; i < r.size(); ++i) {
        if (r[i].is_string() && std::find(roles_.begin(), roles_.end(), r[i].get<std::string>()) != roles_.end())
            roles.push_back(r[i].get<std::string>());
        else
            Add(where + "/roles/" + std::to_string(i), "not a role; flow.json lists the roles");
    }
    return roles;
}

json ContentParser::List(const json& obj, const char* field, const std::string& where) {
    if (!obj.is_object() || !obj.contains(field)) return json::array();
    if (!obj[field].is_array()) {
        Add(where + "/" + field, "must be a list");
        return json::array();
    }
    return obj[field];
}

bool ContentParser::Flag(const json& obj, const char* field, const std::string& where, bool fallback) {
    if (!obj.contains(field)) return fallback;
    if (!obj[field].is_boolean()) {
        Add(where + "/" + field, "must be true or false");
        return fallback;
    }
    return obj[field].get<bool>();
}

std::optional<double> ContentParser::Number(const json& obj, const char* field, const std::string& where) {
    if (!obj.contains(field)) return std::nullopt;
    if (!obj[field].is_number()) {
        Add(where + "/" + field, "must be a number");
        return std::nullopt;
    }
    return obj[field].get<double>();
}

// [SECTION] flow.json

FlowSettings ContentParser::Settings(const std::string& file, const json& j) {
    file_ = file;
    FlowSettings s;
    if (!j.is_object()) {
        Add("", "must be an object: schema_version, start, sections, roles, routes, topics");
        return s;
    }
    OnlyFields(j, "", {"schema_version", "start", "sections", "roles", "routes", "topics", "calculator_questions"});
    if (j.contains("schema_version") && j["schema_version"].is_number_integer())
        s.schema_version = j["schema_version"].get<int>();
    else
        Add("/schema_version", "missing: the version of the summary document (a whole number)");
    s.start = Text(j, "start", "", true);

    const json roles = j.value("roles", json());
    if (!roles.is_object() || !roles.contains("ids") || !roles["ids"].is_array() || roles["ids"].empty()) {
        Add("/roles", "must be {\"question\": id, \"ids\": [role, ...]}");
    } else {
        OnlyFields(roles, "/roles", {"question", "ids", "names"});
        for (size_t i = 0; i < roles["ids"].size(); ++i) {
            if (roles["ids"][i].is_string())
                s.roles.push_back(roles["ids"][i].get<std::string>());
            else
                Add("/roles/ids/" + std::to_string(i), "must be a text value");
        }
        s.role_question = Text(roles, "question", "/roles", true);
        roles_ = s.roles;
        if (!roles.contains("names") || !roles["names"].is_object())
            Add("/roles/names", "missing: {role: catalog key} naming each role in the summary");
        else
            s.role_names = RoleKey(roles, "names", "/roles", true);
    }
    roles_ = s.roles;
    s.sections = ParseSections(j);

    const json routes = j.value("routes", json());
    if (!routes.is_object()) {
        Add("/routes", "must be an object: list, rules, default, note");
    } else {
        OnlyFields(routes, "/routes", {"list", "rules", "default", "note"});
        const json list = List(routes, "list", "/routes");
        for (size_t i = 0; i < list.size(); ++i) {
            const std::string w = "/routes/list/" + std::to_string(i);
            OnlyFields(list[i], w, {"id", "name", "indicated"});
            RouteInfo r;
            r.id = Text(list[i], "id", w, true);
            r.name = Key(list[i], "name", w, true);
            r.indicated = Flag(list[i], "indicated", w, true);
            s.routes.push_back(r);
        }
        const json rules = List(routes, "rules", "/routes");
        for (size_t i = 0; i < rules.size(); ++i)
            s.route_rules.push_back(ParseRule(rules[i], "/routes/rules/" + std::to_string(i), "route"));
        if (routes.contains("default") && routes["default"].is_object()) {
            OnlyFields(routes["default"], "/routes/default", {"route", "reason"});
            s.default_route.route = Text(routes["default"], "route", "/routes/default", true);
            s.default_route.reason = Key(routes["default"], "reason", "/routes/default", true);
            s.default_route.where = "/routes/default";
        } else {
            Add("/routes/default", "missing: the route when no rule holds, {\"route\": id, \"reason\": key}");
        }
        s.indicative_note = Key(routes, "note", "/routes", true);
    }

    const json topics = j.value("topics", json());
    if (!topics.is_object()) {
        Add("/topics", "must be an object: question, other, suggest");
    } else {
        OnlyFields(topics, "/topics", {"question", "other", "suggest"});
        s.topics_question = Text(topics, "question", "/topics", true);
        s.topics_other = Text(topics, "other", "/topics", false);
        const json suggest = List(topics, "suggest", "/topics");
        for (size_t i = 0; i < suggest.size(); ++i) {
            RouteRule r = ParseRule(suggest[i], "/topics/suggest/" + std::to_string(i), "topic");
            s.topic_rules.push_back({r.route, r.when, r.reason, r.where});
        }
    }

    // Which questions the calculators read; flow/check.cpp checks they exist.
    const json inputs = j.value("calculator_questions", json::object());
    if (!inputs.is_object()) {
        Add("/calculator_questions", "must be {input: question id} for the questions the calculators read (" +
                                         CalculatorQuestionNames() + ")");
    } else {
        std::vector<const char*> names;
        for (const auto& b : CalculatorQuestionList(s.calculator_questions)) names.push_back(b.name);
        OnlyFields(inputs, "/calculator_questions", names);
        for (auto& b : CalculatorQuestionList(s.calculator_questions)) *b.question = Text(inputs, b.name, "/calculator_questions", false);
    }
    return s;
}

// Which screens exist is only known with screens.json: flow/check.cpp checks
// the screen ids and that every screen is in exactly one section.
std::vector<Section> ContentParser::ParseSections(const json& j) {
    std::vector<Section> sections;
    if (!j.contains("sections")) {
        Add("/sections", "missing: the parts of the journey, [{\"id\": id, \"title\": key, \"screens\": [screen ids]}, ...]");
        return sections;
    }
    const json list = List(j, "sections", "");
    if (j["sections"].is_array() && list.empty()) Add("/sections", "must list at least one section");
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string w = "/sections/" + std::to_string(i);
        if (!list[i].is_object()) {
            Add(w, "must be {\"id\": id, \"title\": key, \"screens\": [screen ids]}");
            continue;
        }
        OnlyFields(list[i], w, {"id", "title", "screens"});
        Section section;
        section.where = w;
        section.id = Text(list[i], "id", w, true);
        section.title = RoleKey(list[i], "title", w, true);
        if (!section.id.empty() &&
            std::any_of(sections.begin(), sections.end(), [&](const Section& o) { return o.id == section.id; }))
            Add(w + "/id", "section id \"" + section.id + "\" is used twice");
        const json screens = List(list[i], "screens", w);
        if (!list[i].contains("screens") || (list[i]["screens"].is_array() && screens.empty()))
            Add(w + "/screens", "missing: the ids of the screens in this section");
        for (size_t k = 0; k < screens.size(); ++k) {
            // A bad entry stays as "" so the entries keep their JSON index.
            const bool ok = screens[k].is_string() && !screens[k].get<std::string>().empty();
            section.screens.push_back(ok ? screens[k].get<std::string>() : std::string());
            if (!ok) Add(w + "/screens/" + std::to_string(k), "must be a screen id");
        }
        sections.push_back(std::move(section));
    }
    return sections;
}

RouteRule ContentParser::ParseRule(const json& j, const std::string& where, const char* target_field) {
    RouteRule r;
    r.where = where;
    if (!j.is_object()) {
        Add(where, std::string("must be {\"") + target_field + "\": id, \"when\": condition, \"reason\": key}");
        return r;
    }
    const bool route = std::string(target_field) == "route";
    if (route)
        OnlyFields(j, where, {target_field, "when", "reason", "note"});
    else
        OnlyFields(j, where, {target_field, "when", "reason"});
    r.route = Text(j, target_field, where, true);
    r.reason = Key(j, "reason", where, true);
    if (route) r.note = Key(j, "note", where, false);
    if (auto c = j.contains("when") ? ParseCondition(j["when"], where + "/when") : std::nullopt)
        r.when = *c;
    else if (!j.contains("when"))
        Add(where + "/when", "missing: the condition under which this holds");
    return r;
}

// [SECTION] screens.json

std::vector<Screen> ContentParser::Screens(const std::string& file, const json& j) {
    file_ = file;
    std::vector<Screen> screens;
    if (!j.is_object() || !j.contains("screens") || !j["screens"].is_array()) {
        Add("/screens", "must be a list of screens");
        return screens;
    }
    const auto& list = j["screens"];
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string where = "/screens/" + std::to_string(i);
        if (!list[i].is_object() || !list[i].contains("id") || !list[i]["id"].is_string()) {
            Add(where + "/id", "missing: every screen needs an id");
            continue;
        }
        Screen s = ParseScreen(list[i], where);
        if (std::any_of(screens.begin(), screens.end(), [&](const Screen& o) { return o.id == s.id; }))
            Add(where + "/id", "screen id \"" + s.id + "\" is used twice");
        screens.push_back(std::move(s));
    }
    // Answers are stored by question id, so an id may exist once in the whole flow.
    std::map<std::string, std::string> seen;
    for (const auto& s : screens)
        for (const auto& q : s.questions) {
            auto [it, fresh] = seen.emplace(q.id, s.id);
            if (!fresh) Add(q.where + "/id", "question id \"" + q.id + "\" is also used on screen \"" + it->second + "\"");
        }
    return screens;
}

Screen ContentParser::ParseScreen(const json& j, const std::string& where) {
    OnlyFields(j, where, {"id", "kind", "title", "blocks", "questions", "calculator", "roles", "show_if", "next"});
    Screen s;
    s.id = j["id"].get<std::string>();
    s.file = file_;
    s.where = where;
    const std::string kind = j.contains("kind") && j["kind"].is_string() ? j["kind"].get<std::string>() : "info";
    if (auto k = KindFromName(kind))
        s.kind = *k;
    else
        Add(where + "/kind", "unknown screen kind \"" + kind + "\" (info, question, route, calculator, review, finish)");
    if (j.contains("title") && j["title"].is_object()) {
        RoleText t = RoleKey(j, "title", where, true);
        s.title = t.key;
        s.title_by_role = t.by_role;
    } else if (j.contains("title") && j["title"].is_string()) {
        s.title = j["title"].get<std::string>();
        if (!KnownKey(s.title)) Add(where + "/title", "unknown catalog key \"" + s.title + "\"");
    } else {
        Add(where + "/title", "missing: a catalog key for the screen's title");
    }
    s.roles = Roles(j, where);
    if (j.contains("show_if")) s.show_if = ParseCondition(j["show_if"], where + "/show_if");
    const json blocks = List(j, "blocks", where);
    for (size_t b = 0; b < blocks.size(); ++b) s.blocks.push_back(ParseBlock(blocks[b], where + "/blocks/" + std::to_string(b)));
    // A "more" block folds the blocks after it, up to the next "more": there must be some.
    for (size_t b = 0; b < s.blocks.size(); ++b) {
        if (s.blocks[b].type != "more") continue;
        size_t folded = 0;
        for (size_t n = b + 1; n < s.blocks.size() && s.blocks[n].type != "more"; ++n) folded += s.blocks[n].type != "sources";
        if (!folded)
            Add(where + "/blocks/" + std::to_string(b), "a \"more\" block folds the blocks after it (up to the next \"more\"), and none follow");
    }
    const json questions = List(j, "questions", where);
    for (size_t q = 0; q < questions.size(); ++q)
        s.questions.push_back(ParseQuestion(questions[q], where + "/questions/" + std::to_string(q)));
    if (s.kind == ScreenKind::Question && s.questions.empty())
        Add(where + "/questions", "missing: a question screen needs at least one question");
    if (s.kind != ScreenKind::Question && !s.questions.empty())
        Add(where + "/kind", "only a screen of kind \"question\" asks questions");
    if (s.kind == ScreenKind::Calculator) {
        const std::string name = Text(j, "calculator", where, true);
        if (auto c = CalculatorFromName(name))
            s.calculator = *c;
        else if (!name.empty())
            Add(where + "/calculator", "unknown calculator \"" + name + "\" (schools, loan, timeline)");
    } else if (j.contains("calculator")) {
        Add(where + "/calculator", "only a screen of kind \"calculator\" names a calculator");
    }
    if (j.contains("next")) s.next = ParseNext(j["next"], where + "/next");
    return s;
}

Block ContentParser::ParseBlock(const json& bj, const std::string& bw) {
    Block block;
    if (!bj.is_object()) {
        Add(bw, "must be an object with a type and a text");
        return block;
    }
    block.type = bj.contains("type") && bj["type"].is_string() ? bj["type"].get<std::string>() : "";
    if (block.type == "more") {
        // The button that unfolds what follows: there for everyone, so what
        // is behind it never depends on who reads (put roles on those blocks).
        for (const char* field : {"roles", "show_if", "args"})
            if (bj.contains(field))
                Add(bw + "/" + field, std::string("a \"more\" block is the same for everyone; put ") + field +
                                          " on the blocks it folds");
        json rest = bj;
        for (const char* field : {"roles", "show_if", "args"}) rest.erase(field);
        OnlyFields(rest, bw, {"type", "text"});
    } else {
        OnlyFields(bj, bw, {"type", "text", "args", "roles", "show_if"});
    }
    if (!OneOf(block.type, kBlockTypes))
        Add(bw + "/type", "unknown block type \"" + block.type + "\" (" + ListOf(kBlockTypes) + ")");
    if (block.type != "sources") {
        if (bj.contains("text") && bj["text"].is_object()) {
            RoleText t = RoleKey(bj, "text", bw, true);
            block.text = t.key;
            block.text_by_role = t.by_role;
        } else {
            block.text = bj.contains("text") && bj["text"].is_string() ? bj["text"].get<std::string>() : "";
            if (!KnownKey(block.text)) Add(bw + "/text", "unknown catalog key \"" + block.text + "\"");
        }
    }
    if (bj.contains("args")) block.args = ParseArgs(bj["args"], bw + "/args");
    block.roles = Roles(bj, bw);
    if (bj.contains("show_if")) block.show_if = ParseCondition(bj["show_if"], bw + "/show_if");
    return block;
}

std::map<std::string, ArgSpec> ContentParser::ParseArgs(const json& args, const std::string& where) {
    std::map<std::string, ArgSpec> out;
    if (!args.is_object()) {
        Add(where, "must be an object naming each message argument");
        return out;
    }
    for (auto a = args.begin(); a != args.end(); ++a) {
        const std::string aw = where + "/" + a.key();
        ArgSpec spec;
        const json& aj = a.value();
        if (aj.is_object() && aj.contains("fact")) {
            spec.kind = ArgSpec::Kind::FactValue;
            spec.fact = aj["fact"].is_string() ? aj["fact"].get<std::string>() : "";
            spec.value = aj.contains("value") && aj["value"].is_string() ? aj["value"].get<std::string>() : "";
            auto f = facts_.find(spec.fact);
            if (f == facts_.end())
                Add(aw + "/fact", "unknown fact id \"" + spec.fact + "\" (not in facts.json)");
            else if (!f->second.numbers.count(spec.value) && !f->second.dates.count(spec.value) && spec.value != "checked")
                Add(aw + "/value", "fact " + spec.fact + " has no value \"" + spec.value + "\"");
        } else if (aj.is_object() && aj.contains("gemeente")) {
            spec.kind = ArgSpec::Kind::GemeenteField;
            spec.value = aj["gemeente"].is_string() ? aj["gemeente"].get<std::string>() : "";
            if (!gemeente_.fields.count(spec.value))
                Add(aw + "/gemeente", "the gemeente profile has no field \"" + spec.value + "\"");
        } else {
            Add(aw, "an argument must name a fact ({\"fact\": id, \"value\": name}) or a gemeente field; "
                    "figures are never written into screens directly");
            continue;
        }
        out[a.key()] = spec;
    }
    return out;
}

// [SECTION] Questions

Question ContentParser::ParseQuestion(const json& j, const std::string& where) {
    Question q;
    q.where = where;
    if (!j.is_object()) {
        Add(where, "must be an object: id, type, prompt, label, ...");
        return q;
    }
    OnlyFields(j, where, {"id", "type", "prompt", "label", "help", "unit", "required", "options", "min", "max", "integer",
                          "not_future", "not_before", "max_length", "summary", "show_if"});
    q.id = Text(j, "id", where, true);
    const std::string type = j.contains("type") && j["type"].is_string() ? j["type"].get<std::string>() : "";
    if (auto t = TypeFromName(type))
        q.type = *t;
    else
        Add(where + "/type", "unknown question type \"" + type + "\" (single, multi, yes_no, date, number, text)");
    q.prompt = RoleKey(j, "prompt", where, true);
    q.label = Key(j, "label", where, true);
    q.help = RoleKey(j, "help", where, false);
    q.required = Flag(j, "required", where, false);
    q.in_summary = Flag(j, "summary", where, true);
    if (j.contains("show_if")) q.show_if = ParseCondition(j["show_if"], where + "/show_if");

    ParseTypeFields(j, where, q);
    return q;
}

// The fields that only some question types have, and their checks.
void ContentParser::ParseTypeFields(const json& j, const std::string& where, Question& q) {
    auto only_for = [&](const char* field, bool allowed, const char* types) {
        if (j.contains(field) && !allowed) Add(where + "/" + field, std::string("only ") + types + " questions have " + field);
    };
    only_for("options", q.type == QuestionType::Single || q.type == QuestionType::Multi, "single and multi");
    only_for("min", q.type == QuestionType::Number, "number");
    only_for("max", q.type == QuestionType::Number, "number");
    only_for("integer", q.type == QuestionType::Number, "number");
    only_for("unit", q.type == QuestionType::Number, "number");
    only_for("not_future", q.type == QuestionType::Date, "date");
    only_for("not_before", q.type == QuestionType::Date, "date");
    only_for("max_length", q.type == QuestionType::Text, "text");

    if (q.type == QuestionType::Single || q.type == QuestionType::Multi) {
        const json options = j.value("options", json::array());
        if (!options.is_array() || options.size() < 2) Add(where + "/options", "missing: a choice needs at least two options");
        for (size_t i = 0; options.is_array() && i < options.size(); ++i) {
            Option o = ParseOption(options[i], where + "/options/" + std::to_string(i));
            if (q.FindOption(o.id)) Add(where + "/options/" + std::to_string(i) + "/id", "option id \"" + o.id + "\" is used twice");
            q.options.push_back(std::move(o));
        }
    } else if (q.type == QuestionType::YesNo) {
        // One pair of keys for every yes/no question keeps the catalogs small.
        for (const char* id : {"yes", "no"}) {
            Option o;
            o.id = id;
            o.label.key = std::string("answer.") + id;
            if (!KnownKey(o.label.key)) Add(where + "/type", "yes_no needs the catalog key \"" + o.label.key + "\"");
            q.options.push_back(o);
        }
    }
    if (q.type == QuestionType::Number) {
        q.min = Number(j, "min", where);
        q.max = Number(j, "max", where);
        if (!q.min || !q.max) Add(where, "a number question needs a range: min and max");
        else if (*q.min > *q.max) Add(where + "/min", "min is larger than max");
        q.integer = Flag(j, "integer", where, true);
        q.unit = Key(j, "unit", where, false);
    }
    if (q.type == QuestionType::Date) {
        q.not_future = Flag(j, "not_future", where, false);
        if (j.contains("not_before")) {
            auto d = j["not_before"].is_string() ? ParseIsoDate(j["not_before"].get<std::string>()) : std::nullopt;
            if (d) q.not_before = d;
            else Add(where + "/not_before", "must be a date (YYYY-MM-DD)");
        }
    }
    if (q.type == QuestionType::Text) {
        // Free text is never required: nobody must write about themselves.
        if (q.required) Add(where + "/required", "a free-text question is always optional");
        if (auto n = Number(j, "max_length", where)) {
            if (*n < 1 || *n > 1000) Add(where + "/max_length", "must be between 1 and 1000 characters");
            else q.max_length = static_cast<size_t>(*n);
        }
    }
}

Option ContentParser::ParseOption(const json& j, const std::string& where) {
    Option o;
    if (!j.is_object()) {
        Add(where, "must be an object: id, label");
        return o;
    }
    OnlyFields(j, where, {"id", "label", "help", "exclusive"});
    o.id = Text(j, "id", where, true);
    o.label = RoleKey(j, "label", where, true);
    o.help = Key(j, "help", where, false);
    o.exclusive = Flag(j, "exclusive", where, false);
    return o;
}

// [SECTION] Branching

// A date in a condition is a literal or, when it is a rule's date (such as
// the day Wi2021 began), a fact value, so it is re-checked with the facts.
std::optional<Date> ContentParser::DateOrFact(const json& v, const std::string& where) {
    if (v.is_string()) {
        if (auto d = ParseIsoDate(v.get<std::string>())) return d;
    } else if (v.is_object() && v.contains("fact") && v["fact"].is_string()) {
        const std::string id = v["fact"].get<std::string>();
        const std::string value = v.contains("value") && v["value"].is_string() ? v["value"].get<std::string>() : "";
        auto f = facts_.find(id);
        if (f == facts_.end()) {
            Add(where + "/fact", "unknown fact id \"" + id + "\" (not in facts.json)");
            return std::nullopt;
        }
        if (auto d = f->second.dates.find(value); d != f->second.dates.end()) return d->second;
        Add(where + "/value", "fact " + id + " has no date value \"" + value + "\"");
        return std::nullopt;
    }
    Add(where, "must be a date (YYYY-MM-DD) or a fact's date ({\"fact\": id, \"value\": name})");
    return std::nullopt;
}

std::vector<NextRule> ContentParser::ParseNext(const json& j, const std::string& where) {
    std::vector<NextRule> rules;
    if (j.is_string()) {
        rules.push_back({std::nullopt, j.get<std::string>(), where});
        return rules;
    }
    if (!j.is_array() || j.empty()) {
        Add(where, "must be a screen id or a list of {\"if\": condition, \"go\": screen id}");
        return rules;
    }
    for (size_t i = 0; i < j.size(); ++i) {
        const std::string w = where + "/" + std::to_string(i);
        NextRule rule;
        rule.where = w;
        if (!j[i].is_object()) {
            Add(w, "must be {\"if\": condition, \"go\": screen id}");
            continue;
        }
        OnlyFields(j[i], w, {"if", "go"});
        rule.go = Text(j[i], "go", w, true);
        if (j[i].contains("if")) {
            rule.when = ParseCondition(j[i]["if"], w + "/if");
            if (!rule.when) continue;
        }
        rules.push_back(std::move(rule));
    }
    if (!rules.empty() && rules.back().when)
        Add(where + "/" + std::to_string(j.size() - 1),
            "the last rule needs no \"if\": it is where the screen goes when no condition holds");
    return rules;
}

std::optional<Condition> ContentParser::ParseCondition(const json& j, const std::string& where) {
    using Op = Condition::Op;
    Condition c;
    c.where = where;
    if (!j.is_object()) {
        Add(where, "a condition must be an object, e.g. {\"answer\": \"q\", \"equals\": \"option\"}");
        return std::nullopt;
    }
    auto list_of_text = [&](const json& v, const std::string& w, std::vector<std::string>& out) {
        if (v.is_string()) out.push_back(v.get<std::string>());
        else if (v.is_array() && !v.empty() && std::all_of(v.begin(), v.end(), [](const json& x) { return x.is_string(); }))
            for (const auto& x : v) out.push_back(x.get<std::string>());
        else { Add(w, "must be a text value or a list of them"); return false; }
        return true;
    };
    if (j.contains("all") || j.contains("any")) {
        const char* field = j.contains("all") ? "all" : "any";
        OnlyFields(j, where, {field});
        c.op = j.contains("all") ? Op::All : Op::Any;
        if (!j[field].is_array() || j[field].empty()) {
            Add(where + "/" + field, "must be a non-empty list of conditions");
            return std::nullopt;
        }
        for (size_t i = 0; i < j[field].size(); ++i) {
            auto part = ParseCondition(j[field][i], where + "/" + field + "/" + std::to_string(i));
            if (!part) return std::nullopt;
            c.parts.push_back(std::move(*part));
        }
        return c;
    }
    if (j.contains("not")) {
        OnlyFields(j, where, {"not"});
        c.op = Op::Not;
        auto part = ParseCondition(j["not"], where + "/not");
        if (!part) return std::nullopt;
        c.parts.push_back(std::move(*part));
        return c;
    }
    if (j.contains("role") || j.contains("route")) {
        const char* field = j.contains("role") ? "role" : "route";
        OnlyFields(j, where, {field});
        c.op = j.contains("role") ? Op::Role : Op::Route;
        if (!list_of_text(j[field], where + "/" + field, c.values)) return std::nullopt;
        return c;
    }
    if (j.contains("answer")) return ParseAnswerTest(j, where, c) ? std::optional<Condition>(c) : std::nullopt;
    Add(where, "a condition needs \"answer\", \"role\", \"route\", \"all\", \"any\" or \"not\"");
    return std::nullopt;
}

bool ContentParser::ParseAnswerTest(const json& j, const std::string& where, Condition& c) {
    using Op = Condition::Op;
    OnlyFields(j, where, {"answer", "equals", "one_of", "includes", "present", "before", "on_or_after", "at_least", "below"});
    if (!j["answer"].is_string()) {
        Add(where + "/answer", "must be a question id");
        return false;
    }
    c.question = j["answer"].get<std::string>();
    int tests = 0;
    for (const char* t : {"equals", "one_of", "includes", "present", "before", "on_or_after", "at_least", "below"})
        tests += j.contains(t) ? 1 : 0;
    if (tests != 1) {
        Add(where, "an answer condition needs exactly one test: equals, one_of, includes, present, before, on_or_after, "
                   "at_least or below");
        return false;
    }
    auto text = [&](const char* f) {
        if (j[f].is_string()) {
            c.values.push_back(j[f].get<std::string>());
            return true;
        }
        Add(where + "/" + f, "must be an option id");
        return false;
    };
    if (j.contains("equals")) { c.op = Op::Equals; return text("equals"); }
    if (j.contains("includes")) { c.op = Op::Includes; return text("includes"); }
    if (j.contains("one_of")) {
        c.op = Op::OneOf;
        const json& v = j["one_of"];
        if (!v.is_array() || v.empty() || !std::all_of(v.begin(), v.end(), [](const json& x) { return x.is_string(); })) {
            Add(where + "/one_of", "must be a list of option ids");
            return false;
        }
        for (const auto& x : v) c.values.push_back(x.get<std::string>());
        return true;
    }
    if (j.contains("present")) {
        if (!j["present"].is_boolean()) { Add(where + "/present", "must be true or false"); return false; }
        c.op = j["present"].get<bool>() ? Op::Present : Op::Absent;
        return true;
    }
    for (auto [field, op] : {std::pair{"before", Op::Before}, std::pair{"on_or_after", Op::OnOrAfter}}) {
        if (!j.contains(field)) continue;
        c.op = op;
        auto d = DateOrFact(j[field], where + "/" + field);
        if (!d) return false;
        c.date = *d;
        return true;
    }
    for (auto [field, op] : {std::pair{"at_least", Op::AtLeast}, std::pair{"below", Op::Below}}) {
        if (!j.contains(field)) continue;
        c.op = op;
        if (!j[field].is_number()) { Add(where + "/" + field, "must be a number"); return false; }
        c.number = j[field].get<double>();
        return true;
    }
    return false;
}

}  // namespace wegwijs
