// The journey by touch on a screen of real size (1280x800): the footer stays,
// the page scrolls by dragging (also when the drag starts on a button, which
// is then not pressed), each screen opens at its top, one-tap answers move
// on, dates take three taps, numbers come from a pad, answers can be cleared.
#include <gtest/gtest.h>

#include "ui_driver.h"
#include "visual_order.h"

using wegwijs::test::UiDriver;

namespace {

const std::string& ScreenId(UiDriver& ui) { return ui.app().engine()->CurrentScreen().id; }

ImVec2 Center(ImVec2 a, ImVec2 b) { return ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f); }

// Taps Next (or Skip) until the screen is `id`, answering with first choices.
bool GoTo(UiDriver& ui, const std::string& id) {
    for (int i = 0; i < 60 && ScreenId(ui) != id; ++i) {
        for (const auto& q : ui.app().engine()->Current().questions)
            if (q.value.empty() && !q.options.empty()) ui.TapId("##opt-" + q.options.front().id);
        ui.Settle();
        if (ScreenId(ui) == id) break;
        if (!ui.TapId("##next") && !ui.TapId("##skip")) return false;
    }
    return ScreenId(ui) == id;
}

}  // namespace

TEST(Touch, FooterStaysPutAndDraggingScrollsALongPage) {
    UiDriver ui({"--lang", "nl", "--role", "migrant", "--screen", "review"}, ImVec2(1280, 800));
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_GT(ui.app().scroll_max(), 200) << "the review is longer than one screen";
    ImVec2 next_min, next_max;
    ASSERT_TRUE(ui.Find("##next", &next_min, &next_max));
    EXPECT_GE(next_min.y, ui.app().body_bottom()) << "Next sits in the footer, below the page";
    EXPECT_LE(next_max.y, 800);
    // A finger drags the page up by 400 px, starting on text.
    const float x = 640, y = ui.app().body_bottom() - 50;
    ui.Drag(ImVec2(x, y), ImVec2(x, y - 400));
    EXPECT_GT(ui.app().scroll(), 300) << "the page followed the finger";
    ImVec2 next_min2, next_max2;
    ASSERT_TRUE(ui.Find("##next", &next_min2, &next_max2));
    EXPECT_EQ(next_min.y, next_min2.y) << "the footer did not move";
}

TEST(Touch, ADragThatStartsOnAButtonScrollsAndPressesNothing) {
    UiDriver ui({"--lang", "en", "--role", "migrant", "--screen", "review"}, ImVec2(1280, 800));
    ASSERT_TRUE(ui.started()) << ui.error();
    // The first "Change" button on the review page.
    const auto taps = ui.app().text().tappables();
    const wegwijs::ui::TextLayer::Tappable* change = nullptr;
    for (const auto& t : taps)
        if (t.id.rfind("##change-", 0) == 0 && t.min.y > ui.app().body_top() && t.max.y < ui.app().body_bottom()) {
            change = &t;
            break;
        }
    ASSERT_NE(change, nullptr);
    const ImVec2 on = Center(change->min, change->max);
    ui.Drag(on, ImVec2(on.x, on.y - 300));
    EXPECT_EQ(ScreenId(ui), "review") << "the button under the finger was not pressed";
    EXPECT_GT(ui.app().scroll(), 200);
}

TEST(Touch, AFlickGlidesOnAndANewScreenOpensAtItsTop) {
    UiDriver ui({"--lang", "nl", "--role", "migrant", "--screen", "review"}, ImVec2(1280, 800));
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_GT(ui.app().scroll_max(), 600);
    const float y = ui.app().body_bottom() - 40;
    ui.Drag(ImVec2(640, y), ImVec2(640, y - 150), 4);  // quick: 150 px in ~4 frames
    const float after_release = ui.app().scroll();
    ui.Settle(1.0);
    EXPECT_GT(ui.app().scroll(), after_release + 20) << "the page glided on after the finger let go";
    ASSERT_TRUE(ui.TapId("##back"));
    EXPECT_NE(ScreenId(ui), "review");
    EXPECT_EQ(ui.app().scroll(), 0) << "the next screen opens at its top";
}

