// Entry point of the kiosk (native) and of the web page (Emscripten): the same
// code; platform/ supplies the window, the loop and the arguments.
#include <cstdio>

#include "base/app_config.h"
#include "platform/platform.h"
#include "ui/app.h"

int main(int argc, char** argv) {
    using namespace wegwijs;
    AppOptions options;
    std::string error;
    if (!ParseAppOptions(platform::Arguments(argc, argv), options, error)) {
        platform::ShowFatalError(error + "\n" + AppOptionsHelp());
        return 2;
    }
    if (options.help) {
        std::fputs(AppOptionsHelp().c_str(), stdout);
        return 0;
    }
    static ui::App app;  // on the web it must outlive main()
    if (!app.Load(options, WEGWIJS_DEFAULT_CONFIG, &error)) {
        platform::ShowFatalError(error);
        return 1;
    }
    return platform::Run(app, app.Window());
}
