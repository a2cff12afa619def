// Scenario tests: every file in tests/scenarios/ is one person's answers and
// what must come out (docs/answers.md, "Scenario files"). They run through
// the same RunAnswers as `wegwijs-cli run`, so a content change that breaks a
// flow fails here. A second test checks the scenarios together still cover
// both roles, every indicated route and every screen.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "shipped_content.h"
#include "model/content.h"
#include "intake/summary.h"

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
    const AnswersRun run = RunAnswers(s.content, s.catalogs, sc.at("input"), GetParam(), sc.at("locale").get<std::string>());
    ASSERT_TRUE(run.ok()) << run.problems.ToString();
    SCOPED_TRACE(sc.value("about", ""));

    EXPECT_EQ(run.screens, Strings(expect.at("screens")));
    const auto& summary = run.summary;
    const auto& route = summary.at("indicative_route");
    EXPECT_EQ(route.at("raw").get<std::string>(), expect.at("route").get<std::string>());
    std::vector<std::string> based_on;
    for (const auto& b : route.at("based_on")) based_on.push_back(b.at("question"));
    EXPECT_EQ(based_on, Strings(expect.at("route_based_on")));

    // Every answer in the summary, as raw values; a few also as the reader sees them.
    json raw = json::object();
    for (const auto& a : summary.at("answers")) raw[a.at("question").get<std::string>()] = json::parse(a.at("raw").dump());
    EXPECT_EQ(raw, expect.at("answers_raw"));
    for (const auto& item : expect.at("answers_text").items()) {
        const std::string id = item.key();  // a copy: lambdas may not capture structured bindings (clang 14)
        auto it = std::find_if(summary.at("answers").begin(), summary.at("answers").end(),
                               [&](const auto& a) { return a.at("question") == id; });
        ASSERT_NE(it, summary.at("answers").end()) << id;
        EXPECT_EQ(it->at("value").template get<std::string>(), item.value().get<std::string>()) << id;
    }

    std::vector<std::string> chosen, suggested;
    for (const auto& t : summary.at("topics")) (t.at("chosen").get<bool>() ? chosen : suggested).push_back(t.at("raw"));
    EXPECT_EQ(chosen, Strings(expect.at("topics").at("chosen")));
    EXPECT_EQ(suggested, Strings(expect.at("topics").at("suggested")));

    for (const auto& [pointer, value] : expect.at("summary").items()) {
        const nlohmann::ordered_json::json_pointer p(pointer);
        ASSERT_TRUE(summary.contains(p)) << pointer;
        EXPECT_EQ(json::parse(summary.at(p).dump()), value) << pointer;
    }

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
