#include "handover/summary_code.h"

#include <nlohmann/json.hpp>

namespace wegwijs::handover {

Date ExpiryFrom(const Date& today, int days) { return DateFromDays2000(DaysSince2000(today) + days); }

std::string SealSummary(const intake::IntakeSummary& summary, const Date& expires, const PublicKey& key) {
    return SealCode(intake::CanonicalJson(summary), expires, key);
}

OpenedSummary OpenSummary(std::string_view code, const KeyPair& keys, const Date& today, const intake::Bundle& bundle) {
    OpenedSummary out;
    CodeResult opened = OpenCode(code, keys, today);
    out.problem = opened.problem;
    out.message = opened.message;
    if (opened.opened) out.expires = opened.opened->expires;
    if (opened.problem != CodeProblem::None) return out;

    const auto json = nlohmann::json::parse(opened.opened->payload, nullptr, false);
    if (json.is_discarded()) {
        out.problem = CodeProblem::Unreadable;
        out.message = "the code opened, but what it holds is not a summary (not JSON)";
        return out;
    }
    out.summary = intake::SummaryFromJson(json, bundle, "code", out.problems);
    if (!out.summary) {
        out.problem = CodeProblem::Unreadable;
        out.message = "the code opened, but its summary does not fit this content (" + std::to_string(out.problems.size()) +
                      " problem" + (out.problems.size() == 1 ? "" : "s") + ")";
    }
    return out;
}

}  // namespace wegwijs::handover
