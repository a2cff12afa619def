// The Wegwijs app as both targets run it: screens as data plus a switch.
//
// [SECTION] Start-up: options, config, catalogs and content, validated before
//           any window opens (the kiosk refuses to start on invalid content).
// [SECTION] Frame: inactivity wipe, pending screen change, touch scrolling,
//           the screen's switch, the test trace.
// [SECTION] Page: a fixed top bar, a body that scrolls by dragging (with
//           inertia and a scroll indicator), a fixed footer with Back/Next.
// [SECTION] Screens: Language (endonyms), the stop-and-erase confirmation,
//           then the flow (flow_screen.cpp): whatever screen the FlowEngine
//           is on, drawn by its kind.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "base/app_config.h"
#include "handover/keys.h"
#include "handover/qr.h"
#include "intake/bundle.h"
#include "model/content.h"
#include "intake/engine.h"
#include "session/session.h"
#include "i18n/catalog.h"
#include "i18n/glossary.h"
#include "i18n/localizer.h"
#include "interaction/idle_policy.h"
#include "interaction/touch_scroll.h"
#include "interaction/layout_metrics.h"
#include "platform/platform.h"
#include "ui/fonts.h"
#include "ui/inputs.h"
#include "ui/glossary_panel.h"
#include "ui/text.h"
#include "ui/widgets.h"

namespace wegwijs::ui {

// Attract: a kiosk's welcome in every language until someone taps (config
// "attract"); then the language choice, then the flow.
enum class Screen { Attract, Language, Flow };

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
    // "Stop and erase" as a person taps it: first asks "erase everything?".
    void AskStopAndErase();

    // For scripted walk-throughs (tests) and read-aloud.
    const TextLayer& text() const { return text_; }
    const Session& session() const { return session_; }
    Screen screen() const { return screen_; }
    const FlowEngine* engine() const { return engine_.get(); }
    const Localizer& l10n() const { return *l10n_; }  // its missing() keys, for tests
    bool confirming_stop() const { return confirm_stop_; }
    // The hand-over code on the finish screen, once the person made it.
    const std::string& handover_code() const { return handover_code_; }
    // "Wat betekent dit woord?": the terms this screen offers, and the card.
    const TermHelp& term_help() const { return term_help_; }
    // "Are you still there?" is on screen (inactivity), with its countdown.
    bool asking_presence() const { return presence_.presence == Presence::Asking; }
    int presence_seconds_left() const { return presence_.seconds_left; }
    // The scrolling body: where it is on screen, how far it is scrolled.
    float body_top() const { return body_y0_; }
    float body_bottom() const { return body_y1_; }
    float scroll() const { return scroll_.offset(); }
    float scroll_max() const { return scroll_max_; }
    // What the screen shows, as one JSON object (--trace / ?trace=1).
    std::string TraceJson() const;

private:
    void Go(Screen s);
    void ChooseLanguage(const std::string& code);
    void TrackPointer(double now);
    void BeginBody(float top, float bottom);
    void EndBody();
    struct FooterPlan {
        bool back = false;
        std::string forward_key = "nav.next";  // empty: no way on
        const char* forward_id = "##next";
        ButtonKind forward_kind = ButtonKind::Primary;
        float width = 0, height = 0;
    };
    FooterPlan PlanFooter(const ScreenView& v);
    void DrawTopBar(const FlowProgress* progress);
    void DrawAttract();
    // The finish screen's hand-over (handover_screen.cpp).
    bool LoadHandoverKey(std::string* error);
    void MakeHandoverCode();
    void ForgetHandoverCode();
    void DrawHandover();
    void DrawLanguage();
    void DrawStillThere();
    Screen FirstScreen() const { return config_.attract ? Screen::Attract : Screen::Language; }
    void DrawStopConfirm();
    void DrawFlow();
    // The screen's text blocks: the ones always shown, or the "read more" parts.
    void DrawBlocks(const ScreenView& v, bool folded);
    void DrawSources(const std::vector<std::string>& fact_ids);
    void DrawQuestion(const QuestionView& q, bool alone);
    void DrawRoute(const ScreenView& v);
    void DrawReview();
    void DrawCalculator(const ScreenView& v);
    void DrawFooter(const FooterPlan& f);
    // After a one-tap answer on a screen with one question: move on shortly,
    // once the person has seen their choice marked.
    void AdvanceSoon();
    std::set<std::string> ScreenWords() const;
    // A part of a screen folded behind a "read more" button labelled `label`:
    // true once opened, else draws the button. Content folds count up from 1;
    // the screens' own folds are negative.
    bool Unfolded(int fold, const char* id, const std::string& label);
    void PublishTrace();
    // Runs `action` on the engine after this frame (a screen change applies
    // at the start of the next frame, never mid-frame).
    void Later(std::function<void()> action);

    AppOptions options_;
    AppConfig config_;
    intake::Bundle bundle_;  // catalogs, content and the calculators' figures
    const Catalogs& catalogs_ = bundle_.catalogs;
    const Content& content_ = bundle_.content;
    const calc::CalcFacts& calc_facts_ = bundle_.facts;
    std::unique_ptr<Localizer> l10n_;
    Session session_;
    std::unique_ptr<FlowEngine> engine_;
    std::vector<std::function<void()>> pending_;
    IdlePolicy idle_;
    Fonts fonts_;
    TextLayer text_;
    LayoutMetrics metrics_;
    float pixel_ratio_ = 1;

    InactivityGuard inactivity_;
    PresenceCheck presence_;
    std::unique_ptr<Localizer> attract_l10n_;  // formats the welcome in each language in turn
    double now_ = 0;

    Screen screen_ = Screen::Language;
    bool change_pending_ = false;
    Screen next_screen_ = Screen::Language;
    bool confirm_stop_ = false;  // "erase everything?" is on screen
    bool show_sources_ = false;
    std::set<int> open_folds_;   // the "read more" parts opened on this screen
    KeyboardState keyboard_;
    // The hand-over: the gemeente's key (config), the content's fingerprint,
    // and the code made for this person (wiped with the session).
    std::optional<handover::PublicKey> handover_key_;
    std::string fingerprint_;  // of the content, made with the first code
    std::string handover_code_;
    std::optional<handover::QrMatrix> handover_qr_;
    Date handover_expires_;     // the on-screen keyboard's layout and shift, for this screen
    std::string shown_screen_;   // to open each new screen at its top
    Glossary glossary_;    // i18n/glossary.json: the terms a tap explains
    TermHelp term_help_;
    std::vector<std::string> calc_sources_;  // facts the calculator screen used this frame

    // Touch scrolling of the body (the page between top bar and footer).
    TouchScroll scroll_;
    bool pressed_in_body_ = false;
    float body_y0_ = 0, body_y1_ = 0;  // last frame's body, in window pixels
    float scroll_max_ = 0;

    std::string advance_from_;  // the screen to leave after a one-tap answer
    std::set<std::string> advance_words_;  // what it said before the answer
    double advance_at_ = 0;

    std::string last_trace_;
    int frame_count_ = 0;
};

}  // namespace wegwijs::ui
