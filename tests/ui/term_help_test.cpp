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

// The web page on a computer: Tab moves through the buttons, Enter presses.
// A few Tabs from the top of the screen reach the offer; in the card the
// keyboard starts on the first term, so Enter explains it.
TEST(TermHelp, TabAndEnterOpenTheCardAndATerm) {
    auto key = [](UiDriver& ui, ImGuiKey k) {
        ImGui::GetIO().AddKeyEvent(k, true);
        ui.Frames(1);
        ImGui::GetIO().AddKeyEvent(k, false);
        ui.Frames(2);
    };
    auto open_with = [&](UiDriver& ui, int tabs) {
        ui.Frames(4);
        for (int i = 0; i < tabs; ++i) key(ui, ImGuiKey_Tab);
        key(ui, ImGuiKey_Enter);
        return ui.app().term_help().open();
    };
    const std::vector<std::string> args{"--lang", "nl", "--role", "migrant", "--screen", "welcome"};
    int tabs = 0;
    for (int t = 1; t <= 8 && !tabs; ++t) {
        UiDriver ui(args);
        ASSERT_TRUE(ui.started()) << ui.error();
        if (open_with(ui, t)) tabs = t;
    }
    ASSERT_GT(tabs, 0) << "no number of Tabs (1-8) and Enter opened 'Wat betekent dit woord?'";
    bool explained = false;
    for (int t = 0; t <= 8 && !explained; ++t) {
        UiDriver ui(args);
        ASSERT_TRUE(open_with(ui, tabs));
        for (int i = 0; i < t; ++i) key(ui, ImGuiKey_Tab);
        key(ui, ImGuiKey_Enter);
        for (const char* e : {"Inburgeren betekent", "De inburgeringstermijn is", "Het PIP is", "DUO is een organisatie"})
            explained = explained || ui.Shows(e);
    }
    EXPECT_TRUE(explained) << "no number of Tabs and Enter in the card showed a term's explanation";
    UiDriver ui(args);
    ASSERT_TRUE(open_with(ui, tabs));
    key(ui, ImGuiKey_Enter);
    EXPECT_TRUE(ui.Shows("Inburgeren betekent")) << "Enter at once explains the first term (inburgeren)\n" << ui.AllText();
}

TEST(TermHelp, TheReferentIsAskedAboutThePartnersLoan) {
    UiDriver ui({"--lang", "nl", "--role", "referent", "--screen", "loan"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ui.Frames(4);
    EXPECT_TRUE(ui.Shows("Hoeveel wil uw partner lenen?")) << ui.AllText();
    EXPECT_FALSE(ui.Shows("Hoeveel wilt u lenen?"));
    EXPECT_TRUE(ui.Shows("Uw partner betaalt")) << "the result speaks of the partner";
}
