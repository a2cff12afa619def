// The kiosk's config file (assets/kiosk.json, --config) as a gemeente's IT
// might edit it, through LoadAppConfig; and the same bytes, split at line
// ends, as the kiosk's command line (or the page's query) through
// ParseAppOptions.
#include <vector>

#include "base/app_config.h"
#include "fuzz_common.h"

using namespace wegwijs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const std::string path = fuzz::ScratchDir() + "/kiosk.json";
    const std::string_view text = fuzz::AsText(data, size);
    fuzz::WriteFile(path, text);
    AppConfig config;
    Problems problems;
    (void)LoadAppConfig(path, config, problems);

    std::vector<std::string> args;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == '\n') {
            args.emplace_back(text.substr(start, i - start));
            start = i + 1;
        }
    AppOptions options;
    std::string error;
    (void)ParseAppOptions(args, options, error);
    return 0;
}
