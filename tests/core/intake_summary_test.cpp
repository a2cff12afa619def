// The hand-over summary as a typed document (issue 8): made from a journey,
// written as canonical JSON with codes only, read back with every problem
// named by its JSON path, and rendered in any language from the content and
// catalogs, so the regievoerder reads Dutch and the person their own language.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <functional>

#include "intake/answers_file.h"
#include "intake/fingerprint.h"
#include "intake/intake_summary.h"
#include "intake/summary_text.h"
#include "shipped_content.h"

using namespace wegwijs;
using nlohmann::json;
using test::Loaded;
using test::Shipped;

namespace {

const std::string& Fingerprint() {
    static const std::string fingerprint = [] {
        Problems problems;
        return intake::ContentFingerprint(WEGWIJS_SOURCE_DIR "/content", problems);
    }();
    return fingerprint;
}

json ScenarioInput(const std::string& name) {
    std::ifstream in(WEGWIJS_SOURCE_DIR "/tests/scenarios/" + name);
    return json::parse(in).at("input");
}

// A Z-route migrant with a time line and a cost above the loan (scenario 18),
// plus a loan they set: every part of the document is there.
intake::IntakeSummary Full() {
    json input = ScenarioInput("18_migrant_z_cost_gap_no_diploma.json");
    input["calculators"] = {{"loan_amount", 9000}};
    input["answers"]["topics"] = {"work", "other"};
    input["answers"]["topics_other"] = "Rijbewijs omwisselen";
    const AnswersRun run = RunAnswers(Loaded().bundle, input, "18.json", Fingerprint());
    EXPECT_TRUE(run.ok()) << run.problems.ToString();
    return run.summary;
}

// Reads `doc` back; the problems as one string.
std::string ProblemsOf(const json& doc) {
    Problems problems;
    const auto s = intake::SummaryFromJson(doc, Loaded().bundle, "summary.json", problems);
    EXPECT_EQ(s.has_value(), problems.empty());
    return problems.ToString();
}

std::string Text(const intake::IntakeSummary& s, const std::string& locale) {
    return intake::SummaryText(s, Loaded().bundle, locale, Fingerprint());
}

}  // namespace

// [SECTION] Making and writing

TEST(IntakeSummary, IsTheSameDocumentInEveryLanguageOfTheUi) {
    const Shipped& s = Loaded();
    Session session;
    FlowEngine engine(s.content, session);
    engine.SetToday({2026, 11, 28});
    engine.SetLanguage("ar");
    ASSERT_TRUE(engine.Answer("role", "referent"));
    for (int guard = 0; guard < 60 && engine.CurrentScreen().id != "q_age"; ++guard) ASSERT_TRUE(engine.Next());
    ASSERT_TRUE(engine.Answer("age_band", "18_29"));
    const intake::IntakeSummary summary = intake::MakeSummary(s.bundle, engine, Fingerprint());
    const json doc = json::parse(intake::CanonicalJson(summary));
    EXPECT_EQ(doc["document"], intake::kSummaryDocument);
    EXPECT_EQ(doc["schema_version"], intake::kSummarySchemaVersion);
    EXPECT_EQ(doc["language_used"], "ar");
    EXPECT_EQ(doc["role"], "referent");
    EXPECT_EQ(doc["created"], "2026-11-28");
    EXPECT_EQ(doc["answers"], (json{{"age_band", "18_29"}}));
    EXPECT_EQ(doc["indicative_route"]["id"], "b1");
    EXPECT_EQ(doc["fingerprint"], Fingerprint());
    // No labels: the document is the same whatever the reader's language.
    EXPECT_EQ(intake::CanonicalJson(summary).find("Leeftijd"), std::string::npos);
    EXPECT_NE(Text(summary, "nl").find("Leeftijd: 18 tot 30 jaar"), std::string::npos) << Text(summary, "nl");
}

TEST(IntakeSummary, CanonicalJsonIsCompactWithSortedKeys) {
    const std::string canonical = intake::CanonicalJson(Full());
    EXPECT_EQ(canonical.find('\n'), std::string::npos);
    EXPECT_EQ(canonical.find(": "), std::string::npos);
    EXPECT_EQ(canonical.rfind("{\"answers\":{", 0), 0u) << canonical.substr(0, 80);
    // Sources are fact ids only: the fingerprint names the facts they come from.
    EXPECT_NE(canonical.find("\"sources\":[\"F-"), std::string::npos);
    EXPECT_EQ(canonical.find("\"source\":"), std::string::npos);
}

