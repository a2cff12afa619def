// Walk-throughs of the real screens, as a person taps through them: both
// roles, to the end, in Dutch, English and Arabic.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>

#include "ui_driver.h"
#include "visual_order.h"

using wegwijs::QuestionType;
using wegwijs::test::UiDriver;

namespace {

const std::string& ScreenId(UiDriver& ui) { return ui.app().engine()->CurrentScreen().id; }

// Answers every open question of the current screen the way a hurried person
// would: the first option; a date by three tiles (the newest year, its first
// month and day that may be chosen); the lowest number on the pad. `look`
// runs after every tap (the month and day tiles are screens of their own).
void AnswerWithFirstChoices(UiDriver& ui, const std::function<void()>& look = [] {}) {
    const auto v = ui.app().engine()->Current();
    for (const auto& q : v.questions) {
        if (!q.value.empty()) continue;
        switch (q.type) {
            case QuestionType::Single:
            case QuestionType::YesNo:
            case QuestionType::Multi:
                ui.TapId("##opt-" + q.options.front().id);
                look();
                break;
            case QuestionType::Date:
                ui.TapPrefix("##year-2");
                look();
                ui.TapPrefix("##month-");
                look();
                ui.TapPrefix("##day-");
                look();
                break;
            case QuestionType::Number:
                for (char d : std::to_string(static_cast<int>(q.min.value_or(0)))) ui.TapId(std::string("##pad-") + d);
                look();
                break;
            case QuestionType::Text: break;  // optional, and needs a keyboard
        }
    }
}

// The way on: Next, or Skip where nothing is answered and nothing must be.
bool TapOn(UiDriver& ui) { return ui.TapId("##next") || ui.TapId("##skip"); }

// Taps through to the finish; returns the screens seen, in order.
std::vector<std::string> WalkToTheEnd(UiDriver& ui) {
    std::vector<std::string> seen;
    for (int guard = 0; guard < 80 && ScreenId(ui) != "finish"; ++guard) {
        seen.push_back(ScreenId(ui));
        AnswerWithFirstChoices(ui);
        if (!TapOn(ui)) break;
    }
    seen.push_back(ScreenId(ui));
    return seen;
}

// Taps through (first choices) until the given screen; false if it never comes.
bool WalkTo(UiDriver& ui, const std::string& id) {
    for (int guard = 0; guard < 80 && ScreenId(ui) != id; ++guard) {
        AnswerWithFirstChoices(ui);
        if (!TapOn(ui)) return false;
    }
    return ScreenId(ui) == id;
}

// Opens every "read more" part of the screen, looking after each.
void OpenEveryFold(UiDriver& ui, const std::function<void()>& look) {
    for (int guard = 0; guard < 20; ++guard) {
        std::string fold;
        for (const auto& t : ui.app().text().tappables())
            for (const char* id : {"##more-", "##route-why", "##loan-details", "##timeline-more", "##own-prices"})
                if (fold.empty() && t.id.rfind(id, 0) == 0) fold = t.id;
        if (fold.empty() || !ui.TapId(fold)) return;
        look();
    }
}

bool Saw(const std::vector<std::string>& seen, const std::string& id) {
    return std::find(seen.begin(), seen.end(), id) != seen.end();
}

}  // namespace

TEST(Walkthrough, StartScreenListsEveryLanguageInItsOwnName) {
    UiDriver ui;
    ASSERT_TRUE(ui.started()) << ui.error();
    EXPECT_TRUE(ui.Shows("Nederlands"));
    EXPECT_TRUE(ui.Shows("English"));
    EXPECT_TRUE(ui.Shows("العربية"));
    EXPECT_TRUE(ui.Shows("اختر لغتك")) << "each language says 'choose your language' in itself";
}

