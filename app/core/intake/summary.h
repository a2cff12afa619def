// The document the app hands over to the gemeente, and the headless run that
// makes it from an answers file (wegwijs-cli run, the scenario tests).
// Field names never change with the language; the human-readable values are
// in the localizer's language (Dutch for the regievoerder by default). The
// fields are documented in docs/answers.md, in the order they are written.
#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "model/content.h"
#include "intake/engine.h"
#include "i18n/catalog.h"
#include "i18n/localizer.h"
#include "base/problems.h"

namespace wegwijs {

constexpr const char* kSummaryDocument = "wegwijs.intake-summary";

// A stored answer as a reader sees it: option labels, a long date, a number
// with its unit, the person's own words.
std::string RenderAnswer(Localizer& l10n, const Question& q, const AnswerValue& value, const std::string& role);
// The raw value as JSON: a list for multiple choice, a number for numbers, text otherwise.
nlohmann::ordered_json RawAnswer(const Question& q, const AnswerValue& value);

// The summary of the engine's session, in the localizer's language.
nlohmann::ordered_json BuildSummary(const FlowEngine& engine, Localizer& l10n);

// [SECTION] Headless run from an answers file

struct AnswersRun {
    std::vector<std::string> screens;  // the screens shown, in order
    nlohmann::ordered_json summary;    // BuildSummary's document (null on problems)
    Problems problems;                 // bad input: nothing useful was produced
    Problems notes;                    // answers not asked with these answers, ignored
    bool ok() const { return problems.empty(); }
};

// `input` is an answers file's JSON (see docs/answers.md); `file` names it in
// messages. `locale` is the language of the summary's human-readable values;
// `today` overrides the file's "today" and the clock.
AnswersRun RunAnswers(const Content& content, const Catalogs& catalogs, const nlohmann::json& input,
                      const std::string& file, const std::string& locale, std::optional<Date> today = std::nullopt);
// Reads and runs an answers file; unreadable or invalid JSON is a problem too.
AnswersRun RunAnswersFile(const Content& content, const Catalogs& catalogs, const std::string& path,
                          const std::string& locale, std::optional<Date> today = std::nullopt);

}  // namespace wegwijs
