#include "intake/summary.h"

#include <algorithm>
#include <cmath>

#include "intake/bindings.h"
#include "intake/calc_facts_reader.h"
#include "calc/routes.h"
#include "base/files.h"
#include "base/decimal.h"

namespace wegwijs {
namespace {

using json = nlohmann::ordered_json;

ArgValue NumberArg(double d) {
    if (d == std::floor(d) && std::fabs(d) < 1e15) return static_cast<int64_t>(d);
    return d;
}

json NumberJson(double d) {
    if (d == std::floor(d) && std::fabs(d) < 1e15) return static_cast<int64_t>(d);
    return d;
}

std::string OptionLabel(Localizer& l10n, const Question& q, const std::string& id, const std::string& role) {
    const Option* o = q.FindOption(id);
    return o ? l10n.Format(o->label.For(role)) : id;
}

json AnswerRef(Localizer& l10n, const Flow& flow, const Answers& answers, const std::string& id, const std::string& role) {
    const Question* q = flow.FindQuestion(id);
    json ref = {{"question", id}};
    if (!q) return ref;
    ref["label"] = l10n.Format(q->label);
    if (auto a = answers.find(id); a != answers.end()) ref["value"] = RenderAnswer(l10n, *q, a->second, role);
    return ref;
}

// {"confidence": the weakest label (V, V2, SEED, U) of the facts a figure
// rests on, "facts": their ids, "check": the hedge to show with it, or null
// when every fact is V}.
json Certainty(const Content& content, Localizer& l10n, const std::vector<std::string>& fact_ids) {
    const Fact* weakest = nullptr;  // the first fact with the weakest label, if not V
    json ids = json::array();
    for (const auto& id : fact_ids) {
        const Fact* f = content.FindFact(id);
        if (!f) continue;
        ids.push_back(id);
        if (!f->Official() && (!weakest || ConfidenceRank(f->status) > ConfidenceRank(weakest->status))) weakest = f;
    }
    return {{"confidence", weakest ? weakest->status : std::string("V")},
            {"facts", ids},
            {"check", weakest ? json(l10n.Format(weakest->HedgeKey())) : json(nullptr)}};
}

json RouteSection(const FlowEngine& e, Localizer& l10n, const Answers& answers, const std::string& role) {
    const Flow& flow = e.flow();
    const RouteIndication r = flow.IndicativeRoute(answers);
    const RouteInfo* info = flow.FindRoute(r.route);
    json based_on = json::array();
    for (const auto& id : r.based_on) based_on.push_back(AnswerRef(l10n, flow, answers, id, role));
    // The route screen's cost estimate, and what the loan leaves unpaid (null
    // where there is nothing to estimate: an exemption, a nareiziger).
    json estimate = nullptr;
    const calc::RouteCostInput in = calc::RouteInputFrom(r.route, answers, e.session().calculators);
    if (!calc::CheckRouteInput(in)) {
        Problems ignored;  // content that loaded has all its facts
        const calc::RouteCost cost = calc::EstimateRoute(in, intake::ReadCalcFacts(e.content(), ignored));
        // How certain each figure is (issue 7): the weakest label of the facts
        // it rests on, and, unless all are V, whom to check it with.
        std::vector<std::string> total_facts;
        for (const auto& src : cost.sources) {
            if (src.id == "F-LOAN-1") continue;                              // the cap, not the cost
            if (src.id == "F-ROUTE-1" && !cost.hours_are_example) continue;  // their own hours
            if (src.id == "F-COST-3" && !cost.prices_are_examples) continue;  // their own prices
            total_facts.push_back(src.id);
        }
        std::vector<std::string> gap_facts = total_facts;
        gap_facts.push_back("F-LOAN-1");
        estimate = {{"total", NumberJson(cost.total)},
                    {"prices_are_examples", cost.prices_are_examples},
                    {"loan_max", NumberJson(cost.loan_cap)},
                    {"above_loan_max", NumberJson(cost.above_loan_cap)},
                    {"certainty", {{"total", Certainty(e.content(), l10n, total_facts)},
                                   {"loan_max", Certainty(e.content(), l10n, {"F-LOAN-1"})},
                                   {"above_loan_max", Certainty(e.content(), l10n, gap_facts)}}}};
    }
    return {{"raw", r.route},
            {"value", info ? l10n.Format(info->name) : r.route},
            {"indicative", true},
            {"note", l10n.Format(flow.settings().indicative_note)},
            {"reason", l10n.Format(r.reason)},
            {"attention", r.note.empty() ? json(nullptr) : json(l10n.Format(r.note))},
            {"by_default", r.by_default},
            {"based_on", based_on},
            {"estimate", estimate}};
}

json TopicsSection(const FlowEngine& e, Localizer& l10n, const Answers& answers, const std::string& role) {
    const Flow& flow = e.flow();
    const Question* topics = flow.FindQuestion(flow.settings().topics_question);
    json list = json::array();
    for (const auto& t : flow.Topics(answers)) {
        json item = {{"raw", t.topic}, {"value", topics ? OptionLabel(l10n, *topics, t.topic, role) : t.topic}, {"chosen", t.chosen}};
        if (!t.chosen) {
            item["reason"] = l10n.Format(t.reason);
            json based_on = json::array();
            for (const auto& id : t.based_on) based_on.push_back(AnswerRef(l10n, flow, answers, id, role));
            item["based_on"] = based_on;
        }
        list.push_back(item);
    }
    return list;
}

}  // namespace

std::string RenderAnswer(Localizer& l10n, const Question& q, const AnswerValue& value, const std::string& role) {
    if (value.empty()) return {};
    switch (q.type) {
        case QuestionType::Single:
        case QuestionType::Multi:
        case QuestionType::YesNo: {
            std::string out;
            const std::string sep = l10n.Format("list.separator");
            for (const auto& id : value) out += (out.empty() ? "" : sep) + OptionLabel(l10n, q, id, role);
            return out;
        }
        case QuestionType::Date: {
            auto d = ParseIsoDate(value.front());
            return d ? l10n.FormatPattern("{d, date, long}", {{"d", *d}}) : value.front();
        }
        case QuestionType::Number: {
            auto n = ParseDecimal(value.front());
            if (!n) return value.front();
            if (!q.unit.empty()) return l10n.Format(q.unit, {{"n", NumberArg(*n)}});
            return l10n.FormatPattern("{n, number}", {{"n", NumberArg(*n)}});
        }
        case QuestionType::Text: return value.front();
    }
    return value.front();
}

nlohmann::ordered_json RawAnswer(const Question& q, const AnswerValue& value) {
    if (q.type == QuestionType::Multi) return value;
    if (value.empty()) return nullptr;
    if (q.type == QuestionType::Number)
        if (auto n = ParseDecimal(value.front())) {
            if (*n == std::floor(*n) && std::fabs(*n) < 1e15) return static_cast<int64_t>(*n);
            return *n;
        }
    return value.front();
}

nlohmann::ordered_json BuildSummary(const FlowEngine& e, Localizer& l10n) {
    const Flow& flow = e.flow();
    const Walk walk = e.Path();
    const std::string role = flow.RoleOf(walk.answers);
    const auto& st = flow.settings();
    json doc;
    doc["document"] = kSummaryDocument;
    doc["schema_version"] = st.schema_version;
    doc["created"] = ToIso(e.today());
    doc["language_used"] = e.session().language;
    doc["locale"] = l10n.language().code;
    doc["role"] = {{"raw", role}, {"value", l10n.Format(st.role_names.For(role))}};
    json answers = json::array();
    for (const Screen* s : walk.screens)
        for (const auto& q : s->questions) {
            auto a = walk.answers.find(q.id);
            if (a == walk.answers.end() || !q.in_summary) continue;
            answers.push_back({{"question", q.id},
                               {"label", l10n.Format(q.label)},
                               {"value", RenderAnswer(l10n, q, a->second, role)},
                               {"raw", RawAnswer(q, a->second)}});
        }
    doc["answers"] = answers;
    doc["indicative_route"] = RouteSection(e, l10n, walk.answers, role);
    doc["topics"] = TopicsSection(e, l10n, walk.answers, role);
    auto own = walk.answers.find(st.topics_other);
    doc["topics_own_words"] = own != walk.answers.end() && !own->second.empty() ? json(own->second.front()) : json(nullptr);
    return doc;
}

// [SECTION] Headless run from an answers file

namespace {

std::string Expected(const Question& q) {
    std::string ids;
    for (const auto& o : q.options) ids += (ids.empty() ? "" : ", ") + o.id;
    switch (q.type) {
        case QuestionType::Single:
        case QuestionType::YesNo: return "one option id (" + ids + ")";
        case QuestionType::Multi: return "a list of option ids (" + ids + ")";
        case QuestionType::Date: return std::string("a date, \"YYYY-MM-DD\"") + (q.not_future ? ", not after today" : "");
        case QuestionType::Number: {
            auto bound = [](std::optional<double> d) {
                if (!d) return std::string("?");
                return *d == std::floor(*d) ? std::to_string(static_cast<long long>(*d)) : nlohmann::json(*d).dump();
            };
            return std::string(q.integer ? "a whole number" : "a number") + " from " + bound(q.min) + " to " + bound(q.max);
        }
        case QuestionType::Text: return "a text of at most " + std::to_string(q.max_length) + " characters";
    }
    return "a value";
}

std::optional<AnswerValue> ToAnswerValue(const Question& q, const nlohmann::json& v, std::string& error) {
    if (v.is_string()) return AnswerValue{v.get<std::string>()};
    if (v.is_number() && q.type == QuestionType::Number) return AnswerValue{v.dump()};
    if (v.is_array() && q.type == QuestionType::Multi &&
        std::all_of(v.begin(), v.end(), [](const nlohmann::json& x) { return x.is_string(); }))
        return v.get<AnswerValue>();
    error = "must be " + Expected(q) + ", not " + v.dump();
    return std::nullopt;
}

// Messages for people editing answers files: English, with the catalog key.
class RunInputReader {
public:
    RunInputReader(const Content& content, const Catalogs& catalogs, const std::string& file, Problems& out)
        : flow_(content.flow()), catalogs_(catalogs), file_(file), out_(out), english_(catalogs) {
        english_.SetLanguage(catalogs.Find("en") ? "en" : catalogs.reference());
    }

