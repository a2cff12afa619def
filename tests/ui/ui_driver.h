// Drives the real app (ui::App) without a window: frames are run on the
// headless platform, taps are injected at the rectangle of the widget whose
// label matches, and what the screen says is read from the text layer. So a
// test walks through screens as a person would, in any language.
#pragma once
#include <imgui.h>

#include <functional>
#include <string>
#include <vector>

#include "ui/app.h"

namespace wegwijs::platform {
void SetHeadlessNow(double seconds);
}

namespace wegwijs::test {

class UiDriver {
public:
    explicit UiDriver(std::vector<std::string> args = {}, ImVec2 size = ImVec2(1280, 12000));
    ~UiDriver();

    bool started() const { return started_; }
    const std::string& error() const { return error_; }

    void Frames(int n = 3);
    // Taps the first tappable whose label contains `label`; false if none.
    bool Tap(const std::string& label);
    // Taps the n-th tappable (0-based) whose id is `id` ("##next", "##opt-yes").
    bool TapId(const std::string& id, int nth = 0);
    // Taps the first tappable whose id starts with `prefix` ("##year-2", "##day-").
    bool TapPrefix(const std::string& prefix);
    // Where a tappable is now (its whole rectangle); false if it is not drawn.
    bool Find(const std::string& id, ImVec2* min, ImVec2* max) const;
    // One finger: down at `from`, `steps` moves to `to`, up.
    void Drag(ImVec2 from, ImVec2 to, int steps = 12);
    // Lets time pass with input-free frames (animations, auto-advance).
    void Settle(double seconds = 0.6);
    // Whether any text drawn in the last frame contains `text`.
    bool Shows(const std::string& text) const;
    std::string AllText() const;
    // Moves the clock without input (for the inactivity wipe).
    void Wait(double seconds);

    ui::App& app() { return app_; }
    const ui::App& app() const { return app_; }
    // What a person did so far: taps, and drags to bring a widget into view.
    int taps() const { return taps_; }
    int drags() const { return drags_; }

private:
    void Frame();
    void TapAt(ImVec2 at);
    void TapVisible(const ui::TextLayer::Tappable& target);
    bool TapFirst(const std::function<bool(const ui::TextLayer::Tappable&)>& match, int nth = 0);
    int taps_ = 0, drags_ = 0;
    ui::App app_;
    ImGuiContext* ctx_ = nullptr;
    bool started_ = false;
    std::string error_;
    double now_ = 1.0;
};

}  // namespace wegwijs::test
