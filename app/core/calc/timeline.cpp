#include "calc/timeline.h"

#include <algorithm>

namespace wegwijs::calc {

std::optional<std::string> CheckTimelineInput(const TimelineInput& in) {
    if (in.duo_notice && *in.duo_notice < in.permit)
        return "DUO's letter (" + ToIso(*in.duo_notice) + ") is dated before the residence card (" + ToIso(in.permit) + ")";
    if (in.pip && in.duo_notice && *in.pip < *in.duo_notice)
        return "the PIP (" + ToIso(*in.pip) + ") is dated before DUO's letter (" + ToIso(*in.duo_notice) + ")";
    if (in.together_since && !in.partner_dutch) return "--together-since only counts with a Dutch partner (--partner-dutch)";
    if (in.partner_dutch && !in.together_since) return "with a Dutch partner, give the date you started living together";
    return std::nullopt;
}

Timeline BuildTimeline(const TimelineInput& in, const CalcFacts& facts) {
    Timeline t;
    if (CheckTimelineInput(in)) return t;
    auto add = [&](std::string id, Date d, std::vector<std::string> conditions, std::vector<std::string> sources) {
        t.milestones.push_back({std::move(id), d, std::move(conditions), std::move(sources)});
    };

    // The PIP is due within 10 weeks of DUO's letter; the 3-year term starts
    // with the PIP (the day after, by law: the milestone is the last day).
    std::optional<Date> pip_deadline;
    if (in.duo_notice) {
        pip_deadline = AddDays(*in.duo_notice, facts.pip_weeks * 7);
        add("pip_deadline", *pip_deadline, {"gemeente_makes_pip"}, {"F-TERM-3"});
    } else {
        t.unknown.push_back({"pip_deadline", "needs_duo_notice"});
    }
    std::optional<Date> term_end;
    if (in.pip) {
        term_end = AddYears(*in.pip, facts.term_years);
        add("term_end", *term_end, {"extension_possible"}, {"F-TERM-2"});
    } else if (pip_deadline) {
        term_end = AddYears(*pip_deadline, facts.term_years);
        add("term_end", *term_end, {"estimate_from_pip_deadline", "extension_possible"}, {"F-TERM-2", "F-TERM-3"});
    } else {
        t.unknown.push_back({"term_end", "needs_duo_notice_or_pip"});
        t.unknown.push_back({"loan_repayment_start", "needs_duo_notice_or_pip"});
    }
    if (term_end)
        add("loan_repayment_start", AddMonths(*term_end, facts.repayment_delay_months), {"at_the_latest", "if_you_borrowed"},
            {"F-LOAN-3"});

    if (in.partner_dutch && in.together_since)
        add("naturalisation_earliest", std::max(AddYears(*in.together_since, facts.naturalisation_partner_years), in.permit),
            {"diploma", "partner_dutch_on_application", "married_or_registered", "rules_may_change"}, {"F-VRB-2", "F-VRB-3"});
    else
        add("naturalisation_earliest", AddYears(in.permit, facts.naturalisation_years), {"diploma", "rules_may_change"},
            {"F-VRB-2", "F-VRB-3"});
    add("permanent_residence", AddYears(in.permit, facts.permanent_years),
        {"diploma", "income", "uninterrupted_residence"}, {"F-VRB-4"});
    add("independent_permit",
        AddYears(in.permit, in.turkish ? facts.independent_turkish_years : facts.independent_years),
        {in.turkish ? "turkish_rules" : "relationship_years", "exam", "exceptions_violence_death"}, {"F-VRB-5"});

    std::stable_sort(t.milestones.begin(), t.milestones.end(),
                     [](const Milestone& a, const Milestone& b) { return a.date < b.date; });
    for (const auto& m : t.milestones)
        for (const auto& id : m.sources)
            if (const SourceRef* s = facts.Source(id);
                s && std::none_of(t.sources.begin(), t.sources.end(), [&](const SourceRef& x) { return x.id == id; }))
                t.sources.push_back(*s);
    return t;
}

}  // namespace wegwijs::calc
