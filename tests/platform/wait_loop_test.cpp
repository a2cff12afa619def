// The native frame loop (platform/wait_loop.h, the one platform_glfw.cpp runs)
// on a real clock, with a person's taps arriving from another thread while it
// sleeps: the inactivity wipe comes after the LAST tap plus the timeout, not
// after the first, and an untouched loop sleeps instead of drawing.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "interaction/idle_policy.h"
#include "platform/wait_loop.h"

using namespace wegwijs;

namespace {

// Stands in for GLFW: events posted from another thread wake the waiting loop.
class EventSource {
public:
    double Now() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }
    void Post() {
        std::lock_guard<std::mutex> lock(m_);
        ++pending_;
        cv_.notify_all();
    }
    // glfwPollEvents: runs the input callback for each pending event.
    int Poll() {
        std::lock_guard<std::mutex> lock(m_);
        const int n = pending_;
        pending_ = 0;
        return n;
    }
    // glfwWaitEventsTimeout.
    void Wait(double seconds) {
        std::unique_lock<std::mutex> lock(m_);
        cv_.wait_for(lock, std::chrono::duration<double>(seconds), [&] { return pending_ > 0; });
    }

private:
    using Clock = std::chrono::steady_clock;
    Clock::time_point start_ = Clock::now();
    std::mutex m_;
    std::condition_variable cv_;
    int pending_ = 0;
};

struct Result {
    double wiped_at = -1;
    double last_tap = -1;
    int frames = 0;
};

// Runs the loop with a session that starts active, taps at `taps` (seconds),
// and an inactivity timeout; ends when the session is wiped or after `limit`.
Result RunWithTaps(const std::vector<double>& taps, double timeout, double limit) {
    EventSource events;
    IdlePolicy idle;
    InactivityGuard guard(timeout);
    Result r;
    bool active = true;
    std::atomic<bool> stop{false};
    std::thread person([&] {
        for (double at : taps) {
            while (!stop && events.Now() < at) std::this_thread::sleep_for(std::chrono::milliseconds(2));
            events.Post();
        }
    });
    platform::LoopHooks h;
    h.done = [&] { return !active || events.Now() > limit; };
    h.poll = [&] {
        if (events.Poll() > 0) {
            idle.OnInput(events.Now());
            r.last_tap = events.Now();
        }
    };
    h.now = [&] { return events.Now(); };
    h.input_queued = [] { return false; };
    h.wait = [&](double s) { events.Wait(s); };
    h.draw = [&](double now) {
        ++r.frames;
        if (guard.Due(now, active, idle)) {
            active = false;
            r.wiped_at = now;
        }
        return true;
    };
    idle.OnInput(events.Now());  // the person who started the session
    platform::RunWaitLoop(idle, h);
    stop = true;
    person.join();
    return r;
}

}  // namespace

TEST(WaitLoop, TheWipeComesAfterTheLastTapNotTheFirst) {
    const double timeout = 0.6;
    const Result r = RunWithTaps({0.2, 0.5, 0.9}, timeout, 5.0);
    ASSERT_GT(r.wiped_at, 0) << "the session was never wiped";
    ASSERT_GT(r.last_tap, 0.85);
    EXPECT_GE(r.wiped_at, r.last_tap + timeout - 0.01) << "wiped while the person was still there";
    EXPECT_LT(r.wiped_at, r.last_tap + timeout + 1.0) << "the wipe came late (lost timer)";
}

TEST(WaitLoop, AnUntouchedLoopSleepsUntilItsTimer) {
    const Result r = RunWithTaps({}, 0.5, 5.0);
    ASSERT_GT(r.wiped_at, 0);
    EXPECT_GE(r.wiped_at, 0.49);
    // 3 frames after the start, then one when the timer is due: no spinning.
    EXPECT_LE(r.frames, IdlePolicy::kFramesAfterInput + 3) << "it drew while nothing happened";
}
