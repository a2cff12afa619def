#include "intake/bindings.h"

#include <algorithm>
#include <cstdlib>

namespace wegwijs::calc {
namespace {

std::optional<Date> DateAnswer(const Answers& answers, const std::string& id) {
    auto it = answers.find(id);
    if (it == answers.end() || it->second.empty()) return std::nullopt;
    return ParseIsoDate(it->second[0]);
}

bool YesAnswer(const Answers& answers, const std::string& id) {
    auto it = answers.find(id);
    return it != answers.end() && !it->second.empty() && it->second[0] == "yes";
}

}  // namespace

TimelineInput TimelineInputFrom(const Answers& answers, bool* has_permit) {
    TimelineInput in;
    const auto permit = DateAnswer(answers, "card_date");
    if (has_permit) *has_permit = permit.has_value();
    in.permit = permit.value_or(Date{});
    in.duo_notice = DateAnswer(answers, "duo_letter_date");
    in.partner_dutch = YesAnswer(answers, "partner_dutch");
    if (in.partner_dutch) in.together_since = DateAnswer(answers, "together_since");
    if (in.partner_dutch && !in.together_since) in.partner_dutch = false;
    in.turkish = YesAnswer(answers, "turkish");
    return in;
}

RouteCostInput RouteInputFrom(const std::string& route, const Answers& answers, const CalculatorInputs& state) {
    RouteCostInput in;
    in.route = route;
    if (auto h = answers.find("learning_hours"); h != answers.end() && !h->second.empty())
        in.hours_per_week = std::clamp(std::atoi(h->second[0].c_str()), 1, 60);
    if (state.price_per_hour >= 0) in.price_per_hour = state.price_per_hour;
    if (state.materials >= 0) in.materials = state.materials;
    return in;
}

}  // namespace wegwijs::calc
