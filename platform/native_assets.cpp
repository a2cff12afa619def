// FetchAsset for the native platforms (the kiosk and the headless test
// platform): the app's files are on disk, so "fetching" reads them at once.
#include "base/files.h"
#include "platform/platform.h"

namespace wegwijs::platform {

void FetchAsset(const std::string& path,
                std::function<void(std::vector<unsigned char> bytes, const std::string& error)> done) {
    auto bytes = ReadFile(path);
    if (!bytes) {
        done({}, "cannot read " + path);
        return;
    }
    done(std::vector<unsigned char>(bytes->begin(), bytes->end()), "");
}

}  // namespace wegwijs::platform
