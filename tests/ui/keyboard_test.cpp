// Free text typed on the on-screen keyboard, as a person without a keyboard
// does at the kiosk: what they tap is what is stored, in every layout.
#include <gtest/gtest.h>

#include "ui_driver.h"

using wegwijs::test::UiDriver;

namespace {

std::string Answer(const UiDriver& ui, const std::string& question) {
    const auto& a = ui.app().session().answers;
    auto it = a.find(question);
    return it == a.end() || it->second.empty() ? std::string() : it->second[0];
}

// A key by its place in i18n/keyboards.json: row, then column.
bool Key(UiDriver& ui, int row, int col) { return ui.TapId("##key-" + std::to_string(row) + "-" + std::to_string(col)); }

}  // namespace

TEST(Keyboard, LatinLettersWithShiftAndDelete) {
    UiDriver ui({"--lang", "nl", "--role", "migrant", "--screen", "q_name"}, ImVec2(1280, 1600));
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.TapId("##key-shift"));
    ASSERT_TRUE(Key(ui, 2, 0));  // A (shifted)
    ASSERT_TRUE(Key(ui, 3, 5));  // n: shift is off again after one letter
    ASSERT_TRUE(Key(ui, 2, 0));  // a
    EXPECT_EQ(Answer(ui, "name"), "Ana");
    EXPECT_TRUE(ui.Shows("3 van de 80 tekens")) << ui.AllText();
    ASSERT_TRUE(ui.TapId("##key-space"));
    ASSERT_TRUE(Key(ui, 4, 3));  // ş
    ASSERT_TRUE(ui.TapId("##key-back"));
    ASSERT_TRUE(ui.TapId("##key-back"));
    EXPECT_EQ(Answer(ui, "name"), "Ana") << "delete takes one letter (ş is two bytes), then the space";
    ASSERT_TRUE(ui.TapId("##key-back"));
    ASSERT_TRUE(ui.TapId("##key-back"));
    ASSERT_TRUE(ui.TapId("##key-back"));
    EXPECT_EQ(Answer(ui, "name"), "") << "all deleted: no answer";
}

TEST(Keyboard, ArabicLayoutFollowsTheLanguageAndTypesRightToLeftText) {
    UiDriver ui({"--lang", "ar", "--role", "migrant", "--screen", "q_name"}, ImVec2(1280, 1600));
    ASSERT_TRUE(ui.started()) << ui.error();
    for (int col : {1, 4, 5, 8}) ASSERT_TRUE(Key(ui, 2, col));  // س ل ا م
    EXPECT_EQ(Answer(ui, "name"), "سلام");
    // The switch key offers Latin letters too (a name written in both scripts).
    ASSERT_TRUE(ui.TapId("##key-layout"));
    ASSERT_TRUE(ui.TapId("##key-space"));
    ASSERT_TRUE(Key(ui, 1, 0));  // q
    EXPECT_EQ(Answer(ui, "name"), "سلام q");
}

TEST(Keyboard, TheLimitHoldsAndTheWipeTakesTheText) {
    UiDriver ui({"--lang", "en", "--role", "migrant", "--screen", "q_name"}, ImVec2(1280, 1600));
    ASSERT_TRUE(ui.started()) << ui.error();
    for (int i = 0; i < 82; ++i) ASSERT_TRUE(Key(ui, 1, 2));  // e
    EXPECT_EQ(Answer(ui, "name"), std::string(80, 'e')) << "80 characters at most";
    EXPECT_TRUE(ui.Shows("80 of 80 characters"));
    ui.app().StopAndErase();
    ui.Frames(3);
    EXPECT_TRUE(ui.app().session().empty());
    EXPECT_FALSE(ui.Shows("eeee")) << "nothing typed is left on screen";
}
