// Certainty as data (issue 7): every figure from a fact that is not V
// (shared/facts.md: V2, SEED, U) is followed on screen by its hedge, "check it
// with DUO / the IND / the gemeente". These tests read every screen the
// walk-throughs (tests/scenarios/) show, in Dutch, headlessly: the blocks as
// the engine gives them to the UI, and the calculators' sentences as the
// route, loan and timeline screens draw them.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "intake/bindings.h"
#include "intake/calc_facts_reader.h"
#include "calc/loan.h"
#include "calc/routes.h"
#include "calc/timeline.h"
#include "intake/engine.h"
#include "intake/summary.h"
#include "i18n/localizer.h"
#include "shipped_content.h"

using namespace wegwijs;
using nlohmann::json;

namespace {

using test::Loaded;

struct Walkthrough {
    std::string file;
    json input;
    std::vector<std::string> screens;
};

std::vector<Walkthrough> Walkthroughs() {
    std::vector<Walkthrough> out;
    for (const auto& e : std::filesystem::directory_iterator(WEGWIJS_SOURCE_DIR "/tests/scenarios")) {
        if (e.path().extension() != ".json") continue;
        std::ifstream in(e.path());
        const json sc = json::parse(in);
        out.push_back({e.path().filename().string(), sc.at("input"),
                       sc.at("expect").at("screens").get<std::vector<std::string>>()});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.file < b.file; });
    return out;
}

Answers AnswersOf(const json& input) {
    Answers a;
    a["role"] = {input.at("role").get<std::string>()};
    for (const auto& [id, v] : input.at("answers").items()) {
        if (v.is_string())
            a[id] = {v.get<std::string>()};
        else if (v.is_number())
            a[id] = {v.dump()};
        else
            a[id] = v.get<std::vector<std::string>>();
    }
    return a;
}