TEST(Touch, AOneTapAnswerMovesOnByItself) {
    UiDriver ui({"--lang", "en"}, ImVec2(1280, 800));
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(GoTo(ui, "q_age"));
    // (Not "under 18": that answer brings a note to read, and then Next is the person's to tap.)
    ASSERT_TRUE(ui.TapId("##opt-30_49"));
    EXPECT_EQ(ScreenId(ui), "q_age") << "the choice is shown marked first";
    ui.Settle(0.6);
    EXPECT_NE(ScreenId(ui), "q_age") << "then the next question comes";
    ASSERT_TRUE(ui.TapId("##back"));
    EXPECT_EQ(ScreenId(ui), "q_age");
    EXPECT_TRUE(ui.TapId("##clear")) << "an answer can be cleared";
    ui.Frames(2);
    EXPECT_EQ(ui.app().session().answers.count("age_band"), 0u);
    ASSERT_TRUE(ui.TapId("##opt-under_18"));
    ui.Settle(0.6);
    EXPECT_EQ(ScreenId(ui), "q_age") << "an answer that brings a note stays for it to be read";
    EXPECT_TRUE(ui.Shows("school")) << ui.AllText();
}

TEST(Touch, ADateIsThreeTapsAndNothingIsStoredBeforeTheDay) {
    UiDriver ui({"--lang", "en"}, ImVec2(1280, 800));
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(GoTo(ui, "q_card"));
    EXPECT_TRUE(ui.TapId("##skip")) << "an optional, unanswered question offers Skip";
    ASSERT_TRUE(ui.TapId("##back"));
    ASSERT_EQ(ScreenId(ui), "q_card");
    ASSERT_TRUE(ui.TapId("##year-2025"));
    ASSERT_TRUE(ui.TapId("##month-6"));
    EXPECT_EQ(ui.app().session().answers.count("card_date"), 0u) << "no date stored before the day is chosen";
    EXPECT_TRUE(ui.Shows("Which day?"));
    ASSERT_TRUE(ui.TapId("##day-15"));
    EXPECT_EQ(ui.app().session().answers.at("card_date"), (wegwijs::AnswerValue{"2025-06-15"}));
    ui.Settle();
    EXPECT_NE(ScreenId(ui), "q_card") << "the completed date moves on";
    ASSERT_TRUE(ui.TapId("##back"));
    EXPECT_TRUE(ui.Shows("June 15, 2025")) << ui.AllText();
    ASSERT_TRUE(ui.TapId("##clear"));
    ui.Frames(2);
    EXPECT_EQ(ui.app().session().answers.count("card_date"), 0u);
}

TEST(Touch, NumbersComeFromAPadAndMistakesLookLikeErrors) {
    UiDriver ui({"--lang", "en"}, ImVec2(1280, 800));
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(GoTo(ui, "q_hours"));
    ASSERT_TRUE(ui.TapId("##pad-1"));
    ASSERT_TRUE(ui.TapId("##pad-6"));
    EXPECT_EQ(ui.app().session().answers.at("learning_hours"), (wegwijs::AnswerValue{"16"}));
    ASSERT_TRUE(ui.TapId("##pad-0"));  // 160 hours a week: out of range
    EXPECT_TRUE(ui.Shows("Please check")) << ui.AllText();
    EXPECT_EQ(ui.app().session().drafts.at("learning_hours"), "160") << "what was typed is kept";
    ASSERT_TRUE(ui.Tap("\xe2\x8c\xab"));  // delete
    EXPECT_FALSE(ui.Shows("Please check"));
    EXPECT_EQ(ui.app().session().answers.at("learning_hours"), (wegwijs::AnswerValue{"16"}));
}

TEST(Touch, InactivityWipesAfterTheLastTapNotTheFirst) {
    UiDriver ui({}, ImVec2(1280, 800));
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(ui.Tap("English"));
    ui.Wait(80);
    ASSERT_TRUE(ui.TapId("##opt-migrant"));  // the person is still there at 80 s
    ui.Wait(60);                              // 140 s after the start, 60 s after the last tap
    EXPECT_FALSE(ui.app().asking_presence()) << "counting from the first tap";
    EXPECT_FALSE(ui.app().session().empty());
    ui.Wait(70);
    EXPECT_TRUE(ui.app().session().empty()) << "not wiped 130 s after the last tap";
    EXPECT_EQ(ui.app().screen(), wegwijs::ui::Screen::Attract);
}

