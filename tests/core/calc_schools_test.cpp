// The school checklist (F-SCHOOL-1): seven checks per school, up to three
// schools; no Blik op Werk keurmerk blocks the loan, the Z-route and A2.
#include <gtest/gtest.h>

#include <set>

#include "calc/schools.h"

using namespace wegwijs::calc;

TEST(Schools, SevenChecksWithStableIds) {
    std::set<std::string> ids, keys;
    for (SchoolCheck c : AllSchoolChecks()) {
        ids.insert(SchoolCheckId(c));
        keys.insert(SchoolCheckCatalogKey(c));
        EXPECT_EQ(SchoolCheckFromId(SchoolCheckId(c)), c);
    }
    EXPECT_EQ(ids.size(), 7u);
    EXPECT_EQ(keys.size(), 7u);
    EXPECT_STREQ(SchoolCheckId(SchoolCheck::Keurmerk), "keurmerk");
    EXPECT_STREQ(SchoolCheckId(SchoolCheck::FitsWork), "fits_work");
    EXPECT_STREQ(SchoolCheckCatalogKey(SchoolCheck::Keurmerk), "schools.check.keurmerk");
    EXPECT_FALSE(SchoolCheckFromId("parking"));
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
    EXPECT_EQ(v.open.size(), 5u);
    for (const char* id : {"F-SCHOOL-1", "F-LOAN-2", "F-ROUTE-2", "F-ROUTE-3"})
        EXPECT_NE(std::find(v.sources.begin(), v.sources.end(), id), v.sources.end()) << id;
}

TEST(Schools, UnknownKeurmerkIsAQuestionNotAVerdict) {
    SchoolAnswers a;  // all unknown
    const SchoolVerdict v = Evaluate(a);
    EXPECT_FALSE(v.blocking) << "ask the school first";
    EXPECT_TRUE(v.keurmerk_unknown);
    EXPECT_EQ(v.unknown, 7);
    a[SchoolCheck::Keurmerk] = Tri::Yes;
    EXPECT_FALSE(Evaluate(a).keurmerk_unknown);
    EXPECT_TRUE(Evaluate(a).blocks.empty());
}

TEST(Schools, ThreeSchoolsSideBySide) {
    std::vector<SchoolChecklist> schools(3);
    schools[0].name = "Taalhuis";
    schools[0].answers[SchoolCheck::Keurmerk] = Tri::Yes;
    schools[1].name = "Cheap & Quick";
    schools[1].answers[SchoolCheck::Keurmerk] = Tri::No;
    schools[2].name = "Avondschool";
    for (SchoolCheck c : AllSchoolChecks()) schools[2].answers[c] = Tri::Yes;
    const auto verdicts = CompareSchools(schools);
    ASSERT_EQ(verdicts.size(), 3u);
    EXPECT_FALSE(verdicts[0].blocking);
    EXPECT_TRUE(verdicts[1].blocking);
    EXPECT_EQ(verdicts[2].yes, 7);
    EXPECT_TRUE(verdicts[2].open.empty());

    schools.push_back({"Fourth", {}});
    EXPECT_EQ(FindSchoolsProblem(schools)->message, "at most 3 schools side by side, not 4");
    EXPECT_TRUE(CompareSchools(schools).empty());
}
