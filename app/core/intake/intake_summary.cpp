#include "intake/intake_summary.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "intake/answers_file.h"
#include "intake/bindings.h"
#include "intake/calc_views.h"
#include "intake/fingerprint.h"
#include "intake/json_in.h"
#include "intake/summary.h"

namespace wegwijs::intake {
namespace {

using nlohmann::json;

// [SECTION] Making it

bool OnPath(const Walk& walk, Calculator calculator) {
    return std::any_of(walk.screens.begin(), walk.screens.end(),
                       [&](const Screen* s) { return s->kind == ScreenKind::Calculator && s->calculator == calculator; });
}

bool InSummary(const FlowSettings& st, const Question& q) {
    return q.in_summary && q.id != st.role_question && q.id != st.topics_question && q.id != st.topics_other;
}

// The loan screen's estimate as the person left it: the inputs its view
// model derived (the payout defaults to today, the repayment start to the one
// the time line gives), computed again without the chart's schedule.
std::optional<LoanResult> LoanOf(const Bundle& bundle, const FlowEngine& e) {
    const LoanView v = BuildLoanView(bundle, e);
    if (v.problem) return std::nullopt;
    calc::LoanInput in;
    in.amount_eur = v.amount_eur;
    in.rate_percent = v.rate_hundredths / 100.0;
    in.payout = v.payout;
    in.repayment_start = v.start;
    in.months = bundle.facts.repayment_years * 12;
    if (calc::FindLoanProblem(in, bundle.facts)) return std::nullopt;
    LoanResult r{calc::EstimateLoan(in, bundle.facts), in.payout};
    r.estimate.schedule.clear();  // the chart's points: not handed over
    return r;
}

SummaryCalculators CalculatorsOf(const Bundle& bundle, const FlowEngine& e, const Walk& walk, const std::string& route) {
    const calc::CalcFacts& facts = bundle.facts;
    const CalculatorQuestions& questions = e.flow().settings().calculator_questions;
    const CalculatorInputs& s = e.session().calculators;
    SummaryCalculators c;
    if (s.amount_chosen) c.inputs.loan_amount = s.amount_eur;
    if (s.rate_hundredths >= 0) c.inputs.loan_rate_percent = s.rate_hundredths / 100.0;
    c.inputs.loan_payout = s.payout;
    c.inputs.loan_start = s.start;
    if (s.price_per_hour >= 0) c.inputs.price_per_hour = s.price_per_hour;
    if (s.materials >= 0) c.inputs.materials = s.materials;

    const calc::RouteCostInput route_in = RouteInputFrom(questions, route, walk.answers, s);
    if (!calc::CheckRouteInput(route_in)) c.route = RouteResultOf(calc::EstimateRoute(route_in, facts), route_in, facts);
    if (OnPath(walk, Calculator::Timeline)) {
        bool has_permit = false;
        const calc::TimelineInput in = TimelineInputFrom(questions, walk.answers, &has_permit);
        if (has_permit && !calc::CheckTimelineInput(in)) c.timeline = calc::BuildTimeline(in, facts);
    }
    // The amount on the loan screen is an example until the person sets it.
    if (OnPath(walk, Calculator::Loan) && s.amount_chosen) c.loan = LoanOf(bundle, e);
    return c;
}

// [SECTION] Writing it

json InputsJson(const SummaryCalculatorInputs& in) {
    json out = json::object();
    if (in.loan_amount) out["loan_amount"] = *in.loan_amount;
    if (in.loan_rate_percent) out["loan_rate_percent"] = *in.loan_rate_percent;
    if (in.loan_payout) out["loan_payout"] = ToIso(*in.loan_payout);
    if (in.loan_start) out["loan_start"] = ToIso(*in.loan_start);
    if (in.price_per_hour) out["price_per_hour"] = *in.price_per_hour;
    if (in.materials) out["materials"] = *in.materials;
    return out;
}

}  // namespace

IntakeSummary MakeSummary(const Bundle& bundle, const FlowEngine& e, const std::string& fingerprint) {
    const Flow& flow = e.flow();
    const FlowSettings& st = flow.settings();
    const Walk walk = e.Path();
    IntakeSummary s;
    s.created = e.today();
    s.fingerprint = fingerprint;
    s.language_used = e.session().language;
    s.role = flow.RoleOf(walk.answers);
    for (const Screen* screen : walk.screens)
        for (const auto& q : screen->questions) {
            auto a = walk.answers.find(q.id);
            if (a != walk.answers.end() && !a->second.empty() && InSummary(st, q)) s.answers.push_back({q.id, q.type, a->second});
        }
    const RouteIndication r = flow.IndicativeRoute(walk.answers);
    s.route = {r.route, r.reason, r.note, r.by_default, r.based_on};
    for (const auto& t : flow.Topics(walk.answers))
        s.topics.push_back(t.chosen ? SummaryTopic{t.topic, true, {}, {}} : SummaryTopic{t.topic, false, t.reason, t.based_on});
    if (auto own = walk.answers.find(st.topics_other); own != walk.answers.end() && !own->second.empty())
        s.topics_own_words = own->second.front();
    s.calculators = CalculatorsOf(bundle, e, walk, r.route);
    return s;
}

nlohmann::json SummaryToJson(const IntakeSummary& s) {
    json answers = json::object();
    for (const auto& a : s.answers) {
        Question q;  // only its type matters: a number for numbers, a list for multiple choice
        q.type = a.type;
        answers[a.question] = RawAnswer(q, a.value);
    }
    json route = {{"id", s.route.id}, {"reason", s.route.reason}, {"by_default", s.route.by_default}, {"based_on", s.route.based_on}};
    if (!s.route.note.empty()) route["note"] = s.route.note;
    json topics = json::array();
    for (const auto& t : s.topics) {
        json item = {{"id", t.id}, {"chosen", t.chosen}};
        if (!t.chosen) {
            item["reason"] = t.reason;
            item["based_on"] = t.based_on;
        }
        topics.push_back(item);
    }
    json calculators = json::object();
    if (!s.calculators.inputs.empty()) calculators["inputs"] = InputsJson(s.calculators.inputs);
    if (s.calculators.route) calculators["route"] = RouteJson(*s.calculators.route, SourceDetail::Ids);
    if (s.calculators.timeline) calculators["timeline"] = TimelineJson(*s.calculators.timeline, SourceDetail::Ids);
    if (s.calculators.loan) calculators["loan"] = LoanJson(*s.calculators.loan, false, SourceDetail::Ids);
    json doc = {{"document", kSummaryDocument},
                {"schema_version", s.schema_version},
                {"created", ToIso(s.created)},
                {"fingerprint", s.fingerprint},
                {"language_used", s.language_used},
                {"role", s.role},
                {"answers", answers},
                {"indicative_route", route},
                {"topics", topics},
                {"calculators", calculators}};
    if (s.topics_own_words) doc["topics_own_words"] = *s.topics_own_words;
    return doc;
}

std::string CanonicalJson(const IntakeSummary& s) { return SummaryToJson(s).dump(); }

// [SECTION] Reading it back

namespace {

// Checks a summary's codes against the content it is read with. Messages are
// English, for the people who handle the files.
class SummaryReader {
public:
    SummaryReader(const Content& content, const Catalogs& catalogs, const std::string& file, Problems& problems)
        : flow_(content.flow()), content_(content), catalogs_(catalogs), in_(file, problems), english_(catalogs) {
        english_.SetLanguage(catalogs.Find("en") ? "en" : catalogs.reference());
    }

