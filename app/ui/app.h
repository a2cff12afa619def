// The Wegwijs app as both targets run it: screens as data plus a switch.
//
// [SECTION] Start-up: options, config, catalogs and content, validated before
//           any window opens (the kiosk refuses to start on invalid content).
// [SECTION] Frame: inactivity wipe, pending screen change, the screen's switch.
// [SECTION] Screens: Language (endonyms), then the flow (flow_screen.cpp):
//           whatever screen the FlowEngine is on, drawn by its kind.
#pragma once
#include <functional>
#include <memory>
#include <string>

#include "app_config.h"
#include "calc/calc_facts.h"
#include "content/content.h"
#include "flow/engine.h"
#include "flow/session.h"
#include "i18n/catalog.h"
#include "i18n/localizer.h"
#include "idle_policy.h"
#include "layout_metrics.h"
#include "platform/platform.h"
#include "ui/fonts.h"
#include "ui/text.h"

namespace wegwijs::ui {

enum class Screen { Language, Flow };

class App : public platform::Client {
public:
    // Reads options, config, catalogs and content. On failure `error` says
    // what is wrong and where (file, JSON path), one problem per line.
    bool Load(const AppOptions& options, const std::string& default_config, std::string* error);
    platform::WindowOptions Window() const;

    bool Start(float pixel_ratio, std::string* error) override;
    void BeforeFrame() override;
    void Frame(double now) override;
    IdlePolicy& idle() override { return idle_; }

    // Wipes everything the person entered and returns to the start screen.
    void StopAndErase();

    // For scripted walk-throughs (tests) and read-aloud.
    const TextLayer& text() const { return text_; }
    const Session& session() const { return session_; }
    Screen screen() const { return screen_; }
    const FlowEngine* engine() const { return engine_.get(); }

private:
    void Go(Screen s);
    void ChooseLanguage(const std::string& code);
    void DrawTopBar(const FlowProgress* progress);
    void DrawLanguage();
    void DrawFlow();
    void DrawBlocks(const ScreenView& v);
    void DrawSources(const std::vector<std::string>& fact_ids);
    void DrawQuestion(const QuestionView& q);
    void DrawRoute(const ScreenView& v);
    void DrawReview();
    void DrawCalculator(const ScreenView& v);
    void DrawNavigation(const ScreenView& v);
    // Runs `action` on the engine after this frame (a screen change applies
    // at the start of the next frame, never mid-frame).
    void Later(std::function<void()> action);

    AppOptions options_;
    AppConfig config_;
    Catalogs catalogs_;
    Content content_;
    calc::CalcFacts calc_facts_;  // the calculators' figures, read once from facts.json
    std::unique_ptr<Localizer> l10n_;
    Session session_;
    std::unique_ptr<FlowEngine> engine_;
    std::vector<std::function<void()>> pending_;
    IdlePolicy idle_;
    Fonts fonts_;
    TextLayer text_;
    LayoutMetrics metrics_;
    float pixel_ratio_ = 1;

    Screen screen_ = Screen::Language;
    bool change_pending_ = false;
    Screen next_screen_ = Screen::Language;
    bool show_sources_ = false;
    std::string shown_flow_screen_;  // to reset scrolling when the flow moves
    std::vector<std::string> calc_sources_;  // facts the calculator screen used this frame
};

}  // namespace wegwijs::ui
