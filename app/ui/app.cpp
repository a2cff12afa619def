#include "ui/app.h"

#include <imgui.h>

#include <cmath>
#include <imgui_internal.h>  // ClearActiveID: a press that became a drag presses nothing
#include <nlohmann/json.hpp>

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
    if (!intake::LoadBundle({config_.i18n_dir, config_.content_dir}, bundle_, problems)) {
        *error = "the content is not valid, so Wegwijs does not start:\n" + problems.ToString();
        return false;
    }
    if (!glossary_.Load(config_.i18n_dir + "/glossary.json", problems)) {
        *error = "the glossary is not valid:\n" + problems.ToString();
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
    if (!LoadHandoverKey(error)) return false;
    inactivity_.SetTimeout(config_.inactivity_seconds, config_.warning_seconds);
    attract_l10n_ = std::make_unique<Localizer>(catalogs_);
    screen_ = next_screen_ = FirstScreen();
    if (!options.term.empty()) term_help_.OpenAt(options.term);
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
    // Tab and Enter reach every button (the web page on a computer; issue 15).
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
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
    } else if (options_.screen == "language") {
        Go(Screen::Language);
    }
    return true;
}

void App::StopAndErase() {
    engine_->Wipe();  // the one session: answers, calculator inputs, drafts
    ForgetHandoverCode();
    l10n_->SetLanguage(catalogs_.Find(config_.default_language) ? config_.default_language : catalogs_.reference());
    text_.Clear();
    confirm_stop_ = false;
    term_help_.Close();
    show_sources_ = false;
        open_folds_.clear();
    advance_from_.clear();
    scroll_.Reset();
    presence_ = {};
    Go(FirstScreen());
}

void App::AskStopAndErase() {
    confirm_stop_ = true;
    scroll_.Reset();
    idle_.RequestFrames(2);
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
    }
    // Every new screen opens at its top, with its folded parts folded.
    const std::string shown = confirm_stop_ ? std::string("#confirm")
                              : screen_ == Screen::Flow     ? engine_->CurrentScreen().id
                              : screen_ == Screen::Attract  ? std::string("#attract")
                                                            : std::string("#language");
    if (shown != shown_screen_) {
        shown_screen_ = shown;
        show_sources_ = false;
        open_folds_.clear();
        keyboard_ = {};
        ForgetHandoverCode();  // made from the answers as they were: made anew on return
        scroll_.Reset();
        scroll_max_ = 0;
    }
}

void App::Frame(double now) {
    now_ = now;
    // Inactivity: ask whether the person is still there, then wipe the
    // session of one who walked away.
    presence_ = inactivity_.Check(now, !session_.empty(), idle_);
    if (presence_.presence == Presence::Gone) StopAndErase();
    if (fonts_.Loading()) idle_.RequestFrames(1);
    // A one-tap answer moves on once the person has seen it marked.
    if (!advance_from_.empty()) {
        if (screen_ != Screen::Flow || confirm_stop_ || engine_->CurrentScreen().id != advance_from_) {
            advance_from_.clear();
        } else if (now >= advance_at_) {
            advance_from_.clear();
            // Not when the answer brought a note to read: then Next is theirs to tap.
            const std::set<std::string> now_words = ScreenWords();
            const bool new_words = std::any_of(now_words.begin(), now_words.end(),
                                               [&](const std::string& w) { return !advance_words_.count(w); });
            if (!new_words) engine_->Next();
            idle_.RequestFrames(3);
        } else {
            idle_.WakeAt(advance_at_);
        }
    }

    const ImGuiIO& io = ImGui::GetIO();
    metrics_ = LayoutMetrics::For(io.DisplaySize.x, io.DisplaySize.y, pixel_ratio_);
    text_.BeginFrame();
    text_.SetDirection(l10n_->language().rtl);
    l10n_->SetReader(engine_->Role());  // the referent reads the ".referent" twins
    TrackPointer(now);

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    // The keyboard works from the first key: the page has focus without a click first.
    if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_AnyWindow)) ImGui::SetNextWindowFocus();
    ImGui::Begin("##wegwijs", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PushFont(fonts_.font(), metrics_.body_px);
    if (presence_.presence == Presence::Asking)
        DrawStillThere();
    else if (confirm_stop_)
        DrawStopConfirm();
    else if (term_help_.open()) {
        BeginBody(0, io.DisplaySize.y);
        Widgets ui(text_, metrics_);
        term_help_.Draw(ui, *l10n_, glossary_, l10n_->language().code);
        EndBody();
        if (!term_help_.open()) idle_.RequestFrames(2);
    } else {
        switch (screen_) {
            case Screen::Attract: DrawAttract(); break;
            case Screen::Language: DrawLanguage(); break;
            case Screen::Flow: DrawFlow(); break;
        }
        // The glossary's terms this screen used: offered under its heading from the next frame.
        if (screen_ == Screen::Flow &&
            term_help_.Collect(engine_->CurrentScreen().id, text_.frame_texts(), glossary_, l10n_->language().code,
                               l10n_->language().rtl))
            idle_.RequestFrames(2);
    }
    ImGui::PopFont();
    ImGui::End();
    ++frame_count_;
    if (!options_.trace.empty()) PublishTrace();
}

