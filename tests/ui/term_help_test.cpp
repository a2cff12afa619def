// "Wat betekent dit woord?" on the real screens (issue 15): a screen offers
// the terms it uses, a tap shows the explanation in the person's language,
// "Sluiten" returns to the screen; and the referent is addressed as the
// partner also in texts the code draws.
#include <gtest/gtest.h>
#include <imgui.h>

#include "ui_driver.h"

using wegwijs::test::UiDriver;

TEST(TermHelp, WelcomeOffersItsTermsAndATapExplainsOne) {
    UiDriver ui({"--lang", "nl", "--role", "migrant", "--screen", "welcome"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ui.Frames(4);
    ASSERT_TRUE(ui.TapId("##terms-open")) << ui.AllText();
    EXPECT_TRUE(ui.Shows("Wat betekent dit woord?"));
    ASSERT_TRUE(ui.TapId("##term-duo")) << "DUO is used on the welcome screen";
    EXPECT_TRUE(ui.Shows("DUO is een organisatie van de overheid.")) << ui.AllText();
    EXPECT_FALSE(ui.Shows("Blik op Werk")) << "only the terms this screen uses are offered";
    ASSERT_TRUE(ui.TapId("##terms-close"));
    ui.Frames(3);
    EXPECT_FALSE(ui.app().term_help().open());
    EXPECT_FALSE(ui.Shows("Sluiten")) << "the card is gone";
    EXPECT_TRUE(ui.Shows("Welkom")) << "back on the screen";
}

TEST(TermHelp, ExplainsInArabic) {
    UiDriver ui({"--lang", "ar", "--role", "migrant", "--screen", "welcome"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ui.Frames(4);
    ASSERT_TRUE(ui.TapId("##terms-open")) << ui.AllText();
    ASSERT_TRUE(ui.TapId("##term-duo"));
    EXPECT_TRUE(ui.Shows("مؤسسة حكومية")) << ui.AllText();
}

TEST(TermHelp, ButtonsAreReachableByKeyboard) {
    UiDriver ui({"--lang", "nl", "--role", "migrant", "--screen", "welcome"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ui.Frames(2);
    EXPECT_TRUE(ImGui::GetIO().ConfigFlags & ImGuiConfigFlags_NavEnableKeyboard) << "Tab and Enter move and press";
}

TEST(TermHelp, TheReferentIsAskedAboutThePartnersLoan) {
    UiDriver ui({"--lang", "nl", "--role", "referent", "--screen", "loan"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ui.Frames(4);
    EXPECT_TRUE(ui.Shows("Hoeveel wil uw partner lenen?")) << ui.AllText();
    EXPECT_FALSE(ui.Shows("Hoeveel wilt u lenen?"));
    EXPECT_TRUE(ui.Shows("Uw partner betaalt")) << "the result speaks of the partner";
}