    std::optional<IntakeSummary> Read(const json& j) {
        // The version first: another layout's fields mean nothing here.
        if (!j.is_object()) {
            in_.Problem("", "must be an object (a summary written by wegwijs-cli run --json), not " + JsonIn::Short(j));
            return std::nullopt;
        }
        const auto document = in_.Get<std::string>(j, "", "document");
        if (!j.contains("document")) in_.Problem("/document", std::string("missing (\"") + kSummaryDocument + "\")");
        else if (document && *document != kSummaryDocument)
            in_.Problem("/document", std::string("must be \"") + kSummaryDocument + "\", not \"" + *document + "\"");
        const auto version = in_.Get<int>(j, "", "schema_version");
        if (!j.contains("schema_version")) in_.Problem("/schema_version", "missing");
        else if (version && *version != kSummarySchemaVersion)
            in_.Problem("/schema_version", "unknown schema version " + std::to_string(*version) + " (this Wegwijs reads " +
                                               std::to_string(kSummarySchemaVersion) + ")");
        if (!in_.ok()) return std::nullopt;

        in_.Fields(j, "",
                   {"document", "schema_version", "created", "fingerprint", "language_used", "role", "answers",
                    "indicative_route", "topics", "calculators"},
                   {"topics_own_words"});
        IntakeSummary s;
        s.schema_version = *version;
        in_.Read(j, "", "created", s.created);
        in_.Read(j, "", "fingerprint", s.fingerprint);
        if (j.contains("fingerprint") && j["fingerprint"].is_string() && !IsFingerprint(s.fingerprint))
            in_.Problem("/fingerprint", "must be 16 lowercase hex digits, not \"" + s.fingerprint + "\"");
        in_.Read(j, "", "language_used", s.language_used);
        if (j.contains("language_used") && j["language_used"].is_string() && !catalogs_.Find(s.language_used))
            in_.Problem("/language_used", "unknown language code \"" + s.language_used + "\" (not in i18n/languages.json)");
        ReadRole(j, s);
        if (j.contains("answers")) ReadAnswers(j["answers"], s);
        if (j.contains("indicative_route")) ReadRoute(j["indicative_route"], s.route);
        in_.Each(j, "", "topics", [&](const json& t, const std::string& where) { ReadTopic(t, where, s); });
        if (j.contains("topics_own_words")) s.topics_own_words = in_.Get<std::string>(j, "", "topics_own_words");
        if (j.contains("calculators")) ReadCalculators(j["calculators"], s.calculators);
        if (!in_.ok()) return std::nullopt;
        return s;
    }

private:
    void ReadRole(const json& j, IntakeSummary& s) {
        auto role = in_.Get<std::string>(j, "", "role");
        if (!role) return;
        const auto& roles = flow_.settings().roles;
        if (std::find(roles.begin(), roles.end(), *role) == roles.end()) {
            std::string list;
            for (const auto& r : roles) list += (list.empty() ? "" : ", ") + r;
            in_.Problem("/role", "unknown role \"" + *role + "\" (known: " + list + ")");
        }
        s.role = *role;
    }

