// Residence and integration milestones from a few dates, each with its
// conditions and sources. Dates use ICU's Gregorian calendar (date.h): adding
// years to 29 February gives 28 February in a common year.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "calc/calc_facts.h"
#include "date.h"

namespace wegwijs::calc {

struct TimelineInput {
    Date permit;                        // residence card collected
    std::optional<Date> duo_notice;     // DUO's letter
    std::optional<Date> pip;            // the PIP's date, when known
    bool partner_dutch = false;
    std::optional<Date> together_since; // living together, with a Dutch partner
    bool turkish = false;
};

struct Milestone {
    std::string id;  // pip_deadline, term_end, loan_repayment_start,
                     // naturalisation_earliest, permanent_residence, independent_permit
    Date date;
    // Condition ids (catalog keys "timeline.cond.<id>"), e.g. "diploma",
    // "estimate_from_pip_deadline", "rules_may_change".
    std::vector<std::string> conditions;
    std::vector<std::string> sources;  // fact ids
};

struct Timeline {
    std::vector<Milestone> milestones;  // in date order
    // Milestones that could not be computed and why (condition ids), e.g.
    // term_end without a DUO letter or PIP date.
    std::vector<std::pair<std::string, std::string>> unknown;
    std::vector<SourceRef> sources;
};

std::optional<std::string> CheckTimelineInput(const TimelineInput& in);
Timeline BuildTimeline(const TimelineInput& in, const CalcFacts& facts);

}  // namespace wegwijs::calc
