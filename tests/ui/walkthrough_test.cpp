// Walk-throughs of the real screens, as a person taps through them.
#include <gtest/gtest.h>

#include "ui_driver.h"

using wegwijs::test::UiDriver;

TEST(Walkthrough, StartScreenListsEveryLanguageInItsOwnName) {
    UiDriver ui;
    ASSERT_TRUE(ui.started()) << ui.error();
    EXPECT_TRUE(ui.Shows("Nederlands"));
    EXPECT_TRUE(ui.Shows("English"));
    EXPECT_TRUE(ui.Shows("العربية"));
    EXPECT_TRUE(ui.Shows("اختر لغتك")) << "each language says 'choose your language' in itself";
}

TEST(Walkthrough, ChoosingALanguageShowsTheWelcomeInIt) {
    UiDriver ui;
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.Tap("English"));
    EXPECT_TRUE(ui.Shows("Welcome"));
    EXPECT_TRUE(ui.Shows("You get 3 years to integrate")) << ui.AllText();
    EXPECT_EQ(ui.app().session().language, "en");
}

TEST(Walkthrough, SourcesAreOneTapAway) {
    UiDriver ui;
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.Tap("Nederlands"));
    EXPECT_FALSE(ui.Shows("F-COST-1"));
    ASSERT_TRUE(ui.Tap("Waar komen deze cijfers vandaan?"));
    EXPECT_TRUE(ui.Shows("F-COST-1")) << ui.AllText();
    EXPECT_TRUE(ui.Shows("gecontroleerd op 28 november 2026"));
}

TEST(Walkthrough, ArabicScreenIsRightToLeft) {
    UiDriver ui;
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.Tap("العربية"));
    EXPECT_TRUE(ui.Shows("مرحب")) << ui.AllText();
    // The "back" button sits in the column; in RTL the top bar's first
    // button ("language") is on the right.
    float lang_x = -1, stop_x = -1;
    for (const auto& t : ui.app().text().tappables()) {
        if (t.label == "اللغة") lang_x = t.min.x;
        if (t.label == "إيقاف ومسح") stop_x = t.min.x;
    }
    ASSERT_GE(lang_x, 0);
    ASSERT_GE(stop_x, 0);
    EXPECT_GT(lang_x, stop_x) << "mirrored: the first button is on the right";
}

TEST(Walkthrough, StopAndEraseWipesTheSession) {
    UiDriver ui;
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.Tap("English"));
    ASSERT_FALSE(ui.app().session().empty());
    ASSERT_TRUE(ui.Tap("Stop and erase"));
    EXPECT_TRUE(ui.app().session().empty());
    EXPECT_TRUE(ui.Shows("Kies uw taal")) << "back at the start, in the default language";
}

TEST(Walkthrough, InactivityWipesTheSession) {
    UiDriver ui;
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.Tap("English"));
    ui.Wait(60);
    EXPECT_FALSE(ui.app().session().empty()) << "a minute is not yet inactivity";
    ui.Wait(120);
    EXPECT_TRUE(ui.app().session().empty()) << "wiped after the configured 120 s";
}

TEST(Walkthrough, StartsInAGivenLanguageAndScreen) {
    UiDriver ui({"--lang", "en", "--screen", "welcome"});
    ASSERT_TRUE(ui.started()) << ui.error();
    EXPECT_TRUE(ui.Shows("Welcome"));
}

TEST(Walkthrough, UnknownScreenIsRefusedAtStart) {
    UiDriver ui({"--lang", "en", "--screen", "nowhere"});
    EXPECT_FALSE(ui.started());
    EXPECT_NE(ui.error().find("--screen nowhere: no such screen"), std::string::npos) << ui.error();
}
