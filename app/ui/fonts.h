// The app's one font: Noto Sans for Latin script, with other scripts' Noto
// fonts merged in as they are needed. The Latin font (and, on the web, small
// fonts with just the glyphs of each language's own name) load at start; a
// script's full font loads when a language that uses it is chosen, so a page
// in Dutch never downloads Arabic glyphs.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "base/app_config.h"

struct ImFont;

namespace wegwijs::ui {

class Fonts {
public:
    // Size ratios that make each script's letters look the same size as Latin.
    static float ScaleFor(const std::string& script);

    // Loads the Latin font and the endonym fonts (synchronous, from files).
    bool Start(const AppConfig& config, std::string* error);
    // Asks for a script's font; returns true once it is merged in.
    bool Ensure(const std::string& script);
    bool Loading() const;
    // Merges fonts that arrived since the last frame (call before NewFrame).
    // Returns true if glyphs changed: text measured before must be measured again.
    bool ApplyPending();

    ImFont* font() const { return font_; }
    const std::string& last_error() const { return last_error_; }

private:
    enum class State { Requested, Arrived, Merged, Failed };
    struct Script {
        State state = State::Requested;
        std::vector<unsigned char> bytes;
    };
    void Merge(const std::string& script, std::vector<unsigned char>& bytes);

    const AppConfig* config_ = nullptr;
    ImFont* font_ = nullptr;
    std::map<std::string, Script> scripts_;
    std::string last_error_;
};

}  // namespace wegwijs::ui
