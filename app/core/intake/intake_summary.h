// The document the app hands over to the gemeente: one person's intake as
// codes (question, option, route, topic and fact ids, ISO dates, numbers),
// never as labels. The regievoerder's view renders it in Dutch, the person's
// screen in their own language, both from the content and catalogs
// (summary_text.h); `fingerprint` names the content the codes come from.
//
//   IntakeSummary s = MakeSummary(bundle, engine, fingerprint);  // after a journey
//   std::string canonical = CanonicalJson(s);                    // what is handed over
//   auto back = SummaryFromJson(json, bundle, "file.json", problems);
//   // back: the same summary; CanonicalJson(*back) == canonical, byte for byte
//
// The JSON layout is docs/answers.md ("The summary document") and
// docs/summary.schema.json (JSON Schema 2020-12). Its canonical form is
// compact (no spaces) with every object's keys sorted, so equal summaries are
// equal bytes. kSummarySchemaVersion is raised when a field changes meaning;
// the reader refuses versions it does not know.
#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/problems.h"
#include "calc/calc_facts.h"
#include "i18n/catalog.h"
#include "intake/bundle.h"
#include "intake/calc_json.h"
#include "intake/engine.h"
#include "model/answers.h"
#include "model/content.h"

namespace wegwijs::intake {

constexpr const char* kSummaryDocument = "wegwijs.intake-summary";
// 1: labels and values in one language next to raw values (until 2026-11).
// 2: codes only, the content fingerprint, the calculators.
constexpr int kSummarySchemaVersion = 2;

struct SummaryAnswer {
    std::string question;  // question id
    QuestionType type = QuestionType::Single;  // the question's, for the JSON form (not written)
    AnswerValue value;     // as stored: option ids, "YYYY-MM-DD", "12" or "7.5", the person's text
};

// The indicative route and why (flow.json routes.rules).
struct SummaryRoute {
    std::string id;                     // a route id of flow.json
    std::string reason;                 // catalog key of the rule's reason
    std::string note;                   // catalog key of the rule's note, or empty
    bool by_default = false;            // no rule matched: the usual route
    std::vector<std::string> based_on;  // question ids whose answers led to it
};

struct SummaryTopic {
    std::string id;                     // an option of the topics question
    bool chosen = true;                 // ticked by the person; false: suggested by their answers
    std::string reason;                 // suggested: catalog key
    std::vector<std::string> based_on;  // suggested: question ids
};

// What the person set on the calculator screens; absent: the screen's example
// or what follows from the answers.
struct SummaryCalculatorInputs {
    std::optional<double> loan_amount;        // euros
    std::optional<double> loan_rate_percent;  // per year
    std::optional<Date> loan_payout;
    std::optional<Date> loan_start;           // repayment start
    std::optional<double> price_per_hour;     // euros, the school's price
    std::optional<double> materials;          // euros
    bool empty() const {
        return !loan_amount && !loan_rate_percent && !loan_payout && !loan_start && !price_per_hour && !materials;
    }
};

struct SummaryCalculators {
    SummaryCalculatorInputs inputs;
    std::optional<RouteResult> route;        // the indicated route's cost (not for an exemption or a nareiziger)
    std::optional<calc::Timeline> timeline;  // when the card date is known and the timeline was on the path
    std::optional<LoanResult> loan;          // when the person chose an amount on the loan screen
};

struct IntakeSummary {
    int schema_version = kSummarySchemaVersion;
    Date created;               // the day it was made
    std::string fingerprint;    // ContentFingerprint of content/ (fingerprint.h)
    std::string language_used;  // the language the person used the app in
    std::string role;           // who filled it in: a role of flow.json
    std::vector<SummaryAnswer> answers;  // in the order asked; not the role, the topics, or questions with summary: false
    SummaryRoute route;
    std::vector<SummaryTopic> topics;    // chosen first, then suggested
    std::optional<std::string> topics_own_words;
    SummaryCalculators calculators;
};

// The summary of the engine's session as it stands (its path, today).
IntakeSummary MakeSummary(const Bundle& bundle, const FlowEngine& engine, const std::string& fingerprint);

nlohmann::json SummaryToJson(const IntakeSummary& s);
// SummaryToJson(s).dump(): compact, keys sorted.
std::string CanonicalJson(const IntakeSummary& s);

// Reads a summary and checks it against the bundle's content and catalogs: every
// question, option, route, topic, reason and fact id must exist, every value
// must have its type, the document and schema version must be known. Each
// problem names `file`, the JSON path and what is wrong; nullopt if any.
// A fingerprint other than this content's is not a problem (see
// MadeWithOtherContent): the codes were checked against this content.
std::optional<IntakeSummary> SummaryFromJson(const nlohmann::json& j, const Bundle& bundle, const std::string& file,
                                             Problems& problems);
// Reads the file first; unreadable or invalid JSON is a problem too.
std::optional<IntakeSummary> SummaryFromFile(const std::string& path, const Bundle& bundle, Problems& problems);

}  // namespace wegwijs::intake