    void ReadAnswers(const json& a, IntakeSummary& s) {
        if (!a.is_object()) {
            in_.Problem("/answers", "must be an object mapping question ids to answers, not " + JsonIn::Short(a));
            return;
        }
        for (auto it = a.begin(); it != a.end(); ++it) {
            const std::string where = JsonIn::Path("/answers", it.key());
            const Question* q = flow_.FindQuestion(it.key());
            if (!q) {
                in_.Problem(where, "unknown question id \"" + it.key() + "\"");
                continue;
            }
            if (!InSummary(flow_.settings(), *q)) {
                in_.Problem(where, "question \"" + it.key() + "\" is not part of the answers (role, topics and their own words have their own fields)");
                continue;
            }
            // The canonical forms only: a list for multiple choice, a JSON
            // number for numbers (an answers file may be looser).
            std::string error;
            auto value = AnswerFromJson(*q, it.value(), error);
            if (value && ((q->type == QuestionType::Multi) != it.value().is_array() ||
                          (q->type == QuestionType::Number) != it.value().is_number())) {
                error = "must be " + ExpectedAnswer(*q) + ", not " + JsonIn::Short(it.value());
                value.reset();
            }
            if (!value) {
                in_.Problem(where, error);
                continue;
            }
            if (IsEmptyAnswer(*value)) {
                in_.Problem(where, "an empty answer: leave out questions that were not answered");
                continue;
            }
            if (auto e = CheckAnswer(*q, *value, s.created)) {
                in_.Problem(where, english_.Format(e->key, e->args) + " (" + e->key + "; expected " + ExpectedAnswer(*q) + ")");
                continue;
            }
            s.answers.push_back({q->id, q->type, *value});
        }
        // In the order the journey asks them.
        const auto order = flow_.Questions();
        auto rank = [&](const std::string& id) {
            return std::find_if(order.begin(), order.end(), [&](const Question* q) { return q->id == id; }) - order.begin();
        };
        std::stable_sort(s.answers.begin(), s.answers.end(),
                         [&](const SummaryAnswer& x, const SummaryAnswer& y) { return rank(x.question) < rank(y.question); });
    }

    void QuestionIds(const json& j, const std::string& path, std::vector<std::string>& out) {
        in_.Each(j, path, "based_on", [&](const json& v, const std::string& where) {
            auto id = in_.As<std::string>(v, where);
            if (!id) return;
            if (!flow_.FindQuestion(*id)) in_.Problem(where, "unknown question id \"" + *id + "\"");
            out.push_back(*id);
        });
    }

    void ReadRoute(const json& r, SummaryRoute& route) {
        const std::string path = "/indicative_route";
        if (!in_.Fields(r, path, {"id", "reason", "by_default", "based_on"}, {"note"})) return;
        const FlowSettings& st = flow_.settings();
        in_.Read(r, path, "id", route.id);
        if (r["id"].is_string() && !flow_.FindRoute(route.id)) in_.Problem(path + "/id", "unknown route \"" + route.id + "\"");
        std::set<std::string> reasons{st.default_route.reason}, notes;
        for (const auto& rule : st.route_rules) {
            reasons.insert(rule.reason);
            if (!rule.note.empty()) notes.insert(rule.note);
        }
        in_.Read(r, path, "reason", route.reason);
        if (r["reason"].is_string() && !reasons.count(route.reason))
            in_.Problem(path + "/reason", "unknown reason \"" + route.reason + "\" (no route rule of flow.json gives it)");
        if (r.contains("note")) {
            in_.Read(r, path, "note", route.note);
            if (r["note"].is_string() && !notes.count(route.note))
                in_.Problem(path + "/note", "unknown note \"" + route.note + "\" (no route rule of flow.json gives it)");
        }
        in_.Read(r, path, "by_default", route.by_default);
        QuestionIds(r, path, route.based_on);
    }

