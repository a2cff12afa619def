// What is wrong with a calculator's input. Its own header, free of content
// includes, so schools.h (which the session's calculator state includes) can
// use it without an include cycle through content.h.
#pragma once
#include <string>

namespace wegwijs::calc {

// The input field it concerns (so the CLI can name its flag and the UI
// highlight the field) and a clear message that quotes the value, e.g. "the
// repayment start (2026-02-01) is before the payout (2026-03-01)".
struct InputProblem {
    std::string field;    // the input's member name, e.g. "amount_eur", "repayment_start"
    std::string message;
};

}  // namespace wegwijs::calc
