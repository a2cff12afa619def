// Drag-to-scroll as a finger does it: taps stay taps, drags move the page
// with the finger and are not taps, flicks glide on and stop, edges hold.
#include <gtest/gtest.h>

#include "interaction/touch_scroll.h"

using wegwijs::TouchScroll;

namespace {
// A finger moving from y0 to y1 in `steps` moves of `dt` seconds each, starting at t.
double Drag(TouchScroll& s, float y0, float y1, int steps, double t, double dt, float max_offset = 10000) {
    s.Press(y0, t);
    s.Update(t, max_offset);
    for (int i = 1; i <= steps; ++i) {
        t += dt;
        s.Move(y0 + (y1 - y0) * i / steps, t);
        s.Update(t, max_offset);
    }
    return t;
}
}  // namespace

TEST(TouchScroll, ATapThatWobblesAFewPixelsIsStillATap) {
    TouchScroll s;
    s.Press(500, 0);
    s.Move(504, 0.02);
    s.Move(497, 0.04);
    s.Release(0.06);
    EXPECT_FALSE(s.dragging());
    EXPECT_EQ(s.Update(0.1, 1000), 0) << "the page did not move";
}

TEST(TouchScroll, ThePageFollowsTheFingerAndTheDragIsNotATap) {
    TouchScroll s;
    double t = Drag(s, 800, 400, 20, 0, 0.016);  // finger moves up 400 px
    EXPECT_TRUE(s.dragging());
    EXPECT_TRUE(s.following());
    // The slop is not lost as a jump, and not more than the slop is lost.
    EXPECT_NEAR(s.offset(), 400 - s.params().slop, s.params().slop + 1);
    // Holding still for a while (frames keep coming) before letting go: no glide.
    for (int frame = 1; frame <= 18; ++frame) s.Move(400, t + frame * 0.016);
    t += 18 * 0.016;
    s.Release(t);
    EXPECT_FALSE(s.animating());
    EXPECT_TRUE(s.dragging()) << "the press that ended is still known as a drag";
    s.Press(100, t + 1);
    EXPECT_FALSE(s.dragging()) << "a new press starts as a tap";
}

TEST(TouchScroll, AFlickGlidesOnSlowsDownAndStops) {
    TouchScroll s;
    double t = Drag(s, 900, 600, 5, 0, 0.016);  // fast: ~3700 px/s
    const float at_release = s.offset();
    s.Release(t);
    ASSERT_TRUE(s.animating());
    EXPECT_GT(s.velocity(), 1000);
    float last = at_release;
    double last_step = 1e9;
    for (int i = 1; i < 400 && s.animating(); ++i) {
        const float now = s.Update(t + i * 0.016, 100000);
        const double step = now - last;
        EXPECT_GE(step, 0) << "it keeps going the same way";
        EXPECT_LE(step, last_step + 1e-3) << "and slows down";
        last_step = step;
        last = now;
    }
    EXPECT_FALSE(s.animating()) << "the glide ends by itself";
    EXPECT_GT(last, at_release + 300) << "a flick carries the page on";
    EXPECT_LT(last, at_release + 3000);
}

TEST(TouchScroll, EdgesHoldAndAGlideStopsThere) {
    TouchScroll s;
    double t = Drag(s, 900, 100, 10, 0, 0.016, 300);  // more than the page has
    EXPECT_EQ(s.offset(), 300);
    s.Release(t);
    EXPECT_EQ(s.Update(t + 0.5, 300), 300);
    EXPECT_FALSE(s.animating());
    // Dragging down past the top stops at 0, and dragging back up moves at once.
    t = Drag(s, 100, 900, 10, t + 1, 0.016, 300);
    EXPECT_EQ(s.offset(), 0);
    s.Move(850, t + 0.016);
    EXPECT_NEAR(s.Update(t + 0.016, 300), 50, 1);
}

TEST(TouchScroll, APressStopsAGlideAndResetGoesToTheTop) {
    TouchScroll s;
    double t = Drag(s, 900, 600, 5, 0, 0.016);
    s.Release(t);
    s.Update(t + 0.05, 100000);
    ASSERT_TRUE(s.animating());
    const float caught = s.offset();
    s.Press(500, t + 0.06);
    EXPECT_FALSE(s.animating());
    EXPECT_EQ(s.Update(t + 0.5, 100000), caught) << "the page stays where the finger caught it";
    s.Release(t + 0.55);
    s.Reset();
    EXPECT_EQ(s.Update(t + 0.6, 100000), 0);
}

TEST(TouchScroll, WheelAndKeysNudgeWithinTheEdges) {
    TouchScroll s;
    s.Nudge(120);
    EXPECT_EQ(s.Update(0, 1000), 120);
    s.Nudge(-500);
    EXPECT_EQ(s.Update(0, 1000), 0);
    s.Nudge(5000);
    EXPECT_EQ(s.Update(0, 1000), 1000);
}

TEST(TouchScroll, AFlickIsAFlickEvenWhenMovesArriveSlowerThanFrames) {
    // A browser may deliver a finger's moves every ~80 ms while frames are
    // drawn every 16 ms; the frames in between report the same position.
    TouchScroll s;
    s.Press(800, 0);
    double t = 0;
    for (int move = 1; move <= 5; ++move) {
        for (int frame = 0; frame < 5; ++frame) {
            t += 0.016;
            s.Move(800 - move * 40, t);
            s.Update(t, 100000);
        }
    }
    s.Release(t + 0.016);
    EXPECT_TRUE(s.animating()) << "it glides on";
    EXPECT_GT(s.velocity(), 300);
}
