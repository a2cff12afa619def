// One answer as a reader sees it and as a document stores it. The summary
// (intake_summary.h) holds answers as stored values; these turn them into
// text in any language, into JSON and back.
#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "i18n/localizer.h"
#include "intake/engine.h"
#include "model/answers.h"
#include "model/model.h"

namespace wegwijs {

// A stored answer as a reader sees it: option labels, a long date, a number
// with its unit, the person's own words.
std::string RenderAnswer(Localizer& l10n, const Question& q, const AnswerValue& value, const std::string& role);
// The stored value as JSON: a list for multiple choice, a number for numbers, text otherwise.
nlohmann::json RawAnswer(const Question& q, const AnswerValue& value);
// The other way: a string (an option id, a date, a text), a number (number
// questions) or a list of strings (multiple choice). nullopt with `error`
// ("must be one option id (...), not 12") otherwise; the value is not checked
// against the question's options or range here (CheckAnswer does that).
std::optional<AnswerValue> AnswerFromJson(const Question& q, const nlohmann::json& v, std::string& error);
// What a question takes, for messages: "one option id (yes, no)", "a whole number from 0 to 60".
std::string ExpectedAnswer(const Question& q);

}  // namespace wegwijs
