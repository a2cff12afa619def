// The DUO loan estimate against hand-computed values (python, double precision,
// cents rounded half away from zero, as the model in calc/loan.h says).
#include <gtest/gtest.h>

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
    EXPECT_NE(CheckLoanInput(Input(-5, 1.78, {2026, 3, 1}, {2029, 9, 1}), f)->find("more than EUR 0"), std::string::npos);
    EXPECT_NE(CheckLoanInput(Input(12000, 1.78, {2026, 3, 1}, {2029, 9, 1}), f)->find("above DUO's maximum of EUR 10000.00"),
              std::string::npos);
    EXPECT_NE(CheckLoanInput(Input(8000, 25, {2026, 3, 1}, {2029, 9, 1}), f)->find("between 0% and 20%"), std::string::npos);
    EXPECT_NE(CheckLoanInput(Input(8000, 1.78, {2026, 3, 1}, {2029, 9, 1}, 0), f)->find("1 to 600"), std::string::npos);
    EXPECT_FALSE(CheckLoanInput(Input(10000, 20, {2026, 3, 1}, {2026, 3, 1}), f)) << "the edges are allowed";
}

TEST(Loan, DefaultStartIsSixMonthsAfterTheEnd) {
    EXPECT_EQ(DefaultRepaymentStart({2029, 8, 31}, CalcFacts{}), (Date{2030, 2, 28}));
}