    std::string role;
    std::string language;
    std::optional<Date> today;
    Answers answers;

    void Read(const nlohmann::json& in, const Date& today_for_checks) {
        if (!in.is_object()) {
            out_.Add(file_, "", "must be an object: role, language, today, answers");
            return;
        }
        for (auto it = in.begin(); it != in.end(); ++it)
            if (it.key() != "role" && it.key() != "language" && it.key() != "today" && it.key() != "answers" && it.key()[0] != '_')
                out_.Add(file_, "/" + it.key(), "unknown field \"" + it.key() + "\" (known: role, language, today, answers)");
        ReadRole(in);
        ReadLanguage(in);
        if (in.contains("today")) {
            today = in["today"].is_string() ? ParseIsoDate(in["today"].get<std::string>()) : std::nullopt;
            if (!today) out_.Add(file_, "/today", "must be a date, \"YYYY-MM-DD\"");
        }
        if (!in.contains("answers") || !in["answers"].is_object()) {
            out_.Add(file_, "/answers", "must be an object mapping question ids to answers");
            return;
        }
        for (auto it = in["answers"].begin(); it != in["answers"].end(); ++it) ReadAnswer(it.key(), it.value(), today ? *today : today_for_checks);
    }

private:
    void ReadRole(const nlohmann::json& in) {
        const auto& roles = flow_.settings().roles;
        std::string list;
        for (const auto& r : roles) list += (list.empty() ? "" : ", ") + r;
        if (in.contains("role") && in["role"].is_string() &&
            std::find(roles.begin(), roles.end(), in["role"].get<std::string>()) != roles.end())
            role = in["role"].get<std::string>();
        else
            out_.Add(file_, "/role", "must be one of: " + list);
    }

