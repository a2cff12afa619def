// When to draw a frame. An untouched kiosk should use next to no CPU, so the
// app draws only after input (for a few frames: a tap spans several), while
// Dear ImGui still has queued input events, while an animation runs, or when a
// timer is due (e.g. the inactivity wipe). Otherwise the platform waits for
// events (natively) or skips the frame (on the web).
//
// Timers belong to a frame: FrameStarted() forgets them, and whatever still
// needs one sets it again with WakeAt() while it draws. So a deadline that
// moved later (the person touched the screen again) always replaces the old
// one, and the earliest timer of the frame wakes the loop.
#pragma once
#include <algorithm>
#include <cmath>
#include <limits>

namespace wegwijs {

class IdlePolicy {
public:
    static constexpr int kFramesAfterInput = 3;

    // Something happened that needs drawing. `by_person` is false for events a
    // person did not cause (a window refresh, a font that finished loading):
    // they redraw but do not count as the person being there.
    void OnInput(double now, bool by_person = true) {
        frames_left_ = kFramesAfterInput;
        if (by_person) last_input_ = now;
    }
    double last_input() const { return last_input_; }
    // The app asks for another frame (animation, layout settling, async load done).
    void RequestFrames(int n = 1) { frames_left_ = std::max(frames_left_, n); }

    // The platform calls this as a frame starts: the last frame's timers are forgotten.
    void FrameStarted() { wake_at_ = kNever; }
    // Wake up at `when` (seconds, same clock as ShouldDraw's `now`).
    void WakeAt(double when) { wake_at_ = std::min(wake_at_, when); }
    void FrameDrawn() {
        if (frames_left_ > 0) --frames_left_;
    }

    bool ShouldDraw(double now, bool input_queued) const {
        return frames_left_ > 0 || input_queued || now >= wake_at_;
    }
    // How long the platform may sleep waiting for events (seconds).
    double WaitSeconds(double now) const {
        if (frames_left_ > 0) return 0;
        return std::clamp(wake_at_ - now, 0.0, kMaxWait);
    }

private:
    static constexpr double kNever = std::numeric_limits<double>::infinity();
    static constexpr double kMaxWait = 3600.0;
    int frames_left_ = kFramesAfterInput;  // draw the first frames
    double wake_at_ = kNever;
    double last_input_ = 0;
};

// Is the person still there? `Here` until `timeout` seconds after their last
// input; then `Asking` ("are you still there?") for `warning` seconds, with
// the whole seconds left; then `Gone`: the session is due to be wiped.
enum class Presence { Here, Asking, Gone };
struct PresenceCheck {
    Presence presence = Presence::Here;
    int seconds_left = 0;  // while asking: until the wipe, rounded up
};

// Forgets a person who walked away. It arms the idle policy's timer on every
// frame for the next moment that matters (the question, each second of the
// countdown, the wipe), so the latest input always counts and an untouched
// screen draws only then.
class InactivityGuard {
public:
    explicit InactivityGuard(double timeout_seconds = 90, double warning_seconds = 0)
        : timeout_(timeout_seconds), warning_(warning_seconds) {}
    void SetTimeout(double seconds, double warning_seconds = 0) {
        timeout_ = seconds;
        warning_ = warning_seconds;
    }
    double timeout() const { return timeout_; }
    double warning() const { return warning_; }

    // Call once per drawn frame.
    PresenceCheck Check(double now, bool session_active, IdlePolicy& idle) const {
        if (!session_active) return {};
        const double ask = idle.last_input() + timeout_;
        const double wipe = ask + warning_;
        if (now >= wipe) return {Presence::Gone, 0};
        if (now < ask) {
            idle.WakeAt(ask);
            return {};
        }
        const double left = wipe - now;
        // Redraw when the shown number changes, and at the wipe.
        idle.WakeAt(std::min(wipe, now + (left - std::floor(left) > 1e-9 ? left - std::floor(left) : 1.0)));
        return {Presence::Asking, static_cast<int>(std::ceil(left - 1e-9))};
    }
    // True when the session must be wiped now.
    bool Due(double now, bool session_active, IdlePolicy& idle) const {
        return Check(now, session_active, idle).presence == Presence::Gone;
    }

private:
    double timeout_;
    double warning_;
};

}  // namespace wegwijs
