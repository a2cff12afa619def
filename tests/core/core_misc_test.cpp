// Dates, the idle policy, layout metrics and start-up options.
#include <gtest/gtest.h>

#include "base/app_config.h"
#include "base/date.h"
#include "interaction/idle_policy.h"
#include "interaction/layout_metrics.h"

using namespace wegwijs;

TEST(Dates, ParseAcceptsOnlyRealDays) {
    EXPECT_EQ(ParseIsoDate("2028-02-29"), (Date{2028, 2, 29}));
    EXPECT_FALSE(ParseIsoDate("2027-02-29"));
    EXPECT_FALSE(ParseIsoDate("2026-13-01"));
    EXPECT_FALSE(ParseIsoDate("1-3-2026"));
    EXPECT_FALSE(ParseIsoDate("2026-03-01x"));
    EXPECT_FALSE(ParseIsoDate(""));
}

TEST(Dates, AddingYearsToTheTwentyNinthOfFebruaryGivesTheLastDay) {
    EXPECT_EQ(AddYears({2028, 2, 29}, 1), (Date{2029, 2, 28}));
    EXPECT_EQ(AddYears({2028, 2, 29}, 4), (Date{2032, 2, 29}));
    EXPECT_EQ(AddMonths({2026, 1, 31}, 1), (Date{2026, 2, 28}));
    EXPECT_EQ(AddMonths({2026, 3, 31}, -1), (Date{2026, 2, 28}));
    EXPECT_EQ(AddDays({2026, 12, 25}, 70), (Date{2027, 3, 5}));
}

TEST(Dates, WholeMonthsCountsCompletedMonths) {
    EXPECT_EQ(WholeMonthsBetween({2026, 3, 1}, {2029, 9, 1}), 42);
    EXPECT_EQ(WholeMonthsBetween({2026, 3, 15}, {2026, 4, 14}), 0);
    EXPECT_EQ(WholeMonthsBetween({2026, 3, 15}, {2026, 4, 15}), 1);
    EXPECT_EQ(WholeMonthsBetween({2026, 1, 31}, {2026, 2, 28}), 0);
}

TEST(Dates, RoundTripThroughIcu) {
    const Date d{2026, 11, 28};
    EXPECT_EQ(FromUDate(ToUDate(d)), d);
    EXPECT_EQ(ToIso(d), "2026-11-28");
}

TEST(IdlePolicy, UntouchedAppStopsDrawing) {
    IdlePolicy p;
    double t = 0;
    int drawn = 0;
    for (int i = 0; i < 100; ++i, t += 0.016)
        if (p.ShouldDraw(t, false)) {
            p.FrameStarted();
            p.FrameDrawn();
            ++drawn;
        }
    EXPECT_EQ(drawn, IdlePolicy::kFramesAfterInput) << "only the first frames";
    EXPECT_GT(p.WaitSeconds(t), 1.0) << "the platform may sleep";
}

TEST(IdlePolicy, InputDrawsAFewFramesAndQueuedEventsKeepDrawing) {
    IdlePolicy p;
    while (p.ShouldDraw(0, false)) p.FrameDrawn();
    p.OnInput(1.0);
    EXPECT_EQ(p.last_input(), 1.0);
    int drawn = 0;
    while (p.ShouldDraw(1.0, false)) {
        p.FrameStarted();
        p.FrameDrawn();
        ++drawn;
    }
    EXPECT_EQ(drawn, IdlePolicy::kFramesAfterInput);
    EXPECT_TRUE(p.ShouldDraw(1.0, /*input_queued=*/true));
}

TEST(IdlePolicy, WakesUpForATimer) {
    IdlePolicy p;
    while (p.ShouldDraw(0, false)) p.FrameDrawn();
    p.WakeAt(120.0);
    EXPECT_FALSE(p.ShouldDraw(60.0, false));
    EXPECT_NEAR(p.WaitSeconds(60.0), 60.0, 1e-9);
    EXPECT_TRUE(p.ShouldDraw(120.0, false));
    p.FrameStarted();
    p.FrameDrawn();
    EXPECT_FALSE(p.ShouldDraw(121.0, false)) << "a timer fires once unless the frame sets it again";
}

