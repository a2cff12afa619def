// What a DUO loan of a chosen amount costs to repay: an estimate, never a
// promise (DUO decides the amount from income and sets the rate each year).
//
// Model (issue 3):
//  1. The amount is taken in whole cents.
//  2. Interest compounds monthly at i = rate/12 from the payout to the start
//     of repayment over whole calendar months m = WholeMonthsBetween(payout,
//     start) (minus one when the start's day of month is earlier than the
//     payout's): B = amount * (1+i)^m, rounded to cents.
//  3. A fixed monthly payment M = B*i / (1 - (1+i)^-n), n = months (B/n at
//     rate 0), rounded to cents.
//  4. Each month: interest = remaining * i rounded to cents; remaining +=
//     interest - payment. The last payment (month n, or earlier if the debt
//     is paid off) is whatever remains, so the payments add up exactly:
//     total_repaid = B + the monthly interests, and
//     total_interest = total_repaid - amount = (B - amount) + monthly interests.
// Rounding is half away from zero (std::llround). Money is kept in integer
// cents inside; the euro fields below are exact cents as doubles.
// Payment k (0-based) is due on AddMonths(start, k): a day the month lacks
// becomes its last day (31 Jan + 1 month = 28 Feb, then 31 Mar).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "calc/calc_facts.h"
#include "base/date.h"

namespace wegwijs::calc {

// Longest repayment, and longest wait before it, that the model accepts
// (50 years): beyond it the estimate means nothing and the numbers overflow.
constexpr int kMaxLoanMonths = 600;
constexpr double kMaxLoanRatePercent = 20;

struct LoanInput {
    double amount_eur = 0;
    double rate_percent = 0;  // per year; the app's default is facts.loan_rate_percent (F-LOAN-4)
    Date payout;
    Date repayment_start;     // default: DefaultRepaymentStart(end of integration)
    int months = 120;         // number of monthly payments; the app's default is facts.repayment_years * 12
};

struct LoanMonth {
    Date date;             // payment date
    double payment = 0;    // euros
    double interest = 0;   // part of the payment that is interest
    double remaining = 0;  // debt after this payment
};

struct LoanEstimate {
    double amount = 0;                // the amount borrowed, rounded to cents
    double rate_percent = 0;          // the rate used
    bool rate_is_last_confirmed = false;  // it is the content's dated rate (F-LOAN-4): say "last confirmed"
    Date rate_since;                  // ... valid since this date
    double monthly_payment = 0;
    int payments = 0;
    Date first_payment_date;          // = the repayment start
    Date last_payment_date;
    double last_payment = 0;          // settles the rest; may differ from monthly_payment by cents
    int months_before_repayment = 0;  // whole months of interest before repaying
    double balance_at_start = 0;      // debt when repayment starts (B)
    double interest_before_repayment = 0;  // B - amount
    double total_repaid = 0;          // sum of all payments
    double total_interest = 0;        // total repaid minus the amount borrowed
    // One entry per payment, for the chart of the remaining debt; the chart's
    // first points are (payout, amount) and (first_payment_date, balance_at_start).
    std::vector<LoanMonth> schedule;
    std::vector<SourceRef> sources;   // F-LOAN-1, F-LOAN-3, F-LOAN-4
};

// Checks the input: amount from EUR 0.01 to the cap (F-LOAN-1), rate 0..20%,
// months 1..600, repayment start not before the payout and at most 600 months
// after it. Returns the problem with the field it concerns, or nullopt.
std::optional<InputProblem> FindLoanProblem(const LoanInput& in, const CalcFacts& facts);
// The same, as the message only.
std::optional<std::string> CheckLoanInput(const LoanInput& in, const CalcFacts& facts);

// The estimate; an invalid input (see FindLoanProblem) gives an empty one
// (payments == 0, empty schedule).
LoanEstimate EstimateLoan(const LoanInput& in, const CalcFacts& facts);

// Repayment starts `repayment_delay_months` (F-LOAN-3) after the integration
// ends (the term's end or the person's expected finish).
Date DefaultRepaymentStart(const Date& integration_end, const CalcFacts& facts);

// A LoanInput with the content's defaults: the last confirmed rate (F-LOAN-4)
// and facts.repayment_years * 12 payments (F-LOAN-3).
LoanInput DefaultLoanInput(const CalcFacts& facts);

}  // namespace wegwijs::calc
