// A person's answers as data: what the flow's conditions look at and what a
// summary carries. Language-independent, so switching language keeps them.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace wegwijs {

// One answer: the chosen option id (one element), the chosen option ids of a
// multiple choice, an ISO date (YYYY-MM-DD), a number in C notation ("12",
// "7.5"), or the person's own words. Never a translated label.
using AnswerValue = std::vector<std::string>;
using Answers = std::map<std::string, AnswerValue>;  // question id -> answer

}  // namespace wegwijs
