// The native frame loop, shared by platform_glfw.cpp and its test
// (tests/platform/): poll events, draw when the idle policy says so, otherwise
// block until the next event or the next timer (glfwWaitEventsTimeout), never
// spinning. Kept apart from GLFW so a test can run it on a real clock with
// inputs arriving from another thread.
#pragma once
#include <functional>

#include "interaction/idle_policy.h"

namespace wegwijs::platform {

struct LoopHooks {
    std::function<bool()> done;             // leave the loop
    std::function<void()> poll;             // deliver pending events (their callbacks call OnInput)
    std::function<double()> now;            // monotonic seconds
    std::function<bool()> input_queued;     // Dear ImGui still has queued input events
    std::function<void(double)> wait;       // block until an event or `seconds` pass
    std::function<bool(double now)> draw;   // one frame; false ends the loop
};

inline void RunWaitLoop(IdlePolicy& idle, const LoopHooks& h) {
    while (!h.done()) {
        h.poll();
        const double now = h.now();
        if (!idle.ShouldDraw(now, h.input_queued())) {
            h.wait(idle.WaitSeconds(now));
            continue;
        }
        idle.FrameStarted();
        const bool go_on = h.draw(now);
        idle.FrameDrawn();
        if (!go_on) break;
    }
}

}  // namespace wegwijs::platform