    void ReadTopic(const json& t, const std::string& where, IntakeSummary& s) {
        if (!in_.Fields(t, where, {"id", "chosen"}, {"reason", "based_on"})) return;
        SummaryTopic topic;
        in_.Read(t, where, "id", topic.id);
        const Question* topics = flow_.FindQuestion(flow_.settings().topics_question);
        if (t["id"].is_string() && (!topics || !topics->FindOption(topic.id)))
            in_.Problem(where + "/id", "unknown topic \"" + topic.id + "\" (not an option of \"" + flow_.settings().topics_question + "\")");
        in_.Read(t, where, "chosen", topic.chosen);
        if (t.contains("chosen") && t["chosen"].is_boolean() && !topic.chosen) {
            if (!t.contains("reason")) in_.Problem(where + "/reason", "missing: a suggested topic says why");
            if (!t.contains("based_on")) in_.Problem(where + "/based_on", "missing: a suggested topic says on which answers");
        } else if (t.contains("reason") || t.contains("based_on")) {
            in_.Problem(where, "a chosen topic has no reason or based_on");
        }
        if (t.contains("reason")) {
            in_.Read(t, where, "reason", topic.reason);
            const auto& rules = flow_.settings().topic_rules;
            if (t["reason"].is_string() &&
                std::none_of(rules.begin(), rules.end(), [&](const TopicRule& r) { return r.reason == topic.reason; }))
                in_.Problem(where + "/reason", "unknown reason \"" + topic.reason + "\" (no topic rule of flow.json gives it)");
        }
        QuestionIds(t, where, topic.based_on);
        s.topics.push_back(topic);
    }

    void ReadCalculators(const json& c, SummaryCalculators& out) {
        const std::string path = "/calculators";
        if (!in_.Fields(c, path, {}, {"inputs", "route", "timeline", "loan"})) return;
        auto known_fact = [this](const std::string& id) { return content_.FindFact(id) != nullptr; };
        if (c.contains("inputs")) {
            const std::string where = path + "/inputs";
            const json& i = c["inputs"];
            if (in_.Fields(i, where, {}, {"loan_amount", "loan_rate_percent", "loan_payout", "loan_start", "price_per_hour", "materials"})) {
                out.inputs.loan_amount = in_.Get<double>(i, where, "loan_amount");
                out.inputs.loan_rate_percent = in_.Get<double>(i, where, "loan_rate_percent");
                out.inputs.loan_payout = in_.Get<Date>(i, where, "loan_payout");
                out.inputs.loan_start = in_.Get<Date>(i, where, "loan_start");
                out.inputs.price_per_hour = in_.Get<double>(i, where, "price_per_hour");
                out.inputs.materials = in_.Get<double>(i, where, "materials");
            }
        }
        if (c.contains("route")) {
            out.route = RouteFromJson(c["route"], path + "/route", in_, known_fact);
            if (out.route && !flow_.FindRoute(out.route->cost.route))
                in_.Problem(path + "/route/route", "unknown route \"" + out.route->cost.route + "\"");
        }
        if (c.contains("timeline")) out.timeline = TimelineFromJson(c["timeline"], path + "/timeline", in_, known_fact);
        if (c.contains("loan")) out.loan = LoanFromJson(c["loan"], path + "/loan", in_, known_fact);
    }

    const Flow& flow_;
    const Content& content_;
    const Catalogs& catalogs_;
    JsonIn in_;
    Localizer english_;
};

}  // namespace

std::optional<IntakeSummary> SummaryFromJson(const nlohmann::json& j, const Bundle& bundle, const std::string& file,
                                             Problems& problems) {
    SummaryReader reader(bundle.content, bundle.catalogs, file, problems);
    return reader.Read(j);
}

std::optional<IntakeSummary> SummaryFromFile(const std::string& path, const Bundle& bundle, Problems& problems) {
    auto j = ReadJsonDocument(path, problems);
    if (!j) return std::nullopt;
    return SummaryFromJson(*j, bundle, path, problems);
}

}  // namespace wegwijs::intake
