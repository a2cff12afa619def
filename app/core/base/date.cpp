#include "base/date.h"

#include <unicode/gregocal.h>
#include <unicode/timezone.h>

#include <cstdio>
#include <memory>

namespace wegwijs {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// A Gregorian calendar in UTC set to `d` (proleptic rules are irrelevant here:
// the app's dates are all after 1900).
std::unique_ptr<icu::GregorianCalendar> CalendarAt(const Date& d) {
    UErrorCode status = U_ZERO_ERROR;
    auto cal = std::make_unique<icu::GregorianCalendar>(
        icu::TimeZone::getGMT()->clone(), icu::Locale::getRoot(), status);
    cal->clear();
    cal->set(d.year, d.month - 1, d.day);
    return cal;
}

Date DateOf(icu::Calendar& cal) {
    UErrorCode status = U_ZERO_ERROR;
    Date d;
    d.year = cal.get(UCAL_YEAR, status);
    d.month = cal.get(UCAL_MONTH, status) + 1;
    d.day = cal.get(UCAL_DATE, status);
    return d;
}

Date Add(const Date& d, UCalendarDateFields field, int amount) {
    auto cal = CalendarAt(d);
    UErrorCode status = U_ZERO_ERROR;
    cal->add(field, amount, status);  // ICU pins to the month's last day
    return DateOf(*cal);
}

}  // namespace

std::optional<Date> ParseIsoDate(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    auto digits = [&](size_t pos, size_t n, int& out) {
        out = 0;
        for (size_t i = pos; i < pos + n; ++i) {
            if (t[i] < '0' || t[i] > '9') return false;
            out = out * 10 + (t[i] - '0');
        }
        return true;
    };
    Date d;
    if (!digits(0, 4, d.year) || !digits(5, 2, d.month) || !digits(8, 2, d.day)) return std::nullopt;
    if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > DaysInMonth(d.year, d.month))
        return std::nullopt;
    return d;
}

std::string ToIso(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

Date AddDays(const Date& d, int days) { return Add(d, UCAL_DATE, days); }
Date AddMonths(const Date& d, int months) { return Add(d, UCAL_MONTH, months); }
Date AddYears(const Date& d, int years) { return Add(d, UCAL_YEAR, years); }

int WholeMonthsBetween(const Date& from, const Date& to) {
    int months = (to.year - from.year) * 12 + (to.month - from.month);
    if (months > 0 && to.day < from.day) --months;
    if (months < 0 && to.day > from.day) ++months;
    return months;
}

double ToUDate(const Date& d) {
    auto cal = CalendarAt(d);
    UErrorCode status = U_ZERO_ERROR;
    return cal->getTime(status);
}

Date FromUDate(double udate) {
    UErrorCode status = U_ZERO_ERROR;
    icu::GregorianCalendar cal(icu::TimeZone::getGMT()->clone(), icu::Locale::getRoot(), status);
    cal.setTime(udate, status);
    return DateOf(cal);
}

}  // namespace wegwijs
