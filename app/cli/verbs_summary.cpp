// Verb "summary": reads back a summary written by `run --json` (or handed
// over by the app), checks it against the content and catalogs, and prints
// it: canonical JSON, or a readable outline in any language (docs/cli.md).
#include <cstdio>

#include "cli/verbs.h"
#include "intake/intake_summary.h"
#include "intake/summary_text.h"

namespace wegwijs::cli {
namespace {

constexpr const char* kUsage =
    "usage: wegwijs-cli summary --in FILE.json [--locale nl] [--format json|text] [--content DIR] [--i18n DIR]\n";

}  // namespace

int Summary(const Args& args) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a != "--in" && a != "--locale" && a != "--format" && a != "--content" && a != "--i18n") {
            std::fprintf(stderr, "wegwijs-cli: unknown argument \"%s\"\n%s", a.c_str(), kUsage);
            return 2;
        }
        if (i + 1 >= args.size() || args[i + 1].rfind("--", 0) == 0) {
            std::fprintf(stderr, "wegwijs-cli: %s needs a value\n%s", a.c_str(), kUsage);
            return 2;
        }
        ++i;
    }
    const std::string in = Flag(args, "--in");
    const std::string format = Flag(args, "--format", "json");
    if (in.empty() || (format != "json" && format != "text")) {
        std::fputs(in.empty() ? "wegwijs-cli: --in is required\n" : "wegwijs-cli: --format is json or text\n", stderr);
        std::fputs(kUsage, stderr);
        return 2;
    }
    intake::Bundle bundle;
    if (!LoadBundle(args, bundle)) return 1;
    const std::string locale = Flag(args, "--locale", "nl");
    if (!bundle.catalogs.Find(locale)) {
        std::fprintf(stderr, "--locale: no language \"%s\" in i18n/languages.json\n", locale.c_str());
        return 1;
    }
    Problems problems;
    const auto summary = intake::SummaryFromFile(in, bundle, problems);
    if (!summary) {
        std::fputs(problems.ToString().c_str(), stderr);
        std::fprintf(stderr, "%zu problem%s found\n", problems.size(), problems.size() == 1 ? "" : "s");
        return 1;
    }
    const std::string fingerprint = ContentFingerprintOf(args);
    if (summary->fingerprint != fingerprint)
        std::fprintf(stderr, "%s: /fingerprint: made with other content (%s; this content is %s): its codes were checked against this content\n",
                     in.c_str(), summary->fingerprint.c_str(), fingerprint.c_str());
    if (format == "json")
        std::printf("%s\n", intake::CanonicalJson(*summary).c_str());
    else
        std::fputs(intake::SummaryText(*summary, bundle, locale, fingerprint).c_str(), stdout);
    return 0;
}

}  // namespace wegwijs::cli