    void ReadLanguage(const nlohmann::json& in) {
        language = catalogs_.reference();
        if (!in.contains("language")) return;
        if (in["language"].is_string() && catalogs_.Find(in["language"].get<std::string>()))
            language = in["language"].get<std::string>();
        else
            out_.Add(file_, "/language", "must be a language code of i18n/languages.json, not " + in["language"].dump());
    }

    void ReadAnswer(const std::string& id, const nlohmann::json& v, const Date& today_for_checks) {
        const std::string where = "/answers/" + id;
        const Question* q = flow_.FindQuestion(id);
        if (!q) {
            out_.Add(file_, where, "unknown question id \"" + id + "\"");
            return;
        }
        if (id == flow_.settings().role_question) {
            out_.Add(file_, where, "give the role as \"role\" at the top level");
            return;
        }
        std::string error;
        auto value = ToAnswerValue(*q, v, error);
        if (!value) {
            out_.Add(file_, where, error);
            return;
        }
        if (auto e = CheckAnswer(*q, *value, today_for_checks)) {
            out_.Add(file_, where, english_.Format(e->key, e->args) + " (" + e->key + "; expected " + Expected(*q) + ")");
            return;
        }
        answers[id] = *value;
    }

    const Flow& flow_;
    const Catalogs& catalogs_;
    std::string file_;
    Problems& out_;
    Localizer english_;
};

// Answers each screen's questions from the file and moves on, as a person would.
void Drive(FlowEngine& engine, const Answers& answers, const std::string& file, Problems& out) {
    for (size_t guard = 0; guard <= engine.flow().screens().size(); ++guard) {
        // Answering may reveal a question further down the same screen
        // ("which other language?"), so look again until nothing changes.
        ScreenView view = engine.Current();
        for (bool changed = true; changed;) {
            changed = false;
            for (const auto& q : view.questions) {
                auto a = answers.find(q.id);
                if (a == answers.end() || q.value == a->second || !engine.Answer(q.id, a->second)) continue;
                changed = true;
            }
            if (changed) view = engine.Current();
        }
        if (!view.can_go_next) return;
        if (!engine.Next()) {
            for (const auto& e : engine.errors())
                out.Add(file, "/answers/" + e.question,
                        e.key == "error.required" ? "missing: question \"" + e.question + "\" (screen \"" + view.id + "\") needs an answer"
                                                  : "not accepted on screen \"" + view.id + "\" (" + e.key + ")");
            return;
        }
    }
}

}  // namespace

AnswersRun RunAnswers(const Content& content, const Catalogs& catalogs, const nlohmann::json& input, const std::string& file,
                      const std::string& locale, std::optional<Date> today) {
    AnswersRun run;
    if (!catalogs.Find(locale)) {
        run.problems.Add("--locale", "", "no language \"" + locale + "\" in i18n/languages.json");
        return run;
    }
    RunInputReader reader(content, catalogs, file, run.problems);
    reader.Read(input, today.value_or(FlowEngine::SystemToday()));
    if (!run.ok()) return run;

    Session session;
    FlowEngine engine(content, session);
    engine.SetToday(today ? *today : reader.today.value_or(FlowEngine::SystemToday()));
    engine.SetLanguage(reader.language);
    engine.Answer(content.flow().settings().role_question, reader.role);
    Drive(engine, reader.answers, file, run.problems);
    run.screens = session.history.empty() ? std::vector<std::string>{engine.CurrentScreen().id} : session.history;
    if (!run.ok()) return run;

    const Walk walk = engine.Path();
    for (const auto& [id, value] : reader.answers)
        if (!walk.answers.count(id)) {
            const Screen* s = content.flow().ScreenOfQuestion(id);
            run.notes.Add(file, "/answers/" + id, "not asked with these answers (on screen \"" + (s ? s->id : "?") + "\"); ignored");
        }
    Localizer l10n(catalogs);
    l10n.SetLanguage(locale);
    run.summary = BuildSummary(engine, l10n);
    return run;
}

AnswersRun RunAnswersFile(const Content& content, const Catalogs& catalogs, const std::string& path, const std::string& locale,
                          std::optional<Date> today) {
    auto text = ReadFile(path);
    if (!text) {
        AnswersRun run;
        run.problems.Add(path, "", "cannot read the file");
        return run;
    }
    nlohmann::json input = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
    if (input.is_discarded()) {
        AnswersRun run;
        try {
            nlohmann::json again = nlohmann::json::parse(*text);  // only for the error position
            (void)again;
        } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for a number such as 1e999
            run.problems.Add(path, "", std::string("not valid JSON: ") + e.what());
            return run;
        }
        run.problems.Add(path, "", "not valid JSON");
        return run;
    }
    return RunAnswers(content, catalogs, input, path, locale, today);
}

}  // namespace wegwijs
