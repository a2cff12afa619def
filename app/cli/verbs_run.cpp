// Verb "run": the flow headlessly from an answers file (see docs/answers.md).
#include <cstdio>

#include "cli/verbs.h"
#include "intake/answers_file.h"
#include "intake/fingerprint.h"
#include "intake/summary_text.h"

namespace wegwijs::cli {
namespace {

constexpr const char* kUsage =
    "usage: wegwijs-cli run --answers FILE.json [--locale nl] [--json] [--today YYYY-MM-DD] [--content DIR] [--i18n DIR]\n";

}  // namespace

std::string ContentFingerprintOf(const Args& args) {
    Problems ignored;  // the bundle loaded from the same folder
    return intake::ContentFingerprint(Flag(args, "--content", DefaultContentDir()), ignored);
}

int Run(const Args& args) {
    const std::string answers = Flag(args, "--answers");
    if (answers.empty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    std::optional<Date> today;
    if (const std::string t = Flag(args, "--today"); !t.empty()) {
        today = ParseIsoDate(t);
        if (!today) {
            std::fprintf(stderr, "--today %s: not a date (YYYY-MM-DD)\n%s", t.c_str(), kUsage);
            return 2;
        }
    }
    intake::Bundle bundle;
    if (!LoadBundle(args, bundle)) return 1;
    const std::string locale = Flag(args, "--locale", "nl");
    if (!bundle.catalogs.Find(locale)) {
        std::fprintf(stderr, "--locale: no language \"%s\" in i18n/languages.json\n", locale.c_str());
        return 1;
    }
    const std::string fingerprint = ContentFingerprintOf(args);
    const AnswersRun run = RunAnswersFile(bundle, answers, fingerprint, today);
    std::fputs(run.notes.ToString().c_str(), stderr);
    if (!run.ok()) {
        std::fputs(run.problems.ToString().c_str(), stderr);
        std::fprintf(stderr, "%zu problem%s found\n", run.problems.size(), run.problems.size() == 1 ? "" : "s");
        return 1;
    }
    if (HasFlag(args, "--json")) {
        // The canonical form: what `summary --in` reads and prints back.
        std::printf("%s\n", intake::CanonicalJson(run.summary).c_str());
        return 0;
    }
    // Without --json: what a person checking a scenario wants to read.
    std::printf("screens:");
    for (const auto& s : run.screens) std::printf(" %s", s.c_str());
    std::printf("\n\n%s", intake::SummaryText(run.summary, bundle, locale, fingerprint).c_str());
    return 0;
}

}  // namespace wegwijs::cli
