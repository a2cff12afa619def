#include "touch_scroll.h"

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
}

void TouchScroll::Move(float y, double t) {
    if (state_ != State::Pressed && state_ != State::Dragging) return;
    if (state_ == State::Pressed) {
        if (std::fabs(y - press_y_) < p_.slop) return;
        state_ = State::Dragging;
        drag_ = true;
        press_y_ = y;  // follow from here, so the page does not jump by the slop
        press_offset_ = offset_;
    }
    offset_ = press_offset_ - (y - press_y_);
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
        if (dt > 1e-4 && t - b.t < p_.sample_window)
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