// [SECTION] Page

// Drag to scroll, anywhere on the body, including over buttons: a press that
// moves past the slop becomes a drag, and the button it started on is let go
// of so that lifting the finger presses nothing. Uses last frame's body
// rectangle (the page layout does not move between frames).
void App::TrackPointer(double now) {
    const ImGuiIO& io = ImGui::GetIO();
    TouchScroll::Params p = scroll_.params();
    p.slop = metrics_.body_px * 0.35f;  // ~11 px on a 1080p kiosk, ~8 CSS px on a phone
    scroll_.SetParams(p);
    const bool in_body = io.MousePos.y >= body_y0_ && io.MousePos.y < body_y1_ && body_y1_ > body_y0_;
    if (io.MouseClicked[0]) {
        pressed_in_body_ = in_body;
        if (in_body) scroll_.Press(io.MousePos.y, now);
    }
    if (pressed_in_body_ && (io.MouseDown[0] || io.MouseReleased[0])) {
        const bool was_drag = scroll_.dragging();
        scroll_.Move(io.MousePos.y, now);
        if (!was_drag && scroll_.dragging()) ImGui::ClearActiveID();
    }
    if (io.MouseReleased[0] && pressed_in_body_) {
        scroll_.Release(now);
        pressed_in_body_ = false;
    }
    if (io.MouseWheel != 0 && in_body) scroll_.Nudge(-io.MouseWheel * metrics_.body_px * 3);
    if (scroll_.animating() || scroll_.following()) idle_.RequestFrames(2);
}

