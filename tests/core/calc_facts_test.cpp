// The calculators' figures come from content/facts.json: a content editor
// changes a value there and the results follow; a missing value is named
// with the file and JSON path.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <fstream>
#include <set>
#include <nlohmann/json.hpp>

#include "intake/calc_facts_reader.h"
#include "calc/loan.h"
#include "calc/timeline.h"
#include "model/content.h"
#include "i18n/catalog.h"

using namespace wegwijs;
using namespace wegwijs::calc;
namespace fs = std::filesystem;

namespace {

// The shipped content, or a copy with facts.json edited by `edit`.
struct LoadedFacts {
    Catalogs catalogs;
    Content content;
    Problems load_problems;
    Problems problems;  // from ReadCalcFacts
    CalcFacts facts;
    std::string copy;  // the edited copy, removed afterwards

    explicit LoadedFacts(const std::function<void(nlohmann::json&)>& edit = {}) {
        if (edit) copy = EditedCopy(edit);
        catalogs.Load(WEGWIJS_SOURCE_DIR "/i18n", load_problems);
        content.Load(copy.empty() ? WEGWIJS_SOURCE_DIR "/content" : copy, catalogs, load_problems);
        facts = intake::ReadCalcFacts(content, problems);
    }
    ~LoadedFacts() {
        std::error_code ignored;
        if (!copy.empty()) fs::remove_all(copy, ignored);
    }

