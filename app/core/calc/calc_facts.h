// The figures the calculators use. The application reads them from
// content/facts.json (intake/calc_facts_reader.h), so a content editor (or a
// gemeente) updates them without code. Each carries its fact id,
// source and check date, and every calculator result lists the facts it used.
#pragma once
#include <string>
#include <vector>

#include "calc/input_problem.h"
#include "base/date.h"
#include "base/problems.h"

namespace wegwijs::calc {

struct SourceRef {
    std::string id;      // fact id from shared/facts.md, e.g. "F-LOAN-4"
    std::string source;  // where it was checked
    Date checked;
    std::string status;      // the confidence: V, V2, SEED, U (shared/facts.md)
    std::string check_with;  // who to check it with when not V: DUO, IND, gemeente
};

struct CalcFacts {
    double loan_cap_eur = 10000;        // F-LOAN-1
    double loan_rate_percent = 1.78;    // F-LOAN-4, the last confirmed rate
    Date loan_rate_since{2023, 1, 1};   // F-LOAN-4
    int repayment_delay_months = 6;     // F-LOAN-3
    int repayment_years = 10;           // F-LOAN-3
    int pip_weeks = 10;                 // F-TERM-3 (DUO notice + 10 weeks = 70 days)
    int term_years = 3;                 // F-TERM-2
    int naturalisation_partner_years = 3;  // F-VRB-2
    int naturalisation_years = 5;          // F-VRB-2
    int permanent_years = 5;               // F-VRB-4
    int independent_years = 5;             // F-VRB-5
    int independent_turkish_years = 3;     // F-VRB-5
    double exam_fee_per_part = 50;         // F-COST-1, inburgeringsexamen
    double exam_fee_all_parts = 250;       // F-COST-1
    double nt2_fee_per_part = 50;          // F-COST-2, staatsexamen NT2
    double nt2_fee_complete = 200;         // F-COST-2
    double example_price_per_hour = 15;    // F-COST-3 (an example, no official average)
    double example_materials = 250;        // F-COST-3
    int a2_min_hours = 600;                // F-ROUTE-2
    int z_route_hours = 800;               // F-ROUTE-3
    int example_course_hours = 600;        // F-ROUTE-1: an example (the B1-route sets no hours)
    int naturalisation_proposed_years = 10;          // F-VRB-3: a bill, not in force
    int naturalisation_proposed_partner_years = 5;   // F-VRB-3
    std::vector<SourceRef> sources;        // every fact above, by id

    const SourceRef* Source(const std::string& id) const;
};

}  // namespace wegwijs::calc