void App::BeginBody(float top, float bottom) {
    // Whole pixels: Dear ImGui truncates item positions toward zero, so with
    // fractions a page would grow by a pixel per item scrolled above the top.
    top = std::round(top);
    bottom = std::round(bottom);
    body_y0_ = top;
    body_y1_ = bottom;
    const float offset = scroll_.Update(now_, scroll_max_);
    ImGui::SetCursorPos(ImVec2(0, std::round(top)));
    ImGui::SetNextWindowScroll(ImVec2(0, offset));
    // NavFlattened: Tab moves from the top bar into the page and on to the footer.
    ImGui::BeginChild("##body", ImVec2(ImGui::GetIO().DisplaySize.x, bottom - top), ImGuiChildFlags_NavFlattened,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
}

void App::EndBody() {
    Widgets ui(text_, metrics_);
    ui.Space(1.0f);
    const float content_h = ImGui::GetCursorPosY();
    const float body_h = body_y1_ - body_y0_;
    scroll_max_ = std::max(0.0f, content_h - body_h);
    if (scroll_max_ > 1) {
        // A scroll indicator on the reading-end edge, and while there is more
        // below, a fade with a "more" arrow at the bottom of the body.
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float w = ImGui::GetIO().DisplaySize.x;
        const float offset = scroll_.offset();
        const float bar_w = std::max(4.0f, metrics_.body_px * 0.22f);
        const float inset = std::max(3.0f, metrics_.body_px * 0.15f);
        const float track = body_h - 2 * inset;
        const float thumb = std::max(metrics_.body_px * 1.5f, track * body_h / content_h);
        const float y = body_y0_ + inset + (track - thumb) * (offset / scroll_max_);
        const float x = text_.rtl() ? inset : w - inset - bar_w;
        dl->AddRectFilled(ImVec2(x, body_y0_ + inset), ImVec2(x + bar_w, body_y1_ - inset), IM_COL32(0, 0, 0, 18), bar_w * 0.5f);
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + bar_w, y + thumb), IM_COL32(84, 94, 112, 200), bar_w * 0.5f);
        if (offset < scroll_max_ - 1) {
            const float fade = metrics_.body_px * 2.2f;
            dl->AddRectFilledMultiColor(ImVec2(0, body_y1_ - fade), ImVec2(w - (text_.rtl() ? 0 : inset + bar_w + 2), body_y1_),
                                        IM_COL32(255, 255, 255, 0), IM_COL32(255, 255, 255, 0), IM_COL32_WHITE,
                                        IM_COL32_WHITE);
            // A round "more below" badge with a drawn chevron.
            const float r = metrics_.body_px * 0.75f;
            const ImVec2 c(metrics_.content_left + metrics_.content_width * 0.5f, body_y1_ - r - metrics_.body_px * 0.3f);
            dl->AddCircleFilled(c, r, colors::kAccent);
            const float s = r * 0.45f, t = std::max(2.0f, r * 0.18f);
            dl->AddLine(ImVec2(c.x - s, c.y - s * 0.4f), ImVec2(c.x, c.y + s * 0.55f), colors::kOnAccent, t);
            dl->AddLine(ImVec2(c.x, c.y + s * 0.55f), ImVec2(c.x + s, c.y - s * 0.4f), colors::kOnAccent, t);
        }
    }
    ImGui::EndChild();
}

void App::PublishTrace() {
    const std::string json = TraceJson();
    if (json == last_trace_) return;  // only frames that changed
    last_trace_ = json;
    // The same object with the frame number in front.
    platform::PublishTrace(options_.trace, "{\"frame\":" + std::to_string(frame_count_) + "," + json.substr(1));
}

std::string App::TraceJson() const {
    using nlohmann::json;
    const ImGuiIO& io = ImGui::GetIO();
    json j;
    j["screen"] = screen_ == Screen::Flow      ? engine_->CurrentScreen().id
                  : screen_ == Screen::Attract ? std::string("attract")
                                               : std::string("language");
    j["overlay"] = presence_.presence == Presence::Asking ? "still_there" : confirm_stop_ ? "stop_confirm" : "";
    if (presence_.presence == Presence::Asking) j["seconds_left"] = presence_.seconds_left;
    j["lang"] = l10n_->language().code;
    j["session_empty"] = session_.empty();
    j["size"] = {io.DisplaySize.x, io.DisplaySize.y};
    j["body"] = {0, body_y0_, io.DisplaySize.x, body_y1_};
    j["scroll"] = std::round(scroll_.offset());
    j["scroll_max"] = std::round(scroll_max_);
    json qs = json::array();
    if (screen_ == Screen::Flow && !confirm_stop_)
        for (const auto& q : engine_->Current().questions) {
            static const char* kTypes[] = {"single", "multi", "yesno", "date", "number", "text"};
            const int t = static_cast<int>(q.type);
            qs.push_back({{"id", q.id}, {"type", t >= 0 && t < 6 ? kTypes[t] : "?"}, {"answered", !q.value.empty()}});
        }
    j["questions"] = qs;
    json taps = json::array();
    auto r = [](ImVec2 a, ImVec2 b) { return json::array({std::round(a.x), std::round(a.y), std::round(b.x), std::round(b.y)}); };
    for (const auto& t : text_.tappables())
        taps.push_back({{"id", t.id}, {"q", t.scope}, {"label", t.label}, {"rect", r(t.min, t.max)}, {"clip", r(t.clip_min, t.clip_max)},
                        {"selected", t.selected}, {"visual", t.visual}});
    j["tappables"] = taps;
    return j.dump();
}

