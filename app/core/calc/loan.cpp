#include "calc/loan.h"

#include <cmath>
#include <cstdint>
#include <cstdio>

namespace wegwijs::calc {
namespace {

// Money is kept in whole cents so the schedule adds up exactly.
int64_t ToCents(double euros) { return static_cast<int64_t>(std::llround(euros * 100.0)); }
double ToEuros(int64_t cents) { return static_cast<double>(cents) / 100.0; }

std::string Money(double euros) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", euros);
    return buf;
}

}  // namespace

std::optional<std::string> CheckLoanInput(const LoanInput& in, const CalcFacts& facts) {
    if (!(in.amount_eur > 0)) return "the amount must be more than EUR 0, not " + Money(in.amount_eur);
    if (in.amount_eur > facts.loan_cap_eur)
        return "the amount " + Money(in.amount_eur) + " is above DUO's maximum of EUR " + Money(facts.loan_cap_eur);
    if (!(in.rate_percent >= 0) || in.rate_percent > 20)
        return "the interest rate must be between 0% and 20% a year, not " + Money(in.rate_percent) + "%";
    if (in.months < 1 || in.months > 600) return "the number of monthly payments must be 1 to 600, not " + std::to_string(in.months);
    if (in.repayment_start < in.payout)
        return "the repayment start (" + ToIso(in.repayment_start) + ") is before the payout (" + ToIso(in.payout) + ")";
    return std::nullopt;
}

Date DefaultRepaymentStart(const Date& integration_end, const CalcFacts& facts) {
    return AddMonths(integration_end, facts.repayment_delay_months);
}

LoanEstimate EstimateLoan(const LoanInput& in, const CalcFacts& facts) {
    LoanEstimate e;
    if (CheckLoanInput(in, facts)) return e;
    for (const char* id : {"F-LOAN-1", "F-LOAN-3", "F-LOAN-4"})
        if (const SourceRef* s = facts.Source(id)) e.sources.push_back(*s);

    const double i = in.rate_percent / 100.0 / 12.0;
    const int n = in.months;
    e.months_before_repayment = WholeMonthsBetween(in.payout, in.repayment_start);
    const int64_t balance = ToCents(in.amount_eur * std::pow(1.0 + i, e.months_before_repayment));
    e.balance_at_start = ToEuros(balance);

    const double exact = i == 0 ? ToEuros(balance) / n : ToEuros(balance) * i / (1.0 - std::pow(1.0 + i, -n));
    const int64_t payment = ToCents(exact);
    e.monthly_payment = ToEuros(payment);

    int64_t remaining = balance, total = 0;
    for (int k = 0; k < n && remaining > 0; ++k) {
        const int64_t interest = static_cast<int64_t>(std::llround(static_cast<double>(remaining) * i));
        int64_t pay = payment;
        if (k == n - 1 || remaining + interest <= payment) pay = remaining + interest;  // the last one settles it
        remaining = remaining + interest - pay;
        total += pay;
        e.schedule.push_back({AddMonths(in.repayment_start, k), ToEuros(pay), ToEuros(interest), ToEuros(remaining)});
    }
    e.payments = static_cast<int>(e.schedule.size());
    e.first_payment_date = e.schedule.front().date;
    e.last_payment_date = e.schedule.back().date;
    e.last_payment = e.schedule.back().payment;
    e.total_repaid = ToEuros(total);
    e.total_interest = ToEuros(total - ToCents(in.amount_eur));
    return e;
}

}  // namespace wegwijs::calc
