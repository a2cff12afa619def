#include "intake/calc_views.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "calc/loan.h"
#include "calc/routes.h"
#include "calc/timeline.h"
#include "intake/bindings.h"

namespace wegwijs::intake {

// [SECTION] Texts

std::string Format(Localizer& l10n, const Text& text) {
    Args args = text.args;
    for (const auto& [name, inner] : text.nested) args.push_back({name, Format(l10n, inner)});
    return l10n.Format(text.key, args);
}

namespace {

void AddSources(std::vector<std::string>& out, const std::vector<calc::SourceRef>& sources) {
    for (const auto& s : sources)
        if (std::find(out.begin(), out.end(), s.id) == out.end()) out.push_back(s.id);
}

// A calculator problem for a person: "calc.problem.<code>" with the dates it
// concerns (the English message is for the CLI only).
InputNotice Notice(const calc::InputProblem& p, Args args, std::string question = {}) {
    return {{"calc.problem." + p.code, std::move(args), {}}, std::move(question)};
}

}  // namespace

// [SECTION] Loan

LoanView BuildLoanView(const Bundle& bundle, const FlowEngine& engine) {
    const calc::CalcFacts& facts = bundle.facts;
    // One input (the amount) and the answer in large type; the rate, dates,
    // totals and the chart are details.
    const CalculatorInputs& s = engine.session().calculators;
    const Date today = engine.today();
    LoanView v;
    v.amount_max = static_cast<int>(facts.loan_cap_eur);
    v.amount_eur = std::clamp(s.amount_eur, v.amount_min, std::max(v.amount_min, v.amount_max));
    v.rate_hundredths = s.rate_hundredths >= 0 ? s.rate_hundredths : static_cast<int>(std::lround(facts.loan_rate_percent * 100));
    v.payout = s.payout.value_or(today);
    v.payout_min = AddYears(today, -5);
    v.payout_max = AddYears(today, 5);
    // Repayment starts at the latest some months after the term ends
    // (F-LOAN-3): from the person's answers when they allow it, else an
    // example of a full term after the payout.
    const calc::Timeline t = calc::BuildTimeline(
        TimelineInputFrom(engine.flow().settings().calculator_questions, engine.Path().answers), facts);
    std::optional<Date> derived;
    for (const auto& m : t.milestones)
        if (m.id == "loan_repayment_start") derived = m.date;
    const Date example = AddMonths(v.payout, facts.term_years * 12 + facts.repayment_delay_months);
    v.start = std::max(s.start.value_or(derived.value_or(example)), v.payout);
    v.start_min = v.payout;
    v.start_max = AddYears(v.payout, 15);
    if (!s.start)
        v.start_hint = Text{derived ? "calc.loan.start_from_answers" : "calc.loan.start_example",
                            {{"months", int64_t{facts.repayment_delay_months}}}, {}};  // F-LOAN-3

    calc::LoanInput in;
    in.amount_eur = v.amount_eur;
    in.rate_percent = v.rate_hundredths / 100.0;
    in.payout = v.payout;
    in.repayment_start = v.start;
    in.months = facts.repayment_years * 12;
    if (auto p = calc::FindLoanProblem(in, facts)) {
        v.problem = Notice(*p, {{"payout", v.payout}, {"start", v.start}});
        return v;
    }
    const calc::LoanEstimate e = calc::EstimateLoan(in, facts);
    v.result = {"calc.loan.result",
                {{"monthly", Money{e.monthly_payment}},
                 {"payments", int64_t{e.payments}},
                 {"first", e.first_payment_date},
                 {"last", e.last_payment_date}},
                {}};
    v.estimate = {"calc.loan.estimate", {}, {}};
    v.totals = {"calc.loan.totals",
                {{"balance", Money{e.balance_at_start}}, {"total", Money{e.total_repaid}}, {"interest", Money{e.total_interest}}},
                {}};
    v.chart_caption = {"calc.loan.chart", {}, {}};
    v.rate_note = {"calc.loan.rate", {{"since", facts.loan_rate_since}}, {}};
    v.debt = {{v.payout, in.amount_eur}, {v.start, e.balance_at_start}};
    for (const auto& m : e.schedule) v.debt.push_back({m.date, m.remaining});
    AddSources(v.sources, e.sources);
    return v;
}

// [SECTION] Timeline

TimelineView BuildTimelineView(const Bundle& bundle, const FlowEngine& engine) {
    const calc::CalcFacts& facts = bundle.facts;
    TimelineView v;
    const CalculatorQuestions& q = engine.flow().settings().calculator_questions;
    bool has_permit = false;
    const calc::TimelineInput in = TimelineInputFrom(q, engine.Path().answers, &has_permit);
    if (!has_permit) {
        v.problem = InputNotice{{"calc.timeline.need_card", {}, {}}, q.card_date};
        return v;
    }
    if (auto p = calc::FindTimelineProblem(in)) {
        Args dates{{"card", in.permit}};
        if (in.duo_notice) dates.push_back({"letter", *in.duo_notice});
        v.problem = Notice(*p, dates, p->field == "duo_notice" ? q.duo_letter_date : q.card_date);
        return v;
    }
    const calc::Timeline t = calc::BuildTimeline(in, facts);
    // The labels' figures come from the facts (F-TERM-3, F-TERM-2).
    const Args label_args{{"weeks", int64_t{facts.pip_weeks}}, {"years", int64_t{facts.term_years}}};
    for (const auto& m : t.milestones) v.marks.push_back({{"calc.timeline." + m.id, label_args, {}}, m.date});
    v.today = {"calc.timeline.today", {}, {}};
    for (const auto& [id, why] : t.unknown) v.unknown.push_back({"calc.timeline.unknown." + id, {}, {}});

    // Each milestone with what it rests on, in sentences: the permit hangs on
    // the partner, the exceptions, who to ask; estimates and a bill that may
    // change the rule. What can cost a right and the hedges on the dates are
    // always in view, the other conditions one "read more" tap away.
    static const std::set<std::string> kInView = {"relationship_years",        "turkish_rules", "exceptions_violence_death",
                                                  "ask_ind",                   "gemeente_makes_pip",
                                                  "estimate_from_pip_deadline", "rules_may_change"};
    const Args figures{{"weeks", int64_t{facts.pip_weeks}},
                       {"months", int64_t{facts.repayment_delay_months}},
                       {"partner_years", int64_t{facts.naturalisation_partner_years}},
                       {"residence_years", int64_t{facts.permanent_years}},
                       {"usual", int64_t{facts.independent_years}},
                       {"turkish", int64_t{facts.independent_turkish_years}}};
    const std::string role = engine.Role();
    // A role's own sentence when the reference catalog has one (every
    // language falls back to it, so the choice is the same in all of them).
    const Catalogs& catalogs = bundle.catalogs;
    auto has = [&](const std::string& key) { return catalogs.Pattern(catalogs.reference(), key) != nullptr; };
    v.conditions_heading = {"calc.timeline.cond.heading", {}, {}};
    for (size_t i = 0; i < t.milestones.size(); ++i) {
        const calc::Milestone& m = t.milestones[i];
        TimelineView::Group g;
        g.milestone = {"calc.timeline.milestone", {{"n", static_cast<int64_t>(i + 1)}}, {{"label", {"calc.timeline." + m.id, label_args, {}}}}};
        for (const auto& c : m.conditions) {
            Args args = figures;
            if (c == "rules_may_change") {
                auto note = std::find_if(t.notes.begin(), t.notes.end(), [&](const calc::TimelineNote& n) { return n.id == c; });
                if (note == t.notes.end()) continue;
                args.push_back({"proposed", int64_t{note->proposed_years}});
                args.push_back({"checked", note->checked});
            }
            const bool in_view = kInView.count(c) > 0;
            g.conditions.push_back({{calc::ConditionCatalogKey(c, role, has), args, {}}, in_view});
            g.any_in_view = g.any_in_view || in_view;
            v.has_folded = v.has_folded || !in_view;
        }
        v.groups.push_back(std::move(g));
    }
    AddSources(v.sources, t.sources);
    return v;
}

// [SECTION] Schools

SchoolsView BuildSchoolsView(const FlowEngine& engine) {
    const CalculatorInputs& s = engine.session().calculators;
    SchoolsView v;
    v.answers = {{calc::Tri::Yes, "answer.yes"}, {calc::Tri::No, "answer.no"}, {calc::Tri::Unknown, "calc.schools.unknown"}};
    for (int school = 0; school < s.schools; ++school) {
        SchoolsView::School out;
        out.heading = {"calc.schools.school", {{"n", int64_t{school + 1}}}, {}};
        for (int c = 0; c < calc::kSchoolChecks; ++c)
            out.checks.push_back({calc::SchoolCheckCatalogKey(calc::AllSchoolChecks()[c]), s.checks[school].checks[c],
                                  s.answered[school][c]});
        const calc::SchoolVerdict verdict = calc::Evaluate(s.checks[school]);
        if (verdict.blocking) out.blocking = Text{"calc.schools.blocking", {}, {}};
        for (const auto& id : verdict.sources)
            if (std::find(v.sources.begin(), v.sources.end(), id) == v.sources.end()) v.sources.push_back(id);
        v.schools.push_back(std::move(out));
    }
    if (s.schools < calc::kMaxSchools) v.add = Text{"calc.schools.add", {}, {}};
    return v;
}

// [SECTION] Route result

RouteView BuildRouteView(const Bundle& bundle, const FlowEngine& engine, const RouteIndication& route) {
    const calc::CalcFacts& facts = bundle.facts;
    RouteView v;
    const Flow& flow = engine.flow();
    const RouteInfo* info = flow.FindRoute(route.route);
    v.result = {"route.your_route", {}, {{"route", {info ? info->name : route.route, {}, {}}}}};
    v.reason = {route.reason, {}, {}};
    // What to know before acting on it: the Z-route's consequences, or when to
    // bring up the Z-route at the intake (flow.json routes.rules "note").
    if (!route.note.empty()) v.note = Text{route.note, {}, {}};
    const Walk walk = engine.Path();
    for (const auto& qid : route.based_on) {
        const Question* q = flow.FindQuestion(qid);
        auto a = walk.answers.find(qid);
        if (q && a != walk.answers.end()) v.based_on.push_back({q, a->second});
    }
    v.why = {"route.why", {}, {}};

    // What the indicated route asks and may cost, at the hours a week they gave.
    const calc::RouteCostInput in =
        RouteInputFrom(flow.settings().calculator_questions, route.route, walk.answers, engine.session().calculators);
    if (calc::FindRouteProblem(in)) return v;  // e.g. an exemption: nothing to estimate
    const calc::RouteCost cost = calc::EstimateRoute(in, facts);
    v.has_cost = true;
    v.cost_heading = {"calc.route.heading", {}, {}};
    v.cost_lines.push_back({cost.hours_are_example ? "calc.route.hours_example" : "calc.route.hours",
                            {{"hours", int64_t{cost.hours}}, {"months", int64_t{cost.months}}, {"per_week", int64_t{in.hours_per_week}}},
                            {}});
    if (cost.needs_keurmerk_school) v.cost_lines.push_back({"calc.route.keurmerk", {}, {}});
    v.cost_lines.push_back({"calc.route.cost",
                            {{"course", Money{cost.course_cost}},
                             {"per_hour", Money{cost.price_per_hour}},
                             {"materials", Money{cost.materials}},
                             {"exams", Money{cost.exam_fees}},
                             {"examples", int64_t{cost.prices_are_examples ? 1 : 0}},  // a number: text arguments are bidi-isolated
                             {"total", Money{cost.total}}},
                            {}});
    // More than the loan lends: how much the loan leaves unpaid.
    if (cost.above_loan_cap > 0)
        v.above_loan = Text{"calc.route.above_loan", {{"max", Money{cost.loan_cap}}, {"gap", Money{cost.above_loan_cap}}}, {}};
    v.cost_estimate = {"calc.route.estimate", {}, {}};
    v.price_per_hour = static_cast<int>(std::lround(cost.price_per_hour));
    v.materials = static_cast<int>(std::lround(cost.materials));
    v.price_label = {"calc.route.price", {}, {}};
    v.materials_label = {"calc.route.materials", {}, {}};
    AddSources(v.sources, cost.sources);
    return v;
}

// [SECTION] Review

ReviewView BuildReviewView(const FlowEngine& engine) {
    ReviewView v;
    v.items = engine.Review();
    const Walk walk = engine.Path();
    const Screen* route_screen = nullptr;
    const Screen* loan_screen = nullptr;
    for (const Screen* s : walk.screens) {
        if (s->kind == ScreenKind::Route && !route_screen) route_screen = s;
        if (s->calculator == Calculator::Loan && !loan_screen) loan_screen = s;
    }
    const RouteIndication route = engine.Route();
    if (route_screen && !route.route.empty()) {
        const RouteInfo* info = engine.flow().FindRoute(route.route);
        v.settings.push_back({"review.route", info ? info->name : route.route, std::nullopt, {}, {}});
    }
    const CalculatorInputs& c = engine.session().calculators;
    if (loan_screen && c.amount_chosen)
        v.settings.push_back({"review.loan", {}, double(c.amount_eur), loan_screen->id, "##change-loan"});
    if (route_screen && c.price_per_hour >= 0)
        v.settings.push_back({"review.price", {}, double(c.price_per_hour), route_screen->id, "##change-price"});
    return v;
}

}  // namespace wegwijs::intake
