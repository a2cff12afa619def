#include "intake/calc_facts_reader.h"

#include <cmath>
#include <type_traits>

namespace wegwijs::intake {
namespace {

constexpr const char* kFactsFile = "content/facts.json";

// Reads facts and values from content, remembering each fact it touched as a
// source and reporting what is missing where an editor would look for it.
class Reader {
public:
    Reader(const Content& content, Problems& problems, calc::CalcFacts& out) : content_(content), problems_(problems), out_(out) {}

    const Fact* FactById(const std::string& id) {
        const Fact* x = content_.FindFact(id);
        if (!x) {
            problems_.Add(kFactsFile, "/facts/" + id, "missing: the calculators need this fact");
            return nullptr;
        }
        if (!out_.Source(id)) out_.sources.push_back({x->id, x->source, x->checked, x->status, x->check_with});
        return x;
    }

    // A count (years, weeks, hours) must be whole: 2.5 years would be
    // silently cut to 2 by the date arithmetic.
    template <typename T>
    void Number(const std::string& id, const std::string& value, T& dst) {
        const Fact* x = FactById(id);
        if (!x) return;
        auto it = x->numbers.find(value);
        const std::string where = "/facts/" + id + "/values/" + value;
        if (it == x->numbers.end()) {
            problems_.Add(kFactsFile, where, "missing: the calculators need this number");
        } else if (std::is_integral_v<T> && it->second != std::floor(it->second)) {
            problems_.Add(kFactsFile, where, "must be a whole number, not " + std::to_string(it->second));
        } else if (it->second < 0) {
            problems_.Add(kFactsFile, where, "must not be negative");
        } else {
            dst = static_cast<T>(it->second);
        }
    }

    void DateValue(const std::string& id, const std::string& value, Date& dst) {
        const Fact* x = FactById(id);
        if (!x) return;
        auto it = x->dates.find(value);
        if (it == x->dates.end())
            problems_.Add(kFactsFile, "/facts/" + id + "/values/" + value, "missing: the calculators need this date (YYYY-MM-DD)");
        else
            dst = it->second;
    }

private:
    const Content& content_;
    Problems& problems_;
    calc::CalcFacts& out_;
};

}  // namespace

calc::CalcFacts ReadCalcFacts(const Content& content, Problems& problems) {
    calc::CalcFacts f;
    Reader r(content, problems, f);
    r.Number("F-LOAN-1", "max_loan", f.loan_cap_eur);
    r.Number("F-LOAN-4", "rate_percent", f.loan_rate_percent);
    r.DateValue("F-LOAN-4", "since", f.loan_rate_since);
    r.Number("F-LOAN-3", "start_months", f.repayment_delay_months);
    r.Number("F-LOAN-3", "max_years", f.repayment_years);
    r.Number("F-TERM-3", "pip_weeks", f.pip_weeks);
    r.Number("F-TERM-2", "term_years", f.term_years);
    r.Number("F-VRB-2", "with_dutch_partner_years", f.naturalisation_partner_years);
    r.Number("F-VRB-2", "usual_years", f.naturalisation_years);
    r.Number("F-VRB-3", "proposed_years", f.naturalisation_proposed_years);
    r.Number("F-VRB-3", "proposed_partner_years", f.naturalisation_proposed_partner_years);
    r.Number("F-VRB-4", "years", f.permanent_years);
    r.Number("F-VRB-5", "usual_years", f.independent_years);
    r.Number("F-VRB-5", "turkish_years", f.independent_turkish_years);
    r.Number("F-COST-1", "per_part", f.exam_fee_per_part);
    r.Number("F-COST-1", "all_parts", f.exam_fee_all_parts);
    r.Number("F-COST-2", "per_part", f.nt2_fee_per_part);
    r.Number("F-COST-2", "complete", f.nt2_fee_complete);
    r.Number("F-COST-3", "example_per_hour", f.example_price_per_hour);
    r.Number("F-COST-3", "example_materials", f.example_materials);
    r.Number("F-ROUTE-1", "example_hours", f.example_course_hours);
    r.Number("F-ROUTE-2", "min_hours", f.a2_min_hours);
    r.Number("F-ROUTE-3", "lesson_hours", f.z_route_hours);
    r.FactById("F-ROUTE-5");  // PVT and MAP: free, on every route
    r.FactById("F-LOAN-2");   // the loan only pays keurmerk schools
    r.FactById("F-SCHOOL-1"); // the seven school checks
    return f;
}

}  // namespace wegwijs::intake
