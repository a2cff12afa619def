// How the kiosk or page is started: command-line options (or, on the web, the
// query string) and the config file they point to.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/problems.h"

namespace wegwijs {

struct AppOptions {
    std::optional<bool> fullscreen;  // --fullscreen / --windowed
    int width = 0, height = 0;       // --size WxH
    std::string config_path;         // --config FILE
    std::string lang;                // --lang CODE: start in this language
    std::string role;                // --role migrant|referent
    std::string screen;              // --screen ID: open this screen (demos, screenshots)
    std::string term;                // --term ID: open "what does this word mean?" at a glossary term
    std::string screenshot;          // --screenshot FILE.ppm (native tests)
    // --trace FILE: after each frame that changed, append what is on screen
    // (screen id, tappable widgets and where they are) as a JSON line, for
    // tests that drive the real binary by touch. On the web `?trace=1` keeps
    // window.wegwijsTrace instead. Holds labels and positions, never answers.
    std::string trace;
    bool help = false;
};

// Parses the arguments; on a mistake returns false with a message naming it.
bool ParseAppOptions(const std::vector<std::string>& args, AppOptions& out, std::string& error);
std::string AppOptionsHelp();

struct FontFiles {
    std::string regular;
    std::string bold;
};

struct AppConfig {
    std::string content_dir;
    std::string i18n_dir;
    std::map<std::string, FontFiles> fonts;  // script ("latin", "arabic") -> files
    // Fonts with just the glyphs of every language's own name, so the start
    // screen can show them all before any other script's font is loaded (web).
    std::vector<std::string> endonym_fonts;
    bool fullscreen = true;
    int inactivity_seconds = 90;  // untouched this long: "are you still there?"
    int warning_seconds = 30;     // ... for this long (at least 20), then the wipe
    bool attract = false;         // a kiosk in a lobby: a welcome in every language until someone taps
    std::string default_language = "nl";
    // The gemeente's public key (wegwijs-cli keygen's gemeente.pub): the finish
    // screen seals the answers to it. Empty: no hand-over code is offered.
    std::string handover_key;
};

// Reads a config file; relative paths in it are relative to the file's folder.
bool LoadAppConfig(const std::string& path, AppConfig& out, Problems& problems);

}  // namespace wegwijs
