// The lobby kiosk at rest and a person who walks away: the welcome in every
// language, "are you still there?" after the idle time, and the wipe of
// everything they entered (answers, calculator inputs, half-typed dates).
#include <gtest/gtest.h>

#include <set>

#include "ui_driver.h"

using wegwijs::test::UiDriver;
using wegwijs::ui::Screen;

namespace {

// A language and an answer.
void EnterSomething(UiDriver& ui) {
    ASSERT_TRUE(ui.Tap("English"));
    ASSERT_TRUE(ui.TapId("##opt-migrant"));
}

}  // namespace

TEST(Attract, TheWelcomeTurnsThroughEveryLanguageAndATapOpensTheChoice) {
    UiDriver ui({}, ImVec2(1920, 1080));
    ASSERT_TRUE(ui.started()) << ui.error();
    ui.app().StopAndErase();  // the driver tapped the welcome already; back to it
    ui.Frames(3);
    ASSERT_EQ(ui.app().screen(), Screen::Attract);
    std::set<std::string> seen;
    for (int turn = 0; turn < 6; ++turn) {
        for (const char* line : {"Welkom bij Wegwijs", "Welcome to Wegwijs", "مرحبا بك في"})
            if (ui.Shows(line)) seen.insert(line);
        ui.Wait(4);
    }
    EXPECT_EQ(seen.size(), 3u) << "each language's welcome in turn; last screen:\n" << ui.AllText();
    EXPECT_TRUE(ui.Shows("العربية") || ui.Shows("English") || ui.Shows("Nederlands")) << "by its own name";
    ASSERT_TRUE(ui.TapId("##attract-start"));
    EXPECT_EQ(ui.app().screen(), Screen::Language);
}

TEST(StillThere, AfterTheIdleTimeItAsksAndCountsDownInTheirLanguage) {
    UiDriver ui({}, ImVec2(1280, 800));
    ASSERT_TRUE(ui.started()) << ui.error();
    EnterSomething(ui);
    ui.Wait(80);
    EXPECT_FALSE(ui.app().asking_presence()) << "80 s is not yet the 90 s of assets/kiosk.json";
    ui.Wait(15);
    ASSERT_TRUE(ui.app().asking_presence());
    EXPECT_TRUE(ui.Shows("Are you still there?")) << ui.AllText();
    const int left = ui.app().presence_seconds_left();
    EXPECT_GE(left, 20) << "at least 20 s to answer";
    EXPECT_TRUE(ui.Shows("In " + std::to_string(left) + " seconds, Wegwijs erases everything")) << ui.AllText();
    ui.Wait(5);
    EXPECT_EQ(ui.app().presence_seconds_left(), left - 5) << "the countdown moves";
    EXPECT_FALSE(ui.TapId("##next")) << "only the question is on screen";
}

TEST(StillThere, OneTapKeepsEverything) {
    UiDriver ui({"--lang", "en", "--role", "migrant", "--screen", "loan"}, ImVec2(1280, 800));
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.TapId("##amount-plus"));
    const auto before = ui.app().session();
    ASSERT_TRUE(before.calculators.amount_chosen);
    ui.Wait(100);
    ASSERT_TRUE(ui.app().asking_presence());
    ASSERT_TRUE(ui.TapId("##still-here"));
    EXPECT_FALSE(ui.app().asking_presence());
    EXPECT_EQ(ui.app().session().answers, before.answers);
    EXPECT_TRUE(ui.app().session().calculators == before.calculators) << "the loan amount they set stays";
    EXPECT_EQ(ui.app().engine()->CurrentScreen().id, "loan") << "back where they were";
    ui.Wait(60);
    EXPECT_FALSE(ui.app().asking_presence()) << "the idle time starts again from the tap";
}

TEST(StillThere, NoAnswerWipesEverythingAndReturnsToTheWelcome) {
    UiDriver ui({"--lang", "en", "--role", "migrant", "--screen", "loan"}, ImVec2(1280, 800));
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.TapId("##amount-plus"));
    ASSERT_FALSE(ui.app().session().empty());
    ui.Wait(100);
    ASSERT_TRUE(ui.app().asking_presence());
    ui.Wait(25);
    EXPECT_TRUE(ui.app().session().empty()) << "answers, calculator inputs and drafts: all gone";
    EXPECT_EQ(ui.app().screen(), Screen::Attract);
    EXPECT_FALSE(ui.app().asking_presence());
    EXPECT_FALSE(ui.Shows("€5,250.00")) << "nothing of the last person on screen";
}
