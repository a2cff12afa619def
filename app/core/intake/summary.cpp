#include "intake/summary.h"

#include <algorithm>
#include <cmath>

#include "base/decimal.h"

namespace wegwijs {
namespace {

ArgValue NumberArg(double d) {
    if (d == std::floor(d) && std::fabs(d) < 1e15) return static_cast<int64_t>(d);
    return d;
}

std::string OptionLabel(Localizer& l10n, const Question& q, const std::string& id, const std::string& role) {
    const Option* o = q.FindOption(id);
    return o ? l10n.Format(o->label.For(role)) : id;
}

}  // namespace

std::string RenderAnswer(Localizer& l10n, const Question& q, const AnswerValue& value, const std::string& role) {
    if (value.empty()) return {};
    switch (q.type) {
        case QuestionType::Single:
        case QuestionType::Multi:
        case QuestionType::YesNo: {
            std::string out;
            const std::string sep = l10n.Format("list.separator");
            for (const auto& id : value) out += (out.empty() ? "" : sep) + OptionLabel(l10n, q, id, role);
            return out;
        }
        case QuestionType::Date: {
            auto d = ParseIsoDate(value.front());
            return d ? l10n.FormatPattern("{d, date, long}", {{"d", *d}}) : value.front();
        }
        case QuestionType::Number: {
            auto n = ParseDecimal(value.front());
            if (!n) return value.front();
            if (!q.unit.empty()) return l10n.Format(q.unit, {{"n", NumberArg(*n)}});
            return l10n.FormatPattern("{n, number}", {{"n", NumberArg(*n)}});
        }
        case QuestionType::Text: return value.front();
    }
    return value.front();
}

nlohmann::json RawAnswer(const Question& q, const AnswerValue& value) {
    if (q.type == QuestionType::Multi) return value;
    if (value.empty()) return nullptr;
    if (q.type == QuestionType::Number)
        if (auto n = ParseDecimal(value.front())) {
            if (*n == std::floor(*n) && std::fabs(*n) < 1e15) return static_cast<int64_t>(*n);
            return *n;
        }
    return value.front();
}

std::string ExpectedAnswer(const Question& q) {
    std::string ids;
    for (const auto& o : q.options) ids += (ids.empty() ? "" : ", ") + o.id;
    switch (q.type) {
        case QuestionType::Single:
        case QuestionType::YesNo: return "one option id (" + ids + ")";
        case QuestionType::Multi: return "a list of option ids (" + ids + ")";
        case QuestionType::Date: return std::string("a date, \"YYYY-MM-DD\"") + (q.not_future ? ", not after today" : "");
        case QuestionType::Number: {
            auto bound = [](std::optional<double> d) {
                if (!d) return std::string("?");
                return *d == std::floor(*d) ? std::to_string(static_cast<long long>(*d)) : nlohmann::json(*d).dump();
            };
            return std::string(q.integer ? "a whole number" : "a number") + " from " + bound(q.min) + " to " + bound(q.max);
        }
        case QuestionType::Text: return "a text of at most " + std::to_string(q.max_length) + " characters";
    }
    return "a value";
}

std::optional<AnswerValue> AnswerFromJson(const Question& q, const nlohmann::json& v, std::string& error) {
    if (v.is_string()) return AnswerValue{v.get<std::string>()};
    if (v.is_number() && q.type == QuestionType::Number) return AnswerValue{v.dump()};
    if (v.is_array() && q.type == QuestionType::Multi &&
        std::all_of(v.begin(), v.end(), [](const nlohmann::json& x) { return x.is_string(); }))
        return v.get<AnswerValue>();
    error = "must be " + ExpectedAnswer(q) + ", not " + v.dump();
    return std::nullopt;
}

}  // namespace wegwijs
