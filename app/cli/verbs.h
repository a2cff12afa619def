// wegwijs-cli: drives the core library without a window. Each verb lives in
// its own file and is listed in kVerbs (main.cpp).
#pragma once
#include <string>
#include <vector>

#include "intake/bundle.h"

namespace wegwijs::cli {

using Args = std::vector<std::string>;  // the arguments after the verb

// Exit codes: 0 ok, 1 the input has problems (reported), 2 usage error.
int ContentCheck(const Args& args);  // content check [DIR] [--i18n DIR]
int I18nSample(const Args& args);    // i18n-sample [--content DIR] [--i18n DIR]
int Languages(const Args& args);    // languages [--i18n DIR]
int Loan(const Args& args);         // loan --amount ... (docs/cli-calculators.md)
int Timeline(const Args& args);     // timeline --permit ... (docs/cli-calculators.md)
int Route(const Args& args);        // route --route b1 ... (docs/cli-calculators.md)
int Run(const Args& args);           // run --answers FILE [--locale L] [--json] [--today D] [--content DIR] [--i18n DIR]
int Summary(const Args& args);       // summary --in FILE [--locale L] [--format json|text] [--content DIR] [--i18n DIR]
int Keygen(const Args& args);        // keygen --out DIR (docs/cli.md, "The hand-over code")
int Seal(const Args& args);          // seal --key PUB [--expires D] [--qr OUT.png] < summary.json
int Open(const Args& args);          // open --key KEY [--today D] [--locale L] [--format json|text|pdf] [--out FILE] < code

// Default folders: the source tree's content/ and i18n/.
std::string DefaultContentDir();
std::string DefaultI18nDir();


// Loads the catalogs (--i18n, default the source tree's), the content
// (--content) and the calculators' figures through intake::LoadBundle; on
// problems prints them, with a hint to run `content check`.
bool LoadBundle(const Args& args, intake::Bundle& bundle);
// The fingerprint of the content folder (--content) a summary is made or read with.
std::string ContentFingerprintOf(const Args& args);

// Finds "--name value" in args; returns fallback if absent.
std::string Flag(const Args& args, const std::string& name, const std::string& fallback = {});
bool HasFlag(const Args& args, const std::string& name);

}  // namespace wegwijs::cli