TEST(Walkthrough, ChoosingALanguageStartsTheJourneyInIt) {
    UiDriver ui;
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.Tap("English"));
    EXPECT_TRUE(ui.Shows("Before you start")) << ui.AllText();
    EXPECT_TRUE(ui.Shows("Part 1 of"));
    EXPECT_EQ(ui.app().session().language, "en");
}

TEST(Walkthrough, NextWithoutARoleSaysWhatIsMissing) {
    UiDriver ui({"--lang", "en"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.TapId("##next"));
    EXPECT_EQ(ScreenId(ui), "start");
    EXPECT_TRUE(ui.Shows("Please choose or enter an answer here.")) << ui.AllText();
}

TEST(Walkthrough, MigrantReachesTheEndThroughRouteLoanTimelineAndReview) {
    UiDriver ui({"--lang", "en"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.TapId("##opt-migrant"));
    const auto seen = WalkToTheEnd(ui);
    EXPECT_EQ(seen.back(), "finish");
    for (const char* id : {"welcome", "intake", "route_result", "schools", "loan", "timeline", "review"})
        EXPECT_TRUE(Saw(seen, id)) << id;
    EXPECT_FALSE(Saw(seen, "referent_role")) << "referent information is for the referent";
}

TEST(Walkthrough, ReferentSeesTheirDutiesAndReachesTheEnd) {
    UiDriver ui({"--lang", "nl"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.TapId("##opt-referent"));
    const auto seen = WalkToTheEnd(ui);
    EXPECT_TRUE(Saw(seen, "referent_role"));
    EXPECT_EQ(seen.back(), "finish");
}

TEST(Walkthrough, RouteScreenIsLabelledIndicative) {
    UiDriver ui({"--lang", "en"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.TapId("##opt-migrant"));
    ASSERT_TRUE(WalkTo(ui, "route_result"));
    EXPECT_TRUE(ui.Shows("Maybe suitable: ")) << ui.AllText();
    EXPECT_TRUE(ui.Shows("regievoerder decides"));
}

TEST(Walkthrough, LoanScreenEstimatesFromTheChosenAmount) {
    UiDriver ui({"--lang", "en"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.TapId("##opt-migrant"));
    ASSERT_TRUE(WalkTo(ui, "loan"));
    EXPECT_TRUE(ui.Shows("€5,000.00")) << "the starting amount";
    EXPECT_TRUE(ui.Shows("a month. You pay 120 times")) << ui.AllText();
    EXPECT_TRUE(ui.Shows("estimate, not a promise"));
    ASSERT_TRUE(ui.TapId("##amount-plus"));
    EXPECT_TRUE(ui.Shows("€5,250.00"));
}

TEST(Walkthrough, ChangingAnAnswerFromTheReviewReturnsToIt) {
    UiDriver ui({"--lang", "en"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.TapId("##opt-migrant"));
    ASSERT_TRUE(WalkTo(ui, "review"));
    ASSERT_TRUE(ui.TapId("##change-dutch_level")) << ui.AllText();
    EXPECT_EQ(ScreenId(ui), "q_dutch");
    ASSERT_TRUE(ui.TapId("##opt-good"));
    EXPECT_TRUE(ui.Shows("Back to the overview"));
    ASSERT_TRUE(ui.TapId("##next"));
    EXPECT_EQ(ScreenId(ui), "review");
    EXPECT_EQ(ui.app().session().answers.at("dutch_level"), (wegwijs::AnswerValue{"good"}));
}

TEST(Walkthrough, SwitchingLanguageMidwayKeepsEveryAnswer) {
    UiDriver ui({"--lang", "en"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.TapId("##opt-migrant"));
    for (int i = 0; i < 12; ++i) {
        AnswerWithFirstChoices(ui);
        ASSERT_TRUE(TapOn(ui));
    }
    const auto answers = ui.app().session().answers;
    const std::string where = ScreenId(ui);
    ASSERT_FALSE(answers.empty());
    ASSERT_TRUE(ui.TapId("##top-language"));
    ASSERT_TRUE(ui.Tap("العربية"));
    EXPECT_EQ(ScreenId(ui), where) << "back where they were";
    EXPECT_EQ(ui.app().session().answers, answers);
    EXPECT_EQ(ui.app().session().language, "ar");
}

TEST(Walkthrough, SourcesAreOneTapAway) {
    UiDriver ui({"--lang", "nl"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.TapId("##opt-migrant"));
    ASSERT_TRUE(ui.TapId("##next"));
    ASSERT_EQ(ScreenId(ui), "q_nareiziger");
    ASSERT_TRUE(ui.TapId("##skip"));
    ASSERT_EQ(ScreenId(ui), "welcome");
    EXPECT_FALSE(ui.Shows("F-COST-1"));
    ASSERT_TRUE(ui.TapId("##sources"));
    EXPECT_TRUE(ui.Shows("F-COST-1")) << ui.AllText();
    EXPECT_TRUE(ui.Shows("gecontroleerd op 28 november 2026"));
}

TEST(Walkthrough, ArabicScreenIsRightToLeft) {
    UiDriver ui;
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.Tap("العربية"));
    float lang_x = -1, stop_x = -1;
    for (const auto& t : ui.app().text().tappables()) {
        if (t.id == "##top-language") lang_x = t.min.x;
        if (t.id == "##top-stop") stop_x = t.min.x;
    }
    ASSERT_GE(lang_x, 0);
    ASSERT_GE(stop_x, 0);
    EXPECT_GT(lang_x, stop_x) << "mirrored: the first button is on the right";
}

TEST(Walkthrough, StopAndEraseWipesTheSession) {
    UiDriver ui;
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.Tap("English"));
    ASSERT_TRUE(ui.TapId("##opt-migrant"));
    ASSERT_FALSE(ui.app().session().empty());
    ASSERT_TRUE(ui.TapId("##top-stop"));
    EXPECT_TRUE(ui.Shows("Erase everything?")) << "it asks first";
    EXPECT_FALSE(ui.app().session().empty());
    ASSERT_TRUE(ui.TapId("##stop-yes"));
    EXPECT_TRUE(ui.app().session().empty());
    EXPECT_EQ(ui.app().screen(), wegwijs::ui::Screen::Attract) << "back at the lobby kiosk's welcome";
    ASSERT_TRUE(ui.TapId("##attract-start"));
    EXPECT_TRUE(ui.Shows("Kies uw taal")) << "then the start, in the default language";
}

TEST(Walkthrough, StopAsksFirstAndNoKeepsEverything) {
    UiDriver ui({"--lang", "en"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.TapId("##opt-migrant"));
    ui.Settle();
    const std::string where = ScreenId(ui);
    const auto answers = ui.app().session().answers;
    ASSERT_TRUE(ui.TapId("##top-stop"));
    ASSERT_TRUE(ui.app().confirming_stop());
    EXPECT_FALSE(ui.TapId("##next")) << "nothing else is tappable while it asks";
    ASSERT_TRUE(ui.TapId("##stop-no"));
    EXPECT_FALSE(ui.app().confirming_stop());
    EXPECT_EQ(ScreenId(ui), where);
    EXPECT_EQ(ui.app().session().answers, answers);
}

TEST(Walkthrough, InactivityWipesTheSession) {
    UiDriver ui;
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.Tap("English"));
    ui.Wait(60);
    EXPECT_FALSE(ui.app().session().empty()) << "a minute is not yet inactivity";
    ui.Wait(40);
    EXPECT_TRUE(ui.app().asking_presence()) << "after the configured 90 s it asks first";
    ui.Wait(40);
    EXPECT_TRUE(ui.app().session().empty()) << "wiped when nobody answered within the 30 s";
}

TEST(Walkthrough, UnknownScreenIsRefusedAtStart) {
    UiDriver ui({"--lang", "en", "--screen", "nowhere"});
    EXPECT_FALSE(ui.started());
    EXPECT_NE(ui.error().find("--screen nowhere: no such screen"), std::string::npos) << ui.error();
}

TEST(Walkthrough, SchoolWithoutKeurmerkIsFlaggedAsBlocking) {
    UiDriver ui({"--lang", "en", "--role", "migrant", "--screen", "schools"});
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_EQ(ScreenId(ui), "schools");
    EXPECT_FALSE(ui.Shows("No Blik op Werk quality mark"));
    // Rows of yes / no / don't know: the keurmerk is the 4th check, "no" its 2nd button.
    ASSERT_TRUE(ui.TapId("##a", 3 * 3 + 1));
    EXPECT_TRUE(ui.Shows("This school has no Blik op Werk quality mark. Then the DUO loan does not pay this school."))
        << ui.AllText();
    ASSERT_TRUE(ui.TapId("##add-school"));
    EXPECT_TRUE(ui.Shows("School 2"));
    ASSERT_TRUE(ui.TapId("##top-stop"));
    ASSERT_TRUE(ui.TapId("##stop-yes"));
    ui.Frames(2);
    EXPECT_TRUE(ui.app().session().empty()) << "the checklist goes with stop and erase too";
}

// Both roles to the end in every language, every "read more" opened. On
// every screen each button and option reads in the language's direction: its
// lines on screen are its label laid out by ICU's bidi algorithm at the
// paragraph level of the language (Arabic: right to left), not merely by the
// app's own text layer; the radio circles and check boxes sit on the
// reading-start side. At the end no catalog key was missing.
TEST(Walkthrough, EveryButtonReadsInTheLanguagesDirectionAndNoKeyIsMissing) {
    for (const char* lang : {"nl", "en", "ar"})
        for (const char* role : {"migrant", "referent"}) {
            SCOPED_TRACE(std::string(lang) + " " + role);
            const bool rtl = std::string(lang) == "ar";
            UiDriver ui({"--lang", lang});
            ASSERT_TRUE(ui.started()) << ui.error();
            wegwijs::test::VisualOrderTally tally;
            std::set<std::string> problems;
            auto look = [&] {
                const std::string where = ui.app().screen() == wegwijs::ui::Screen::Language ? "language" : ScreenId(ui);
                for (const auto& p : wegwijs::test::VisualOrderProblems(ui.app().text().tappables(), rtl, &tally))
                    problems.insert(where + ": " + p);
            };
            // The language screen as a person in this language meets it again.
            ASSERT_TRUE(ui.TapId("##top-language"));
            look();
            ASSERT_TRUE(ui.TapId(std::string("##lang-") + lang));
            look();
            ASSERT_TRUE(ui.TapId(std::string("##opt-") + role));
            ui.Settle();
            for (int guard = 0; guard < 80 && ScreenId(ui) != "finish"; ++guard) {
                look();
                OpenEveryFold(ui, look);
                AnswerWithFirstChoices(ui, look);
                ASSERT_TRUE(TapOn(ui)) << ScreenId(ui);
            }
            look();
            EXPECT_EQ(ScreenId(ui), "finish");
            std::string all;
            for (const auto& p : problems) all += "\n  " + p;
            EXPECT_TRUE(problems.empty()) << problems.size() << " labels read wrong:" << all;
            EXPECT_GT(tally.checked.size(), 50u) << "every screen's buttons were looked at";
            EXPECT_GT(tally.marks.size(), 20u) << "options with a radio circle or check box were looked at";
            // So that a layout in the wrong direction cannot pass unseen.
            if (rtl) EXPECT_GE(tally.direction_matters.size(), 5u) << "labels with Latin words, brackets or a final stop";
            std::string missing;
            for (const auto& k : ui.app().l10n().missing()) missing += " " + k;
            EXPECT_TRUE(missing.empty()) << "catalog keys missing on the way:" << missing;
        }
}
