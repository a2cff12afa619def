// The calculators' results as JSON, for `wegwijs-cli loan|timeline|route
// --json` (docs/cli-calculators.md) and for the summary's `calculators`
// (docs/answers.md), and back. Field names are stable; objects have their
// keys sorted (nlohmann::json), euros are numbers rounded to cents.
//
// Sources: the CLI writes each fact in full ({id, source, checked, status,
// check_with}); a summary writes only the fact ids, since its content
// fingerprint names the facts.json they come from. The readers take the ids
// form and give SourceRefs with only `id` set.
#pragma once
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "calc/calc_facts.h"
#include "calc/loan.h"
#include "calc/routes.h"
#include "calc/timeline.h"
#include "intake/json_in.h"

namespace wegwijs::intake {

enum class SourceDetail { Full, Ids };

// Euros as a JSON number rounded to cents (77.5 means EUR 77.50).
double Euros(double euros);

nlohmann::json SourcesJson(const std::vector<calc::SourceRef>& sources, SourceDetail detail);

// [SECTION] loan

struct LoanResult {
    calc::LoanEstimate estimate;  // the schedule only when asked for
    Date payout;                  // when the loan is paid out (interest counts from then)
};
nlohmann::json LoanJson(const LoanResult& r, bool with_schedule, SourceDetail detail = SourceDetail::Full);

// [SECTION] timeline

nlohmann::json TimelineJson(const calc::Timeline& t, SourceDetail detail = SourceDetail::Full);

// [SECTION] route

struct RouteResult {
    calc::RouteCost cost;
    int hours_per_week = 0;  // the input the months are counted at
    int retakes = 0;         // the input: exam parts expected to be retaken
    // Scaling down is a way out of the B1-route: its conditions there (b1, b1_a2).
    std::optional<calc::ScalingDownToA2> scaling_down;
};
RouteResult RouteResultOf(const calc::RouteCost& cost, const calc::RouteCostInput& in, const calc::CalcFacts& facts);
nlohmann::json RouteJson(const RouteResult& r, SourceDetail detail = SourceDetail::Full);

// [SECTION] reading back (the ids form)

// `known_fact` says whether a fact id exists; an unknown one is a problem.
using FactCheck = std::function<bool(const std::string&)>;
std::optional<LoanResult> LoanFromJson(const nlohmann::json& j, const std::string& path, JsonIn& in, const FactCheck& known_fact);
std::optional<calc::Timeline> TimelineFromJson(const nlohmann::json& j, const std::string& path, JsonIn& in,
                                               const FactCheck& known_fact);
std::optional<RouteResult> RouteFromJson(const nlohmann::json& j, const std::string& path, JsonIn& in, const FactCheck& known_fact);

}  // namespace wegwijs::intake
