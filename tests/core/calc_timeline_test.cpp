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
    EXPECT_EQ(FindTimelineProblem(in)->field, "duo_notice");
    in.duo_notice.reset();
    in.pip = {2026, 2, 1};
    EXPECT_EQ(*CheckTimelineInput(in), "the PIP (2026-02-01) is dated before the residence card (2026-03-01)");
    in.pip = {2026, 4, 1};
    in.duo_notice = {2026, 4, 15};
    EXPECT_EQ(*CheckTimelineInput(in), "the PIP (2026-04-01) is dated before DUO's letter (2026-04-15)");
    in.pip.reset();
    in.duo_notice.reset();
    in.together_since = {2020, 1, 1};
    EXPECT_EQ(*CheckTimelineInput(in), "the date of living together only counts with a Dutch partner");
    in.together_since.reset();
    in.partner_dutch = true;
    EXPECT_EQ(FindTimelineProblem(in)->field, "together_since");
    EXPECT_TRUE(BuildTimeline(in, CalcFacts{}).milestones.empty()) << "an invalid input shows nothing, not wrong dates";
}

TEST(Timeline, PipOnTwentyNinthOfFebruary) {
    TimelineInput in;
    in.permit = {2027, 11, 1};
    in.pip = {2028, 2, 29};
    const Timeline t = BuildTimeline(in, CalcFacts{});
    // 29 Feb 2028 + 3 years = 28 Feb 2031; + 6 months = 28 Aug 2031.
    EXPECT_EQ(Find(t, "term_end")->date, (Date{2031, 2, 28}));
    EXPECT_EQ(Find(t, "loan_repayment_start")->date, (Date{2031, 8, 28}));
    // Known PIP, no DUO letter: only the deadline is unknown.
    ASSERT_EQ(t.unknown.size(), 1u);
    EXPECT_EQ(t.unknown[0].first, "pip_deadline");
}

TEST(Timeline, NaturalisationCarriesADatedRulesMayChangeNote) {
    TimelineInput in;
    in.permit = {2026, 3, 1};
    const Timeline t = BuildTimeline(in, CalcFacts{});
    ASSERT_EQ(t.notes.size(), 1u);
    EXPECT_EQ(t.notes[0].id, "rules_may_change");
    EXPECT_EQ(t.notes[0].fact, "F-VRB-3");
    EXPECT_EQ(t.notes[0].milestones, (std::vector<std::string>{"naturalisation_earliest"}));
    EXPECT_EQ(t.notes[0].proposed_years, 10);
    in.partner_dutch = true;
    in.together_since = {2025, 5, 10};
    EXPECT_EQ(BuildTimeline(in, CalcFacts{}).notes[0].proposed_years, 5) << "the bill's term for partners of Dutch nationals";
}

TEST(Timeline, EveryMilestoneNamesItsSources) {
    TimelineInput in;
    in.permit = {2026, 3, 1};
    in.duo_notice = {2026, 4, 15};
    const Timeline t = BuildTimeline(in, CalcFacts{});
    const std::vector<std::string> ids{"pip_deadline",        "term_end",            "loan_repayment_start",
                                       "naturalisation_earliest", "permanent_residence", "independent_permit"};
    for (const auto& id : ids) {
        ASSERT_NE(Find(t, id), nullptr) << id;
        EXPECT_FALSE(Find(t, id)->sources.empty()) << id;
        EXPECT_FALSE(Find(t, id)->conditions.empty()) << id;
    }
    EXPECT_EQ(Find(t, "loan_repayment_start")->sources, (std::vector<std::string>{"F-LOAN-3"}));
}

// Issue 7 (M-02): what happens if the relationship ends is said under the
// independent-permit milestone: the years, the exam, the exceptions for
// domestic violence and the partner's death, and who to ask.
TEST(Timeline, IndependentPermitSaysWhatIfTheRelationshipEnds) {
    TimelineInput in;
    in.permit = {2026, 3, 1};
    const Timeline usual = BuildTimeline(in, CalcFacts{});
    const Milestone* m = Find(usual, "independent_permit");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->conditions, (std::vector<std::string>{"relationship_years", "exam", "exceptions_violence_death", "ask_ind"}));
    in.turkish = true;
    const Timeline turkish = BuildTimeline(in, CalcFacts{});
    m = Find(turkish, "independent_permit");
    ASSERT_NE(m, nullptr);
    EXPECT_TRUE(Has(m->conditions, "turkish_rules"));
    EXPECT_FALSE(Has(m->conditions, "relationship_years"));
    EXPECT_TRUE(Has(m->conditions, "exceptions_violence_death"));
    EXPECT_TRUE(Has(m->conditions, "ask_ind"));
}

TEST(Timeline, ConditionKeyTakesTheRoleVariantWhenThereIsOne) {
    auto has = [](const std::string& k) { return k == "calc.timeline.cond.ask_ind.referent"; };
    EXPECT_EQ(ConditionCatalogKey("ask_ind", "referent", has), "calc.timeline.cond.ask_ind.referent");
    EXPECT_EQ(ConditionCatalogKey("ask_ind", "migrant", has), "calc.timeline.cond.ask_ind");
    EXPECT_EQ(ConditionCatalogKey("exam", "referent", has), "calc.timeline.cond.exam");
}
