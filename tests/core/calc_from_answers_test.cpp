// The calculators' inputs taken from flow answers (what the screens draw),
// through the questions content names in flow.json "calculator_questions".
#include <gtest/gtest.h>

#include "intake/bindings.h"
#include "shipped_content.h"

using namespace wegwijs;
using namespace wegwijs::calc;
using wegwijs::intake::RouteInputFrom;

namespace {
const CalculatorQuestions& Shipped() { return test::Loaded().content.flow().settings().calculator_questions; }
TimelineInput TimelineInputFrom(const Answers& a, bool* has_permit) { return intake::TimelineInputFrom(Shipped(), a, has_permit); }
}  // namespace

TEST(FromAnswers, TimelineTakesTheCardDateLetterPartnerAndNationality) {
    const Answers a{{"card_date", {"2026-03-01"}},
                    {"duo_letter_date", {"2026-04-15"}},
                    {"partner_dutch", {"yes"}},
                    {"together_since", {"2025-05-10"}},
                    {"turkish", {"no"}}};
    bool has_permit = false;
    const TimelineInput in = TimelineInputFrom(a, &has_permit);
    EXPECT_TRUE(has_permit);
    EXPECT_EQ(in.permit, (Date{2026, 3, 1}));
    EXPECT_EQ(in.duo_notice, (Date{2026, 4, 15}));
    EXPECT_TRUE(in.partner_dutch);
    EXPECT_EQ(in.together_since, (Date{2025, 5, 10}));
    EXPECT_FALSE(in.turkish);
    EXPECT_FALSE(CheckTimelineInput(in));
}

TEST(FromAnswers, ADutchPartnerWithoutADateCountsAsUnanswered) {
    bool has_permit = true;
    const TimelineInput in = TimelineInputFrom({{"partner_dutch", {"yes"}}}, &has_permit);
    EXPECT_FALSE(has_permit);
    EXPECT_FALSE(in.partner_dutch) << "else the timeline would refuse the input";
}

TEST(FromAnswers, RouteUsesTheirHoursAndOnlyPricesTheySet) {
    CalculatorInputs state;
    RouteCostInput in = RouteInputFrom(Shipped(), "b1", {{"learning_hours", {"12"}}}, state);
    EXPECT_EQ(in.hours_per_week, 12);
    EXPECT_FALSE(in.price_per_hour) << "the example of F-COST-3 until they set one";
    EXPECT_TRUE(EstimateRoute(in, CalcFacts{}).prices_are_examples);
    state.price_per_hour = 14;
    state.materials = 150;
    in = RouteInputFrom(Shipped(), "b1", {{"learning_hours", {"500"}}}, state);
    EXPECT_EQ(in.hours_per_week, 60) << "clamped to what the calculator accepts";
    EXPECT_EQ(in.price_per_hour, 14.0);
    EXPECT_FALSE(EstimateRoute(in, CalcFacts{}).prices_are_examples);
}

TEST(FromAnswers, TheQuestionsReadAreTheOnesContentNames) {
    // A gemeente that renames its card-date question keeps a working timeline
    // once flow.json names the new id; the old id is no longer read.
    CalculatorQuestions q = Shipped();
    q.card_date = "residence_card_day";
    bool has_permit = false;
    TimelineInput in = intake::TimelineInputFrom(q, {{"card_date", {"2026-03-01"}}}, &has_permit);
    EXPECT_FALSE(has_permit);
    in = intake::TimelineInputFrom(q, {{"residence_card_day", {"2026-03-01"}}}, &has_permit);
    EXPECT_TRUE(has_permit);
    EXPECT_EQ(in.permit, (Date{2026, 3, 1}));
}