// On a phone and on the kiosk, in Dutch and Arabic, for both roles: on every
// screen of the journey the way on sits whole in the footer, below the page,
// and the screen opened at its top; every button and option reads in the
// language's direction (on a phone long labels wrap: each line is checked),
// and no catalog key is missing on the way.
TEST(Touch, OnEveryScreenTheWayOnIsInTheFooter) {
    struct Case {
        const char* lang;
        const char* role;
        ImVec2 size;
    };
    for (const Case c : {Case{"nl", "migrant", ImVec2(390, 844)}, Case{"ar", "referent", ImVec2(390, 844)},
                         Case{"ar", "migrant", ImVec2(1920, 1080)}, Case{"nl", "referent", ImVec2(1920, 1080)}}) {
        UiDriver ui({"--lang", c.lang}, c.size);
        ASSERT_TRUE(ui.started()) << ui.error();
        const bool rtl = std::string(c.lang) == "ar";
        wegwijs::test::VisualOrderTally tally;
        auto reads_right = [&] {
            for (const auto& p : wegwijs::test::VisualOrderProblems(ui.app().text().tappables(), rtl, &tally))
                ADD_FAILURE() << p;
        };
        reads_right();
        ASSERT_TRUE(ui.TapId(std::string("##opt-") + c.role));
        ui.Settle();
        int screens = 0;
        for (; screens < 60 && ScreenId(ui) != "finish"; ++screens) {
            const std::string id = ScreenId(ui);
            SCOPED_TRACE(std::string(c.lang) + " " + c.role + " " + id);
            EXPECT_EQ(ui.app().scroll(), 0) << "opens at its top";
            reads_right();
            ImVec2 a, b;
            const bool next = ui.Find("##next", &a, &b) || ui.Find("##skip", &a, &b);
            ASSERT_TRUE(next);
            EXPECT_GE(a.y, ui.app().body_bottom());
            EXPECT_LE(b.y, c.size.y) << "the whole button is on screen";
            ASSERT_TRUE(ui.TapId("##next") || ui.TapId("##skip"));
            if (ScreenId(ui) == id) {  // a required answer: give the first option
                for (const auto& q : ui.app().engine()->Current().questions)
                    if (!q.options.empty()) ui.TapId("##opt-" + q.options.front().id);
                ui.Settle();
                if (ScreenId(ui) == id) ASSERT_TRUE(ui.TapId("##next"));
            }
        }
        EXPECT_EQ(ScreenId(ui), "finish");
        reads_right();
        if (rtl) EXPECT_GE(tally.direction_matters.size(), 3u) << "the walk met labels a left-to-right layout reads wrong";
        for (const auto& k : ui.app().l10n().missing()) ADD_FAILURE() << c.lang << ": catalog key missing: " << k;
        ImVec2 a, b;
        EXPECT_TRUE(ui.Find("##finish-stop", &a, &b)) << "the end offers stop and erase in the footer";
    }
}

// An answer that brings a note to read (childcare allowance) does not move on
// by itself; one that brings nothing does.
TEST(Touch, AnAnswerThatBringsANoteStaysToBeRead) {
    UiDriver ui({"--lang", "en"}, ImVec2(1280, 800));
    ASSERT_TRUE(ui.started()) << ui.error();
    ASSERT_TRUE(GoTo(ui, "q_children"));
    ASSERT_TRUE(ui.TapId("##opt-yes"));
    ui.Settle(1.0);
    EXPECT_EQ(ScreenId(ui), "q_children") << "the childcare note is there to be read";
    ASSERT_TRUE(ui.TapId("##next"));
    EXPECT_NE(ScreenId(ui), "q_children");
    ASSERT_TRUE(ui.TapId("##back"));
    ASSERT_TRUE(ui.TapId("##opt-no"));
    ui.Settle(1.0);
    EXPECT_NE(ScreenId(ui), "q_children") << "no note: it moves on";
}

