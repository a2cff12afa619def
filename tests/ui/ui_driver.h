// Drives the real app (ui::App) without a window: frames are run on the
// headless platform, taps are injected at the rectangle of the widget whose
// label matches, and what the screen says is read from the text layer. So a
// test walks through screens as a person would, in any language.
#pragma once
#include <imgui.h>

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
    // Whether any text drawn in the last frame contains `text`.
    bool Shows(const std::string& text) const;
    std::string AllText() const;
    // Moves the clock without input (for the inactivity wipe).
    void Wait(double seconds);

    ui::App& app() { return app_; }

private:
    void Frame();
    void TapAt(ImVec2 at);
    ui::App app_;
    ImGuiContext* ctx_ = nullptr;
    bool started_ = false;
    std::string error_;
    double now_ = 1.0;
};

}  // namespace wegwijs::test
