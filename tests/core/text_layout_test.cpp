// The text layer: what a reader of Arabic or Dutch would notice on screen.
#include <gtest/gtest.h>

#include "text/layout.h"

using namespace wegwijs::text;

namespace {
// One unit per code point: lines are compared, not font metrics.
float Units(std::string_view s) { return static_cast<float>(CodePoints(s).size()); }

std::vector<std::string> Visual(const std::vector<Line>& lines) {
    std::vector<std::string> out;
    for (const auto& l : lines) out.push_back(l.visual);
    return out;
}
}  // namespace

TEST(TextLayout, ArabicLettersAreJoined) {
    // "سلام" logical: seen, lam, alef, meem. Joined: seen initial, lam medial,
    // alef final, meem isolated (alef does not join to the left).
    const std::string shaped = ShapeArabic("سلام");
    const auto cps = CodePoints(shaped);
    ASSERT_EQ(cps.size(), 3u) << "lam + alef become one ligature";
    EXPECT_EQ(cps[0], 0xFEB3u);  // SEEN initial form
    EXPECT_EQ(cps[1], 0xFEFCu);  // LAM WITH ALEF final form (ligature)
    EXPECT_EQ(cps[2], 0xFEE1u);  // MEEM isolated form
}

TEST(TextLayout, ArabicLineIsDrawnRightToLeft) {
    // Logical "ب ت" (beh, space, teh) must be drawn teh first (leftmost).
    const std::string visual = DisplayLine("ب ت", true);
    const auto cps = CodePoints(visual);
    ASSERT_EQ(cps.size(), 3u);
    EXPECT_EQ(cps[0], 0xFE95u);  // TEH isolated, on the left
    EXPECT_EQ(cps[2], 0xFE8Fu);  // BEH isolated, on the right
}

TEST(TextLayout, NumbersAndLatinKeepTheirOrderInsideArabic) {
    const std::string visual = DisplayLine("عام 2021 DUO", true);
    // Left to right on screen: "DUO", then "2021", then the Arabic word.
    EXPECT_EQ(visual.find("DUO"), 0u);
    EXPECT_NE(visual.find("2021"), std::string::npos);
    EXPECT_LT(visual.find("DUO"), visual.find("2021"));
}

TEST(TextLayout, BracketsAreMirroredInRightToLeftText) {
    const std::string visual = DisplayLine("خطة (PIP)", true);
    // The Latin run keeps its own brackets the right way round.
    EXPECT_NE(visual.find("(PIP)"), std::string::npos) << visual;
}

TEST(TextLayout, ArabicVowelMarksAreDropped) {
    // Tanween would be drawn as a separate glyph next to its letter.
    const auto with = CodePoints(ShapeArabic("عادةً"));
    const auto without = CodePoints(ShapeArabic("عادة"));
    EXPECT_EQ(with, without);
}

TEST(TextLayout, WrapsAtWordsWithinTheWidth) {
    const auto lines = LayoutParagraph("De gemeente maakt het plan samen met u", 16, false, Units);
    ASSERT_GE(lines.size(), 3u);
    for (const auto& l : lines) EXPECT_LE(l.width, 16.0f) << l.visual;
    EXPECT_EQ(lines[0].visual, "De gemeente");
    // Nothing is lost or duplicated.
    std::string joined;
    for (const auto& l : lines) joined += (joined.empty() ? "" : " ") + l.visual;
    EXPECT_EQ(joined, "De gemeente maakt het plan samen met u");
}

TEST(TextLayout, AWordLongerThanTheLineIsSplitNotClipped) {
    const auto lines = LayoutParagraph("inburgeringsplichtigen", 8, false, Units);
    ASSERT_EQ(lines.size(), 3u);
    for (const auto& l : lines) EXPECT_LE(l.width, 8.0f);
    EXPECT_EQ(lines[0].visual + lines[1].visual + lines[2].visual, "inburgeringsplichtigen");
}

TEST(TextLayout, HardLineBreaksAreKept) {
    const auto lines = LayoutParagraph("een\ntwee", 100, false, Units);
    EXPECT_EQ(Visual(lines), (std::vector<std::string>{"een", "twee"}));
}

TEST(TextLayout, RightToLeftWrapsInLogicalOrderThenReorders) {
    // Logical: word1 word2 word3 (Arabic). The first line must hold the
    // first words in reading order, drawn right to left.
    const std::string p = "واحد اثنان ثلاثة اربعة";
    const auto lines = LayoutParagraph(p, 11, true, Units);
    ASSERT_EQ(lines.size(), 2u);
    // First line = "واحد اثنان" shaped and reversed: its rightmost glyph is
    // the first letter of "واحد" (waw, isolated or final form).
    const auto first = CodePoints(lines[0].visual);
    ASSERT_FALSE(first.empty());
    EXPECT_TRUE(first.back() == 0xFEEDu || first.back() == 0xFEEEu) << std::hex << static_cast<uint32_t>(first.back());
}

TEST(TextLayout, BidiControlsAreNeitherDrawnNorMeasured) {
    // FSI/PDI isolate a phone number in Arabic text; they must not show up.
    const std::string p = "اتصل \u2068" "14 020\u2069";
    const auto lines = LayoutParagraph(p, 100, true, Units);
    ASSERT_EQ(lines.size(), 1u);
    for (char32_t c : CodePoints(lines[0].visual)) EXPECT_FALSE(c == 0x2068 || c == 0x2069) << static_cast<uint32_t>(c);
    EXPECT_NE(lines[0].visual.find("14 020"), std::string::npos) << "the number keeps its order";
    EXPECT_EQ(lines[0].width, Units(lines[0].visual));
}

TEST(TextLayout, LatinTextIsUntouched) {
    EXPECT_EQ(DisplayLine("Welkom (PIP)", false), "Welkom (PIP)");
    EXPECT_FALSE(HasRtl("Welkom"));
    EXPECT_TRUE(HasRtl("مرحبا"));
}