// How far a page scrolls is known when it opens: it does not grow while the
// person scrolls (the scroll bar and "more below" are right from the start).
TEST(Touch, APagesLengthIsKnownWhenItOpens) {
    UiDriver ui({"--lang", "nl", "--role", "migrant", "--screen", "review"}, ImVec2(1280, 800));
    ASSERT_TRUE(ui.started()) << ui.error();
    const float at_open = ui.app().scroll_max();
    ASSERT_GT(at_open, 500);
    for (int i = 0; i < 30 && ui.app().scroll() < ui.app().scroll_max(); ++i) {
        const float y = ui.app().body_bottom() - 20;
        ui.Drag(ImVec2(640, y), ImVec2(640, y - 400));
        ui.Settle(0.5);
    }
    EXPECT_EQ(ui.app().scroll(), ui.app().scroll_max()) << "reached the end";
    EXPECT_NEAR(ui.app().scroll_max(), at_open, 1.0);
}

// The review lists what the person entered: a loan amount only once they set one.
TEST(Touch, TheReviewShowsALoanOnlyWhenThePersonSetIt) {
    UiDriver ui({"--lang", "en", "--role", "migrant", "--screen", "review"}, ImVec2(1280, 800));
    ASSERT_TRUE(ui.started()) << ui.error();
    EXPECT_FALSE(ui.Shows("Loan (estimate)")) << "the starting example is not an answer";
    EXPECT_TRUE(ui.Shows("Not answered")) << "skipped questions are listed";
    ASSERT_TRUE(ui.TapId("##back"));  // the timeline, then the loan
    ASSERT_TRUE(ui.TapId("##back"));
    ASSERT_EQ(ScreenId(ui), "loan");
    ASSERT_TRUE(ui.TapId("##amount-plus"));
    ASSERT_TRUE(ui.TapId("##next"));
    ASSERT_TRUE(ui.TapId("##next"));
    ASSERT_EQ(ScreenId(ui), "review");
    EXPECT_TRUE(ui.Shows("Loan (estimate)"));
    EXPECT_TRUE(ui.Shows("€5,250.00"));
}

// On a 390x844 phone (CSS px), every target on the way is at least 48 px
// both ways: options, footer, top bar, year, month and day tiles, pad keys.
TEST(Touch, EveryTargetOnAPhoneIsAtLeast48CssPx) {
    UiDriver ui({}, ImVec2(390, 844));
    ASSERT_TRUE(ui.started()) << ui.error();
    auto check = [&](const std::string& where) {
        for (const auto& t : ui.app().text().tappables()) {
            EXPECT_GE(t.max.y - t.min.y, 47.5f) << where << " " << t.id << " " << t.label;
            EXPECT_GE(t.max.x - t.min.x, 47.5f) << where << " " << t.id << " " << t.label;
        }
    };
    check("language");
    ASSERT_TRUE(ui.TapId("##lang-nl"));
    ASSERT_TRUE(ui.TapId("##opt-migrant"));
    ui.Settle();
    for (int i = 0; i < 60 && ScreenId(ui) != "finish"; ++i) {
        const std::string id = ScreenId(ui);
        check(id);
        for (const auto& q : ui.app().engine()->Current().questions)
            if (q.type == wegwijs::QuestionType::Date && q.value.empty()) {
                ASSERT_TRUE(ui.TapPrefix("##year-2"));
                check(id + " months");
                ASSERT_TRUE(ui.TapPrefix("##month-"));
                check(id + " days");
                ASSERT_TRUE(ui.TapPrefix("##day-"));
                ui.Settle();
            }
        if (ScreenId(ui) != id) continue;
        ASSERT_TRUE(ui.TapId("##next") || ui.TapId("##skip"));
    }
    EXPECT_EQ(ScreenId(ui), "finish");
    check("finish");
}

// Nothing is chosen for a person: the school checklist starts with no answer
// marked, and a tap marks exactly the one chosen.
TEST(Touch, TheSchoolChecklistStartsWithNothingChosen) {
    UiDriver ui({"--lang", "en", "--role", "migrant", "--screen", "schools"}, ImVec2(1280, 800));
    ASSERT_TRUE(ui.started()) << ui.error();
    auto selected = [&] {
        int n = 0;
        for (const auto& t : ui.app().text().tappables()) n += t.selected ? 1 : 0;
        return n;
    };
    EXPECT_EQ(selected(), 0);
    ASSERT_TRUE(ui.TapId("##a", 3 * 3 + 1));  // the keurmerk: "no"
    EXPECT_EQ(selected(), 1);
    EXPECT_TRUE(ui.Shows("This school has no Blik op Werk quality mark.")) << ui.AllText();
}
