// wegwijs-cli: the core library from the command line (see docs/cli.md).
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/verbs.h"

namespace {

struct Verb {
    const char* name;
    int (*run)(const wegwijs::cli::Args&);
    const char* usage;
};

constexpr Verb kVerbs[] = {
    {"content", nullptr, "content check [DIR] [--i18n DIR]   validate content and catalogs"},
    {"languages", wegwijs::cli::Languages, "languages [--i18n DIR]             list languages (code, direction, own name)"},
    {"run", wegwijs::cli::Run, "run --answers FILE.json [--locale nl] [--json] [--today D]  run the flow headlessly, print the summary"},
    {"summary", wegwijs::cli::Summary, "summary --in FILE.json [--locale nl] [--format json|text]  check a summary and print it back"},
    {"keygen", wegwijs::cli::Keygen, "keygen --out DIR                   make the gemeente's key pair: DIR/gemeente.pub, DIR/gemeente.key"},
    {"seal", wegwijs::cli::Seal, "seal --key PUB [--expires D] [--qr OUT.png] < summary.json  seal a summary into a hand-over code"},
    {"open", wegwijs::cli::Open, "open --key KEY [--today D] [--locale nl] [--format json|text|pdf] [--out FILE] < code  open a hand-over code"},
    {"loan", wegwijs::cli::Loan, "loan --amount EUR --payout D (--start D | --finish D) [--rate %] [--months 120] [--schedule] [--json]   DUO loan estimate"},
    {"timeline", wegwijs::cli::Timeline, "timeline --permit D [--duo-notice D] [--pip D] [--partner-dutch --together-since D] [--turkish] [--json]"},
    {"route", wegwijs::cli::Route, "route --route b1|b1_a2|z|onderwijs [--price-per-hour X] [--materials X] [--hours-per-week N] [--retakes N] [--hours N] [--json]"},
    {"i18n-sample", wegwijs::cli::I18nSample, "i18n-sample                        format every screen in every language (native/wasm comparison)"},
};

int Usage(FILE* out) {
    std::fputs("usage: wegwijs-cli VERB [ARGS]\n", out);
    for (const auto& v : kVerbs) std::fprintf(out, "  %s\n", v.usage);
    return out == stderr ? 2 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return Usage(stderr);
    const std::string verb = argv[1];
    if (verb == "--help" || verb == "-h" || verb == "help") return Usage(stdout);
    wegwijs::cli::Args args(argv + 2, argv + argc);
    if (verb == "content") {
        if (args.empty() || args[0] != "check") {
            std::fputs("usage: wegwijs-cli content check [DIR] [--i18n DIR]\n", stderr);
            return 2;
        }
        return wegwijs::cli::ContentCheck(wegwijs::cli::Args(args.begin() + 1, args.end()));
    }
    for (const auto& v : kVerbs)
        if (verb == v.name && v.run) return v.run(args);
    std::fprintf(stderr, "wegwijs-cli: unknown verb \"%s\"\n", verb.c_str());
    return Usage(stderr);
}
