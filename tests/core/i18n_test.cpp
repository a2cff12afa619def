// Catalogs and formatting: what each language's reader sees.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "model/content.h"
#include "i18n/catalog.h"
#include "i18n/localizer.h"
#include "text/layout.h"

using namespace wegwijs;

namespace {
const std::string kI18n = WEGWIJS_SOURCE_DIR "/i18n";
const std::string kContent = WEGWIJS_SOURCE_DIR "/content";

struct Loaded {
    Catalogs catalogs;
    Problems problems;
    Loaded() { catalogs.Load(kI18n, problems); }
};

std::filesystem::path TempDir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("wegwijs-test-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

void Write(const std::filesystem::path& p, const std::string& text) { std::ofstream(p) << text; }
}  // namespace

TEST(Catalogs, ShippedCatalogsLoadWithoutProblems) {
    Loaded l;
    EXPECT_TRUE(l.problems.empty()) << l.problems.ToString();
    ASSERT_GE(l.catalogs.languages().size(), 3u);
}

TEST(Catalogs, LanguagesAreListedByTheirOwnNames) {
    Loaded l;
    EXPECT_EQ(l.catalogs.Find("nl")->endonym, "Nederlands");
    EXPECT_EQ(l.catalogs.Find("en")->endonym, "English");
    EXPECT_EQ(l.catalogs.Find("ar")->endonym, "العربية");
    EXPECT_TRUE(l.catalogs.Find("ar")->rtl);
}

TEST(Catalogs, EveryLanguageTranslatesEveryKey) {
    Loaded l;
    for (const auto& lang : l.catalogs.languages())
        for (const auto& key : l.catalogs.Keys()) {
            const std::string* own = l.catalogs.Pattern(lang.code, key);
            ASSERT_NE(own, nullptr) << lang.code << " " << key;
            // Falling back is allowed by the mechanism, but the shipped
            // languages are complete: a fallback here means a forgotten key.
            if (lang.code != l.catalogs.reference()) {
                const std::string* ref = l.catalogs.Pattern(l.catalogs.reference(), key);
                EXPECT_FALSE(own == ref) << lang.code << " falls back for " << key;
            }
        }
}

TEST(Catalogs, EmptyValueFallsBackToTheFallbackLanguage) {
    auto dir = TempDir("fallback");
    Write(dir / "languages.json",
          R"({"languages":[{"code":"nl","locale":"nl","dir":"ltr","script":"latin"},
                          {"code":"en","locale":"en","dir":"ltr","script":"latin","fallback":"nl"}]})");
    Write(dir / "nl.json", R"({"language.name":"Nederlands","a":"Hallo"})");
    Write(dir / "en.json", R"({"language.name":"English","a":""})");
    Catalogs c;
    Problems p;
    ASSERT_TRUE(c.Load(dir.string(), p)) << p.ToString();
    Localizer l10n(c);
    l10n.SetLanguage("en");
    EXPECT_EQ(l10n.Format("a"), "Hallo");
}

