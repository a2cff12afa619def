#include "calc/calc_facts.h"

namespace wegwijs::calc {

const SourceRef* CalcFacts::Source(const std::string& id) const {
    for (const auto& s : sources)
        if (s.id == id) return &s;
    return nullptr;
}

CalcFacts FromContent(const Content& content, Problems& problems) {
    CalcFacts f;
    auto fact = [&](const std::string& id) -> const Fact* {
        const Fact* x = content.FindFact(id);
        if (!x) {
            problems.Add("content/facts.json", "/facts/" + id, "missing: the calculators need this fact");
            return nullptr;
        }
        if (!f.Source(id)) f.sources.push_back({x->id, x->source, x->checked, x->status});
        return x;
    };
    auto number = [&](const std::string& id, const std::string& value, auto& dst) {
        const Fact* x = fact(id);
        if (!x) return;
        auto it = x->numbers.find(value);
        if (it == x->numbers.end()) {
            problems.Add("content/facts.json", "/facts/" + id + "/values/" + value, "missing: the calculators need this value");
            return;
        }
        dst = static_cast<std::remove_reference_t<decltype(dst)>>(it->second);
    };
    number("F-LOAN-1", "max_loan", f.loan_cap_eur);
    number("F-LOAN-4", "rate_percent", f.loan_rate_percent);
    if (const Fact* x = fact("F-LOAN-4")) {
        auto it = x->dates.find("since");
        if (it != x->dates.end()) f.loan_rate_since = it->second;
    }
    number("F-LOAN-3", "start_months", f.repayment_delay_months);
    number("F-LOAN-3", "max_years", f.repayment_years);
    number("F-TERM-3", "pip_weeks", f.pip_weeks);
    number("F-TERM-2", "term_years", f.term_years);
    number("F-VRB-2", "with_dutch_partner_years", f.naturalisation_partner_years);
    number("F-VRB-2", "usual_years", f.naturalisation_years);
    number("F-VRB-4", "years", f.permanent_years);
    number("F-VRB-5", "usual_years", f.independent_years);
    number("F-VRB-5", "turkish_years", f.independent_turkish_years);
    number("F-COST-1", "per_part", f.exam_fee_per_part);
    number("F-COST-1", "all_parts", f.exam_fee_all_parts);
    number("F-COST-2", "per_part", f.nt2_fee_per_part);
    number("F-COST-2", "complete", f.nt2_fee_complete);
    number("F-COST-3", "example_per_hour", f.example_price_per_hour);
    number("F-COST-3", "example_materials", f.example_materials);
    number("F-ROUTE-2", "min_hours", f.a2_min_hours);
    number("F-ROUTE-3", "lesson_hours", f.z_route_hours);
    fact("F-VRB-3");  // the "rules may change" note
    fact("F-ROUTE-5");  // PVT and MAP: free, on every route
    return f;
}

}  // namespace wegwijs::calc
