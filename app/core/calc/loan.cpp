#include "calc/loan.h"

#include <cmath>
#include <cstdint>
#include <cstdio>

namespace wegwijs::calc {
namespace {

// Money is kept in whole cents so the schedule adds up exactly; doubles only
// for the compounding factor and the annuity formula, each rounded once.
using Cents = int64_t;
Cents ToCents(double euros) { return static_cast<Cents>(std::llround(euros * 100.0)); }
double ToEuros(Cents cents) { return static_cast<double>(cents) / 100.0; }

std::string Money(double euros) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.2f", euros);
    return buf;
}

// A value as the person typed it (0.001 must not read as "0.00").
std::string AsGiven(double x) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.10g", x);
    return buf;
}

std::optional<InputProblem> CheckAmount(double amount, const CalcFacts& facts) {
    if (!(amount > 0)) return InputProblem{"amount_eur", "the amount must be more than EUR 0, not " + AsGiven(amount)};
    if (ToCents(amount) < 1) return InputProblem{"amount_eur", "the amount must be at least EUR 0.01, not " + AsGiven(amount)};
    if (amount > facts.loan_cap_eur)
        return InputProblem{"amount_eur", "the amount " + Money(amount) + " is above DUO's maximum of EUR " + Money(facts.loan_cap_eur)};
    return std::nullopt;
}

std::optional<InputProblem> CheckDates(const LoanInput& in) {
    if (in.repayment_start < in.payout)
        return InputProblem{"repayment_start", "the repayment start (" + ToIso(in.repayment_start) + ") is before the payout (" +
                                                   ToIso(in.payout) + ")", "start_before_payout"};
    if (WholeMonthsBetween(in.payout, in.repayment_start) > kMaxLoanMonths)
        return InputProblem{"repayment_start", "the repayment start (" + ToIso(in.repayment_start) +
                                                   ") is more than 50 years after the payout (" + ToIso(in.payout) + ")", "start_too_late"};
    return std::nullopt;
}

// The debt when repayment starts: whole months of monthly compounding.
Cents BalanceAtStart(Cents amount, double i, int months) {
    return static_cast<Cents>(std::llround(static_cast<double>(amount) * std::pow(1.0 + i, months)));
}

// The annuity M = B*i / (1 - (1+i)^-n), or B/n without interest, in cents.
Cents MonthlyPayment(Cents balance, double i, int n) {
    const double b = static_cast<double>(balance);
    return static_cast<Cents>(std::llround(i == 0 ? b / n : b * i / (1.0 - std::pow(1.0 + i, -n))));
}

}  // namespace

std::optional<InputProblem> FindLoanProblem(const LoanInput& in, const CalcFacts& facts) {
    if (auto p = CheckAmount(in.amount_eur, facts)) return p;
    if (!(in.rate_percent >= 0) || in.rate_percent > kMaxLoanRatePercent)
        return InputProblem{"rate_percent", "the interest rate must be between 0% and 20% a year, not " + AsGiven(in.rate_percent) + "%"};
    if (in.months < 1 || in.months > kMaxLoanMonths)
        return InputProblem{"months", "the number of monthly payments must be 1 to 600, not " + std::to_string(in.months)};
    return CheckDates(in);
}

std::optional<std::string> CheckLoanInput(const LoanInput& in, const CalcFacts& facts) {
    if (auto p = FindLoanProblem(in, facts)) return p->message;
    return std::nullopt;
}

Date DefaultRepaymentStart(const Date& integration_end, const CalcFacts& facts) {
    return AddMonths(integration_end, facts.repayment_delay_months);
}

LoanInput DefaultLoanInput(const CalcFacts& facts) {
    LoanInput in;
    in.rate_percent = facts.loan_rate_percent;
    in.months = facts.repayment_years * 12;
    return in;
}

LoanEstimate EstimateLoan(const LoanInput& in, const CalcFacts& facts) {
    LoanEstimate e;
    if (FindLoanProblem(in, facts)) return e;
    for (const char* id : {"F-LOAN-1", "F-LOAN-3", "F-LOAN-4"})
        if (const SourceRef* s = facts.Source(id)) e.sources.push_back(*s);
    e.rate_percent = in.rate_percent;
    e.rate_is_last_confirmed = std::fabs(in.rate_percent - facts.loan_rate_percent) < 1e-9;
    e.rate_since = facts.loan_rate_since;

    const double i = in.rate_percent / 100.0 / 12.0;
    const Cents amount = ToCents(in.amount_eur);
    e.amount = ToEuros(amount);
    e.months_before_repayment = WholeMonthsBetween(in.payout, in.repayment_start);
    const Cents balance = BalanceAtStart(amount, i, e.months_before_repayment);
    const Cents payment = MonthlyPayment(balance, i, in.months);

    Cents remaining = balance, total = 0;
    for (int k = 0; k < in.months && remaining > 0; ++k) {
        const Cents interest = std::llround(static_cast<double>(remaining) * i);
        const bool last = k == in.months - 1 || remaining + interest <= payment;
        const Cents pay = last ? remaining + interest : payment;  // the last one settles it
        remaining += interest - pay;
        total += pay;
        e.schedule.push_back({AddMonths(in.repayment_start, k), ToEuros(pay), ToEuros(interest), ToEuros(remaining)});
    }
    e.monthly_payment = ToEuros(payment);
    e.balance_at_start = ToEuros(balance);
    e.interest_before_repayment = ToEuros(balance - amount);
    e.payments = static_cast<int>(e.schedule.size());
    e.first_payment_date = e.schedule.front().date;  // balance >= 1 cent: at least one payment
    e.last_payment_date = e.schedule.back().date;
    e.last_payment = e.schedule.back().payment;
    e.total_repaid = ToEuros(total);
    e.total_interest = ToEuros(total - amount);
    return e;
}

}  // namespace wegwijs::calc
