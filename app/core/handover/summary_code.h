// A person's summary as a hand-over code and back: what the finish screen,
// the regievoerder page and `wegwijs-cli seal`/`open` call.
//
//   std::string code = SealSummary(summary, ExpiryFrom(today, days), gemeente_pub);
//   OpenedSummary opened = OpenSummary(code, gemeente_keys, today, bundle);
//   if (opened.summary) ... else opened.message   // one plain line
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"
#include "base/problems.h"
#include "handover/code.h"
#include "handover/keys.h"
#include "intake/bundle.h"
#include "intake/intake_summary.h"

namespace wegwijs::handover {

// The gemeente's default, when its profile does not say (content/gemeente.json
// "handover_days").
constexpr int kDefaultHandoverDays = 90;

// The last day a code made today opens: `days` days from today.
Date ExpiryFrom(const Date& today, int days);

// Seals the summary's canonical JSON.
std::string SealSummary(const intake::IntakeSummary& summary, const Date& expires, const PublicKey& key);

struct OpenedSummary {
    CodeProblem problem = CodeProblem::None;  // the code's; a summary with problems is Unreadable
    std::string message;                       // one plain line when there is a problem
    Problems problems;                         // the summary's own problems (file "code"), if any
    std::optional<intake::IntakeSummary> summary;
    Date expires;
};

// Opens the code and reads the summary in it against the bundle's content
// (intake::SummaryFromJson): the codes must exist in this content.
OpenedSummary OpenSummary(std::string_view code, const KeyPair& keys, const Date& today, const intake::Bundle& bundle);

}  // namespace wegwijs::handover
