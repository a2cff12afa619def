#include "calc/routes.h"

#include <algorithm>
#include <cmath>

namespace wegwijs::calc {
namespace {

// An example for routes without legal hours: a common course size for B1
// (it depends on the person's level; the school's intake test tells).
constexpr int kExampleHours = 600;
constexpr double kWeeksPerMonth = 52.0 / 12.0;

}  // namespace

const std::vector<std::string>& RouteIds() {
    static const std::vector<std::string> ids{"b1", "b1_a2", "z", "onderwijs"};
    return ids;
}

std::optional<std::string> CheckRouteInput(const RouteCostInput& in) {
    const auto& ids = RouteIds();
    if (std::find(ids.begin(), ids.end(), in.route) == ids.end())
        return "unknown route \"" + in.route + "\" (b1, b1_a2, z, onderwijs)";
    if (in.price_per_hour && (*in.price_per_hour < 0 || *in.price_per_hour > 200))
        return "the price per hour must be between EUR 0 and EUR 200";
    if (in.materials && (*in.materials < 0 || *in.materials > 5000)) return "materials must cost between EUR 0 and EUR 5000";
    if (in.hours_per_week < 1 || in.hours_per_week > 60) return "hours a week must be 1 to 60";
    if (in.retakes < 0 || in.retakes > 50) return "retakes must be 0 to 50";
    if (in.hours && (*in.hours < 1 || *in.hours > 5000)) return "lesson hours must be 1 to 5000";
    return std::nullopt;
}

RouteCost EstimateRoute(const RouteCostInput& in, const CalcFacts& f) {
    RouteCost r;
    if (CheckRouteInput(in)) return r;
    r.route = in.route;
    std::vector<std::string> ids{"F-COST-3", "F-ROUTE-5"};
    static const char* kParts[] = {"reading", "listening", "speaking", "writing", "knm"};
    double per_part = 0;
    if (in.route == "b1" || in.route == "b1_a2") {
        r.exam = in.route == "b1" ? "inburgeringsexamen_b1" : "inburgeringsexamen_a2";
        for (const char* p : kParts) r.exams.push_back({p, f.exam_fee_per_part});
        r.exam_fees = f.exam_fee_all_parts;  // all five booked together
        per_part = f.exam_fee_per_part;
        ids.push_back("F-COST-1");
    } else if (in.route == "onderwijs") {
        r.exam = "staatsexamen_nt2";
        for (int i = 0; i < 4; ++i) r.exams.push_back({kParts[i], f.nt2_fee_per_part});
        r.exam_fees = f.nt2_fee_complete;
        per_part = f.nt2_fee_per_part;
        ids.push_back("F-COST-2");
    }
    if (in.route == "b1") {
        r.hours = in.hours.value_or(kExampleHours);
        r.hours_are_example = !in.hours;
        r.conditions = {"self_study_allowed", "pvt_map_free"};
    } else if (in.route == "b1_a2") {
        r.hours = std::max(in.hours.value_or(f.a2_min_hours), f.a2_min_hours);
        r.needs_keurmerk_school = true;
        r.conditions = {"a2_after_600_hours_bow", "regievoerder_consent", "pip_change", "pvt_map_free"};
        ids.push_back("F-ROUTE-2");
    } else if (in.route == "z") {
        r.hours = std::max(in.hours.value_or(f.z_route_hours), f.z_route_hours);
        r.needs_keurmerk_school = true;
        r.conditions = {"z_800_hours_bow", "no_exams", "no_self_study", "pvt_map_free"};
        ids.push_back("F-ROUTE-3");
    } else {
        r.hours = in.hours.value_or(kExampleHours);
        r.hours_are_example = !in.hours;
        r.needs_recognised_school = true;
        r.conditions = {"recognised_school", "b1_or_b2", "no_map", "pvt_free"};
    }
    r.retake_fees = in.retakes * per_part;
    r.price_per_hour = in.price_per_hour.value_or(f.example_price_per_hour);
    r.materials = in.materials.value_or(f.example_materials);
    r.prices_are_examples = !in.price_per_hour && !in.materials;
    r.course_cost = r.hours * r.price_per_hour + r.materials;
    r.total = r.course_cost + r.exam_fees + r.retake_fees;
    r.months = static_cast<int>(std::ceil(r.hours / (in.hours_per_week * kWeeksPerMonth)));
    for (const auto& id : ids)
        if (const SourceRef* s = f.Source(id)) r.sources.push_back(*s);
    return r;
}

}  // namespace wegwijs::calc
