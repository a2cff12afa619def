// Drag-to-scroll with inertia for one scrolling region, as a phone does it:
// a press that moves more than a few pixels becomes a drag (and must not
// press the button it started on), the page follows the finger, and a flick
// glides on and slows down. Positions in pixels, time in seconds; no ImGui,
// so it is tested headless (tests/core/touch_scroll_test.cpp).
//
//   scroll.Press(y, t);  scroll.Move(y, t);  scroll.Release(t);   // pointer
//   float offset = scroll.Update(t, max_offset);                    // each frame
//   if (scroll.dragging()) ...cancel the press on the widget under the finger
//   if (scroll.animating()) ...ask for another frame
#pragma once
#include <vector>

namespace wegwijs {

class TouchScroll {
public:
    struct Params {
        float slop = 10;             // px a press may move and still be a tap
        double glide_tau = 0.325;    // s: velocity falls to 1/e in this time
        float min_speed = 20;        // px/s: below this a glide stops
        float max_speed = 6000;      // px/s: a flick is never faster
        double sample_window = 0.1;  // s of movement that sets the flick's speed
    };

    TouchScroll() = default;
    explicit TouchScroll(Params p) : p_(p) {}
    void SetParams(Params p) { p_ = p; }
    const Params& params() const { return p_; }

    // A finger (or mouse button) went down inside the region at height `y`.
    void Press(float y, double t);
    // Where it is while down: call once per frame (also when it did not move).
    void Move(float y, double t);
    // It went up (a drag may now glide on).
    void Release(double t);
    // Mouse wheel, scroll keys, or "scroll this into view": moves by `dy` at once.
    void Nudge(float dy);
    // Back to the top, nothing moving (a new screen).
    void Reset();

    // Advances a glide to `t`, keeps the offset inside [0, max_offset], and
    // returns it. Call once per frame before drawing the region.
    float Update(double t, float max_offset);

    float offset() const { return offset_; }
    // The current (or last) press became a drag: it is not a tap.
    bool dragging() const { return drag_; }
    // The finger is down and moving the page.
    bool following() const { return state_ == State::Dragging; }
    // A glide is under way: the caller should draw another frame.
    bool animating() const { return state_ == State::Gliding; }
    float velocity() const { return velocity_; }

private:
    enum class State { Idle, Pressed, Dragging, Gliding };
    struct Sample {
        float y;
        double t;
    };
    Params p_;
    State state_ = State::Idle;
    bool drag_ = false;
    float offset_ = 0;
    float press_y_ = 0, press_offset_ = 0;
    std::vector<Sample> samples_;
    int still_calls_ = 0;      // Move() calls (frames) since the finger last moved
    float velocity_ = 0;       // px/s of the offset while gliding
    double glide_t0_ = 0;      // when the glide started
    float glide_offset0_ = 0;  // offset then
};

}  // namespace wegwijs
