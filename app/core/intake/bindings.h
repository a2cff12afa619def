// The calculators' inputs from a person's answers and what they set on the
// calculator screens. Which questions are read comes from content
// (flow.json "calculator_questions"), never from question ids in C++.
#pragma once
#include <string>

#include "calc/routes.h"
#include "calc/timeline.h"
#include "model/flow.h"
#include "session/calculator_inputs.h"

namespace wegwijs::intake {

// card date -> permit, DUO's letter, a Dutch partner (+ living together
// since; a Dutch partner without that date counts as not answered), Turkish.
// `has_permit` says whether the card date was answered at all.
calc::TimelineInput TimelineInputFrom(const CalculatorQuestions& q, const Answers& answers, bool* has_permit = nullptr);

// The route's inputs: hours a week (1..60, default 8); price and materials
// only when the person set them (else the examples).
calc::RouteCostInput RouteInputFrom(const CalculatorQuestions& q, const std::string& route, const Answers& answers,
                                    const CalculatorInputs& inputs);

}  // namespace wegwijs::intake