// [SECTION] Screens

// The top bar: "language" on the reading-start side, "stop and erase" far
// from it on the reading-end side, then where the person is in the journey.
void App::DrawTopBar(const FlowProgress* progress) {
    Widgets ui(text_, metrics_);
    ImGui::SetCursorPosY(std::round(metrics_.margin * 0.5f));
    const float w = std::min(ui.RowWidth(2) - metrics_.spacing * 2, metrics_.body_px * 11);
    const float h = metrics_.button_height * 0.85f;
    const float y = ImGui::GetCursorPosY();
    const float start = metrics_.content_left, end = metrics_.content_left + metrics_.content_width - w;
    ImGui::SetCursorPos(ImVec2(text_.rtl() ? end : start, std::round(y)));
    if (ui.Button(l10n_->Format("nav.language"), "##top-language", ButtonKind::Secondary, w, h)) {
        Go(Screen::Language);
    }
    float bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(text_.rtl() ? start : end, std::round(y)));
    if (ui.Button(l10n_->Format("nav.stop"), "##top-stop", ButtonKind::Secondary, w, h)) AskStopAndErase();
    bottom = std::max(bottom, ImGui::GetCursorPosY());
    ImGui::SetCursorPosY(std::round(bottom + metrics_.spacing * 0.1f));
    if (progress) {
        // "Part 2 of 5: About you" and one segment per part, filled from the reading start.
        const int parts = std::max(1, progress->sections);
        const int part = std::clamp(progress->section, 1, parts);
        std::string line = l10n_->Format("nav.section", {{"n", int64_t{part}}, {"total", int64_t{parts}}});
        if (!progress->section_title.empty()) line += ": " + l10n_->Format(progress->section_title);
        ui.Small(line);
        ImGui::SetCursorPosX(metrics_.content_left);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float gap = metrics_.body_px * 0.25f;
        const float seg = (metrics_.content_width - (parts - 1) * gap) / parts;
        const float bh = std::max(4.0f, metrics_.body_px * 0.25f);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        for (int i = 0; i < parts; ++i) {
            const int slot = text_.rtl() ? parts - 1 - i : i;
            const float x = p.x + slot * (seg + gap);
            dl->AddRectFilled(ImVec2(x, p.y), ImVec2(x + seg, p.y + bh), i < part ? colors::kAccent : colors::kSurface, bh);
        }
        ImGui::Dummy(ImVec2(metrics_.content_width, std::round(bh)));
    }
    ImGui::Dummy(ImVec2(1, std::round(metrics_.spacing * 0.5f)));
    // A hairline under the bar: the page scrolls beneath it.
    const float y1 = ImGui::GetCursorPosY();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(0, y1 - 1), ImVec2(ImGui::GetIO().DisplaySize.x, y1 - 1), colors::kBorder);
}

