// When to draw a frame. An untouched kiosk should use next to no CPU, so the
// app draws only after input (for a few frames: a tap spans several), while
// Dear ImGui still has queued input events, while an animation runs, or when a
// timer is due (e.g. the inactivity wipe). Otherwise the platform waits for
// events (natively) or skips the frame (on the web).
#pragma once
#include <algorithm>
#include <limits>

namespace wegwijs {

class IdlePolicy {
public:
    static constexpr int kFramesAfterInput = 3;

    void OnInput(double now) {
        frames_left_ = kFramesAfterInput;
        last_input_ = now;
    }
    double last_input() const { return last_input_; }
    // The app asks for another frame (animation, layout settling, async load done).
    void RequestFrames(int n = 1) { frames_left_ = std::max(frames_left_, n); }
    // Wake up at `when` (seconds, same clock as Now passed to ShouldDraw).
    void WakeAt(double when) { wake_at_ = std::min(wake_at_, when); }

    bool ShouldDraw(double now, bool input_queued) const {
        return frames_left_ > 0 || input_queued || now >= wake_at_;
    }
    void FrameDrawn(double now) {
        if (frames_left_ > 0) --frames_left_;
        if (now >= wake_at_) wake_at_ = kNever;
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

}  // namespace wegwijs
