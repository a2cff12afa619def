// What is wrong with a calculator's input.
#pragma once
#include <string>

namespace wegwijs::calc {

// The input field it concerns (so the CLI can name its flag and the UI
// highlight the field) and a clear message that quotes the value, e.g. "the
// repayment start (2026-02-01) is before the payout (2026-03-01)".
// `code` names the problem for a person's screen: the application shows the
// catalog's "calc.problem.<code>" (app/core/intake/calc_views.h), never
// `message`, which is English for the CLI and logs.
struct InputProblem {
    std::string field;    // the input's member name, e.g. "amount_eur", "repayment_start"
    std::string message;
    std::string code = "invalid";  // e.g. "start_before_payout", "letter_before_card"
};

}  // namespace wegwijs::calc
