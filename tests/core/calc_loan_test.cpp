// The DUO loan estimate against hand-computed values (python, double precision,
// cents rounded half away from zero, as the model in calc/loan.h says).
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "calc/loan.h"

using namespace wegwijs;
using namespace wegwijs::calc;

namespace {
LoanInput Input(double amount, double rate, Date payout, Date start, int months = 120) {
    LoanInput in;
    in.amount_eur = amount;
    in.rate_percent = rate;
    in.payout = payout;
    in.repayment_start = start;
    in.months = months;
    return in;
}
}  // namespace

TEST(Loan, IssueExample) {
    // 8000 at 1.78% paid out 2026-03-01, repaying from 2029-09-01: 42 whole
    // months of interest: 8000 * (1 + 0.0178/12)^42 = 8513.8605.. -> 8513.86.
    // M = 8513.86 * i / (1 - (1+i)^-120) = 77.50; 119 x 77.50 + last 77.90.
    const auto e = EstimateLoan(Input(8000, 1.78, {2026, 3, 1}, {2029, 9, 1}), CalcFacts{});
    EXPECT_EQ(e.months_before_repayment, 42);
    EXPECT_DOUBLE_EQ(e.balance_at_start, 8513.86);
    EXPECT_DOUBLE_EQ(e.monthly_payment, 77.50);
    EXPECT_EQ(e.payments, 120);
    EXPECT_EQ(e.first_payment_date, (Date{2029, 9, 1}));
    EXPECT_EQ(e.last_payment_date, (Date{2039, 8, 1}));
    EXPECT_DOUBLE_EQ(e.last_payment, 77.90);
    EXPECT_DOUBLE_EQ(e.total_repaid, 9300.40);
    EXPECT_DOUBLE_EQ(e.total_interest, 1300.40);
}

TEST(Loan, PaymentsAddUpExactly) {
    const auto e = EstimateLoan(Input(8000, 1.78, {2026, 3, 1}, {2029, 9, 1}), CalcFacts{});
    const double sum = std::accumulate(e.schedule.begin(), e.schedule.end(), 0.0,
                                       [](double s, const LoanMonth& m) { return s + m.payment; });
    EXPECT_NEAR(sum, e.total_repaid, 0.005);
    EXPECT_DOUBLE_EQ(e.schedule.back().remaining, 0.0);
    // The chart starts just under the balance and falls every month.
    for (size_t k = 1; k < e.schedule.size(); ++k) EXPECT_LT(e.schedule[k].remaining, e.schedule[k - 1].remaining);
}

TEST(Loan, RateZeroIsTheAmountInEqualParts) {
    // 8000 / 120 = 66.666.. -> 66.67; 119 x 66.67 = 7933.73; last 66.27.
    const auto e = EstimateLoan(Input(8000, 0, {2026, 3, 1}, {2029, 9, 1}), CalcFacts{});
    EXPECT_DOUBLE_EQ(e.balance_at_start, 8000.00);
    EXPECT_DOUBLE_EQ(e.monthly_payment, 66.67);
    EXPECT_DOUBLE_EQ(e.last_payment, 66.27);
    EXPECT_DOUBLE_EQ(e.total_repaid, 8000.00);
    EXPECT_DOUBLE_EQ(e.total_interest, 0.0);
}

TEST(Loan, MonthEndsCountWholeMonthsOnly) {
    // 31 Jan -> 28 Feb: the start's day (28) is earlier than the payout's (31),
    // so the month is not whole: no interest before repaying.
    auto e = EstimateLoan(Input(5000, 1.78, {2026, 1, 31}, {2026, 2, 28}), CalcFacts{});
    EXPECT_EQ(e.months_before_repayment, 0);
    EXPECT_DOUBLE_EQ(e.balance_at_start, 5000.00);
    // Payments on month ends stay on the month's last possible day: 31 Jan +1 month = 28 Feb.
    e = EstimateLoan(Input(5000, 1.78, {2025, 12, 31}, {2026, 1, 31}), CalcFacts{});
    EXPECT_EQ(e.months_before_repayment, 1);
    EXPECT_EQ(e.schedule[1].date, (Date{2026, 2, 28}));
    EXPECT_EQ(e.schedule[2].date, (Date{2026, 3, 31}));
}

