// Route consequences, hand-computed (fees F-COST-1/2, example prices
// F-COST-3: EUR 15 an hour, EUR 250 materials; example hours F-ROUTE-1: 600).
#include <gtest/gtest.h>

#include <algorithm>

#include "calc/routes.h"

using namespace wegwijs::calc;

TEST(Routes, ZRouteIs800HoursAtAKeurmerkSchoolWithoutExams) {
    RouteCostInput in;
    in.route = "z";
    in.hours_per_week = 10;
    const RouteCost r = EstimateRoute(in, CalcFacts{});
    EXPECT_EQ(r.hours, 800);
    EXPECT_TRUE(r.needs_keurmerk_school);
    EXPECT_TRUE(r.exams.empty());
    EXPECT_DOUBLE_EQ(r.exam_fees, 0);
    // 800 x EUR 15 (example) + EUR 250 materials (example) = 12,250.
    EXPECT_DOUBLE_EQ(r.total, 12250);
    EXPECT_TRUE(r.prices_are_examples);
    // 800 h / (10 h x 52/12 weeks) = 18.46 -> 19 months.
    EXPECT_EQ(r.months, 19);
}

// Issue 7 (C-02): the Z-route at the example prices costs more than the loan
// maximum; the gap is computed from the facts, not written in a text.
TEST(Routes, ZRouteAtExamplePricesIsAboveTheLoanMaximum) {
    RouteCostInput in;
    in.route = "z";
    CalcFacts f;
    const RouteCost r = EstimateRoute(in, f);
    EXPECT_DOUBLE_EQ(r.loan_cap, 10000);
    EXPECT_DOUBLE_EQ(r.above_loan_cap, 2250);  // 12,250 - 10,000
    EXPECT_TRUE(std::any_of(r.sources.begin(), r.sources.end(), [](const SourceRef& s) { return s.id == "F-LOAN-1"; }) ||
                f.Source("F-LOAN-1") == nullptr);
    EXPECT_NE(std::find(r.conditions.begin(), r.conditions.end(), "no_exams"), r.conditions.end());
    // A cheaper school, or a higher maximum, closes the gap.
    in.price_per_hour = 12;
    in.materials = 0;
    EXPECT_DOUBLE_EQ(EstimateRoute(in, f).above_loan_cap, 0);  // 9,600
    in.price_per_hour = 15;
    in.materials = 250;
    f.loan_cap_eur = 13000;
    EXPECT_DOUBLE_EQ(EstimateRoute(in, f).above_loan_cap, 0);
}

TEST(Routes, B1AtExamplePricesFitsUnderTheLoanMaximum) {
    RouteCostInput in;
    in.route = "b1";
    const RouteCost r = EstimateRoute(in, CalcFacts{});
    EXPECT_DOUBLE_EQ(r.total, 600 * 15 + 250 + 250);  // 9,500
    EXPECT_DOUBLE_EQ(r.above_loan_cap, 0);
}

TEST(Routes, B1ExamFeesAndRetakes) {
    RouteCostInput in;
    in.route = "b1";
    in.price_per_hour = 14;
    in.materials = 150;
    in.hours = 400;
    in.retakes = 2;
    in.hours_per_week = 6;
    const RouteCost r = EstimateRoute(in, CalcFacts{});
    EXPECT_EQ(r.exams.size(), 5u);
    EXPECT_DOUBLE_EQ(r.exam_fees, 250);    // all five parts (F-COST-1)
    EXPECT_DOUBLE_EQ(r.retake_fees, 100);  // 2 x EUR 50
    // 400 x 14 + 150 + 250 + 100 = 6,100.
    EXPECT_DOUBLE_EQ(r.total, 6100);
    EXPECT_FALSE(r.prices_are_examples);
    EXPECT_FALSE(r.hours_are_example);
    EXPECT_FALSE(r.needs_keurmerk_school) << "self-study is allowed on the B1-route";
    EXPECT_EQ(r.months, 16);  // 400 / 26 = 15.4 -> 16
}

TEST(Routes, ScalingDownNeedsAtLeast600HoursAndConsent) {
    RouteCostInput in;
    in.route = "b1_a2";
    in.hours = 300;  // fewer than the minimum: the minimum counts
    const RouteCost r = EstimateRoute(in, CalcFacts{});
    EXPECT_EQ(r.hours, 600);
    EXPECT_NE(std::find(r.conditions.begin(), r.conditions.end(), "regievoerder_consent"), r.conditions.end());
    EXPECT_EQ(r.exam, "inburgeringsexamen_a2");
}

