// Calendar dates (no time of day, no time zone) and their arithmetic.
// Adding months or years uses ICU's Gregorian calendar, so a day the target
// month lacks becomes that month's last day (29 Feb + 1 year = 28 Feb).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace wegwijs {

struct Date {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31

    friend auto operator<=>(const Date&, const Date&) = default;
};

// Parses exactly YYYY-MM-DD and checks the day exists. nullopt otherwise.
std::optional<Date> ParseIsoDate(std::string_view text);
std::string ToIso(const Date& d);

Date AddDays(const Date& d, int days);
Date AddMonths(const Date& d, int months);
Date AddYears(const Date& d, int years);

// Whole calendar months from `from` to `to`: the month difference, minus one
// when `to`'s day of month is earlier than `from`'s. Negative if to < from.
int WholeMonthsBetween(const Date& from, const Date& to);

// Milliseconds since the epoch at 00:00 UTC, as ICU's UDate wants.
double ToUDate(const Date& d);
Date FromUDate(double udate);

}  // namespace wegwijs
