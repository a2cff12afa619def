// What the calculator screens remember while a person plays with them (the
// loan amount, dates, prices, the school checklist). It lives in the Session,
// so "stop and erase" and the inactivity timeout wipe it with the answers.
#pragma once
#include <array>
#include <optional>

#include "calc/schools.h"
#include "base/date.h"

namespace wegwijs {

struct CalculatorInputs {
    int amount_eur = 5000;
    bool amount_chosen = false;  // the person set the amount (not the starting example)
    int rate_hundredths = -1;  // -1: the dated content value (F-LOAN-4)
    std::optional<Date> payout;
    std::optional<Date> start;  // empty: end of the integration term + 6 months
    int price_per_hour = -1;    // euros; -1: the example of F-COST-3 (or the gemeente's value)
    int materials = -1;         // euros; -1: the example of F-COST-3
    int schools = 1;            // compared side by side, up to three
    std::array<calc::SchoolAnswers, calc::kMaxSchools> checks{};
    // Which checks the person answered (yes, no or "don't know"): an
    // unanswered check counts as unknown but is not shown as chosen.
    std::array<std::array<bool, calc::kSchoolChecks>, calc::kMaxSchools> answered{};

    bool operator==(const CalculatorInputs&) const = default;
};

}  // namespace wegwijs
