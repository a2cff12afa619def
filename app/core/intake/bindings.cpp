#include "intake/bindings.h"

#include <algorithm>
#include <cstdlib>

namespace wegwijs::intake {
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

calc::TimelineInput TimelineInputFrom(const CalculatorQuestions& q, const Answers& answers, bool* has_permit) {
    calc::TimelineInput in;
    const auto permit = DateAnswer(answers, q.card_date);
    if (has_permit) *has_permit = permit.has_value();
    in.permit = permit.value_or(Date{});
    in.duo_notice = DateAnswer(answers, q.duo_letter_date);
    in.partner_dutch = YesAnswer(answers, q.partner_dutch);
    if (in.partner_dutch) in.together_since = DateAnswer(answers, q.together_since);
    if (in.partner_dutch && !in.together_since) in.partner_dutch = false;
    in.turkish = YesAnswer(answers, q.turkish);
    return in;
}

calc::RouteCostInput RouteInputFrom(const CalculatorQuestions& q, const std::string& route, const Answers& answers,
                                    const CalculatorInputs& inputs) {
    calc::RouteCostInput in;
    in.route = route;
    if (auto h = answers.find(q.learning_hours); h != answers.end() && !h->second.empty())
        in.hours_per_week = std::clamp(std::atoi(h->second[0].c_str()), 1, 60);
    if (inputs.price_per_hour >= 0) in.price_per_hour = inputs.price_per_hour;
    if (inputs.materials >= 0) in.materials = inputs.materials;
    return in;
}

}  // namespace wegwijs::intake
