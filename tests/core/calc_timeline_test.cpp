// Residence and integration milestones, hand-computed from the rules in issue 3.
#include <gtest/gtest.h>

#include "calc/timeline.h"

using namespace wegwijs;
using namespace wegwijs::calc;

namespace {
const Milestone* Find(const Timeline& t, const std::string& id) {
    for (const auto& m : t.milestones)
        if (m.id == id) return &m;
    return nullptr;
}
bool Has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }
}  // namespace

TEST(Timeline, FromDuoNoticeWithoutPip) {
    TimelineInput in;
    in.permit = {2026, 3, 1};
    in.duo_notice = {2026, 4, 15};
    const Timeline t = BuildTimeline(in, CalcFacts{});
    // 15 April + 70 days = 24 June.
    ASSERT_NE(Find(t, "pip_deadline"), nullptr);
    EXPECT_EQ(Find(t, "pip_deadline")->date, (Date{2026, 6, 24}));
    // No PIP date: the term is estimated from the PIP deadline + 3 years.
    EXPECT_EQ(Find(t, "term_end")->date, (Date{2029, 6, 24}));
    EXPECT_TRUE(Has(Find(t, "term_end")->conditions, "estimate_from_pip_deadline"));
    EXPECT_EQ(Find(t, "loan_repayment_start")->date, (Date{2029, 12, 24}));
    EXPECT_EQ(Find(t, "naturalisation_earliest")->date, (Date{2031, 3, 1}));
    EXPECT_TRUE(Has(Find(t, "naturalisation_earliest")->conditions, "diploma"));
    EXPECT_TRUE(Has(Find(t, "naturalisation_earliest")->sources, "F-VRB-3")) << "rules may change";
    EXPECT_EQ(Find(t, "permanent_residence")->date, (Date{2031, 3, 1}));
    EXPECT_EQ(Find(t, "independent_permit")->date, (Date{2031, 3, 1}));
    // In date order.
    for (size_t i = 1; i < t.milestones.size(); ++i) EXPECT_LE(t.milestones[i - 1].date, t.milestones[i].date);
}

TEST(Timeline, PipDateWins) {
    TimelineInput in;
    in.permit = {2026, 3, 1};
    in.duo_notice = {2026, 4, 15};
    in.pip = {2026, 6, 1};
    const Timeline t = BuildTimeline(in, CalcFacts{});
    EXPECT_EQ(Find(t, "term_end")->date, (Date{2029, 6, 1}));
    EXPECT_FALSE(Has(Find(t, "term_end")->conditions, "estimate_from_pip_deadline"));
}

TEST(Timeline, WithoutDuoLetterOrPipTheTermIsUnknown) {
    TimelineInput in;
    in.permit = {2026, 3, 1};
    const Timeline t = BuildTimeline(in, CalcFacts{});
    EXPECT_EQ(Find(t, "term_end"), nullptr);
    EXPECT_EQ(Find(t, "pip_deadline"), nullptr);
    ASSERT_EQ(t.unknown.size(), 3u);
    EXPECT_NE(Find(t, "permanent_residence"), nullptr) << "permit-based milestones still shown";
}

TEST(Timeline, DutchPartnerTakesTheLaterOfThreeYearsTogetherAndThePermit) {
    TimelineInput in;
    in.permit = {2026, 3, 1};
    in.partner_dutch = true;
    in.together_since = {2021, 5, 10};  // + 3 years is before the permit: the permit date counts
    EXPECT_EQ(Find(BuildTimeline(in, CalcFacts{}), "naturalisation_earliest")->date, (Date{2026, 3, 1}));
    in.together_since = {2025, 5, 10};
    EXPECT_EQ(Find(BuildTimeline(in, CalcFacts{}), "naturalisation_earliest")->date, (Date{2028, 5, 10}));
}

TEST(Timeline, TurkishNationalsGetAnIndependentPermitAfterThreeYears) {
    TimelineInput in;
    in.permit = {2028, 2, 29};
    in.turkish = true;
    // 29 Feb 2028 + 3 years = 28 Feb 2031 (no 29 Feb in 2031).
    EXPECT_EQ(Find(BuildTimeline(in, CalcFacts{}), "independent_permit")->date, (Date{2031, 2, 28}));
    EXPECT_EQ(Find(BuildTimeline(in, CalcFacts{}), "permanent_residence")->date, (Date{2033, 2, 28}));
}

TEST(Timeline, ImpossibleDatesAreNamed) {
    TimelineInput in;
    in.permit = {2026, 3, 1};
    in.duo_notice = {2026, 1, 1};
    EXPECT_EQ(*CheckTimelineInput(in), "DUO's letter (2026-01-01) is dated before the residence card (2026-03-01)");
    in.duo_notice.reset();
    in.together_since = {2020, 1, 1};
    EXPECT_NE(CheckTimelineInput(in)->find("--partner-dutch"), std::string::npos);
}
