// Verb "run": the flow headlessly from an answers file (see docs/answers.md).
#include <cstdio>

#include "cli/verbs.h"
#include "model/content.h"
#include "intake/summary.h"
#include "i18n/catalog.h"

namespace wegwijs::cli {
namespace {

constexpr const char* kUsage =
    "usage: wegwijs-cli run --answers FILE.json [--locale nl] [--json] [--today YYYY-MM-DD] [--content DIR] [--i18n DIR]\n";

// Without --json: what a person checking a scenario wants to read.
void PrintText(const AnswersRun& run) {
    std::printf("screens:");
    for (const auto& s : run.screens) std::printf(" %s", s.c_str());
    std::printf("\n");
    const auto& s = run.summary;
    std::printf("role: %s\n", s["role"]["value"].get<std::string>().c_str());
    for (const auto& a : s["answers"])
        std::printf("  %s: %s\n", a["label"].get<std::string>().c_str(), a["value"].get<std::string>().c_str());
    const auto& r = s["indicative_route"];
    std::printf("indicative route: %s (%s)\n  %s\n  %s\n", r["value"].get<std::string>().c_str(), r["raw"].get<std::string>().c_str(),
                r["reason"].get<std::string>().c_str(), r["note"].get<std::string>().c_str());
    for (const auto& t : s["topics"])
        std::printf("topic: %s%s\n", t["value"].get<std::string>().c_str(), t["chosen"].get<bool>() ? "" : " (suggested)");
}

}  // namespace

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
    const AnswersRun run = RunAnswersFile(bundle.content, bundle.catalogs, answers, Flag(args, "--locale", "nl"), today);
    std::fputs(run.notes.ToString().c_str(), stderr);
    if (!run.ok()) {
        std::fputs(run.problems.ToString().c_str(), stderr);
        std::fprintf(stderr, "%zu problem%s found\n", run.problems.size(), run.problems.size() == 1 ? "" : "s");
        return 1;
    }
    if (HasFlag(args, "--json"))
        std::printf("%s\n", run.summary.dump(2).c_str());
    else
        PrintText(run);
    return 0;
}

}  // namespace wegwijs::cli
