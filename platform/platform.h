// The thin layer between the app and what it runs on. One interface, one file
// per target (platform_glfw.cpp natively, platform_web.cpp under Emscripten);
// CMake picks the file. Nothing outside platform/ tests for __EMSCRIPTEN__.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "interaction/idle_policy.h"

namespace wegwijs::platform {

struct WindowOptions {
    bool fullscreen = false;
    int width = 1280;
    int height = 800;
    std::string title = "Wegwijs";
    std::string screenshot_path;  // write a PPM of this frame and quit (tests)
    int screenshot_frame = 4;     // which frame: fonts bake during the first ones
};

// The app as the platform sees it.
class Client {
public:
    virtual ~Client() = default;
    // Called once the window, GL and Dear ImGui (context and backends) exist.
    // `pixel_ratio` is device pixels per CSS pixel (1 natively).
    virtual bool Start(float pixel_ratio, std::string* error) = 0;
    // Called before each frame's ImGui::NewFrame(): the one place where fonts
    // may be added to the atlas.
    virtual void BeforeFrame() {}
    // Draws one frame: called between ImGui::NewFrame() and ImGui::Render().
    virtual void Frame(double now) = 0;
    virtual IdlePolicy& idle() = 0;
    // The app wants to end (kiosk "quit" from the operator, tests).
    virtual bool WantsQuit() const { return false; }
};

// The program's arguments: argv natively; on the web, the page's query
// string turned into the same form (?lang=ar&screen=welcome -> --lang ar --screen welcome).
std::vector<std::string> Arguments(int argc, char** argv);

// Opens the window and runs the frame loop until the app or the user quits.
int Run(Client& client, const WindowOptions& options);

// Says the app cannot start, and why, where a person sees it (stderr natively,
// the page itself on the web).
void ShowFatalError(const std::string& message);

// Loads a file the app ships (fonts for other scripts). Natively it is read at
// once; on the web it is fetched from the page's own origin when first needed.
// `done` gets the bytes, or an empty vector and an error message.
void FetchAsset(const std::string& path,
                std::function<void(std::vector<unsigned char> bytes, const std::string& error)> done);

// Tests that drive the real app by touch read what is on screen from here:
// natively `json` is appended as a line to the file `target`; on the web it
// becomes window.wegwijsTrace (target "1").
void PublishTrace(const std::string& target, const std::string& json);

// Seconds on a monotonic clock.
double Now();

}  // namespace wegwijs::platform
