// The headless run of the questionnaire from an answers file (wegwijs-cli
// run, the scenario tests, docs/answers.md): it answers each screen's
// questions from the file and moves on as a person would, and makes the
// summary the app would hand over.
#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/problems.h"
#include "intake/bundle.h"
#include "intake/intake_summary.h"

namespace wegwijs {

struct AnswersRun {
    std::vector<std::string> screens;  // the screens shown, in order
    intake::IntakeSummary summary;     // valid when ok()
    Problems problems;                 // bad input: nothing useful was produced
    Problems notes;                    // answers not asked with these answers, ignored
    bool ok() const { return problems.empty(); }
};

// `input` is an answers file's JSON (see docs/answers.md); `file` names it in
// messages. `today` overrides the file's "today" and the clock; it is also
// the summary's `created`. `fingerprint` is the content's (fingerprint.h).
AnswersRun RunAnswers(const intake::Bundle& bundle, const nlohmann::json& input, const std::string& file,
                      const std::string& fingerprint, std::optional<Date> today = std::nullopt);
// Reads and runs an answers file; unreadable or invalid JSON is a problem too.
AnswersRun RunAnswersFile(const intake::Bundle& bundle, const std::string& path, const std::string& fingerprint,
                          std::optional<Date> today = std::nullopt);

// Reads a JSON file: nullopt, with the file and the parser's message (line,
// column) as a problem, when it cannot be read or is not JSON.
std::optional<nlohmann::json> ReadJsonDocument(const std::string& path, Problems& problems);

}  // namespace wegwijs