// The kiosk at rest: "welcome, tap to start" in one language after another,
// by its own name, at a calm pace; it draws only when the line changes.
void App::DrawAttract() {
    const ImGuiIO& io = ImGui::GetIO();
    const auto& langs = catalogs_.languages();
    constexpr double kSecondsPerLanguage = 4.0;
    const double turn = std::floor(now_ / kSecondsPerLanguage);
    idle_.WakeAt((turn + 1) * kSecondsPerLanguage);
    const Language& lang = langs[static_cast<size_t>(turn) % langs.size()];
    if (!fonts_.Ensure(lang.script)) idle_.RequestFrames(1);
    attract_l10n_->SetLanguage(lang.code);
    BeginBody(0, io.DisplaySize.y);
    Widgets ui(text_, metrics_);
    text_.SetDirection(false);
    ui.Space(metrics_.narrow ? 2.0f : 3.0f);
    ui.Heading("Wegwijs");
    text_.SetDirection(lang.rtl);
    ui.Space(1.0f);
    // One big target, the whole middle of the screen, with the line in large
    // type centred in it.
    const std::string line = attract_l10n_->Format("attract.welcome");
    const float size = std::round(metrics_.body_px * (metrics_.narrow ? 1.5f : 2.0f));
    const float w = metrics_.content_width, pad = metrics_.body_px * 1.5f;
    const float text_h = text_.Height(line, size, w - 2 * pad);
    const float h = std::max(text_h + 2 * pad, io.DisplaySize.y * 0.45f);
    ImGui::SetCursorPosX(metrics_.content_left);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (ImGui::InvisibleButton("##attract-start", ImVec2(w, h))) Go(Screen::Language);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), colors::kAccent, metrics_.body_px * 0.4f);
    float widest = 0;
    for (const auto& l : text_.Layout(line, size, w - 2 * pad)) widest = std::max(widest, l.width);
    const float x = p.x + (w - widest) * 0.5f;  // centred block; lines keep their reading side inside it
    text_.Draw(dl, ImVec2(x, p.y + (h - text_h) * 0.5f), widest, line, size, colors::kOnAccent);
    text_.AddTappable(line, "##attract-start", p, ImVec2(p.x + w, p.y + h));
    ui.Space(0.5f);
    ui.Paragraph(lang.endonym, colors::kMuted);
    text_.SetDirection(l10n_->language().rtl);
    EndBody();
}

// Inactivity: "are you still there?" over the whole screen in the person's
// language, the seconds left, and one big button to go on. Any touch counts.
void App::DrawStillThere() {
    const ImGuiIO& io = ImGui::GetIO();
    BeginBody(0, io.DisplaySize.y);
    Widgets ui(text_, metrics_);
    ui.Space(metrics_.narrow ? 2.0f : 4.0f);
    ui.Heading(l10n_->Format("idle.title"));
    ui.Paragraph(l10n_->Format("idle.text", {{"seconds", int64_t{presence_.seconds_left}}}));
    ui.Space(1.0f);
    const float height = std::max(metrics_.button_height * 2, io.DisplaySize.y * 0.2f);
    if (ui.Button(l10n_->Format("idle.continue"), "##still-here", ButtonKind::Primary, 0, height)) idle_.OnInput(now_);
    EndBody();
}

void App::DrawLanguage() {
    const ImGuiIO& io = ImGui::GetIO();
    BeginBody(0, io.DisplaySize.y);
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
            ImGui::SetCursorPos(ImVec2(ui.RowX(c, cols), std::round(y)));
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
        ImGui::SetCursorPosY(std::round(bottom));
    }
    ui.Space(1.0f);
    ui.Small(l10n_->Format("start.privacy"));
    EndBody();
}

// "Erase everything?": the whole screen, two big answers far apart, the safe
// one first in reading order.
void App::DrawStopConfirm() {
    const ImGuiIO& io = ImGui::GetIO();
    BeginBody(0, io.DisplaySize.y);
    Widgets ui(text_, metrics_);
    ui.Space(metrics_.narrow ? 2.0f : 4.0f);
    ui.Heading(l10n_->Format("nav.stop_confirm.title"));
    ui.Paragraph(l10n_->Format("nav.stop_confirm.text"));
    ui.Space(1.0f);
    if (ui.Button(l10n_->Format("nav.stop_confirm.no"), "##stop-no", ButtonKind::Primary)) {
        confirm_stop_ = false;
        idle_.RequestFrames(2);
    }
    ui.Space(metrics_.narrow ? 2.0f : 3.0f);
    if (ui.Button(l10n_->Format("nav.stop_confirm.yes"), "##stop-yes", ButtonKind::Danger)) StopAndErase();
    EndBody();
}

}  // namespace wegwijs::ui
