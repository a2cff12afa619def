// The content model's types: facts, screens, blocks, questions, conditions.
// Content (content.h) loads them from content/*.json; the flow engine
// (flow/engine.h) walks them. Every text is a catalog key, never a sentence.
//
// [SECTION] Facts and message arguments
// [SECTION] Role-specific text
// [SECTION] Conditions (branching, visibility, route rules)
// [SECTION] Questions and answer options
// [SECTION] Blocks and screens
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"

namespace wegwijs {

// [SECTION] Facts and message arguments

struct Fact {
    std::string id;
    // The confidence, as shared/facts.md labels it: "V" official page read,
    // "V2" secondary source, "SEED" only the Divosa handreiking (2022), "U"
    // unverified. Anything but V is shown with "check it with {check_with}".
    std::string status;
    std::string check_with;  // "DUO", "IND" or "gemeente"; required unless status is V
    std::string source;
    Date checked;
    std::string unit;                          // default unit of numeric values: "EUR", "hours", ...
    std::map<std::string, double> numbers;     // value name -> number
    std::map<std::string, Date> dates;         // value name -> date
    std::map<std::string, std::string> units;  // per-value unit overrides
    std::string UnitOf(const std::string& value) const;
    bool Official() const { return status == "V"; }
    // The catalog key of the hedge shown after a figure from this fact, or ""
    // for an official (V) fact: "hedge.duo", "hedge.ind", "hedge.gemeente".
    std::string HedgeKey() const;
};

// The confidence labels, strongest first; -1 for an unknown label.
int ConfidenceRank(const std::string& status);
// The weaker of two labels (an unknown one counts as weakest).
std::string WeakerConfidence(const std::string& a, const std::string& b);

// A message argument as content describes it.
struct ArgSpec {
    enum class Kind { FactValue, GemeenteField };
    Kind kind = Kind::FactValue;
    std::string fact;   // FactValue: fact id
    std::string value;  // FactValue: value name; GemeenteField: field name
};

// [SECTION] Role-specific text

// A catalog key, optionally replaced for one role. In JSON either "key" or
// {"migrant": "key1", "referent": "key2"} (then every role needs a key), so the
// migrant reads "your partner" where the referent reads "you".
struct RoleText {
    std::string key;                             // the key for every role (the first role's if by_role)
    std::map<std::string, std::string> by_role;  // role -> key
    const std::string& For(const std::string& role) const;
    bool empty() const { return key.empty(); }
};

// [SECTION] Conditions

// A test on earlier answers, written in JSON as
//   {"answer": "q", "equals": "opt"}      {"answer": "q", "one_of": ["a", "b"]}
//   {"answer": "q", "includes": "opt"}    (multiple choice)
//   {"answer": "q", "present": true}      (or false: not answered)
//   {"answer": "q", "before": "YYYY-MM-DD"}   {"answer": "q", "on_or_after": "YYYY-MM-DD"}
//   {"answer": "q", "at_least": 12}       {"answer": "q", "below": 12}
//   {"role": "referent"}                  {"route": "exemption"}   (a string or a list)
//   {"all": [...]}  {"any": [...]}  {"not": {...}}
struct Condition {
    enum class Op { All, Any, Not, Role, Route, Equals, OneOf, Includes, Present, Absent, Before, OnOrAfter, AtLeast, Below };
    Op op = Op::All;
    std::string question;             // the answer it tests (answer ops)
    std::vector<std::string> values;  // option ids (Equals, OneOf, Includes), roles, routes
    Date date;                        // Before, OnOrAfter
    double number = 0;                // AtLeast, Below
    std::vector<Condition> parts;     // All, Any, Not (one part)
    std::string where;                // JSON path, so checks can name it

    bool TestsAnswer() const { return !question.empty(); }
};

// [SECTION] Questions and answer options

enum class QuestionType { Single, Multi, YesNo, Date, Number, Text };

struct Option {
    std::string id;  // stable, language-independent: what the answer stores
    RoleText label;
    std::string help;        // catalog key or empty
    bool exclusive = false;  // multiple choice: cannot be combined ("none of these")
};

struct Question {
    std::string id;
    QuestionType type = QuestionType::Single;
    RoleText prompt;     // the question as asked
    std::string label;   // short label: the review list and the summary
    RoleText help;       // optional explanation under the question
    std::string unit;    // number: key formatting {n} with its unit ("{n} hours a week")
    bool required = false;
    std::vector<Option> options;  // single, multi; yes_no gets "yes" and "no"
    std::optional<double> min, max;
    bool integer = true;
    bool not_future = false;          // date: not after today
    std::optional<Date> not_before;   // date
    size_t max_length = 200;          // text, in characters
    bool in_summary = true;           // handed over to the regievoerder
    std::optional<Condition> show_if;
    std::string where;

    const Option* FindOption(const std::string& id) const;
    bool HasOptions() const { return type == QuestionType::Single || type == QuestionType::Multi || type == QuestionType::YesNo; }
};

const char* QuestionTypeName(QuestionType t);

// [SECTION] Blocks and screens

// A "more" block is a button ("Read more"; its text is the label's key) that
// unfolds the blocks after it, up to the next "more" block or the end of the
// screen: the essentials come first, the rest one tap away.
struct Block {
    std::string type;  // "heading", "paragraph", "bullet", "note", "sources", "more"
    std::string text;  // catalog key (the first role's if text_by_role)
    std::map<std::string, std::string> text_by_role;
    std::map<std::string, ArgSpec> args;
    std::vector<std::string> roles;  // shown only for these roles; empty: everyone
    std::optional<Condition> show_if;

    const std::string& TextFor(const std::string& role) const;
};

enum class ScreenKind { Info, Question, Route, Calculator, Review, Finish };
const char* ScreenKindName(ScreenKind k);

// The calculators a screen of kind "calculator" shows (app/core/calc computes
// them, app/core/intake builds their screens' views).
enum class Calculator { None, Schools, Loan, Timeline };
const char* CalculatorName(Calculator c);  // "schools", "loan", "timeline"
std::optional<Calculator> CalculatorFromName(const std::string& name);

// Where a screen goes next: the first rule whose condition holds (a rule
// without one always holds, and the last rule must be such a default).
struct NextRule {
    std::optional<Condition> when;
    std::string go;
    std::string where;
};

struct Screen {
    std::string id;
    ScreenKind kind = ScreenKind::Info;
    std::string title;  // catalog key (the first role's if title_by_role)
    std::map<std::string, std::string> title_by_role;
    std::vector<Block> blocks;
    std::vector<Question> questions;
    Calculator calculator = Calculator::None;  // kind calculator: which one
    std::vector<std::string> roles;  // shown only for these roles; empty: everyone
    std::optional<Condition> show_if;
    std::vector<NextRule> next;      // empty: the flow ends here (finish)
    std::string file;                // where it was defined, for messages
    std::string where;

    std::vector<std::string> FactIds() const;  // facts its blocks use, in order
    const std::string& TitleFor(const std::string& role) const;
    const Question* FindQuestion(const std::string& id) const;
};

struct GemeenteProfile {
    std::map<std::string, std::string> fields;  // name, phone, email, address, hours, website...
    int handover_days = 90;  // how long a hand-over code opens ("handover_days", 1..365)
};

}  // namespace wegwijs
