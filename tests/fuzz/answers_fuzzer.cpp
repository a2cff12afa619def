// An answers file (docs/answers.md) as a person might write it, through the
// same reader and headless run as `wegwijs-cli run`, against the shipped
// content. A run that gives a summary must read back the same (the summary
// is what the gemeente gets): SummaryFromJson(CanonicalJson(s)) is s.
#include "fuzz_common.h"
#include "intake/answers_file.h"
#include "intake/bundle.h"
#include "intake/fingerprint.h"
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
    static const std::string path = fuzz::ScratchDir() + "/answers.json";
    fuzz::WriteFile(path, fuzz::AsText(data, size));
    static const std::string fingerprint = [] {
        Problems p;
        return intake::ContentFingerprint(fuzz::SourceDir() + "/content", p);
    }();
    const AnswersRun run = RunAnswersFile(bundle, path, fingerprint, Date{2026, 11, 28});
    if (!run.ok()) return 0;
    const std::string canonical = intake::CanonicalJson(run.summary);
    Problems problems;
    const auto back = intake::SummaryFromJson(nlohmann::json::parse(canonical), bundle, "summary.json", problems);
    if (!back) fuzz::Broken("a run's summary reads back", canonical + "\n" + problems.ToString());
    if (intake::CanonicalJson(*back) != canonical)
        fuzz::Broken("a run's summary reads back the same", canonical + "\n---\n" + intake::CanonicalJson(*back));
    return 0;
}