TEST(IntakeSummary, CarriesTheCalculatorsTheyUsed) {
    const intake::IntakeSummary s = Full();
    ASSERT_TRUE(s.calculators.route);
    EXPECT_EQ(s.calculators.route->cost.route, "z");
    EXPECT_DOUBLE_EQ(s.calculators.route->cost.above_loan_cap, 2250);
    ASSERT_TRUE(s.calculators.timeline);
    EXPECT_FALSE(s.calculators.timeline->milestones.empty());
    ASSERT_TRUE(s.calculators.loan);
    EXPECT_DOUBLE_EQ(s.calculators.loan->estimate.amount, 9000);
    EXPECT_TRUE(s.calculators.loan->estimate.schedule.empty()) << "the chart's points are not handed over";
    ASSERT_TRUE(s.calculators.inputs.loan_amount);
    EXPECT_EQ(*s.calculators.inputs.loan_amount, 9000);

    // The loan screen's example amount is not the person's choice.
    json input = ScenarioInput("18_migrant_z_cost_gap_no_diploma.json");
    const AnswersRun run = RunAnswers(Loaded().bundle, input, "18.json", Fingerprint());
    ASSERT_TRUE(run.ok());
    EXPECT_FALSE(run.summary.calculators.loan);
    EXPECT_TRUE(run.summary.calculators.inputs.empty());
}

// [SECTION] Reading back

TEST(IntakeSummary, ReadsBackAsItself) {
    const intake::IntakeSummary s = Full();
    const std::string canonical = intake::CanonicalJson(s);
    Problems problems;
    const auto back = intake::SummaryFromJson(json::parse(canonical), Loaded().bundle, "summary.json", problems);
    ASSERT_TRUE(back) << problems.ToString();
    EXPECT_EQ(intake::CanonicalJson(*back), canonical);
    EXPECT_EQ(Text(*back, "nl"), Text(s, "nl"));
}

TEST(IntakeSummary, RefusesAnUnknownSchemaVersionOrDocument) {
    json doc = intake::SummaryToJson(Full());
    doc["schema_version"] = 3;
    EXPECT_NE(ProblemsOf(doc).find("summary.json: /schema_version: unknown schema version 3 (this Wegwijs reads 2)"),
              std::string::npos) << ProblemsOf(doc);
    doc["schema_version"] = "2";
    EXPECT_NE(ProblemsOf(doc).find("/schema_version: must be a whole number"), std::string::npos);
    doc = intake::SummaryToJson(Full());
    doc["document"] = "something.else";
    EXPECT_NE(ProblemsOf(doc).find("/document: must be \"wegwijs.intake-summary\""), std::string::npos);
    EXPECT_NE(ProblemsOf(json::array()).find("summary.json: must be an object"), std::string::npos) << ProblemsOf(json::array());
}

TEST(IntakeSummary, RefusesUnknownCodesWithTheirPath) {
    const json good = intake::SummaryToJson(Full());
    struct Case {
        const char* pointer;
        json value;
        const char* expected;
    };
    const Case cases[] = {
        {"/answers/age_band", "old", "summary.json: /answers/age_band: "},
        {"/answers/favourite_colour", "blue", "/answers/favourite_colour: unknown question id \"favourite_colour\""},
        {"/answers/role", "migrant", "/answers/role: question \"role\" is not part of the answers"},
        {"/role", "uncle", "/role: unknown role \"uncle\""},
        {"/language_used", "xx", "/language_used: unknown language code \"xx\""},
        {"/indicative_route/id", "q", "/indicative_route/id: unknown route \"q\""},
        {"/indicative_route/reason", "route.reason.made_up", "/indicative_route/reason: unknown reason"},
        {"/indicative_route/based_on/0", "shoe_size", "/indicative_route/based_on/0: unknown question id \"shoe_size\""},
        {"/topics/0/id", "holidays", "/topics/0/id: unknown topic \"holidays\""},
        {"/calculators/route/sources/0", "F-MADE-UP", "/calculators/route/sources/0: unknown fact id \"F-MADE-UP\""},
        {"/calculators/timeline/milestones/0/sources/0", "F-NONE", "/calculators/timeline/milestones/0/sources/0: unknown fact id"},
        {"/fingerprint", "not-hex", "/fingerprint: must be 16 lowercase hex digits"},
    };
    for (const auto& c : cases) {
        json doc = good;
        doc[json::json_pointer(c.pointer)] = c.value;
        const std::string p = ProblemsOf(doc);
        EXPECT_NE(p.find(c.expected), std::string::npos) << c.pointer << ":\n" << p;
    }
    // An option the question lacks says which it has.
    json doc = good;
    doc["answers"]["age_band"] = "old";
    EXPECT_NE(ProblemsOf(doc).find("expected one option id (under_18, 18_29"), std::string::npos) << ProblemsOf(doc);
}

