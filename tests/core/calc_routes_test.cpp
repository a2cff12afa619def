// Route consequences and the school checklist, hand-computed.
#include <gtest/gtest.h>

#include "calc/routes.h"
#include "calc/schools.h"

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
    EXPECT_EQ(r.exams.size(), 4u);
    EXPECT_DOUBLE_EQ(r.exam_fees, 200);  // F-COST-2, complete exam
    EXPECT_TRUE(r.needs_recognised_school);
    EXPECT_TRUE(r.hours_are_example);
}

TEST(Routes, BadInputIsNamed) {
    RouteCostInput in;
    in.route = "c2";
    EXPECT_NE(CheckRouteInput(in)->find("unknown route \"c2\""), std::string::npos);
    in.route = "b1";
    in.hours_per_week = 0;
    EXPECT_NE(CheckRouteInput(in)->find("hours a week"), std::string::npos);
}

TEST(Schools, NoKeurmerkBlocksTheLoanTheZRouteAndScalingDown) {
    SchoolAnswers a;
    a[SchoolCheck::IntakeTest] = Tri::Yes;
    a[SchoolCheck::Keurmerk] = Tri::No;
    const SchoolVerdict v = Evaluate(a);
    EXPECT_TRUE(v.blocking);
    EXPECT_EQ(v.blocks, (std::vector<std::string>{"duo_loan", "z_route", "a2_scaling"}));
    EXPECT_EQ(v.yes, 1);
    EXPECT_EQ(v.no, 1);
    EXPECT_EQ(v.unknown, 5);
    a[SchoolCheck::Keurmerk] = Tri::Unknown;
    EXPECT_FALSE(Evaluate(a).blocking) << "unknown is not a verdict: ask the school";
    EXPECT_STREQ(SchoolCheckId(SchoolCheck::FitsWork), "fits_work");
}