const Fact* Uncertain(const std::string& id) {
    const Fact* f = Loaded().content.FindFact(id);
    return f && !f->Official() ? f : nullptr;
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST(Hedges, EveryFactThatIsNotVSaysWhoToCheckWithAndEveryLanguageHasTheHedge) {
    const auto& s = Loaded();
    ASSERT_TRUE(s.problems.empty()) << s.problems.ToString();
    int uncertain = 0;
    for (const auto& [id, fact] : s.content.facts()) {
        EXPECT_GE(ConfidenceRank(fact.status), 0) << id;
        if (fact.Official()) continue;
        ++uncertain;
        for (const char* lang : {"nl", "en", "ar"}) {
            Localizer l10n(s.catalogs);
            ASSERT_TRUE(l10n.SetLanguage(lang));
            EXPECT_TRUE(l10n.Has(fact.HedgeKey())) << id << " in " << lang;
        }
    }
    EXPECT_GT(uncertain, 0);
    // The loan maximum is only in the 2022 handreiking: DUO decides by income.
    EXPECT_EQ(s.content.FindFact("F-LOAN-1")->status, "SEED");
    EXPECT_EQ(s.content.FindFact("F-LOAN-1")->check_with, "DUO");
}

// The blocks of every screen of every walk-through: a block with a figure
// from a fact that is not V is followed, in the same fold, by its hedge (after
// any further blocks that need the same one).
TEST(Hedges, EveryWalkthroughScreenFollowsAnUncertainFigureWithItsHedge) {
    const auto& s = Loaded();
    Localizer nl(s.catalogs);
    ASSERT_TRUE(nl.SetLanguage("nl"));
    int hedged = 0;
    for (const auto& w : Walkthroughs()) {
        Session session;
        session.answers = AnswersOf(w.input);
        FlowEngine engine(s.content, session);
        engine.SetToday({2026, 11, 28});
        const Walk walk = engine.Path();
        for (size_t i = 0; i < w.screens.size(); ++i) {
            session.history.assign(w.screens.begin(), w.screens.begin() + static_cast<long>(i) + 1);
            const Screen& screen = engine.CurrentScreen();
            const ScreenView v = engine.Current();
            // The content's own blocks as shown, in order; the view has them
            // in the same order with the hedges between.
            std::vector<const Block*> shown;
            for (const auto& b : screen.blocks)
                if (s.content.flow().Shows(b, walk.answers)) shown.push_back(&b);
            size_t k = 0;
            for (size_t j = 0; j < v.blocks.size(); ++j) {
                SCOPED_TRACE(w.file + ", screen " + screen.id + ", block " + std::to_string(j));
                if (k < shown.size() && v.blocks[j].text == (shown[k]->type == "sources" ? "" : shown[k]->TextFor(v.role)) &&
                    v.blocks[j].type == shown[k]->type) {
                    const Block& b = *shown[k++];
                    std::string needs;
                    for (const auto& [name, spec] : b.args)
                        if (spec.kind == ArgSpec::Kind::FactValue)
                            if (const Fact* f = Uncertain(spec.fact); f && needs.empty()) needs = f->HedgeKey();
                    if (needs.empty()) continue;
                    const std::string text = nl.Format(v.blocks[j].text, v.blocks[j].args);
                    EXPECT_TRUE(std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
                        << "a block with a fact argument shows a figure: " << text;
                    // Forward to the hedge: only blocks that need the same one in between.
                    size_t h = j + 1;
                    while (h < v.blocks.size() && v.blocks[h].fold == v.blocks[j].fold && v.blocks[h].text != needs &&
                           HedgeOf(s.content, *shown[std::min(k + (h - j - 1), shown.size() - 1)]) == needs)
                        ++h;
                    ASSERT_LT(h, v.blocks.size()) << "no hedge after: " << text;
                    EXPECT_EQ(v.blocks[h].type, "note");
                    EXPECT_EQ(v.blocks[h].text, needs) << "after: " << text;
                    EXPECT_EQ(v.blocks[h].fold, v.blocks[j].fold) << "the hedge shows when the figure shows";
                    EXPECT_TRUE(Contains(nl.Format(v.blocks[h].text), "vraag het na bij")) << nl.Format(v.blocks[h].text);
                    ++hedged;
                } else {
                    // Not a content block: it must be a hedge the engine added.
                    EXPECT_EQ(v.blocks[j].type, "note");
                    EXPECT_EQ(v.blocks[j].text.rfind("hedge.", 0), 0u) << v.blocks[j].text;
                }
            }
            EXPECT_EQ(k, shown.size()) << w.file << ", screen " << screen.id;
        }
    }
    EXPECT_GT(hedged, 10) << "the walk-throughs show uncertain figures (the loan maximum, the PIP weeks, ...)";
}

// The calculators draw their own sentences (app/ui): each sentence with an
// uncertain figure carries the hedge itself, as the walk-throughs show them.
TEST(Hedges, CalculatorScreensOfEveryWalkthroughHedgeTheirUncertainFigures) {
    const auto& s = Loaded();
    Localizer nl(s.catalogs);
    ASSERT_TRUE(nl.SetLanguage("nl"));
    Problems problems;
    const calc::CalcFacts facts = intake::ReadCalcFacts(s.content, problems);
    ASSERT_TRUE(problems.empty()) << problems.ToString();
    auto hedge = [&](const std::string& fact) { return nl.Format(Uncertain(fact)->HedgeKey()); };
    std::set<std::string> seen;
    for (const auto& w : Walkthroughs()) {
        SCOPED_TRACE(w.file);
        Session session;
        session.answers = AnswersOf(w.input);
        FlowEngine engine(s.content, session);
        engine.SetToday({2026, 11, 28});
        const Answers answers = engine.Path().answers;
        const std::string role = engine.Role();
        auto on = [&](const std::string& id) { return std::find(w.screens.begin(), w.screens.end(), id) != w.screens.end(); };

        if (on("route_result")) {
            const RouteIndication r = engine.Route();
            const calc::RouteCostInput in = intake::RouteInputFrom(s.content.flow().settings().calculator_questions, r.route, answers, session.calculators);
            if (!calc::CheckRouteInput(in)) {
                const calc::RouteCost cost = calc::EstimateRoute(in, facts);
                const std::string hours = nl.Format(cost.hours_are_example ? "calc.route.hours_example" : "calc.route.hours",
                                                    {{"hours", int64_t{cost.hours}}, {"months", int64_t{cost.months}},
                                                     {"per_week", int64_t{in.hours_per_week}}});
                const std::string money = nl.Format("calc.route.cost", {{"course", Money{cost.course_cost}},
                                                                        {"per_hour", Money{cost.price_per_hour}},
                                                                        {"materials", Money{cost.materials}},
                                                                        {"exams", Money{cost.exam_fees}},
                                                                        {"examples", int64_t{cost.prices_are_examples ? 1 : 0}},
                                                                        {"total", Money{cost.total}}});
                // The hours: an example (F-ROUTE-1) or the route's rule (F-ROUTE-2, -3).
                const std::string hours_fact = cost.hours_are_example ? "F-ROUTE-1" : r.route == "z" ? "F-ROUTE-3" : "F-ROUTE-2";
                if (Uncertain(hours_fact)) EXPECT_TRUE(Contains(hours, hedge(hours_fact))) << hours;
                if (Uncertain("F-COST-3")) EXPECT_TRUE(Contains(money, hedge("F-COST-3"))) << money;
                if (cost.above_loan_cap > 0) {
                    const std::string gap = nl.Format("calc.route.above_loan", {{"max", Money{cost.loan_cap}}, {"gap", Money{cost.above_loan_cap}}});
                    EXPECT_TRUE(Contains(gap, hedge("F-LOAN-1"))) << gap;
                    EXPECT_TRUE(Contains(gap, "10.000")) << gap;
                    seen.insert("above_loan");
                }
                seen.insert("route");
            }
        }
        if (on("loan")) {
            const calc::LoanEstimate e = calc::EstimateLoan(calc::DefaultLoanInput(facts), facts);
            const std::string estimate = nl.Format("calc.loan.estimate");
            const std::string rate = nl.Format("calc.loan.rate", {{"since", facts.loan_rate_since}});
            for (const auto& src : e.sources)
                if (Uncertain(src.id)) {
                    EXPECT_TRUE(Contains(estimate, hedge(src.id))) << src.id << ": " << estimate;
                    EXPECT_TRUE(Contains(rate, hedge(src.id))) << src.id << ": " << rate;
                }
            // The last confirmed rate, with its year.
            EXPECT_TRUE(Contains(rate, "2023")) << rate;
            seen.insert("loan");
        }
        if (on("timeline")) {
            bool has_permit = false;
            const calc::TimelineInput in = intake::TimelineInputFrom(s.content.flow().settings().calculator_questions, answers, &has_permit);
            if (!has_permit || calc::CheckTimelineInput(in)) continue;
            const calc::Timeline t = calc::BuildTimeline(in, facts);
            auto has = [&](const std::string& key) { return nl.Has(key); };
            const Args figures{{"weeks", int64_t{facts.pip_weeks}},
                               {"months", int64_t{facts.repayment_delay_months}},
                               {"partner_years", int64_t{facts.naturalisation_partner_years}},
                               {"residence_years", int64_t{facts.permanent_years}},
                               {"usual", int64_t{facts.independent_years}},
                               {"turkish", int64_t{facts.independent_turkish_years}},
                               {"proposed", int64_t{facts.naturalisation_proposed_years}},
                               {"checked", Date{2026, 11, 28}}};
            for (const auto& m : t.milestones) {
                std::string said;
                for (const auto& c : m.conditions) said += nl.Format(calc::ConditionCatalogKey(c, role, has), figures) + "\n";
                for (const auto& id : m.sources)
                    if (Uncertain(id)) EXPECT_TRUE(Contains(said, hedge(id))) << m.id << " rests on " << id << ":\n" << said;
                seen.insert("timeline");
            }
        }
    }
    EXPECT_EQ(seen, (std::set<std::string>{"above_loan", "loan", "route", "timeline"}));
}
