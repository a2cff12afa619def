#include "calc/routes.h"

#include <algorithm>
#include <cstdio>

namespace wegwijs::calc {
namespace {

const char* const kExamParts[] = {"reading", "listening", "speaking", "writing", "knm"};
constexpr int kNt2Parts = 4;  // the staatsexamen has no KNM part

std::string AsGiven(double x) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.10g", x);
    return buf;
}

std::optional<InputProblem> OutOfRange(const char* field, const std::string& what, double value, double lo, double hi) {
    if (value >= lo && value <= hi) return std::nullopt;
    return InputProblem{field, what + " must be " + AsGiven(lo) + " to " + AsGiven(hi) + ", not " + AsGiven(value)};
}

// Exams and their fees: all parts booked at once cost the "all parts" fee;
// a retake costs the fee of one part again (F-COST-1, F-COST-2).
void SetExams(RouteCost& r, const RouteCostInput& in, const CalcFacts& f, std::vector<std::string>& ids) {
    double per_part = 0;
    if (in.route == "b1" || in.route == "b1_a2") {
        r.exam = in.route == "b1" ? "inburgeringsexamen_b1" : "inburgeringsexamen_a2";
        for (const char* p : kExamParts) r.exams.push_back({p, f.exam_fee_per_part});
        r.exam_fees = f.exam_fee_all_parts;
        per_part = f.exam_fee_per_part;
        ids.push_back("F-COST-1");
    } else if (in.route == "onderwijs") {
        r.exam = "staatsexamen_nt2";
        for (int i = 0; i < kNt2Parts; ++i) r.exams.push_back({kExamParts[i], f.nt2_fee_per_part});
        // KNM is an exam on this route too, booked at DUO as a part of the
        // inburgeringsexamen (F-COST-1; issue 7, C-16).
        r.exams.push_back({"knm", f.exam_fee_per_part});
        r.exam_fees = f.nt2_fee_complete + f.exam_fee_per_part;
        per_part = f.nt2_fee_per_part;
        ids.push_back("F-COST-2");
        ids.push_back("F-COST-1");
    }
    r.retake_fees = in.retakes * per_part;  // the Z-route has no exams, so no retakes
}

// Hours and school: the B1- and onderwijs routes set no hours by law (an
// example or the person's own number); scaling down and the Z-route have a
// legal minimum, so fewer hours than that count as the minimum.
void SetHoursAndSchool(RouteCost& r, const RouteCostInput& in, const CalcFacts& f, std::vector<std::string>& ids) {
    if (in.route == "b1") {
        r.hours = in.hours.value_or(f.example_course_hours);
        r.hours_are_example = !in.hours;
        r.self_study_allowed = true;
        r.conditions = {"self_study_allowed", "pvt_map_free"};
        ids.push_back("F-ROUTE-1");
    } else if (in.route == "b1_a2") {
        r.hours = std::max(in.hours.value_or(f.a2_min_hours), f.a2_min_hours);
        r.needs_keurmerk_school = true;
        r.conditions = {"min_hours_at_keurmerk_school", "regievoerder_consent", "pip_change", "pvt_map_free"};
        ids.push_back("F-ROUTE-2");
    } else if (in.route == "z") {
        r.hours = std::max(in.hours.value_or(f.z_route_hours), f.z_route_hours);
        r.needs_keurmerk_school = true;
        r.conditions = {"min_hours_at_keurmerk_school", "no_exams", "no_self_study", "pvt_map_free"};
        ids.push_back("F-ROUTE-3");
    } else {
        r.hours = in.hours.value_or(f.example_course_hours);
        r.hours_are_example = !in.hours;
        r.needs_recognised_school = true;
        r.conditions = {"recognised_school", "b1_or_b2", "no_map", "pvt_free"};
        ids.push_back("F-ROUTE-1");
    }
}

}  // namespace

const std::vector<std::string>& RouteIds() {
    static const std::vector<std::string> ids{"b1", "b1_a2", "z", "onderwijs"};
    return ids;
}

std::optional<InputProblem> FindRouteProblem(const RouteCostInput& in) {
    const auto& ids = RouteIds();
    if (std::find(ids.begin(), ids.end(), in.route) == ids.end())
        return InputProblem{"route", "unknown route \"" + in.route + "\" (b1, b1_a2, z, onderwijs)"};
    if (in.price_per_hour)
        if (auto p = OutOfRange("price_per_hour", "the price per hour (EUR)", *in.price_per_hour, 0, 200)) return p;
    if (in.materials)
        if (auto p = OutOfRange("materials", "the materials (EUR)", *in.materials, 0, 5000)) return p;
    if (auto p = OutOfRange("hours_per_week", "hours a week", in.hours_per_week, 1, 60)) return p;
    if (auto p = OutOfRange("retakes", "retakes", in.retakes, 0, 50)) return p;
    if (in.hours)
        if (auto p = OutOfRange("hours", "lesson hours", *in.hours, 1, 5000)) return p;
    return std::nullopt;
}

std::optional<std::string> CheckRouteInput(const RouteCostInput& in) {
    if (auto p = FindRouteProblem(in)) return p->message;
    return std::nullopt;
}

RouteCost EstimateRoute(const RouteCostInput& in, const CalcFacts& f) {
    RouteCost r;
    if (FindRouteProblem(in)) return r;
    r.route = in.route;
    std::vector<std::string> ids{"F-COST-3", "F-ROUTE-5"};
    SetExams(r, in, f, ids);
    SetHoursAndSchool(r, in, f, ids);
    r.price_per_hour = in.price_per_hour.value_or(f.example_price_per_hour);
    r.materials = in.materials.value_or(f.example_materials);
    r.prices_are_examples = !in.price_per_hour || !in.materials;
    r.course_cost = r.hours * r.price_per_hour + r.materials;
    r.total = r.course_cost + r.exam_fees + r.retake_fees;
    r.loan_cap = f.loan_cap_eur;
    r.above_loan_cap = r.total > r.loan_cap ? r.total - r.loan_cap : 0;
    if (r.above_loan_cap > 0) ids.push_back("F-LOAN-1");
    // Whole months, rounded up, at 52/12 weeks a month; in integers so that
    // an exact fit (520 hours at 30 a week = 4 months) is not pushed to 5.
    const int hours_a_year = in.hours_per_week * 52;
    r.months = (r.hours * 12 + hours_a_year - 1) / hours_a_year;
    for (const auto& id : ids)
        if (const SourceRef* s = f.Source(id)) r.sources.push_back(*s);
    return r;
}

ScalingDownToA2 ScalingDownConditions(const CalcFacts& f) {
    ScalingDownToA2 s;
    s.min_hours = f.a2_min_hours;
    s.conditions = {"min_hours_at_keurmerk_school", "regievoerder_consent", "pip_change", "considerable_effort"};
    if (const SourceRef* src = f.Source("F-ROUTE-2")) s.sources.push_back(*src);
    return s;
}

}  // namespace wegwijs::calc
