// Everything one person entered, in one place, so "stop and erase" and the
// inactivity timeout can wipe it completely. Nothing here is ever written to
// disk unless the person chooses to hand it over.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/answers.h"
#include "session/calculator_inputs.h"

namespace wegwijs {

struct Session {
    std::string language;              // chosen UI language code
    std::string role;                  // "migrant" or "referent" (mirrors the role question)
    Answers answers;                   // question id -> answer value
    std::vector<std::string> history;  // screens visited, the current one last, for "back"
    std::string return_to;             // screen to return to after changing an answer (the review)
    CalculatorInputs calculators;    // what the calculator screens were set to
    // Answers being entered but not complete yet, by question id: a date's
    // year and month before its day is chosen, the digits typed on a number pad.
    std::map<std::string, std::string> drafts;

    bool empty() const {
        return language.empty() && role.empty() && answers.empty() && history.empty() && return_to.empty() &&
               drafts.empty() && calculators == CalculatorInputs{};
    }
    // Everything cleared, the text overwritten before it is dropped.
    void Wipe();
};

}  // namespace wegwijs
