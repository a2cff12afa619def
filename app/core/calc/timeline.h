// Residence and integration milestones from a few dates, each with its
// conditions and sources. Dates use ICU's Gregorian calendar (date.h): adding
// years to 29 February gives 28 February in a common year.
//
// Rules (issue 3; figures from content/facts.json via CalcFacts):
//   pip_deadline            DUO's letter + pip_weeks*7 days (70)            F-TERM-3
//   term_end                PIP date + term_years (3); without a PIP date    F-TERM-2
//                           pip_deadline + 3 (an estimate)                  (+ F-TERM-3)
//   loan_repayment_start    term_end + repayment_delay_months (6), about    F-LOAN-3
//   naturalisation_earliest with a Dutch partner: the later of together_since
//                           + 3 years and the permit date; else permit + 5  F-VRB-2, F-VRB-3
//   permanent_residence     permit + 5 years                               F-VRB-4
//   independent_permit      permit + 5 years; Turkish nationals + 3        F-VRB-5
//                           (the permit depends on the partner: what if the
//                           relationship ends, the exceptions, ask the IND)
// Without DUO's letter and without a PIP date the first three cannot be
// computed: they are left out of `milestones` and listed in `unknown` with
// what they need, so nothing is shown as a date that is really a guess.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "calc/calc_facts.h"
#include "base/date.h"

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
    // Short condition ids, not catalog keys (the UI turns each into a
    // sentence, e.g. under "calc.timeline.cond.<id>"): "gemeente_makes_pip",
    // "extension_possible", "estimate_from_pip_deadline", "at_the_latest",
    // "if_you_borrowed", "diploma", "partner_dutch_on_application",
    // "married_or_registered", "rules_may_change", "income",
    // "uninterrupted_residence", "relationship_years", "turkish_rules",
    // "exam", "exceptions_violence_death", "ask_ind". The timeline screen
    // draws each as a sentence under its milestone (ConditionCatalogKey).
    std::vector<std::string> conditions;
    std::vector<std::string> sources;  // fact ids
};

// A dated warning that a rule may change: shown next to the milestones it
// concerns with the date it was last checked (F-VRB-3: a bill to lengthen
// the naturalisation term, not in force when checked).
struct TimelineNote {
    std::string id;                       // "rules_may_change"
    std::string fact;                     // "F-VRB-3"
    Date checked;                         // the fact's check date: "as of ..."
    std::string status;                   // the fact's status (U: unverified)
    std::vector<std::string> milestones;  // the milestone ids it concerns
    int proposed_years = 0;               // the bill's term for this person (10, or 5 with a Dutch partner)
};

struct Timeline {
    std::vector<Milestone> milestones;  // in date order
    // Milestones that could not be computed and why (condition ids), e.g.
    // {"term_end", "needs_duo_notice_or_pip"}.
    std::vector<std::pair<std::string, std::string>> unknown;
    std::vector<TimelineNote> notes;
    std::vector<SourceRef> sources;     // every fact the milestones cite
};

// The catalog key of a condition's sentence: "calc.timeline.cond.<id>", or
// its ".<role>" variant (e.g. ".referent", who reads about the partner) when
// `has` says the catalog has one.
std::string ConditionCatalogKey(const std::string& condition, const std::string& role,
                                const std::function<bool(const std::string&)>& has);

// Dates in an impossible order (DUO's letter or the PIP before the residence
// card, the PIP before DUO's letter) and a Dutch partner without the date of
// living together are problems, with the field they concern.
std::optional<InputProblem> FindTimelineProblem(const TimelineInput& in);
std::optional<std::string> CheckTimelineInput(const TimelineInput& in);
// An invalid input gives an empty timeline.
Timeline BuildTimeline(const TimelineInput& in, const CalcFacts& facts);

}  // namespace wegwijs::calc