// The bug the UX audit found: with several inputs the later deadline was lost
// (the earlier one was kept, then cleared when it fired), so a kiosk touched
// more than once never forgot its visitor.
TEST(IdlePolicy, TheLatestInactivityDeadlineAlwaysHolds) {
    IdlePolicy p;
    InactivityGuard guard(45);
    bool active = true;
    double wiped_at = -1;
    auto frame = [&](double now) {
        p.FrameStarted();
        if (guard.Due(now, active, p)) {
            active = false;
            wiped_at = now;
        }
        p.FrameDrawn();
    };
    // A person taps at 0, 10 and 30 s; the loop draws only when the policy says so.
    const double taps[] = {0, 10, 30};
    double now = 0;
    size_t next_tap = 0;
    for (int guard_steps = 0; guard_steps < 10000 && active; ++guard_steps) {
        if (next_tap < 3 && now >= taps[next_tap]) p.OnInput(taps[next_tap++]);
        if (p.ShouldDraw(now, false)) {
            frame(now);
            now += 0.016;
            continue;
        }
        // Sleep like glfwWaitEventsTimeout: until the timer or the next tap.
        double wake = now + p.WaitSeconds(now);
        if (next_tap < 3) wake = std::min(wake, taps[next_tap]);
        now = std::max(wake, now + 1e-6);
    }
    EXPECT_NEAR(wiped_at, 30 + 45, 0.05) << "45 s after the last tap, not the first";
}

TEST(IdlePolicy, EventsThatAreNotAPersonDoNotKeepTheSessionAlive) {
    IdlePolicy p;
    p.OnInput(5.0);
    p.OnInput(50.0, /*by_person=*/false);  // a window refresh, a font that arrived
    EXPECT_EQ(p.last_input(), 5.0);
    EXPECT_TRUE(p.ShouldDraw(50.0, false)) << "but they are redrawn";
}

TEST(LayoutMetrics, KioskAndPhoneGetReadableText) {
    const auto kiosk = LayoutMetrics::For(1920, 1080, 1);
    EXPECT_GE(kiosk.body_px, 28);
    EXPECT_LE(kiosk.content_width, 1920 - 2 * kiosk.margin);
    EXPECT_FALSE(kiosk.narrow);
    // A 390x844 CSS px phone at 3x: at least 17 CSS px text, one column.
    const auto phone = LayoutMetrics::For(390 * 3, 844 * 3, 3);
    EXPECT_GE(phone.body_px, 17 * 3);
    EXPECT_TRUE(phone.narrow);
    EXPECT_LE(phone.content_left + phone.content_width, 390 * 3) << "no horizontal scrolling";
    EXPECT_GE(phone.button_height / 3, 44) << "touch targets of at least 44 CSS px";
}

TEST(AppOptions, ParsesTheKioskFlags) {
    AppOptions o;
    std::string err;
    ASSERT_TRUE(ParseAppOptions({"--windowed", "--size", "1920x1080", "--lang", "ar", "--config", "/etc/w.json"}, o, err));
    EXPECT_EQ(o.fullscreen, false);
    EXPECT_EQ(o.width, 1920);
    EXPECT_EQ(o.lang, "ar");
    EXPECT_EQ(o.config_path, "/etc/w.json");
}

TEST(AppOptions, MistakesAreNamed) {
    AppOptions o;
    std::string err;
    EXPECT_FALSE(ParseAppOptions({"--size", "big"}, o, err));
    EXPECT_NE(err.find("--size wants WIDTHxHEIGHT"), std::string::npos);
    EXPECT_FALSE(ParseAppOptions({"--colour"}, o, err));
    EXPECT_NE(err.find("unknown option \"--colour\""), std::string::npos);
    EXPECT_FALSE(ParseAppOptions({"--lang"}, o, err));
    EXPECT_NE(err.find("--lang needs a value"), std::string::npos);
}

TEST(AppConfig, ShippedKioskConfigLoads) {
    AppConfig c;
    Problems p;
    EXPECT_TRUE(LoadAppConfig(WEGWIJS_SOURCE_DIR "/assets/kiosk.json", c, p)) << p.ToString();
    EXPECT_EQ(c.content_dir, WEGWIJS_SOURCE_DIR "/assets/../content");
    EXPECT_TRUE(c.fonts.count("latin"));
}
