#include "ui/app.h"

#include <imgui.h>

#include <algorithm>

#include "ui/widgets.h"

namespace wegwijs::ui {

// [SECTION] Start-up

bool App::Load(const AppOptions& options, const std::string& default_config, std::string* error) {
    options_ = options;
    Problems problems;
    const std::string config_path = options.config_path.empty() ? default_config : options.config_path;
    if (!LoadAppConfig(config_path, config_, problems)) {
        *error = "the config is not valid:\n" + problems.ToString();
        return false;
    }
    if (!catalogs_.Load(config_.i18n_dir, problems) || !content_.Load(config_.content_dir, catalogs_, problems)) {
        *error = "the content is not valid, so Wegwijs does not start:\n" + problems.ToString();
        return false;
    }
    calc_facts_ = calc::FromContent(content_, problems);
    if (!problems.empty()) {
        *error = "the content is not valid, so Wegwijs does not start:\n" + problems.ToString();
        return false;
    }
    l10n_ = std::make_unique<Localizer>(catalogs_);
    if (!options.lang.empty() && !catalogs_.Find(options.lang)) {
        *error = "--lang " + options.lang + ": no such language in " + config_.i18n_dir + "/languages.json";
        return false;
    }
    engine_ = std::make_unique<FlowEngine>(content_, session_);
    if (!options.screen.empty() && options.screen != "language" && !content_.FindScreen(options.screen)) {
        *error = "--screen " + options.screen + ": no such screen in " + config_.content_dir + "/screens.json";
        return false;
    }
    l10n_->SetLanguage(catalogs_.Find(config_.default_language) ? config_.default_language : catalogs_.reference());
    return true;
}

platform::WindowOptions App::Window() const {
    platform::WindowOptions w;
    w.fullscreen = options_.fullscreen.value_or(config_.fullscreen);
    if (options_.width > 0) {
        w.width = options_.width;
        w.height = options_.height;
    }
    w.screenshot_path = options_.screenshot;
    return w;
}

bool App::Start(float pixel_ratio, std::string* error) {
    pixel_ratio_ = pixel_ratio;
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.ScrollbarSize = 14 * pixel_ratio;
    style.Colors[ImGuiCol_WindowBg] = ImVec4(1, 1, 1, 1);
    if (!fonts_.Start(config_, error)) return false;
    if (!options_.lang.empty()) ChooseLanguage(options_.lang);
    if (!options_.role.empty()) engine_->Answer(content_.flow().settings().role_question, options_.role);
    if (!options_.screen.empty() && options_.screen != "language") {
        // Demos and screenshots: walk forward to the screen, giving every
        // question on the way a demo answer (its first option, the latest
        // allowed date, its minimum). Text questions stay empty.
        for (int guard = 0; guard < 200 && engine_->CurrentScreen().id != options_.screen; ++guard) {
            for (const auto& q : engine_->Current().questions) {
                if (!q.value.empty()) continue;
                if (!q.options.empty())
                    engine_->Answer(q.id, q.options.front().id);
                else if (q.type == QuestionType::Date)
                    engine_->Answer(q.id, ToIso(q.latest.value_or(engine_->today())));
                else if (q.type == QuestionType::Number)
                    engine_->Answer(q.id, std::to_string(static_cast<int>(q.min.value_or(0))));
            }
            if (!engine_->Next()) break;
        }
        Go(Screen::Flow);
    } else if (!options_.lang.empty() && options_.screen.empty()) {
        Go(Screen::Flow);
    }
    return true;
}

void App::StopAndErase() {
    engine_->Wipe();
    session_.Wipe();
    l10n_->SetLanguage(catalogs_.Find(config_.default_language) ? config_.default_language : catalogs_.reference());
    text_.Clear();
    Go(Screen::Language);
}

void App::Go(Screen s) {
    change_pending_ = true;
    next_screen_ = s;
    idle_.RequestFrames(2);
}

void App::Later(std::function<void()> action) {
    pending_.push_back(std::move(action));
    idle_.RequestFrames(2);
}

void App::ChooseLanguage(const std::string& code) {
    const Language* lang = catalogs_.Find(code);
    if (!lang) return;
    engine_->SetLanguage(code);
    l10n_->SetLanguage(code);
    fonts_.Ensure(lang->script);
}

// [SECTION] Frame

void App::BeforeFrame() {
    if (fonts_.ApplyPending()) text_.Clear();  // widths measured with missing glyphs
    auto actions = std::move(pending_);
    pending_.clear();
    for (auto& a : actions) a();
    if (change_pending_) {
        change_pending_ = false;
        screen_ = next_screen_;
        show_sources_ = false;
        ImGui::SetNextWindowScroll(ImVec2(0, 0));
    }
    if (screen_ == Screen::Flow && engine_->CurrentScreen().id != shown_flow_screen_) {
        shown_flow_screen_ = engine_->CurrentScreen().id;
        show_sources_ = false;
        ImGui::SetNextWindowScroll(ImVec2(0, 0));
    }
}

void App::Frame(double now) {
    // Inactivity: wipe the session of a person who walked away.
    if (!session_.empty()) {
        const double deadline = idle_.last_input() + config_.inactivity_seconds;
        if (now >= deadline)
            StopAndErase();
        else
            idle_.WakeAt(deadline);
    }
    if (fonts_.Loading()) idle_.RequestFrames(1);

    const ImGuiIO& io = ImGui::GetIO();
    metrics_ = LayoutMetrics::For(io.DisplaySize.x, io.DisplaySize.y, pixel_ratio_);
    text_.BeginFrame();
    text_.SetDirection(l10n_->language().rtl);

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("##wegwijs", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PushFont(fonts_.font(), metrics_.body_px);
    switch (screen_) {
        case Screen::Language: DrawLanguage(); break;
        case Screen::Flow: DrawFlow(); break;
    }
    ImGui::PopFont();
    // Touch scrolling: drag anywhere on the page.
    if (ImGui::IsMouseDragging(ImGuiMouseButton_Left) && !ImGui::IsAnyItemActive())
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    ImGui::End();
}

// [SECTION] Screens

void App::DrawTopBar(const FlowProgress* progress) {
    Widgets ui(text_, metrics_);
    ImGui::Dummy(ImVec2(1, metrics_.margin * 0.5f));
    const float w = ui.RowWidth(2);
    const float y = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(ui.RowX(0, 2), y));
    if (ui.Button(l10n_->Format("nav.language"), "##top-language", ButtonKind::Secondary, w)) Go(Screen::Language);
    const float bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(ui.RowX(1, 2), y));
    if (ui.Button(l10n_->Format("nav.stop"), "##top-stop", ButtonKind::Secondary, w)) StopAndErase();
    ImGui::SetCursorPosY(std::max(bottom, ImGui::GetCursorPosY()));
    if (progress) {
        // "Step 3 of 12" and a bar that fills from the reading start.
        ui.Small(l10n_->Format("nav.progress", {{"step", int64_t{progress->step}}, {"total", int64_t{progress->total}}}));
        ImGui::SetCursorPosX(metrics_.content_left);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = metrics_.content_width, h = std::max(4.0f, metrics_.body_px * 0.25f);
        const float f = progress->total > 0 ? static_cast<float>(progress->step) / progress->total : 0;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), colors::kSurface, h);
        if (text_.rtl())
            dl->AddRectFilled(ImVec2(p.x + w * (1 - f), p.y), ImVec2(p.x + w, p.y + h), colors::kAccent, h);
        else
            dl->AddRectFilled(p, ImVec2(p.x + w * f, p.y + h), colors::kAccent, h);
        ImGui::Dummy(ImVec2(w, h));
    }
    ui.Space(0.5f);
}

