#include "ui_driver.h"

#include "app_config.h"

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
    if (started_) Frames(2);
}

UiDriver::~UiDriver() { ImGui::DestroyContext(ctx_); }

void UiDriver::Frame() {
    now_ += 1.0 / 60.0;
    platform::SetHeadlessNow(now_);
    app_.BeforeFrame();
    ImGui::NewFrame();
    app_.Frame(now_);
    ImGui::Render();
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

bool UiDriver::Tap(const std::string& label) {
    for (const auto& t : app_.text().tappables()) {
        if (t.label.find(label) == std::string::npos) continue;
        TapAt(ImVec2((t.min.x + t.max.x) * 0.5f, (t.min.y + t.max.y) * 0.5f));
        return true;
    }
    return false;
}

bool UiDriver::TapId(const std::string& id, int nth) {
    for (const auto& t : app_.text().tappables()) {
        if (t.id != id || nth-- > 0) continue;
        TapAt(ImVec2((t.min.x + t.max.x) * 0.5f, (t.min.y + t.max.y) * 0.5f));
        return true;
    }
    return false;
}

void UiDriver::TapAt(ImVec2 at) {
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
