#include "interaction/touch_scroll.h"

#include <algorithm>
#include <cmath>

namespace wegwijs {

void TouchScroll::Press(float y, double t) {
    state_ = State::Pressed;  // a press stops a glide where it is
    drag_ = false;
    press_y_ = y;
    press_offset_ = offset_;
    velocity_ = 0;
    samples_.clear();
    samples_.push_back({y, t});
    still_calls_ = 0;
}

void TouchScroll::Move(float y, double t) {
    if (state_ != State::Pressed && state_ != State::Dragging) return;
    if (state_ == State::Pressed) {
        if (std::fabs(y - press_y_) < p_.slop) return;
        state_ = State::Dragging;
        drag_ = true;
        // Follow from the edge of the slop: the page moves by what the finger
        // moved beyond it, without a jump.
        press_y_ += y > press_y_ ? p_.slop : -p_.slop;
        press_offset_ = offset_;
    }
    offset_ = press_offset_ - (y - press_y_);
    // Only movement is a sample: a finger resting (or events arriving slower
    // than frames) must not read as "stopped" and cancel a flick.
    if (!samples_.empty() && samples_.back().y == y) {
        ++still_calls_;
        return;
    }
    still_calls_ = 0;
    samples_.push_back({y, t});
    while (samples_.size() > 2 && t - samples_.front().t > p_.sample_window) samples_.erase(samples_.begin());
}

void TouchScroll::Release(double t) {
    if (state_ != State::Dragging) {
        state_ = State::Idle;
        return;
    }
    // The flick's speed: the finger's movement over the last sample window,
    // provided it was still moving just before it let go.
    velocity_ = 0;
    if (samples_.size() >= 2) {
        const Sample& a = samples_.front();
        const Sample& b = samples_.back();
        const double dt = b.t - a.t;
        // Still moving when it let go: within the sample window, or (slow
        // frames, e.g. a software-rendered browser, where events arrive a
        // frame or three late) in the last three frames.
        const bool moving = t - b.t < p_.sample_window || (still_calls_ <= 3 && t - b.t < 3 * p_.sample_window);
        if (dt > 1e-4 && moving)
            velocity_ = std::clamp(static_cast<float>(-(b.y - a.y) / dt), -p_.max_speed, p_.max_speed);
    }
    if (std::fabs(velocity_) >= p_.min_speed) {
        state_ = State::Gliding;
        glide_t0_ = t;
        glide_offset0_ = offset_;
    } else {
        state_ = State::Idle;
    }
}

void TouchScroll::Nudge(float dy) {
    if (state_ == State::Gliding) state_ = State::Idle;
    offset_ += dy;
}

void TouchScroll::Reset() {
    state_ = State::Idle;
    drag_ = false;
    offset_ = 0;
    velocity_ = 0;
    samples_.clear();
}

float TouchScroll::Update(double t, float max_offset) {
    max_offset = std::max(0.0f, max_offset);
    if (state_ == State::Gliding) {
        const double dt = std::max(0.0, t - glide_t0_);
        const double decay = std::exp(-dt / p_.glide_tau);
        offset_ = glide_offset0_ + static_cast<float>(velocity_ * p_.glide_tau * (1.0 - decay));
        const bool slow = std::fabs(velocity_ * decay) < p_.min_speed;
        const bool at_edge = offset_ <= 0 || offset_ >= max_offset;
        if (slow || at_edge) state_ = State::Idle;
    }
    offset_ = std::clamp(offset_, 0.0f, max_offset);
    if (state_ == State::Dragging) {
        // At an edge the page stops; dragging back moves it at once.
        press_offset_ = offset_;
        press_y_ = samples_.empty() ? press_y_ : samples_.back().y;
    }
    return offset_;
}

}  // namespace wegwijs
