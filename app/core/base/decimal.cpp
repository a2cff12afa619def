#include "base/decimal.h"

#include <cmath>
#include <cstdio>

namespace wegwijs {

std::optional<double> ParseDecimal(std::string_view t) {
    size_t i = 0;
    const bool negative = !t.empty() && (t[0] == '-' || t[0] == '+') ? (t[i++] == '-') : false;
    double whole = 0, fraction = 0, scale = 1;
    int digits = 0;
    for (; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i, ++digits) whole = whole * 10 + (t[i] - '0');
    if (i < t.size() && (t[i] == '.' || t[i] == ',')) {
        for (++i; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i, ++digits) fraction += (t[i] - '0') * (scale /= 10);
    }
    // Sixteen digits is beyond anything a person types and keeps the sum exact enough.
    if (digits == 0 || digits > 16 || i != t.size()) return std::nullopt;
    const double value = whole + fraction;
    return negative ? -value : value;
}

std::string DecimalText(double value) {
    if (value == std::floor(value) && std::fabs(value) < 1e15) {
        char buf[24];
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(value));
        return buf;
    }
    // Printed as a scaled whole number, so no locale decimal sign gets in.
    const long long scaled = std::llround(std::fabs(value) * 1e6);
    std::string s = std::to_string(scaled / 1000000) + "." + std::to_string(1000000 + scaled % 1000000).substr(1);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return (value < 0 ? "-" : "") + s;
}

}  // namespace wegwijs
