#include "intake/answer_check.h"

#include "base/decimal.h"

#include <algorithm>
#include <cmath>

namespace wegwijs {
namespace {

ValidationError Error(const Question& q, std::string key, Args args = {}) { return {q.id, std::move(key), std::move(args)}; }

// Number of code points, or nullopt if `s` is not valid UTF-8.
std::optional<size_t> CodePointCount(const std::string& s) {
    size_t count = 0;
    for (size_t i = 0; i < s.size(); ++count) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size()) return std::nullopt;
        for (size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return std::nullopt;
        i += len;
    }
    return count;
}

// One line, no control characters, no surrounding spaces: the summary is a
// document for a person, and a stray newline or escape must not break it.
std::string CleanText(const std::string& s) {
    std::string out;
    for (char ch : s) out += static_cast<unsigned char>(ch) < 0x20 || ch == 0x7F ? ' ' : ch;
    const auto first = out.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

// Whole bounds as whole numbers, so "0 to 60" does not read "0.0 to 60.0".
ArgValue Bound(double d) {
    if (d == std::floor(d) && std::fabs(d) < 1e15) return static_cast<int64_t>(d);
    return d;
}

Args RangeArgs(const Question& q) { return {{"min", Bound(q.min.value_or(0))}, {"max", Bound(q.max.value_or(0))}}; }

std::optional<ValidationError> CheckChoice(const Question& q, AnswerValue& value) {
    if (q.type != QuestionType::Multi && value.size() != 1) return Error(q, "error.choose_one");
    for (const auto& v : value)
        if (!q.FindOption(v)) return Error(q, "error.unknown_option");
    AnswerValue ordered;
    for (const auto& o : q.options)
        if (std::find(value.begin(), value.end(), o.id) != value.end()) ordered.push_back(o.id);
    if (ordered.size() > 1)
        for (const auto& id : ordered)
            if (q.FindOption(id)->exclusive) return Error(q, "error.exclusive");
    value = ordered;
    return std::nullopt;
}

std::optional<ValidationError> CheckDate(const Question& q, AnswerValue& value, const Date& today) {
    if (value.size() != 1) return Error(q, "error.date_invalid");
    auto d = ParseIsoDate(CleanText(value.front()));
    if (!d) return Error(q, "error.date_invalid");
    if (q.not_future && *d > today) return Error(q, "error.date_future");
    if (q.not_before && *d < *q.not_before) return Error(q, "error.date_too_early", {{"min", *q.not_before}});
    value = {ToIso(*d)};
    return std::nullopt;
}

std::optional<ValidationError> CheckNumber(const Question& q, AnswerValue& value) {
    if (value.size() != 1) return Error(q, "error.number_invalid");
    const auto parsed = ParseDecimal(CleanText(value.front()));
    if (!parsed) return Error(q, "error.number_invalid");
    const double d = *parsed;
    if (q.integer && d != std::floor(d)) return Error(q, "error.number_whole");
    if ((q.min && d < *q.min) || (q.max && d > *q.max)) return Error(q, "error.number_range", RangeArgs(q));
    value = {DecimalText(d)};
    return std::nullopt;
}

std::optional<ValidationError> CheckText(const Question& q, AnswerValue& value) {
    if (value.size() != 1) return Error(q, "error.text_invalid");
    auto count = CodePointCount(value.front());
    if (!count) return Error(q, "error.text_invalid");
    std::string text = CleanText(value.front());
    if (*CodePointCount(text) > q.max_length) return Error(q, "error.text_too_long", {{"max", static_cast<int64_t>(q.max_length)}});
    value = {text};
    return std::nullopt;
}

}  // namespace

bool IsEmptyAnswer(const AnswerValue& value) {
    return value.empty() || (value.size() == 1 && CleanText(value.front()).empty());
}

std::optional<ValidationError> CheckAnswer(const Question& q, AnswerValue& value, const Date& today) {
    switch (q.type) {
        case QuestionType::Single:
        case QuestionType::Multi:
        case QuestionType::YesNo: return CheckChoice(q, value);
        case QuestionType::Date: return CheckDate(q, value, today);
        case QuestionType::Number: return CheckNumber(q, value);
        case QuestionType::Text: return CheckText(q, value);
    }
    return Error(q, "error.unknown_option");
}

}  // namespace wegwijs
