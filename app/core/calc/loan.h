// What a DUO loan of a chosen amount costs to repay: an estimate, never a
// promise (DUO decides the amount from income and sets the rate each year).
//
// Model (issue 3): interest compounds monthly at rate/12 from the payout to the
// start of repayment over whole calendar months; then a fixed monthly payment
// M = B*i / (1 - (1+i)^-n), i = rate/12, n = months (B/n at rate 0), rounded
// to cents; each month's interest is rounded to cents; the last payment is
// whatever remains, so the payments add up exactly.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "calc/calc_facts.h"
#include "date.h"

namespace wegwijs::calc {

struct LoanInput {
    double amount_eur = 0;
    double rate_percent = 0;  // per year
    Date payout;
    Date repayment_start;
    int months = 120;
};

struct LoanMonth {
    Date date;             // payment date
    double payment = 0;    // euros
    double interest = 0;   // part of the payment that is interest
    double remaining = 0;  // debt after this payment
};

struct LoanEstimate {
    double monthly_payment = 0;
    int payments = 0;
    Date first_payment_date;
    Date last_payment_date;
    double last_payment = 0;
    int months_before_repayment = 0;  // whole months of interest before repaying
    double balance_at_start = 0;      // debt when repayment starts
    double total_repaid = 0;
    double total_interest = 0;        // total repaid minus the amount borrowed
    std::vector<LoanMonth> schedule;  // one entry per payment (for the chart)
    std::vector<SourceRef> sources;
};

// Checks the input; returns a clear message, or nullopt when it is usable.
std::optional<std::string> CheckLoanInput(const LoanInput& in, const CalcFacts& facts);

// The estimate; call CheckLoanInput first (an invalid input gives an empty estimate).
LoanEstimate EstimateLoan(const LoanInput& in, const CalcFacts& facts);

// Repayment starts `repayment_delay_months` after the integration ends.
Date DefaultRepaymentStart(const Date& integration_end, const CalcFacts& facts);

}  // namespace wegwijs::calc
