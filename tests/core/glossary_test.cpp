// The one glossary (i18n/glossary.json) as the app reads it: every term it
// offers has a name in every language and a short explanation in every
// catalog, and a term is found where a person reads it (whole words in Latin
// script, with prefixes and suffixes attached in Arabic).
#include <gtest/gtest.h>

#include "i18n/glossary.h"
#include "i18n/localizer.h"
#include "shipped_content.h"

using namespace wegwijs;

namespace {

const Glossary& Shipped() {
    static const Glossary g = [] {
        Glossary out;
        Problems p;
        EXPECT_TRUE(out.Load(WEGWIJS_SOURCE_DIR "/i18n/glossary.json", p)) << p.ToString();
        return out;
    }();
    return g;
}

std::vector<std::string> Ids(const std::vector<const GlossaryTerm*>& terms) {
    std::vector<std::string> out;
    for (const auto* t : terms) out.push_back(t->id);
    return out;
}

}  // namespace

TEST(Glossary, EveryTermHasANameAndAnExplanationInEveryLanguage) {
    const auto& s = test::Loaded();
    ASSERT_TRUE(s.problems.empty()) << s.problems.ToString();
    ASSERT_GE(Shipped().terms().size(), 20u);
    for (const auto& lang : s.catalogs.languages()) {
        Localizer l10n(s.catalogs);
        ASSERT_TRUE(l10n.SetLanguage(lang.code));
        for (const auto& t : Shipped().terms()) {
            EXPECT_TRUE(t.label.count(lang.code)) << t.id << " has no name in " << lang.code;
            EXPECT_TRUE(l10n.Has(t.explain_key)) << t.explain_key << " in " << lang.code;
            EXPECT_EQ(l10n.Format(t.explain_key).find('['), std::string::npos) << t.explain_key;
        }
    }
}

TEST(Glossary, FindsTermsAsAPersonReadsThem) {
    const Glossary& g = Shipped();
    EXPECT_EQ(Ids(g.TermsIn("Eerst krijgt u een brief van DUO. Daarna maakt de gemeente het PIP.", "nl", true)),
              (std::vector<std::string>{"duo", "pip"}))
        << "in the order they appear";
    EXPECT_TRUE(g.TermsIn("Een PIPET of DUOS is geen term.", "nl", true).empty()) << "whole words only";
    EXPECT_EQ(Ids(g.TermsIn("Heeft de school een keurmerk van Blik op Werk?", "nl", true)),
              (std::vector<std::string>{"keurmerk"}))
        << "one term, found by either of its forms";
    // Arabic: the article and the conjunction attach to the word.
    EXPECT_EQ(Ids(g.TermsIn("قد تحصل على الإعفاء والتجنس لاحقا.", "ar", false)),
              (std::vector<std::string>{"vrijstelling", "naturalisatie"}));
    EXPECT_TRUE(g.TermsIn("Welkom bij Wegwijs.", "nl", true).empty());
}

TEST(Glossary, AMissingFileIsAnEmptyGlossaryAndABrokenOneIsAProblem) {
    Glossary g;
    Problems p;
    EXPECT_TRUE(g.Load(WEGWIJS_SOURCE_DIR "/i18n/no-such-glossary.json", p));
    EXPECT_TRUE(g.terms().empty());
    EXPECT_FALSE(g.Load(WEGWIJS_SOURCE_DIR "/i18n/languages.json", p)) << "a file that is not a glossary";
    EXPECT_FALSE(p.empty());
}