TEST(Catalogs, BrokenCatalogIsReportedWithFileAndKey) {
    auto dir = TempDir("broken");
    Write(dir / "languages.json",
          R"({"languages":[{"code":"nl","locale":"nl","dir":"ltr","script":"latin"},
                          {"code":"en","locale":"en","dir":"sideways","script":"latin","fallback":"xx"}]})");
    Write(dir / "nl.json", R"({"language.name":"Nederlands","a":"{n, plural, one {# dag} other {# dagen}}"})");
    Write(dir / "en.json", R"({"language.name":"English","a":"{n, plural, one {# day} other {# days}", "b": 3})");
    Catalogs c;
    Problems p;
    EXPECT_FALSE(c.Load(dir.string(), p));
    const std::string all = p.ToString();
    EXPECT_NE(all.find("languages.json: /languages/1/dir: must be \"ltr\" or \"rtl\""), std::string::npos) << all;
    EXPECT_NE(all.find("fallback: falls back to \"xx\""), std::string::npos) << all;
    EXPECT_NE(all.find("en.json: /b: must be a text value"), std::string::npos) << all;
}

TEST(Catalogs, TranslationMayNotInventArguments) {
    auto dir = TempDir("args");
    Write(dir / "languages.json",
          R"({"languages":[{"code":"nl","locale":"nl","dir":"ltr","script":"latin"},
                          {"code":"en","locale":"en","dir":"ltr","script":"latin","fallback":"nl"}]})");
    Write(dir / "nl.json", R"({"language.name":"Nederlands","a":"Bel {phone}"})");
    Write(dir / "en.json", R"({"language.name":"English","a":"Call {telephone}"})");
    Catalogs c;
    Problems p;
    EXPECT_FALSE(c.Load(dir.string(), p));
    EXPECT_NE(p.ToString().find("en.json: /a: uses argument {telephone}"), std::string::npos) << p.ToString();
}

TEST(Catalogs, MissingFileIsNamed) {
    Catalogs c;
    Problems p;
    EXPECT_FALSE(c.Load("/nonexistent/i18n", p));
    EXPECT_NE(p.ToString().find("/nonexistent/i18n/languages.json: cannot read the file"), std::string::npos);
}

TEST(Localizer, PluralsFollowEachLanguage) {
    Loaded l;
    Localizer l10n(l.catalogs);
    l10n.SetLanguage("nl");
    EXPECT_NE(l10n.Format("welcome.pip", {{"weeks", int64_t{1}}}).find("1 week na"), std::string::npos);
    EXPECT_NE(l10n.Format("welcome.pip", {{"weeks", int64_t{10}}}).find("10 weken"), std::string::npos);
    l10n.SetLanguage("en");
    EXPECT_NE(l10n.Format("welcome.term", {{"years", int64_t{1}}}).find("1 year to"), std::string::npos);
    EXPECT_NE(l10n.Format("welcome.term", {{"years", int64_t{3}}}).find("3 years to"), std::string::npos);
    l10n.SetLanguage("ar");
    // Arabic: 3-10 take the "few" form (plural noun), 1 its own words.
    EXPECT_NE(l10n.Format("welcome.term", {{"years", int64_t{3}}}).find("3 سنوات"), std::string::npos);
    EXPECT_NE(l10n.Format("welcome.term", {{"years", int64_t{1}}}).find("سنة واحدة"), std::string::npos);
}

TEST(Localizer, AmountsAndDatesFollowEachLanguage) {
    Loaded l;
    Localizer l10n(l.catalogs);
    l10n.SetLanguage("nl");
    EXPECT_EQ(l10n.FormatMoney(1234.5), "€\u00A01.234,50");
    EXPECT_EQ(l10n.FormatDate({2026, 3, 1}), "1 mrt 2026");
    l10n.SetLanguage("en");
    EXPECT_EQ(l10n.FormatMoney(1234.5), "€1,234.50");
    EXPECT_EQ(l10n.FormatDate({2026, 3, 1}), "Mar 1, 2026");
    l10n.SetLanguage("ar");
    // Western digits (ar-u-nu-latn): the same digits as on DUO's letters.
    EXPECT_NE(l10n.FormatMoney(1234.5).find("1,234.50"), std::string::npos);
    EXPECT_NE(l10n.FormatMoney(1234.5).find("€"), std::string::npos);
}

TEST(Localizer, DatesDoNotShiftWithTheTimeZone) {
    Loaded l;
    Localizer l10n(l.catalogs);
    l10n.SetLanguage("en");
    EXPECT_NE(l10n.FormatPattern("{d, date, long}", {{"d", Date{2026, 1, 1}}}).find("January 1, 2026"),
              std::string::npos);
    EXPECT_NE(l10n.FormatPattern("{d, date, long}", {{"d", Date{2026, 12, 31}}}).find("December 31, 2026"),
              std::string::npos);
}

TEST(Localizer, UnknownKeyShowsTheKeyAndIsRemembered) {
    Loaded l;
    Localizer l10n(l.catalogs);
    EXPECT_EQ(l10n.Format("no.such.key"), "[no.such.key]");
    ASSERT_EQ(l10n.missing().size(), 1u);
}

TEST(Localizer, TextArgumentsKeepTheirOrderInArabic) {
    Loaded l;
    Localizer l10n(l.catalogs);
    l10n.SetLanguage("ar");
    const std::string s = l10n.FormatPattern("اتصل على {phone}", {{"phone", std::string("14 020")}});
    const std::string visual = text::DisplayLine(s, true);
    EXPECT_NE(visual.find("14 020"), std::string::npos) << visual;
}

TEST(Content, ShippedContentIsValid) {
    Loaded l;
    Content c;
    Problems p;
    EXPECT_TRUE(c.Load(kContent, l.catalogs, p)) << p.ToString();
    ASSERT_NE(c.FindScreen("welcome"), nullptr);
}

TEST(Content, WelcomeScreenFiguresComeFromFactsWithSources) {
    Loaded l;
    Content c;
    Problems p;
    ASSERT_TRUE(c.Load(kContent, l.catalogs, p)) << p.ToString();
    const Screen* s = c.FindScreen("welcome");
    ASSERT_NE(s, nullptr);
    const auto ids = s->FactIds();
    EXPECT_FALSE(ids.empty());
    for (const auto& id : ids) {
        const Fact* f = c.FindFact(id);
        ASSERT_NE(f, nullptr) << id;
        EXPECT_FALSE(f->source.empty()) << id;
        EXPECT_GE(f->checked, (Date{2026, 1, 1})) << id;
    }
    Localizer l10n(l.catalogs);
    l10n.SetLanguage("nl");
    std::string all;
    for (const auto& b : s->blocks)
        if (b.type != "sources") all += c.Text(l10n, b) + "\n";
    EXPECT_NE(all.find("€\u00A0250"), std::string::npos) << all;   // F-COST-1, all five parts
    EXPECT_NE(all.find("3 jaar"), std::string::npos) << all;  // F-TERM-2
    EXPECT_EQ(all.find("["), std::string::npos) << "no missing keys: " << all;
}
