#include "ui/fonts.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstring>
#include <fstream>
#include <iterator>

#include "base/files.h"
#include "platform/platform.h"

namespace wegwijs::ui {
namespace {

constexpr float kReferenceSize = 20.0f;  // sizes are dynamic; this only sets ratios

std::vector<unsigned char> ReadAll(const std::string& path) {
    auto bytes = ReadFile(path);
    return bytes ? std::vector<unsigned char>(bytes->begin(), bytes->end()) : std::vector<unsigned char>();
}

ImFont* AddFromBytes(const std::vector<unsigned char>& bytes, float size, bool merge, const char* name) {
    ImFontConfig cfg;
    cfg.MergeMode = merge;
    cfg.FontDataOwnedByAtlas = false;  // the atlas copies it
    cfg.SizePixels = size;
    std::strncpy(cfg.Name, name, sizeof(cfg.Name) - 1);
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(bytes.data()),
                                                      static_cast<int>(bytes.size()), size, &cfg);
}

}  // namespace

float Fonts::ScaleFor(const std::string& script) {
    // Noto Sans Arabic draws about 30% smaller than Noto Sans at the same size.
    return script == "arabic" ? 1.55f : 1.0f;
}

bool Fonts::Start(const AppConfig& config, std::string* error) {
    config_ = &config;
    auto latin = config.fonts.find("latin");
    const std::string path = latin == config.fonts.end() ? "" : latin->second.regular;
    auto bytes = ReadAll(path);
    if (bytes.empty()) {
        *error = "cannot read the Latin font " + (path.empty() ? std::string("(none configured)") : path) +
                 " (is fonts-noto-core installed?)";
        return false;
    }
    font_ = AddFromBytes(bytes, kReferenceSize, false, "latin");
    if (!font_) {
        *error = "the Latin font " + path + " is not a usable TrueType font";
        return false;
    }
    scripts_["latin"].state = State::Merged;
    for (const auto& f : config.endonym_fonts) {
        // Natively the endonym font may be a script's whole font: then that
        // script needs no second load.
        std::string script = "arabic";
        for (const auto& [name, files] : config.fonts)
            if (files.regular == f) script = name;
        auto e = ReadAll(f);
        if (e.empty() || !AddFromBytes(e, kReferenceSize * ScaleFor(script), true, "endonyms")) continue;
        for (const auto& [name, files] : config.fonts)
            if (files.regular == f) scripts_[name].state = State::Merged;
    }
    return true;
}

bool Fonts::Ensure(const std::string& script) {
    auto it = scripts_.find(script);
    if (it != scripts_.end()) return it->second.state == State::Merged;
    scripts_[script].state = State::Requested;
    auto files = config_ ? config_->fonts.find(script) : decltype(config_->fonts.end()){};
    if (!config_ || files == config_->fonts.end()) {
        scripts_[script].state = State::Failed;
        last_error_ = "no font configured for script \"" + script + "\"";
        return false;
    }
    platform::FetchAsset(files->second.regular, [this, script](std::vector<unsigned char> bytes, const std::string& err) {
        Script& s = scripts_[script];
        if (!err.empty() || bytes.empty()) {
            s.state = State::Failed;
            last_error_ = err.empty() ? "empty font file for " + script : err;
            return;
        }
        s.bytes = std::move(bytes);
        s.state = State::Arrived;
    });
    return scripts_[script].state == State::Merged;
}

bool Fonts::Loading() const {
    for (const auto& [name, s] : scripts_)
        if (s.state == State::Requested || s.state == State::Arrived) return true;
    return false;
}

bool Fonts::ApplyPending() {
    bool changed = false;
    for (auto& [name, s] : scripts_) {
        if (s.state != State::Arrived) continue;
        changed = true;
        Merge(name, s.bytes);
        s.bytes.clear();
        s.bytes.shrink_to_fit();
        s.state = State::Merged;
    }
    return changed;
}

void Fonts::Merge(const std::string& script, std::vector<unsigned char>& bytes) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    // MergeMode adds to the most recently added font: ours is the only one.
    if (!AddFromBytes(bytes, kReferenceSize * ScaleFor(script), true, script.c_str())) {
        last_error_ = "the " + script + " font is not a usable TrueType font";
        return;
    }
    // Glyphs looked up before (and found missing) must be looked up again.
    ImFontAtlasBuildDiscardBakes(atlas, 0);
}

}  // namespace wegwijs::ui
