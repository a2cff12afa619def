// Checking one answer against its question, before it is stored: a bad value
// (from a tap, a typed date, an answers file) gives a message as a catalog key
// with arguments, never a crash and never a stored bad value.
#pragma once
#include <optional>
#include <string>

#include "model/model.h"
#include "session/session.h"
#include "i18n/localizer.h"

namespace wegwijs {

struct ValidationError {
    std::string question;  // question id
    std::string key;       // catalog key of the message, e.g. "error.number_range"
    Args args;             // its arguments, e.g. {min, max}
};

// Checks `value` and puts it in its stored form: option ids in the options'
// order, a trimmed one-line text, a number as "12" or "7.5" (a comma is read as
// the decimal sign). An empty value is not checked here: it means "no answer".
std::optional<ValidationError> CheckAnswer(const Question& q, AnswerValue& value, const Date& today);

// Whether `value` holds no answer (nothing chosen, empty text).
bool IsEmptyAnswer(const AnswerValue& value);

}  // namespace wegwijs