TEST(Loan, TwentyNinthOfFebruary) {
    // Paid out 29 Feb 2028, repaying from 28 Feb 2029: 11 whole months.
    const auto e = EstimateLoan(Input(5000, 1.78, {2028, 2, 29}, {2029, 2, 28}), CalcFacts{});
    EXPECT_EQ(e.months_before_repayment, 11);
    // 5000 * (1 + 0.0178/12)^11 = 5082.19.. -> 5082.19
    EXPECT_DOUBLE_EQ(e.balance_at_start, 5082.19);
}

TEST(Loan, StartBeforePayoutIsRejectedWithAClearMessage) {
    const auto msg = CheckLoanInput(Input(8000, 1.78, {2026, 3, 1}, {2026, 2, 1}), CalcFacts{});
    ASSERT_TRUE(msg);
    EXPECT_EQ(*msg, "the repayment start (2026-02-01) is before the payout (2026-03-01)");
    EXPECT_EQ(EstimateLoan(Input(8000, 1.78, {2026, 3, 1}, {2026, 2, 1}), CalcFacts{}).payments, 0);
}

TEST(Loan, ImpossibleInputsAreNamed) {
    const CalcFacts f;
    EXPECT_EQ(*CheckLoanInput(Input(-5, 1.78, {2026, 3, 1}, {2029, 9, 1}), f), "the amount must be more than EUR 0, not -5");
    EXPECT_EQ(FindLoanProblem(Input(-5, 1.78, {2026, 3, 1}, {2029, 9, 1}), f)->field, "amount_eur");
    EXPECT_NE(CheckLoanInput(Input(12000, 1.78, {2026, 3, 1}, {2029, 9, 1}), f)->find("above DUO's maximum of EUR 10000.00"),
              std::string::npos);
    EXPECT_EQ(*CheckLoanInput(Input(8000, 25, {2026, 3, 1}, {2029, 9, 1}), f),
              "the interest rate must be between 0% and 20% a year, not 25%");
    EXPECT_EQ(FindLoanProblem(Input(8000, -0.5, {2026, 3, 1}, {2029, 9, 1}), f)->field, "rate_percent");
    EXPECT_NE(CheckLoanInput(Input(8000, 1.78, {2026, 3, 1}, {2029, 9, 1}, 0), f)->find("1 to 600"), std::string::npos);
    EXPECT_NE(CheckLoanInput(Input(8000, 1.78, {2026, 3, 1}, {2029, 9, 1}, 601), f)->find("1 to 600"), std::string::npos);
    EXPECT_FALSE(CheckLoanInput(Input(10000, 20, {2026, 3, 1}, {2026, 3, 1}), f)) << "the edges are allowed";
}

TEST(Loan, DefaultStartIsSixMonthsAfterTheEnd) {
    EXPECT_EQ(DefaultRepaymentStart({2029, 8, 31}, CalcFacts{}), (Date{2030, 2, 28}));
}

TEST(Loan, TotalsAccountForEveryCent) {
    // 8000 at 1.78%, 42 months before repaying (see IssueExample):
    //   interest before repaying = 8513.86 - 8000 = 513.86
    //   interest in the 120 months, each month's rounded to cents = 786.54
    //   total repaid = 8513.86 + 786.54 = 9300.40 = 119 x 77.50 + 77.90
    //   total interest = 9300.40 - 8000 = 513.86 + 786.54 = 1300.40
    const auto e = EstimateLoan(Input(8000, 1.78, {2026, 3, 1}, {2029, 9, 1}), CalcFacts{});
    long long paid = 0, interest = 0;  // in cents, so the sums are exact
    for (const auto& m : e.schedule) {
        paid += std::llround(m.payment * 100);
        interest += std::llround(m.interest * 100);
    }
    EXPECT_EQ(interest, 78654);
    EXPECT_EQ(paid, 930040);
    EXPECT_EQ(paid, std::llround(e.total_repaid * 100));
    EXPECT_EQ(paid, std::llround(e.balance_at_start * 100) + interest);
    EXPECT_DOUBLE_EQ(e.interest_before_repayment, 513.86);
    EXPECT_EQ(std::llround(e.total_interest * 100), std::llround(e.interest_before_repayment * 100) + interest);
    EXPECT_EQ(std::llround(e.total_interest * 100), paid - 800000);
}