    static std::string EditedCopy(const std::function<void(nlohmann::json&)>& edit) {
        const fs::path dir = fs::temp_directory_path() / ("wegwijs-calc-facts-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                                          "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::copy(WEGWIJS_SOURCE_DIR "/content", dir, fs::copy_options::recursive);
        nlohmann::json j;
        std::ifstream(dir / "facts.json") >> j;
        edit(j);
        std::ofstream(dir / "facts.json") << j.dump(2);
        return dir.string();
    }
};

}  // namespace

TEST(CalcFacts, ShippedContentHasEveryFigure) {
    const LoadedFacts f;
    ASSERT_TRUE(f.load_problems.empty()) << f.load_problems.ToString();
    ASSERT_TRUE(f.problems.empty()) << f.problems.ToString();
    // The figures of shared/facts.md, as the calculators see them.
    EXPECT_DOUBLE_EQ(f.facts.loan_cap_eur, 10000);            // F-LOAN-1
    EXPECT_DOUBLE_EQ(f.facts.loan_rate_percent, 1.78);        // F-LOAN-4
    EXPECT_EQ(f.facts.loan_rate_since, (Date{2023, 1, 1}));   // F-LOAN-4
    EXPECT_EQ(f.facts.pip_weeks * 7, 70);                     // F-TERM-3
    EXPECT_EQ(f.facts.repayment_delay_months, 6);             // F-LOAN-3
    EXPECT_DOUBLE_EQ(f.facts.exam_fee_all_parts, 250);        // F-COST-1
    EXPECT_DOUBLE_EQ(f.facts.nt2_fee_complete, 200);          // F-COST-2
    // Each fact used is a source with its check date and status.
    const SourceRef* rate = f.facts.Source("F-LOAN-4");
    ASSERT_NE(rate, nullptr);
    EXPECT_EQ(rate->checked, (Date{2026, 11, 28}));
    // 1.78% is confirmed for 2023 only; as the rate for now it is unverified (U).
    EXPECT_EQ(rate->status, "U");
    EXPECT_EQ(rate->check_with, "DUO");
    // EUR 10,000 comes from the 2022 handreiking only: DUO decides by income.
    ASSERT_NE(f.facts.Source("F-LOAN-1"), nullptr);
    EXPECT_EQ(f.facts.Source("F-LOAN-1")->status, "SEED");
    ASSERT_NE(f.facts.Source("F-VRB-3"), nullptr);
    EXPECT_EQ(f.facts.Source("F-VRB-3")->status, "U");
}

TEST(CalcFacts, AnEditorChangesTheFiguresWithoutCode) {
    const LoadedFacts f([](nlohmann::json& j) {
        j["facts"]["F-LOAN-4"]["values"]["rate_percent"] = 2.5;
        j["facts"]["F-LOAN-4"]["values"]["since"] = "2027-01-01";
        j["facts"]["F-TERM-3"]["values"]["pip_weeks"] = 8;
    });
    ASSERT_TRUE(f.problems.empty()) << f.problems.ToString();
    EXPECT_DOUBLE_EQ(DefaultLoanInput(f.facts).rate_percent, 2.5);
    EXPECT_EQ(f.facts.loan_rate_since, (Date{2027, 1, 1}));
    TimelineInput in;
    in.permit = {2026, 3, 1};
    in.duo_notice = {2026, 4, 15};
    // 15 April + 8 weeks (56 days) = 10 June.
    const Timeline t = BuildTimeline(in, f.facts);
    ASSERT_FALSE(t.milestones.empty());
    EXPECT_EQ(t.milestones[0].id, "pip_deadline");
    EXPECT_EQ(t.milestones[0].date, (Date{2026, 6, 10}));
    ASSERT_FALSE(t.notes.empty());
    EXPECT_EQ(t.notes[0].checked, (Date{2026, 11, 28})) << "the rules-may-change note is dated";
}

TEST(CalcFacts, MissingOrBrokenValuesAreNamedWithFileAndPath) {
    const LoadedFacts f([](nlohmann::json& j) {
        j["facts"]["F-LOAN-4"]["values"].erase("rate_percent");
        j["facts"]["F-TERM-2"]["values"]["term_years"] = 2.5;
        j["facts"].erase("F-VRB-5");
    });
    const std::string all = f.problems.ToString();
    EXPECT_NE(all.find("/facts/F-LOAN-4/values/rate_percent"), std::string::npos) << all;
    EXPECT_NE(all.find("/facts/F-TERM-2/values/term_years"), std::string::npos) << all;
    EXPECT_NE(all.find("whole number"), std::string::npos) << all;
    EXPECT_NE(all.find("/facts/F-VRB-5"), std::string::npos) << all;
    for (const auto& p : f.problems.list()) EXPECT_EQ(p.file, "content/facts.json");
}

// Issue 7 (C-11): every condition a milestone can carry is a sentence in
// every language, so the timeline screen never shows a bare id.
TEST(CalcFacts, EveryTimelineConditionHasASentenceInEveryCatalog) {
    Catalogs catalogs;
    Problems problems;
    catalogs.Load(WEGWIJS_SOURCE_DIR "/i18n", problems);
    ASSERT_TRUE(problems.empty()) << problems.ToString();
    std::set<std::string> conditions;
    for (bool turkish : {false, true})
        for (bool dutch : {false, true}) {
            TimelineInput in;
            in.permit = {2026, 3, 1};
            in.duo_notice = Date{2026, 4, 1};
            in.turkish = turkish;
            in.partner_dutch = dutch;
            if (dutch) in.together_since = Date{2024, 1, 1};
            for (const auto& m : BuildTimeline(in, CalcFacts{}).milestones)
                for (const auto& c : m.conditions) conditions.insert(c);
            in.duo_notice.reset();
            in.pip = Date{2026, 6, 1};
            for (const auto& m : BuildTimeline(in, CalcFacts{}).milestones)
                for (const auto& c : m.conditions) conditions.insert(c);
        }
    EXPECT_GE(conditions.size(), 15u);
    for (const char* lang : {"nl", "en", "ar"})
        for (const auto& c : conditions)
            for (const char* role : {"migrant", "referent"}) {
                auto has = [&](const std::string& k) { return catalogs.Pattern(lang, k) != nullptr; };
                const std::string key = ConditionCatalogKey(c, role, has);
                EXPECT_NE(catalogs.Pattern(lang, key), nullptr) << lang << ": " << key;
            }
}
