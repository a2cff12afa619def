// The calculator screens' views, built in the core: what a person sees on
// the loan, timeline and school screens and the route result, checked
// without a window, in their language.
#include <gtest/gtest.h>

#include "intake/calc_views.h"
#include "shipped_content.h"

using namespace wegwijs;
using namespace wegwijs::intake;

namespace {

// The Z-route person of scenario 18, by answers (no window, no taps).
Answers ZRoutePerson() {
    return {{"role", {"migrant"}},          {"nareiziger", {"no"}},         {"card_date", {"2026-01-20"}},
            {"duo_letter_date", {"2026-03-02"}}, {"age_band", {"30_49"}},     {"schooling_years", {"0"}},
            {"schooling_level", {"none"}},  {"latin_script", {"no"}},       {"languages", {"arabic"}},
            {"dutch_level", {"none"}},      {"work_experience", {"no"}},    {"goal", {"family"}},
            {"learning_hours", {"10"}},     {"partner_dutch", {"yes"}},     {"together_since", {"2025-06-01"}},
            {"turkish", {"no"}}};
}

struct Person {
    Session session;
    FlowEngine engine{test::Loaded().content, session};
    explicit Person(Answers answers) {
        session.answers = std::move(answers);
        engine.SetToday({2026, 11, 28});
    }
};

bool HasLatinWord(const std::string& s) {
    // Any run of three ASCII letters other than the names kept in Dutch.
    std::string word;
    for (char c : s + " ") {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            word += c;
            continue;
        }
        if (word.size() >= 3 && word != "DUO" && word != "Wegwijs" && word != "IND" && word != "PIP") return true;
        word.clear();
    }
    return false;
}

}  // namespace

TEST(CalcViews, TimelineWithTheLetterBeforeTheCardSaysSoInTheirLanguage) {
    // Today this showed the core's English message on an Arabic screen.
    Answers a = ZRoutePerson();
    a["duo_letter_date"] = {"2025-12-01"};  // before the card date
    Person p(a);
    const TimelineView v = BuildTimelineView(test::Loaded().bundle, p.engine);
    ASSERT_TRUE(v.problem);
    EXPECT_EQ(v.problem->text.key, "calc.problem.letter_before_card");
    EXPECT_EQ(v.problem->question, "duo_letter_date") << "the answer to change";
    EXPECT_TRUE(v.marks.empty()) << "no dates drawn from impossible input";
    Localizer l10n(test::Loaded().catalogs);
    for (const char* lang : {"nl", "en", "ar"}) {
        l10n.SetLanguage(lang);
        ASSERT_TRUE(l10n.Has(v.problem->text.key)) << lang;
        const std::string said = Format(l10n, v.problem->text);
        EXPECT_NE(said.find("2025"), std::string::npos) << lang << ": " << said;  // both dates shown
        EXPECT_NE(said.find("2026"), std::string::npos) << lang << ": " << said;
        if (std::string(lang) == "ar") EXPECT_FALSE(HasLatinWord(said)) << said;
    }
}

TEST(CalcViews, TimelineFromTheAnswersHasDatedMarksAndFoldsTheMinorConditions) {
    Person p(ZRoutePerson());
    const TimelineView v = BuildTimelineView(test::Loaded().bundle, p.engine);
    ASSERT_FALSE(v.problem);
    ASSERT_FALSE(v.marks.empty());
    for (size_t i = 1; i < v.marks.size(); ++i) EXPECT_LE(v.marks[i - 1].date, v.marks[i].date) << "in date order";
    EXPECT_EQ(v.marks.size(), v.groups.size());
    bool relationship_in_view = false;
    for (const auto& g : v.groups)
        for (const auto& c : g.conditions)
            if (c.text.key.find("relationship_years") != std::string::npos) relationship_in_view = relationship_in_view || c.in_view;
    EXPECT_TRUE(relationship_in_view) << "that the permit hangs on the partner is never folded away";
    EXPECT_TRUE(v.has_folded);
    EXPECT_FALSE(v.sources.empty());
}

TEST(CalcViews, TimelineWithoutACardDateAsksForIt) {
    Answers a = ZRoutePerson();
    a.erase("card_date");
    Person p(a);
    const TimelineView v = BuildTimelineView(test::Loaded().bundle, p.engine);
    ASSERT_TRUE(v.problem);
    EXPECT_EQ(v.problem->text.key, "calc.timeline.need_card");
    EXPECT_EQ(v.problem->question, "card_date");
}

