// What each learning route asks and what it may cost: hours, school
// requirement, exams and their fees, retakes, an estimated total from a price
// per hour and materials (the defaults are examples, F-COST-3), and the months
// it takes at the hours a week a person has. An estimate, never a promise.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "calc/calc_facts.h"

namespace wegwijs::calc {

struct RouteCostInput {
    std::string route;                    // "b1", "b1_a2", "z", "onderwijs"
    std::optional<double> price_per_hour; // default: the example of F-COST-3
    std::optional<double> materials;      // default: the example of F-COST-3
    int hours_per_week = 8;
    int retakes = 0;                      // expected retaken exam parts
    std::optional<int> hours;             // lesson hours; default per route (see RouteHours)
};

struct ExamPart {
    std::string id;  // "reading", "listening", "speaking", "writing", "knm"
    double fee = 0;
};

struct RouteCost {
    std::string route;
    int hours = 0;
    bool hours_are_example = false;  // the law sets no hours for this route
    bool needs_keurmerk_school = false;  // Blik op Werk (b1_a2, z)
    bool needs_recognised_school = false;  // onderwijs: Inspectie-recognised
    std::string exam;  // "inburgeringsexamen_b1", "inburgeringsexamen_a2", "staatsexamen_nt2", "" (z)
    std::vector<ExamPart> exams;
    double exam_fees = 0;
    double retake_fees = 0;
    double price_per_hour = 0;
    double materials = 0;
    bool prices_are_examples = true;
    double course_cost = 0;
    double total = 0;
    int months = 0;  // at hours_per_week
    std::vector<std::string> conditions;  // ids: "pvt_map_free", "a2_after_600_hours_bow", ...
    std::vector<SourceRef> sources;
};

std::optional<std::string> CheckRouteInput(const RouteCostInput& in);
RouteCost EstimateRoute(const RouteCostInput& in, const CalcFacts& facts);
const std::vector<std::string>& RouteIds();

}  // namespace wegwijs::calc