TEST(IntakeSummary, RefusesWrongTypesAndShapesWithTheirPath) {
    const json good = intake::SummaryToJson(Full());
    struct Case {
        const char* pointer;
        json value;
        const char* expected;
    };
    const Case cases[] = {
        {"/created", 20261128, "/created: must be a date, \"YYYY-MM-DD\", not 20261128"},
        {"/created", "2026-02-30", "/created: must be a date"},
        {"/answers/schooling_years", "many", "/answers/schooling_years: must be a whole number from 0 to 30, not \"many\""},
        {"/answers/schooling_years", "12", "/answers/schooling_years: must be a whole number from 0 to 30, not \"12\""},
        {"/answers/languages", "arabic", "/answers/languages: must be a list of option ids"},
        {"/calculators/route/total", "12250", "/calculators/route/total: must be a number, not \"12250\""},
        {"/calculators/route/hours", 800.5, "/calculators/route/hours: must be a whole number"},
        {"/calculators/loan/first_payment_date", "soon", "/calculators/loan/first_payment_date: must be a date"},
        {"/topics/0/chosen", "yes", "/topics/0/chosen: must be true or false"},
        {"/topics", json::object(), "/topics: must be a list"},
        {"/indicative_route/based_on", "age_band", "/indicative_route/based_on: must be a list"},
        {"/surprise", 1, "/surprise: unknown field \"surprise\""},
        {"/calculators/loan/schedule", json::array(), "/calculators/loan/schedule: unknown field"},
    };
    for (const auto& c : cases) {
        json doc = good;
        doc[json::json_pointer(c.pointer)] = c.value;
        const std::string p = ProblemsOf(doc);
        EXPECT_NE(p.find(c.expected), std::string::npos) << c.pointer << ":\n" << p;
    }
    json doc = good;
    doc.erase("role");
    EXPECT_NE(ProblemsOf(doc).find("summary.json: /role: missing"), std::string::npos) << ProblemsOf(doc);
    doc = good;
    doc["calculators"]["route"].erase("total");
    EXPECT_NE(ProblemsOf(doc).find("/calculators/route/total: missing"), std::string::npos) << ProblemsOf(doc);
}

// [SECTION] Rendering

TEST(IntakeSummary, RendersInDutchForTheRegievoerder) {
    const std::string nl = Text(Full(), "nl");
    Localizer l10n(Loaded().catalogs);
    l10n.SetLanguage("nl");
    // The route with its name, and the hedges after the cost (example
    // prices: ask the gemeente) and the loan's maximum (ask DUO).
    const std::string route = "\n" + l10n.Format("review.route") + ": " + l10n.Format("route.z.name") + "\n";
    for (const std::string& line : {std::string("Samenvatting voor de brede intake\n"), std::string("Gemaakt op 28 november 2026."),
                                    std::string("Taal in Wegwijs: العربية"), route, l10n.Format("hedge.duo"),
                                    l10n.Format("hedge.gemeente"), std::string("Rijbewijs omwisselen"), std::string("9.000 lenen")})
        EXPECT_NE(nl.find(line), std::string::npos) << "missing: " << line << "\n" << nl;
    EXPECT_EQ(nl.find("["), std::string::npos) << "a catalog key without text:\n" << nl;
}

