// The calculators' inputs from a person's flow answers (question ids of
// content/screens.json) and what they set on the calculator screens, so the
// screens only draw and the mapping is tested without a window.
#pragma once
#include <string>

#include "session/calculator_inputs.h"
#include "calc/routes.h"
#include "calc/timeline.h"
#include "session/session.h"

namespace wegwijs::calc {

// card_date -> permit, duo_letter_date, partner_dutch (+ together_since; a
// Dutch partner without that date counts as not answered), turkish.
// `has_permit` says whether the card date was answered at all.
TimelineInput TimelineInputFrom(const Answers& answers, bool* has_permit = nullptr);

// The route's inputs: hours a week from learning_hours (1..60, default 8);
// price and materials only when the person set them (else the examples).
RouteCostInput RouteInputFrom(const std::string& route, const Answers& answers, const CalculatorInputs& state);

}  // namespace wegwijs::calc
