// Numbers in answers, as text: "12", "7.5", "-3". Locale-independent by
// hand, because the C library's depends on the process locale and the web
// build's libc++ has no floating-point std::from_chars.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace wegwijs {

// Digits with an optional sign and one '.' or ',' as the decimal sign; nothing else.
std::optional<double> ParseDecimal(std::string_view text);
// Whole numbers without a decimal sign, others with at most 6 decimals, '.' as the sign.
std::string DecimalText(double value);

}  // namespace wegwijs
