#include "intake/calc_json.h"

#include <cmath>

namespace wegwijs::intake {

using nlohmann::json;

double Euros(double euros) { return std::round(euros * 100.0) / 100.0; }

json SourcesJson(const std::vector<calc::SourceRef>& sources, SourceDetail detail) {
    json out = json::array();
    for (const auto& s : sources) {
        if (detail == SourceDetail::Ids) {
            out.push_back(s.id);
            continue;
        }
        out.push_back({{"id", s.id}, {"source", s.source}, {"checked", ToIso(s.checked)}, {"status", s.status}});
        if (!s.check_with.empty()) out.back()["check_with"] = s.check_with;
    }
    return out;
}

// [SECTION] writers

json LoanJson(const LoanResult& r, bool with_schedule, SourceDetail detail) {
    const calc::LoanEstimate& e = r.estimate;
    json out = {{"estimate", true},
                {"amount", Euros(e.amount)},
                {"rate_percent", e.rate_percent},
                {"rate_is_last_confirmed", e.rate_is_last_confirmed},
                {"rate_since", ToIso(e.rate_since)},
                {"payout_date", ToIso(r.payout)},
                {"months_before_repayment", e.months_before_repayment},
                {"balance_at_start", Euros(e.balance_at_start)},
                {"interest_before_repayment", Euros(e.interest_before_repayment)},
                {"monthly_payment", Euros(e.monthly_payment)},
                {"payments", e.payments},
                {"first_payment_date", ToIso(e.first_payment_date)},
                {"last_payment_date", ToIso(e.last_payment_date)},
                {"last_payment", Euros(e.last_payment)},
                {"total_repaid", Euros(e.total_repaid)},
                {"total_interest", Euros(e.total_interest)},
                {"sources", SourcesJson(e.sources, detail)}};
    if (with_schedule) {
        json s = json::array();
        for (const auto& m : e.schedule)
            s.push_back({{"date", ToIso(m.date)}, {"payment", Euros(m.payment)}, {"interest", Euros(m.interest)},
                         {"remaining", Euros(m.remaining)}});
        out["schedule"] = s;
    }
    return out;
}

json TimelineJson(const calc::Timeline& t, SourceDetail detail) {
    json ms = json::array();
    for (const auto& m : t.milestones)
        ms.push_back({{"id", m.id}, {"date", ToIso(m.date)}, {"conditions", m.conditions}, {"sources", m.sources}});
    json unknown = json::array();
    for (const auto& [id, why] : t.unknown) unknown.push_back({{"id", id}, {"needs", why}});
    json notes = json::array();
    for (const auto& n : t.notes)
        notes.push_back({{"id", n.id}, {"fact", n.fact}, {"checked", ToIso(n.checked)}, {"status", n.status},
                         {"milestones", n.milestones}, {"proposed_years", n.proposed_years}});
    return {{"milestones", ms}, {"unknown", unknown}, {"notes", notes}, {"sources", SourcesJson(t.sources, detail)}};
}

RouteResult RouteResultOf(const calc::RouteCost& cost, const calc::RouteCostInput& in, const calc::CalcFacts& facts) {
    RouteResult r{cost, in.hours_per_week, in.retakes, std::nullopt};
    if (cost.route == "b1" || cost.route == "b1_a2") r.scaling_down = calc::ScalingDownConditions(facts);
    return r;
}

json RouteJson(const RouteResult& rr, SourceDetail detail) {
    const calc::RouteCost& r = rr.cost;
    json exams = json::array();
    for (const auto& x : r.exams) exams.push_back({{"part", x.id}, {"fee", Euros(x.fee)}});
    json out = {{"estimate", true},
                {"route", r.route},
                {"hours", r.hours},
                {"hours_are_example", r.hours_are_example},
                {"needs_keurmerk_school", r.needs_keurmerk_school},
                {"needs_recognised_school", r.needs_recognised_school},
                {"self_study_allowed", r.self_study_allowed},
                {"exam", r.exam},
                {"exams", exams},
                {"exam_fees", Euros(r.exam_fees)},
                {"retakes", rr.retakes},
                {"retake_fees", Euros(r.retake_fees)},
                {"price_per_hour", Euros(r.price_per_hour)},
                {"materials", Euros(r.materials)},
                {"prices_are_examples", r.prices_are_examples},
                {"course_cost", Euros(r.course_cost)},
                {"total", Euros(r.total)},
                {"loan_cap", Euros(r.loan_cap)},
                {"above_loan_cap", Euros(r.above_loan_cap)},
                {"months", r.months},
                {"hours_per_week", rr.hours_per_week},
                {"conditions", r.conditions},
                {"sources", SourcesJson(r.sources, detail)}};
    if (rr.scaling_down)
        out["scaling_down_to_a2"] = {{"min_hours", rr.scaling_down->min_hours},
                                     {"conditions", rr.scaling_down->conditions},
                                     {"sources", SourcesJson(rr.scaling_down->sources, detail)}};
    return out;
}

// [SECTION] readers

namespace {

// "estimate": true, always: these are estimates, never promises.
void ReadEstimateFlag(const json& j, const std::string& path, JsonIn& in) {
    if (auto e = in.Get<bool>(j, path, "estimate"); e && !*e) in.Problem(JsonIn::Path(path, "estimate"), "must be true");
}

// Fact ids, each one that content has.
std::vector<std::string> FactIds(const json& j, const std::string& path, const char* key, JsonIn& in, const FactCheck& known) {
    std::vector<std::string> ids;
    in.Each(j, path, key, [&](const json& v, const std::string& where) {
        auto id = in.As<std::string>(v, where);
        if (!id) return;
        if (!known(*id)) in.Problem(where, "unknown fact id \"" + *id + "\"");
        ids.push_back(*id);
    });
    return ids;
}

std::vector<calc::SourceRef> SourceIds(const json& j, const std::string& path, JsonIn& in, const FactCheck& known) {
    std::vector<calc::SourceRef> out;
    for (auto& id : FactIds(j, path, "sources", in, known)) out.push_back({id, {}, {}, {}, {}});
    return out;
}

}  // namespace

std::optional<LoanResult> LoanFromJson(const json& j, const std::string& path, JsonIn& in, const FactCheck& known) {
    const size_t before = in.count();
    if (!in.Fields(j, path,
                   {"estimate", "amount", "rate_percent", "rate_is_last_confirmed", "rate_since", "payout_date",
                    "months_before_repayment", "balance_at_start", "interest_before_repayment", "monthly_payment", "payments",
                    "first_payment_date", "last_payment_date", "last_payment", "total_repaid", "total_interest", "sources"}))
        return std::nullopt;
    LoanResult r;
    calc::LoanEstimate& e = r.estimate;
    ReadEstimateFlag(j, path, in);
    in.Read(j, path, "amount", e.amount);
    in.Read(j, path, "rate_percent", e.rate_percent);
    in.Read(j, path, "rate_is_last_confirmed", e.rate_is_last_confirmed);
    in.Read(j, path, "rate_since", e.rate_since);
    in.Read(j, path, "payout_date", r.payout);
    in.Read(j, path, "months_before_repayment", e.months_before_repayment);
    in.Read(j, path, "balance_at_start", e.balance_at_start);
    in.Read(j, path, "interest_before_repayment", e.interest_before_repayment);
    in.Read(j, path, "monthly_payment", e.monthly_payment);
    in.Read(j, path, "payments", e.payments);
    in.Read(j, path, "first_payment_date", e.first_payment_date);
    in.Read(j, path, "last_payment_date", e.last_payment_date);
    in.Read(j, path, "last_payment", e.last_payment);
    in.Read(j, path, "total_repaid", e.total_repaid);
    in.Read(j, path, "total_interest", e.total_interest);
    e.sources = SourceIds(j, path, in, known);
    if (in.count() != before) return std::nullopt;
    return r;
}

std::optional<calc::Timeline> TimelineFromJson(const json& j, const std::string& path, JsonIn& in, const FactCheck& known) {
    const size_t before = in.count();
    if (!in.Fields(j, path, {"milestones", "unknown", "notes", "sources"})) return std::nullopt;
    calc::Timeline t;
    in.Each(j, path, "milestones", [&](const json& m, const std::string& where) {
        if (!in.Fields(m, where, {"id", "date", "conditions", "sources"})) return;
        calc::Milestone ms;
        in.Read(m, where, "id", ms.id);
        in.Read(m, where, "date", ms.date);
        in.Read(m, where, "conditions", ms.conditions);
        ms.sources = FactIds(m, where, "sources", in, known);
        t.milestones.push_back(ms);
    });
    in.Each(j, path, "unknown", [&](const json& u, const std::string& where) {
        if (!in.Fields(u, where, {"id", "needs"})) return;
        std::pair<std::string, std::string> item;
        in.Read(u, where, "id", item.first);
        in.Read(u, where, "needs", item.second);
        t.unknown.push_back(item);
    });
    in.Each(j, path, "notes", [&](const json& n, const std::string& where) {
        if (!in.Fields(n, where, {"id", "fact", "checked", "status", "milestones", "proposed_years"})) return;
        calc::TimelineNote note;
        in.Read(n, where, "id", note.id);
        in.Read(n, where, "fact", note.fact);
        if (!note.fact.empty() && !known(note.fact)) in.Problem(JsonIn::Path(where, "fact"), "unknown fact id \"" + note.fact + "\"");
        in.Read(n, where, "checked", note.checked);
        in.Read(n, where, "status", note.status);
        in.Read(n, where, "milestones", note.milestones);
        in.Read(n, where, "proposed_years", note.proposed_years);
        t.notes.push_back(note);
    });
    t.sources = SourceIds(j, path, in, known);
    if (in.count() != before) return std::nullopt;
    return t;
}

std::optional<RouteResult> RouteFromJson(const json& j, const std::string& path, JsonIn& in, const FactCheck& known) {
    const size_t before = in.count();
    if (!in.Fields(j, path,
                   {"estimate", "route", "hours", "hours_are_example", "needs_keurmerk_school", "needs_recognised_school",
                    "self_study_allowed", "exam", "exams", "exam_fees", "retakes", "retake_fees", "price_per_hour", "materials",
                    "prices_are_examples", "course_cost", "total", "loan_cap", "above_loan_cap", "months", "hours_per_week",
                    "conditions", "sources"},
                   {"scaling_down_to_a2"}))
        return std::nullopt;
    RouteResult rr;
    calc::RouteCost& r = rr.cost;
    ReadEstimateFlag(j, path, in);
    in.Read(j, path, "route", r.route);
    in.Read(j, path, "hours", r.hours);
    in.Read(j, path, "hours_are_example", r.hours_are_example);
    in.Read(j, path, "needs_keurmerk_school", r.needs_keurmerk_school);
    in.Read(j, path, "needs_recognised_school", r.needs_recognised_school);
    in.Read(j, path, "self_study_allowed", r.self_study_allowed);
    in.Read(j, path, "exam", r.exam);
    in.Each(j, path, "exams", [&](const json& x, const std::string& where) {
        if (!in.Fields(x, where, {"part", "fee"})) return;
        calc::ExamPart part;
        in.Read(x, where, "part", part.id);
        in.Read(x, where, "fee", part.fee);
        r.exams.push_back(part);
    });
    in.Read(j, path, "exam_fees", r.exam_fees);
    in.Read(j, path, "retakes", rr.retakes);
    in.Read(j, path, "retake_fees", r.retake_fees);
    in.Read(j, path, "price_per_hour", r.price_per_hour);
    in.Read(j, path, "materials", r.materials);
    in.Read(j, path, "prices_are_examples", r.prices_are_examples);
    in.Read(j, path, "course_cost", r.course_cost);
    in.Read(j, path, "total", r.total);
    in.Read(j, path, "loan_cap", r.loan_cap);
    in.Read(j, path, "above_loan_cap", r.above_loan_cap);
    in.Read(j, path, "months", r.months);
    in.Read(j, path, "hours_per_week", rr.hours_per_week);
    in.Read(j, path, "conditions", r.conditions);
    r.sources = SourceIds(j, path, in, known);
    if (j.contains("scaling_down_to_a2")) {
        const std::string where = JsonIn::Path(path, "scaling_down_to_a2");
        const json& s = j.at("scaling_down_to_a2");
        if (in.Fields(s, where, {"min_hours", "conditions", "sources"})) {
            calc::ScalingDownToA2 down;
            in.Read(s, where, "min_hours", down.min_hours);
            in.Read(s, where, "conditions", down.conditions);
            down.sources = SourceIds(s, where, in, known);
            rr.scaling_down = down;
        }
    }
    if (in.count() != before) return std::nullopt;
    return rr;
}

}  // namespace wegwijs::intake