TEST(IntakeSummary, RendersInArabicWithoutDutchLabels) {
    const Shipped& s = Loaded();
    const intake::IntakeSummary summary = Full();
    const std::string ar = Text(summary, "ar");
    Localizer nl(s.catalogs), arl(s.catalogs);
    nl.SetLanguage("nl");
    arl.SetLanguage("ar");
    // Every label the content could put in the outline, in Dutch: none may
    // appear where Arabic has its own words.
    std::vector<std::string> keys;
    for (const Question* q : s.content.flow().Questions()) {
        keys.push_back(q->label);
        for (const auto& o : q->options) keys.push_back(o.label.For(summary.role));
    }
    for (const auto& r : s.content.flow().settings().routes) keys.push_back(r.name);
    for (const auto& r : s.content.flow().settings().route_rules) {
        keys.push_back(r.reason);
        if (!r.note.empty()) keys.push_back(r.note);
    }
    for (const auto& t : s.content.flow().settings().topic_rules) keys.push_back(t.reason);
    size_t checked = 0;
    for (const auto& key : keys) {
        const std::string dutch = nl.Format(key), arabic = arl.Format(key);
        if (dutch == arabic || dutch.size() < 4) continue;
        ++checked;
        EXPECT_EQ(ar.find(dutch), std::string::npos) << "Dutch \"" << dutch << "\" (" << key << ") in:\n" << ar;
    }
    EXPECT_GT(checked, 50u);
    EXPECT_NE(ar.find(arl.Format("route.z.name")), std::string::npos) << ar;
    EXPECT_NE(ar.find(arl.Format("summary.title")), std::string::npos) << ar;
    EXPECT_NE(ar.find("نوفمبر 2026"), std::string::npos) << "dates in Arabic:\n" << ar;
    EXPECT_NE(ar.find("Rijbewijs omwisselen"), std::string::npos) << "own words stay as typed";
}

TEST(IntakeSummary, SaysWhenMadeWithOtherContent) {
    const intake::IntakeSummary s = Full();
    const std::string other = intake::SummaryText(s, Loaded().bundle, "nl", "0000000000000000");
    EXPECT_NE(other.find(Localizer(Loaded().catalogs).Format("summary.other_content")), std::string::npos);
    EXPECT_EQ(Text(s, "nl").find("andere versie"), std::string::npos);
}

// [SECTION] Fingerprint

TEST(ContentFingerprint, ChangesWithMeaningNotWithLayout) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "wegwijs-fingerprint";
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (const auto& e : fs::directory_iterator(WEGWIJS_SOURCE_DIR "/content")) fs::copy(e.path(), dir / e.path().filename());
    Problems problems;
    const std::string shipped = intake::ContentFingerprint(dir.string(), problems);
    ASSERT_TRUE(problems.empty()) << problems.ToString();
    EXPECT_TRUE(intake::IsFingerprint(shipped)) << shipped;
    EXPECT_EQ(shipped, Fingerprint());

    auto rewrite = [&](const std::function<void(json&)>& change, int indent) {
        std::ifstream in(dir / "facts.json");
        json facts = json::parse(in);
        in.close();
        change(facts);
        std::ofstream(dir / "facts.json") << facts.dump(indent);
        Problems p;
        return intake::ContentFingerprint(dir.string(), p);
    };
    EXPECT_EQ(rewrite([](json&) {}, 7), shipped) << "re-indented";
    EXPECT_EQ(rewrite([](json& f) { f["_about"] = "a new comment"; }, 2), shipped) << "a comment";
    EXPECT_NE(rewrite([](json& f) { f["facts"]["F-LOAN-1"]["values"]["max_loan"] = 11000; }, 2), shipped) << "a figure";
    fs::remove_all(dir);
}

TEST(ContentFingerprint, IsFnv1a64) {
    EXPECT_EQ(intake::Fnv1a64(""), 0xcbf29ce484222325ull);
    EXPECT_EQ(intake::Fnv1a64("a"), 0xaf63dc4c8601ec8cull);  // the published test vector
    EXPECT_FALSE(intake::IsFingerprint("C9A97802004001ED"));
    EXPECT_TRUE(intake::IsFingerprint("c9a97802004001ed"));
}
