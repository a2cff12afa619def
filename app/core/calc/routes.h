// What each learning route asks and what it may cost: hours, school
// requirement, exams and their fees, retakes, an estimated total from a price
// per hour and materials (the defaults are examples, F-COST-3), and the months
// it takes at the hours a week a person has. An estimate, never a promise.
//
//   route      hours                              school             exams (fees)
//   b1         input; example F-ROUTE-1 (600)     any, self-study    inburgeringsexamen B1, 5 parts (F-COST-1)
//   b1_a2      input, at least F-ROUTE-2 (600)    Blik op Werk       inburgeringsexamen A2, 5 parts (F-COST-1)
//   z          input, at least F-ROUTE-3 (800)    Blik op Werk       none
//   onderwijs  input; example F-ROUTE-1 (600)     Inspectie-recognised  staatsexamen NT2, 4 parts (F-COST-2)
//
// total = hours * price_per_hour + materials + exam fee (all parts booked
// together) + retakes * fee per part; months = ceil(hours / (hours_per_week *
// 52/12)). PVT and MAP are free on every route (F-ROUTE-5). A total above the
// loan maximum (F-LOAN-1) gives above_loan_cap: what the person pays beyond
// the loan (at the app's example prices 800 Z-route hours cost more than it).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "calc/calc_facts.h"

namespace wegwijs::calc {

struct RouteCostInput {
    std::string route;                    // "b1", "b1_a2", "z", "onderwijs"
    std::optional<double> price_per_hour; // EUR 0..200; default: the example of F-COST-3
    std::optional<double> materials;      // EUR 0..5000; default: the example of F-COST-3
    int hours_per_week = 8;               // 1..60
    int retakes = 0;                      // expected retaken exam parts, 0..50; each costs the part's fee again
    std::optional<int> hours;             // lesson hours 1..5000; default per route (table above)
};

struct ExamPart {
    std::string id;  // "reading", "listening", "speaking", "writing", "knm"
    double fee = 0;
};

struct RouteCost {
    std::string route;
    int hours = 0;
    bool hours_are_example = false;  // the law sets no hours for this route: an example or the person's own
    bool needs_keurmerk_school = false;  // Blik op Werk (b1_a2, z)
    bool needs_recognised_school = false;  // onderwijs: Inspectie-recognised
    bool self_study_allowed = false;       // b1 only
    std::string exam;  // "inburgeringsexamen_b1", "inburgeringsexamen_a2", "staatsexamen_nt2", "" (z)
    std::vector<ExamPart> exams;
    double exam_fees = 0;    // all parts at once
    double retake_fees = 0;  // retakes * fee per part
    double price_per_hour = 0;
    double materials = 0;
    bool prices_are_examples = true;  // the price per hour or the materials is F-COST-3's example
    double course_cost = 0;           // hours * price_per_hour + materials
    double total = 0;                 // course_cost + exam_fees + retake_fees
    double loan_cap = 0;              // the most the DUO loan lends (F-LOAN-1)
    double above_loan_cap = 0;        // total - loan_cap when the total is more: what the loan cannot cover, else 0
    int months = 0;                   // at hours_per_week, rounded up
    std::vector<std::string> conditions;  // short ids: "pvt_map_free", "min_hours_at_keurmerk_school", "no_exams" (so no diploma), ...
    std::vector<SourceRef> sources;
};

// Scaling down from the B1-route to A2 exams (F-ROUTE-2): all of these.
struct ScalingDownToA2 {
    int min_hours = 0;                    // lesson hours at a keurmerk school first
    std::vector<std::string> conditions;  // "min_hours_at_keurmerk_school", "regievoerder_consent", "pip_change", "considerable_effort"
    std::vector<SourceRef> sources;       // F-ROUTE-2
};

const std::vector<std::string>& RouteIds();
// An unknown route or a value out of range, with the field it concerns.
std::optional<InputProblem> FindRouteProblem(const RouteCostInput& in);
std::optional<std::string> CheckRouteInput(const RouteCostInput& in);
// An invalid input gives an empty RouteCost.
RouteCost EstimateRoute(const RouteCostInput& in, const CalcFacts& facts);
ScalingDownToA2 ScalingDownConditions(const CalcFacts& facts);

}  // namespace wegwijs::calc