void App::DrawLanguage() {
    Widgets ui(text_, metrics_);
    ui.Space(1.0f);
    // The app's name and a one-line greeting in every language would not fit;
    // the greeting is in the current language, the buttons in their own.
    text_.SetDirection(false);
    ui.Heading("Wegwijs");
    text_.SetDirection(l10n_->language().rtl);
    ui.Space(0.5f);
    const auto& langs = catalogs_.languages();
    const int cols = metrics_.narrow ? 1 : 2;
    for (size_t i = 0; i < langs.size(); i += cols) {
        const float y = ImGui::GetCursorPosY();
        float bottom = y;
        for (int c = 0; c < cols && i + c < langs.size(); ++c) {
            const Language& lang = langs[i + c];
            ImGui::SetCursorPos(ImVec2(ui.RowX(c, cols), y));
            const std::string id = "##lang-" + lang.code;
            const bool selected = session_.language == lang.code;
            const std::string* prompt = catalogs_.Pattern(lang.code, "start.choose_language");
            if (ui.LanguageButton(lang.endonym, prompt ? *prompt : std::string(), id.c_str(), lang.rtl, selected,
                                  ui.RowWidth(cols))) {
                ChooseLanguage(lang.code);
                Go(Screen::Flow);
            }
            bottom = std::max(bottom, ImGui::GetCursorPosY());
        }
        ImGui::SetCursorPosY(bottom);
    }
    ui.Space(1.0f);
    ui.Small(l10n_->Format("start.privacy"));
}

}  // namespace wegwijs::ui
