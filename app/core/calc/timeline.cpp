#include "calc/timeline.h"

#include <algorithm>
#include <functional>

namespace wegwijs::calc {
namespace {

using Strings = std::vector<std::string>;

void Add(Timeline& t, std::string id, Date d, Strings conditions, Strings sources) {
    t.milestones.push_back({std::move(id), d, std::move(conditions), std::move(sources)});
}

// The integration milestones hang on the PIP: the gemeente must adopt it
// within 10 weeks of DUO's letter, and the 3-year term runs from it (the day
// after, by law: the milestone is the term's last day). A known PIP date wins;
// otherwise the deadline gives an estimate of the term.
void AddIntegration(Timeline& t, const TimelineInput& in, const CalcFacts& f) {
    std::optional<Date> pip_deadline;
    if (in.duo_notice) {
        pip_deadline = AddDays(*in.duo_notice, f.pip_weeks * 7);
        Add(t, "pip_deadline", *pip_deadline, {"gemeente_makes_pip"}, {"F-TERM-3"});
    } else {
        t.unknown.push_back({"pip_deadline", "needs_duo_notice"});
    }
    std::optional<Date> term_end;
    if (in.pip) {
        term_end = AddYears(*in.pip, f.term_years);
        Add(t, "term_end", *term_end, {"extension_possible"}, {"F-TERM-2"});
    } else if (pip_deadline) {
        term_end = AddYears(*pip_deadline, f.term_years);
        Add(t, "term_end", *term_end, {"estimate_from_pip_deadline", "extension_possible"}, {"F-TERM-2", "F-TERM-3"});
    } else {
        t.unknown.push_back({"term_end", "needs_duo_notice_or_pip"});
        t.unknown.push_back({"loan_repayment_start", "needs_duo_notice_or_pip"});
        return;
    }
    // DUO starts collecting about 6 months after the integration is finished
    // (F-LOAN-3; what "finished" means is not verified): an estimate.
    Add(t, "loan_repayment_start", AddMonths(*term_end, f.repayment_delay_months), {"at_the_latest", "if_you_borrowed"},
        {"F-LOAN-3"});
}

// Residence milestones count from the permit (or, for naturalisation with a
// Dutch partner, from living together, never before the permit itself).
void AddResidence(Timeline& t, const TimelineInput& in, const CalcFacts& f) {
    const bool with_partner = in.partner_dutch && in.together_since;
    if (with_partner)
        Add(t, "naturalisation_earliest", std::max(AddYears(*in.together_since, f.naturalisation_partner_years), in.permit),
            {"diploma", "partner_dutch_on_application", "married_or_registered", "rules_may_change"}, {"F-VRB-2", "F-VRB-3"});
    else
        Add(t, "naturalisation_earliest", AddYears(in.permit, f.naturalisation_years), {"diploma", "rules_may_change"},
            {"F-VRB-2", "F-VRB-3"});
    Add(t, "permanent_residence", AddYears(in.permit, f.permanent_years), {"diploma", "income", "uninterrupted_residence"},
        {"F-VRB-4"});
    Add(t, "independent_permit", AddYears(in.permit, in.turkish ? f.independent_turkish_years : f.independent_years),
        {in.turkish ? "turkish_rules" : "relationship_years", "exam", "exceptions_violence_death", "ask_ind"}, {"F-VRB-5"});

    // A bill would lengthen the naturalisation term: say so with the date the
    // fact was checked, so an old app never states the rule as current.
    TimelineNote note{"rules_may_change", "F-VRB-3", {}, "U", {"naturalisation_earliest"},
                      with_partner ? f.naturalisation_proposed_partner_years : f.naturalisation_proposed_years};
    if (const SourceRef* s = f.Source("F-VRB-3")) {
        note.checked = s->checked;
        note.status = s->status;
    }
    t.notes.push_back(note);
}

void CollectSources(Timeline& t, const CalcFacts& f) {
    for (const auto& m : t.milestones)
        for (const auto& id : m.sources) {
            const bool seen = std::any_of(t.sources.begin(), t.sources.end(), [&](const SourceRef& x) { return x.id == id; });
            if (const SourceRef* s = f.Source(id); s && !seen) t.sources.push_back(*s);
        }
}

}  // namespace

std::string ConditionCatalogKey(const std::string& condition, const std::string& role, const std::function<bool(const std::string&)>& has) {
    const std::string key = "calc.timeline.cond." + condition;
    if (!role.empty() && role != "migrant" && has && has(key + "." + role)) return key + "." + role;
    return key;
}

std::optional<InputProblem> FindTimelineProblem(const TimelineInput& in) {
    const std::string card = " is dated before the residence card (" + ToIso(in.permit) + ")";
    if (in.duo_notice && *in.duo_notice < in.permit)
        return InputProblem{"duo_notice", "DUO's letter (" + ToIso(*in.duo_notice) + ")" + card, "letter_before_card"};
    if (in.pip && *in.pip < in.permit) return InputProblem{"pip", "the PIP (" + ToIso(*in.pip) + ")" + card};
    if (in.pip && in.duo_notice && *in.pip < *in.duo_notice)
        return InputProblem{"pip", "the PIP (" + ToIso(*in.pip) + ") is dated before DUO's letter (" + ToIso(*in.duo_notice) + ")"};
    if (in.together_since && !in.partner_dutch)
        return InputProblem{"together_since", "the date of living together only counts with a Dutch partner"};
    if (in.partner_dutch && !in.together_since)
        return InputProblem{"together_since", "with a Dutch partner, give the date you started living together"};
    return std::nullopt;
}

std::optional<std::string> CheckTimelineInput(const TimelineInput& in) {
    if (auto p = FindTimelineProblem(in)) return p->message;
    return std::nullopt;
}

Timeline BuildTimeline(const TimelineInput& in, const CalcFacts& facts) {
    Timeline t;
    if (FindTimelineProblem(in)) return t;
    AddIntegration(t, in, facts);
    AddResidence(t, in, facts);
    std::stable_sort(t.milestones.begin(), t.milestones.end(),
                     [](const Milestone& a, const Milestone& b) { return a.date < b.date; });
    CollectSources(t, facts);
    return t;
}

}  // namespace wegwijs::calc