TEST(Loan, PayoutAndStartOnMonthEnds) {
    // 31 Jan -> 31 Mar: two whole months. 5000 * (1 + 0.0178/12)^2 =
    // 5014.8443.. -> 5014.84; M = 5014.84 * i / (1 - (1+i)^-120) = 45.6508.. -> 45.65.
    const auto e = EstimateLoan(Input(5000, 1.78, {2026, 1, 31}, {2026, 3, 31}), CalcFacts{});
    EXPECT_EQ(e.months_before_repayment, 2);
    EXPECT_DOUBLE_EQ(e.balance_at_start, 5014.84);
    EXPECT_DOUBLE_EQ(e.monthly_payment, 45.65);
    // Payments from 31 Mar: 30 Apr (April has no 31st), then 31 May.
    EXPECT_EQ(e.schedule[1].date, (Date{2026, 4, 30}));
    EXPECT_EQ(e.schedule[2].date, (Date{2026, 5, 31}));
    EXPECT_EQ(e.last_payment_date, (Date{2036, 2, 29}));  // 31 Mar 2026 + 119 months, a leap February
}

TEST(Loan, PaymentsFromTwentyNinthOfFebruary) {
    // Repaying from 29 Feb 2028: the 13th payment (29 Feb + 12 months) falls
    // on 28 Feb 2029, the month's last day.
    const auto e = EstimateLoan(Input(5000, 1.78, {2027, 2, 28}, {2028, 2, 29}), CalcFacts{});
    EXPECT_EQ(e.months_before_repayment, 12);
    EXPECT_EQ(e.schedule[1].date, (Date{2028, 3, 29}));
    EXPECT_EQ(e.schedule[12].date, (Date{2029, 2, 28}));
}

TEST(Loan, ATinyLoanEndsWhenItIsPaid) {
    // EUR 1.00 at 0% in 120 months: 100 / 120 = 0.83 cents -> 1 cent a month,
    // so 100 payments of one cent and no payment after the debt is gone.
    const auto e = EstimateLoan(Input(1, 0, {2026, 3, 1}, {2026, 3, 1}), CalcFacts{});
    EXPECT_DOUBLE_EQ(e.monthly_payment, 0.01);
    EXPECT_EQ(e.payments, 100);
    EXPECT_EQ(e.last_payment_date, (Date{2034, 6, 1}));  // 2026-03-01 + 99 months
    EXPECT_DOUBLE_EQ(e.total_repaid, 1.00);
}

TEST(Loan, AmountsBelowACentAndStartsFarAwayAreRejectedNotCrashed) {
    const CalcFacts f;
    EXPECT_EQ(*CheckLoanInput(Input(0.004, 1.78, {2026, 3, 1}, {2029, 9, 1}), f), "the amount must be at least EUR 0.01, not 0.004");
    EXPECT_EQ(EstimateLoan(Input(0.004, 1.78, {2026, 3, 1}, {2029, 9, 1}), f).payments, 0);
    const auto far = FindLoanProblem(Input(8000, 1.78, {1900, 3, 1}, {9999, 9, 1}), f);
    ASSERT_TRUE(far);
    EXPECT_EQ(far->field, "repayment_start");
    EXPECT_EQ(far->message, "the repayment start (9999-09-01) is more than 50 years after the payout (1900-03-01)");
    EXPECT_FALSE(CheckLoanInput(Input(10000, 20, {2026, 3, 1}, {2076, 3, 1}, 600), f)) << "50 years is the edge";
}

TEST(Loan, TheDefaultRateIsTheLastConfirmedOne) {
    const CalcFacts f;  // F-LOAN-4: 1.78% since 2023-01-01
    LoanInput in = DefaultLoanInput(f);
    EXPECT_DOUBLE_EQ(in.rate_percent, 1.78);
    EXPECT_EQ(in.months, 120);  // F-LOAN-3: 10 years
    in.amount_eur = 8000;
    in.payout = {2026, 3, 1};
    in.repayment_start = {2029, 9, 1};
    auto e = EstimateLoan(in, f);
    EXPECT_TRUE(e.rate_is_last_confirmed);
    EXPECT_EQ(e.rate_since, (Date{2023, 1, 1}));
    in.rate_percent = 2.5;  // the person's own guess for later years
    EXPECT_FALSE(EstimateLoan(in, f).rate_is_last_confirmed);
}
