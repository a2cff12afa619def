#include "ui_driver.h"

#include "base/app_config.h"

#include <algorithm>
#include <cmath>

namespace wegwijs::test {

UiDriver::UiDriver(std::vector<std::string> args, ImVec2 size) {
    ctx_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = size;
    io.DeltaTime = 1.0f / 60.0f;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;  // we "upload" textures below
    platform::SetHeadlessNow(now_);
    AppOptions options;
    if (!ParseAppOptions(args, options, error_)) return;
    if (!app_.Load(options, WEGWIJS_SOURCE_DIR "/assets/kiosk.json", &error_)) return;
    started_ = app_.Start(1.0f, &error_);
    if (!started_) return;
    Frames(2);
    // The lobby kiosk opens on its welcome; a person taps it to begin, and so
    // does every walk-through (tests/ui/idle_test.cpp tests the welcome itself).
    if (app_.screen() == ui::Screen::Attract) TapId("##attract-start");
}

UiDriver::~UiDriver() { ImGui::DestroyContext(ctx_); }

void UiDriver::Frame() {
    now_ += 1.0 / 60.0;
    platform::SetHeadlessNow(now_);
    app_.idle().FrameStarted();
    app_.BeforeFrame();
    ImGui::NewFrame();
    app_.Frame(now_);
    ImGui::Render();
    app_.idle().FrameDrawn();
    // Play the renderer: accept every texture request.
    for (ImTextureData* tex : ImGui::GetPlatformIO().Textures) {
        if (tex->Status == ImTextureStatus_WantCreate) {
            tex->SetTexID(static_cast<ImTextureID>(1));
            tex->SetStatus(ImTextureStatus_OK);
        } else if (tex->Status == ImTextureStatus_WantUpdates) {
            tex->SetStatus(ImTextureStatus_OK);
        } else if (tex->Status == ImTextureStatus_WantDestroy) {
            tex->SetTexID(ImTextureID_Invalid);
            tex->SetStatus(ImTextureStatus_Destroyed);
        }
    }
}

void UiDriver::Frames(int n) {
    for (int i = 0; i < n; ++i) Frame();
}

bool UiDriver::TapFirst(const std::function<bool(const ui::TextLayer::Tappable&)>& match, int nth) {
    for (const auto& t : app_.text().tappables()) {
        if (!match(t) || nth-- > 0) continue;
        TapVisible(t);
        return true;
    }
    return false;
}

bool UiDriver::Tap(const std::string& label) {
    return TapFirst([&](const auto& t) { return t.label.find(label) != std::string::npos; });
}

bool UiDriver::TapId(const std::string& id, int nth) {
    return TapFirst([&](const auto& t) { return t.id == id; }, nth);
}

bool UiDriver::TapPrefix(const std::string& prefix) {
    return TapFirst([&](const auto& t) { return t.id.rfind(prefix, 0) == 0; });
}

// A person scrolls a widget into view before tapping it: drag the page (from
// the middle of the body, away from the widget) until its centre shows.
void UiDriver::TapVisible(const ui::TextLayer::Tappable& target) {
    const std::string id = target.id, label = target.label;
    // Which of the widgets with this id and label it is (rows of "yes/no").
    int nth = 0;
    for (const auto& x : app_.text().tappables()) {
        if (&x == &target) break;
        if (x.id == id && x.label == label) ++nth;
    }
    ImVec2 c((target.min.x + target.max.x) * 0.5f, (target.min.y + target.max.y) * 0.5f);
    for (int guard = 0; guard < 40; ++guard) {
        const ui::TextLayer::Tappable* t = nullptr;
        int seen = 0;
        for (const auto& x : app_.text().tappables())
            if (x.id == id && x.label == label && seen++ == nth) {
                t = &x;
                break;
            }
        if (!t) return;
        c = ImVec2((t->min.x + t->max.x) * 0.5f, (t->min.y + t->max.y) * 0.5f);
        if (c.y >= t->clip_min.y + 2 && c.y <= t->clip_max.y - 2) break;
        const float top = app_.body_top(), bottom = app_.body_bottom();
        const float step =
            std::clamp(std::fabs(c.y - (top + bottom) * 0.5f), (bottom - top) * 0.2f, (bottom - top) * 0.6f);
        const float x = ImGui::GetIO().DisplaySize.x * 0.5f;
        if (c.y > (top + bottom) * 0.5f)
            Drag(ImVec2(x, bottom - 10), ImVec2(x, bottom - 10 - step));
        else
            Drag(ImVec2(x, top + 10), ImVec2(x, top + 10 + step));
        ++drags_;
    }
    TapAt(c);
}

bool UiDriver::Find(const std::string& id, ImVec2* min, ImVec2* max) const {
    for (const auto& t : app_.text().tappables()) {
        if (t.id != id) continue;
        *min = t.min;
        *max = t.max;
        return true;
    }
    return false;
}

void UiDriver::Drag(ImVec2 from, ImVec2 to, int steps) {
    ImGuiIO& io = ImGui::GetIO();
    app_.idle().OnInput(now_);
    io.AddMousePosEvent(from.x, from.y);
    Frame();
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    Frame();
    for (int i = 1; i <= steps; ++i) {
        io.AddMousePosEvent(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps);
        Frame();
    }
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    Frames(3);
}

void UiDriver::Settle(double seconds) {
    for (double t = 0; t < seconds; t += 1.0 / 60.0) Frame();
}

void UiDriver::TapAt(ImVec2 at) {
    ++taps_;
    {
        ImGuiIO& io = ImGui::GetIO();
        app_.idle().OnInput(now_);
        io.AddMousePosEvent(at.x, at.y);
        Frame();
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
        Frame();
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        Frames(3);  // the screen change applies at the start of the next frame
    }
}

bool UiDriver::Shows(const std::string& text) const { return AllText().find(text) != std::string::npos; }

std::string UiDriver::AllText() const {
    std::string all;
    for (const auto& s : app_.text().frame_texts()) all += s + "\n";
    return all;
}

void UiDriver::Wait(double seconds) {
    now_ += seconds;
    Frames(2);
}

}  // namespace wegwijs::test
