// A summary document (what the app hands over, `wegwijs-cli summary --in`)
// as it might arrive, edited or damaged, through SummaryFromFile against the
// shipped content. One that is accepted must print back canonically, and its
// canonical form must read back to the same bytes.
#include "fuzz_common.h"
#include "intake/bundle.h"
#include "intake/intake_summary.h"

using namespace wegwijs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static intake::Bundle bundle;
    static const bool loaded = [] {
        Problems p;
        if (!intake::LoadBundle({fuzz::SourceDir() + "/i18n", fuzz::SourceDir() + "/content"}, bundle, p))
            fuzz::Broken("the shipped content loads", p.ToString());
        return true;
    }();
    (void)loaded;
    static const std::string path = fuzz::ScratchDir() + "/summary.json";
    fuzz::WriteFile(path, fuzz::AsText(data, size));
    Problems problems;
    const auto summary = intake::SummaryFromFile(path, bundle, problems);
    if (!summary) return 0;
    const std::string canonical = intake::CanonicalJson(*summary);
    Problems again;
    const auto back = intake::SummaryFromJson(nlohmann::json::parse(canonical), bundle, "canonical.json", again);
    if (!back) fuzz::Broken("an accepted summary's canonical form reads back", canonical + "\n" + again.ToString());
    if (intake::CanonicalJson(*back) != canonical)
        fuzz::Broken("an accepted summary's canonical form reads back the same", canonical + "\n---\n" + intake::CanonicalJson(*back));
    return 0;
}