TEST(Routes, OnderwijsrouteUsesTheStaatsexamen) {
    RouteCostInput in;
    in.route = "onderwijs";
    const RouteCost r = EstimateRoute(in, CalcFacts{});
    EXPECT_EQ(r.exam, "staatsexamen_nt2");
    ASSERT_EQ(r.exams.size(), 5u);
    EXPECT_EQ(r.exams.back().id, "knm") << "KNM is an exam on the onderwijsroute too (issue 7, C-16)";
    EXPECT_DOUBLE_EQ(r.exam_fees, 250);  // F-COST-2, complete staatsexamen 200, plus KNM 50 (F-COST-1)
    EXPECT_TRUE(r.needs_recognised_school);
    EXPECT_TRUE(r.hours_are_example);
}

TEST(Routes, BadInputIsNamed) {
    RouteCostInput in;
    in.route = "c2";
    EXPECT_NE(CheckRouteInput(in)->find("unknown route \"c2\""), std::string::npos);
    in.route = "b1";
    in.hours_per_week = 0;
    EXPECT_EQ(*CheckRouteInput(in), "hours a week must be 1 to 60, not 0");
    EXPECT_EQ(FindRouteProblem(in)->field, "hours_per_week");
    in.hours_per_week = 8;
    in.price_per_hour = -1;
    EXPECT_EQ(FindRouteProblem(in)->field, "price_per_hour");
    EXPECT_EQ(EstimateRoute(in, CalcFacts{}).total, 0) << "an invalid input estimates nothing";
}

TEST(Routes, B1HoursAreAnExampleUntilThePersonGivesTheirs) {
    RouteCostInput in;
    in.route = "b1";
    const RouteCost r = EstimateRoute(in, CalcFacts{});
    EXPECT_EQ(r.hours, 600);
    EXPECT_TRUE(r.hours_are_example);
    EXPECT_TRUE(r.self_study_allowed);
    // 600 x 15 + 250 materials + 250 exams = 9,500; all three example-based.
    EXPECT_DOUBLE_EQ(r.total, 9500);
    EXPECT_TRUE(r.prices_are_examples);
    // 600 h at 8 h a week: 600 x 12 / (8 x 52) = 17.3 -> 18 months.
    EXPECT_EQ(r.months, 18);
}

TEST(Routes, OwnPricePerHourStillUsesExampleMaterials) {
    RouteCostInput in;
    in.route = "b1";
    in.price_per_hour = 14;
    const RouteCost r = EstimateRoute(in, CalcFacts{});
    EXPECT_DOUBLE_EQ(r.materials, 250);
    EXPECT_TRUE(r.prices_are_examples) << "the materials are still the example";
    EXPECT_DOUBLE_EQ(r.course_cost, 600 * 14 + 250);
}

TEST(Routes, MonthsFitExactlyWhenTheHoursDo) {
    RouteCostInput in;
    in.route = "b1";
    in.hours = 520;
    in.hours_per_week = 30;  // 30 x 52 / 12 = 130 hours a month: 520 / 130 = 4 months exactly
    EXPECT_EQ(EstimateRoute(in, CalcFacts{}).months, 4);
    in.hours = 521;
    EXPECT_EQ(EstimateRoute(in, CalcFacts{}).months, 5);
}

TEST(Routes, RetakesCostTheFeeOfAPartAgain) {
    RouteCostInput in;
    in.route = "onderwijs";
    in.retakes = 1;
    EXPECT_DOUBLE_EQ(EstimateRoute(in, CalcFacts{}).retake_fees, 50);  // F-COST-2, one part
    in.route = "z";
    in.retakes = 2;
    EXPECT_DOUBLE_EQ(EstimateRoute(in, CalcFacts{}).retake_fees, 0) << "the Z-route has no exams";
}

TEST(Routes, ScalingDownConditions) {
    const ScalingDownToA2 s = ScalingDownConditions(CalcFacts{});
    EXPECT_EQ(s.min_hours, 600);  // F-ROUTE-2
    for (const char* c : {"min_hours_at_keurmerk_school", "regievoerder_consent", "pip_change"})
        EXPECT_NE(std::find(s.conditions.begin(), s.conditions.end(), c), s.conditions.end()) << c;
}
