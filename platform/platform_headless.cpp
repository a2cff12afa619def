// Headless platform: no window, a clock the caller sets. For tests that walk
// through the real screens (tests/ui/) and for tools that need the UI's logic.
//
//  [X] Arguments, fatal errors (stderr); assets via native_assets.cpp.
//  [X] Now() is a fake clock: tests move it to check the inactivity wipe.
//  [ ] Run(): not available; the test driver runs frames itself.
#include <cstdio>

#include "platform/platform.h"

namespace wegwijs::platform {

namespace {
double g_now = 0;
}

void SetHeadlessNow(double seconds) { g_now = seconds; }

std::vector<std::string> Arguments(int argc, char** argv) { return std::vector<std::string>(argv + 1, argv + argc); }

void ShowFatalError(const std::string& message) { std::fprintf(stderr, "wegwijs: %s\n", message.c_str()); }


double Now() { return g_now; }

void PublishTrace(const std::string&, const std::string&) {}

int Run(Client&, const WindowOptions&) {
    ShowFatalError("the headless platform cannot open a window");
    return 2;
}

}  // namespace wegwijs::platform
