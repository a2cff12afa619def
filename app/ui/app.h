// The Wegwijs app as both targets run it: screens as data plus a switch.
//
// [SECTION] Start-up: options, config, catalogs and content, validated before
//           any window opens (the kiosk refuses to start on invalid content).
// [SECTION] Frame: inactivity wipe, pending screen change, the screen's switch.
// [SECTION] Screens: Language (endonyms), Content (screens.json).
#pragma once
#include <memory>
#include <string>

#include "app_config.h"
#include "content/content.h"
#include "flow/session.h"
#include "i18n/catalog.h"
#include "i18n/localizer.h"
#include "idle_policy.h"
#include "layout_metrics.h"
#include "platform/platform.h"
#include "ui/fonts.h"
#include "ui/text.h"

namespace wegwijs::ui {

enum class Screen { Language, Content };

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
    const std::string& content_id() const { return content_id_; }

private:
    void Go(Screen s, std::string content_id = {});
    void ChooseLanguage(const std::string& code);
    void DrawTopBar();
    void DrawLanguage();
    void DrawContent();

    AppOptions options_;
    AppConfig config_;
    Catalogs catalogs_;
    Content content_;
    std::unique_ptr<Localizer> l10n_;
    Session session_;
    IdlePolicy idle_;
    Fonts fonts_;
    TextLayer text_;
    LayoutMetrics metrics_;
    float pixel_ratio_ = 1;

    Screen screen_ = Screen::Language;
    std::string content_id_;
    bool change_pending_ = false;
    Screen next_screen_ = Screen::Language;
    std::string next_content_id_;
    bool show_sources_ = false;
};

}  // namespace wegwijs::ui