TEST(CalcViews, LoanFollowsWhatThePersonSetThroughTheEngine) {
    Person p(ZRoutePerson());
    const Bundle& b = test::Loaded().bundle;
    LoanView v = BuildLoanView(b, p.engine);
    ASSERT_FALSE(v.problem);
    EXPECT_EQ(v.amount_max, static_cast<int>(b.facts.loan_cap_eur));
    ASSERT_TRUE(v.start_hint);
    EXPECT_EQ(v.start_hint->key, "calc.loan.start_from_answers") << "the card and letter dates give the repayment start";
    EXPECT_TRUE(p.session.calculators == CalculatorInputs{});

    ASSERT_TRUE(p.engine.SetLoanAmount(8000));
    EXPECT_FALSE(p.engine.SetLoanRate(-5)) << "not stored";
    v = BuildLoanView(b, p.engine);
    EXPECT_EQ(v.amount_eur, 8000);
    EXPECT_EQ(v.result.key, "calc.loan.result");
    ASSERT_GE(v.debt.size(), 3u);
    EXPECT_DOUBLE_EQ(v.debt.front().second, 8000);
    EXPECT_NEAR(v.debt.back().second, 0, 0.01) << "the chart ends with the debt repaid";
    EXPECT_FALSE(p.session.empty()) << "a calculator input is something the person entered";

    // A start before the payout: said in words with both dates, no estimate.
    p.engine.SetLoanPayout({2027, 6, 1});
    p.engine.SetLoanStart({2027, 1, 1});
    v = BuildLoanView(b, p.engine);
    EXPECT_FALSE(v.problem) << "the start is never drawn before the payout: it moves along";
    EXPECT_EQ(v.start, (Date{2027, 6, 1}));

    p.engine.Wipe();
    EXPECT_TRUE(p.session.empty()) << "stop and erase clears the calculators with the answers";
}

TEST(CalcViews, SchoolChecksAreAnsweredThroughTheEngine) {
    Person p(ZRoutePerson());
    SchoolsView v = BuildSchoolsView(p.engine);
    ASSERT_EQ(v.schools.size(), 1u);
    for (const auto& c : v.schools[0].checks) EXPECT_FALSE(c.answered) << "nothing chosen beforehand";
    ASSERT_EQ(v.answers.size(), 3u);
    EXPECT_TRUE(p.engine.AnswerSchoolCheck(0, calc::SchoolCheck::Keurmerk, calc::Tri::No));
    EXPECT_FALSE(p.engine.AnswerSchoolCheck(1, calc::SchoolCheck::Keurmerk, calc::Tri::No)) << "no second school yet";
    v = BuildSchoolsView(p.engine);
    EXPECT_TRUE(v.schools[0].blocking) << "no keurmerk: the loan cannot pay";
    EXPECT_TRUE(p.engine.AddSchool());
    EXPECT_TRUE(p.engine.AddSchool());
    EXPECT_FALSE(p.engine.AddSchool()) << "three side by side at most";
    v = BuildSchoolsView(p.engine);
    EXPECT_EQ(v.schools.size(), 3u);
    EXPECT_FALSE(v.add);
}

TEST(CalcViews, RouteResultShowsTheZRouteCostGapAndTheAnswersItRestsOn) {
    Person p(ZRoutePerson());
    const RouteIndication r = p.engine.Route();
    ASSERT_EQ(r.route, "z");
    const RouteView v = BuildRouteView(test::Loaded().bundle, p.engine, r);
    ASSERT_TRUE(v.has_cost);
    ASSERT_TRUE(v.above_loan) << "800 hours at the example price cost more than the loan";
    ASSERT_TRUE(v.note);
    EXPECT_FALSE(v.based_on.empty());
    Localizer l10n(test::Loaded().catalogs);
    l10n.SetLanguage("nl");
    const std::string result = Format(l10n, v.result);
    EXPECT_EQ(result.find("route.z"), std::string::npos) << "the route's name is formatted inside: " << result;

    ASSERT_TRUE(p.engine.SetPricePerHour(10));
    const RouteView cheaper = BuildRouteView(test::Loaded().bundle, p.engine, r);
    EXPECT_EQ(cheaper.price_per_hour, 10);
}
