// Scenario tests: every file in tests/scenarios/ is one person's answers and
// what must come out (docs/answers.md, "Scenario files"). They run through
// the same RunAnswers as `wegwijs-cli run`, so a content change that breaks a
// flow fails here; each summary must also read back as itself. A second test checks the scenarios together still cover
// both roles, every indicated route and every screen.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "shipped_content.h"
#include "intake/answers_file.h"
#include "intake/fingerprint.h"
#include "intake/summary.h"
#include "intake/summary_text.h"
#include "model/content.h"

using namespace wegwijs;
using nlohmann::json;

namespace {

const std::string kScenarios = WEGWIJS_SOURCE_DIR "/tests/scenarios";

using test::Loaded;
using test::Shipped;

std::vector<std::string> ScenarioFiles() {
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(kScenarios))
        if (e.path().extension() == ".json") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

json ReadScenario(const std::string& path) {
    std::ifstream in(path);
    return json::parse(in);
}

std::vector<std::string> Strings(const json& j) { return j.get<std::vector<std::string>>(); }

const std::string& Fingerprint() {
    static const std::string fingerprint = [] {
        Problems problems;
        return intake::ContentFingerprint(WEGWIJS_SOURCE_DIR "/content", problems);
    }();
    return fingerprint;
}

std::string TestName(const testing::TestParamInfo<std::string>& info) {
    std::string name = std::filesystem::path(info.param).stem().string();
    for (char& c : name)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return name;
}

class Scenario : public testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(Scenario, ProducesTheExpectedOutcome) {
    const Shipped& s = Loaded();
    ASSERT_TRUE(s.problems.empty()) << s.problems.ToString();
    const json sc = ReadScenario(GetParam());
    const json& expect = sc.at("expect");
    const std::string locale = sc.at("locale").get<std::string>();
    const AnswersRun run = RunAnswers(s.bundle, sc.at("input"), GetParam(), Fingerprint());
    ASSERT_TRUE(run.ok()) << run.problems.ToString();
    SCOPED_TRACE(sc.value("about", ""));

    EXPECT_EQ(run.screens, Strings(expect.at("screens")));
    const intake::IntakeSummary& summary = run.summary;
    EXPECT_EQ(summary.route.id, expect.at("route").get<std::string>());
    EXPECT_EQ(summary.route.based_on, Strings(expect.at("route_based_on")));

    // Every answer in the summary, as stored values; a few also as the reader sees them.
    const json doc = intake::SummaryToJson(summary);
    EXPECT_EQ(doc.at("answers"), expect.at("answers_raw"));
    Localizer l10n(s.catalogs);
    ASSERT_TRUE(l10n.SetLanguage(locale));
    for (const auto& item : expect.at("answers_text").items()) {
        const std::string id = item.key();  // a copy: lambdas may not capture structured bindings (clang 14)
        auto it = std::find_if(summary.answers.begin(), summary.answers.end(),
                               [&](const intake::SummaryAnswer& a) { return a.question == id; });
        ASSERT_NE(it, summary.answers.end()) << id;
        const Question* q = s.content.flow().FindQuestion(id);
        ASSERT_NE(q, nullptr) << id;
        EXPECT_EQ(RenderAnswer(l10n, *q, it->value, summary.role), item.value().get<std::string>()) << id;
    }

    std::vector<std::string> chosen, suggested;
    for (const auto& t : summary.topics) (t.chosen ? chosen : suggested).push_back(t.id);
    EXPECT_EQ(chosen, Strings(expect.at("topics").at("chosen")));
    EXPECT_EQ(suggested, Strings(expect.at("topics").at("suggested")));

    // JSON pointers into the canonical document; null: the field is absent.
    for (const auto& [pointer, value] : expect.at("summary").items()) {
        const json::json_pointer p(pointer);
        if (value.is_null()) {
            EXPECT_FALSE(doc.contains(p)) << pointer << " should be absent";
            continue;
        }
        ASSERT_TRUE(doc.contains(p)) << pointer;
        EXPECT_EQ(doc.at(p), value) << pointer;
    }

    // What the regievoerder reads: the outline in the scenario's language.
    const std::string text = intake::SummaryText(summary, s.bundle, locale, Fingerprint());
    for (const auto& line : expect.value("text", json::array()))
        EXPECT_NE(text.find(line.get<std::string>()), std::string::npos) << "missing: " << line << "\nin:\n" << text;

    // The document reads back as itself.
    Problems problems;
    const auto back = intake::SummaryFromJson(json::parse(intake::CanonicalJson(summary)), s.bundle, "summary.json", problems);
    ASSERT_TRUE(back) << problems.ToString();
    EXPECT_EQ(intake::CanonicalJson(*back), intake::CanonicalJson(summary));

    std::vector<std::string> ignored;
    for (const auto& n : run.notes.list()) ignored.push_back(n.where.substr(n.where.rfind('/') + 1));
    EXPECT_EQ(ignored, Strings(expect.at("ignored")));
}

INSTANTIATE_TEST_SUITE_P(Files, Scenario, testing::ValuesIn(ScenarioFiles()), TestName);

TEST(Scenarios, CoverBothRolesEveryIndicatedRouteAndEveryScreen) {
    const Shipped& s = Loaded();
    const auto files = ScenarioFiles();
    EXPECT_GE(files.size(), 12u);
    std::set<std::string> roles, routes, screens;
    for (const auto& f : files) {
        const json sc = ReadScenario(f);
        roles.insert(sc.at("input").at("role").get<std::string>());
        routes.insert(sc.at("expect").at("route").get<std::string>());
        for (const auto& id : sc.at("expect").at("screens")) screens.insert(id.get<std::string>());
    }
    for (const auto& role : s.content.flow().settings().roles) EXPECT_TRUE(roles.count(role)) << "no scenario for role " << role;
    for (const auto& r : s.content.flow().settings().routes)
        if (r.indicated) EXPECT_TRUE(routes.count(r.id)) << "no scenario indicates route " << r.id;
    for (const auto& screen : s.content.screens())
        EXPECT_TRUE(screens.count(screen.id)) << "no scenario shows screen " << screen.id << " (a branch nobody tests)";
}
