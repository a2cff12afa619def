// The loaded questionnaire: screens and questions (content/screens.json) plus
// the journey settings (content/flow.json: start screen, sections, roles,
// indicative route rules, topics). Pure functions of the answers: which screens a person
// sees, where "next" goes, which route the answers indicate. The FlowEngine
// (engine.h) adds one person's position and history on top.
//
// [SECTION] Journey settings (flow.json)
// [SECTION] Flow: lookups
// [SECTION] Flow: evaluation against answers
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/model.h"
#include "model/answers.h"

namespace wegwijs {

// [SECTION] Journey settings

struct RouteInfo {
    std::string id;    // "b1", "b1_a2", "z", "onderwijs", "exemption"
    std::string name;  // catalog key
    bool indicated = true;  // false: explained, never indicated up-front (b1_a2)
};

// "When these answers hold, the indicative route is `route`, because `reason`."
struct RouteRule {
    std::string route;
    Condition when;
    std::string reason;  // catalog key
    std::string note;    // route rules only, optional catalog key: what to watch or discuss (shown in view)
    std::string where;
};

// A topic the person did not tick but their answers suggest discussing.
struct TopicRule {
    std::string topic;  // an option of the topics question
    Condition when;
    std::string reason;  // catalog key
    std::string where;
};

// A part of the journey, for the progress indicator ("Part 2 of 6: About you").
// Every screen belongs to exactly one section, and a journey never goes back
// to an earlier section, so the count of sections is the same for everyone.
struct Section {
    std::string id;
    RoleText title;                    // catalog key (or one per role)
    std::vector<std::string> screens;  // screen ids
    std::string where;                 // JSON path in flow.json
};

// The questions whose answers the calculators read (flow.json
// "calculator_questions"), so no question id is written in C++.
struct CalculatorQuestions {
    std::string card_date;        // date: the residence card's date (the timeline's start)
    std::string duo_letter_date;  // date: DUO's letter (the PIP deadline)
    std::string partner_dutch;    // yes/no: the partner is Dutch (naturalisation after 3 years)
    std::string together_since;   // date: living together since
    std::string turkish;          // yes/no: Turkish nationality (an own permit after 3 years)
    std::string learning_hours;   // number: hours a week for learning (the route's months)
};
struct CalculatorQuestionRef {
    const char* name;
    QuestionType type;
    std::string* question;
};
// Each input with its name in flow.json and the question type it needs.
std::vector<CalculatorQuestionRef> CalculatorQuestionList(CalculatorQuestions& in);
std::vector<CalculatorQuestionRef> CalculatorQuestionList(const CalculatorQuestions& in);  // question: read only
std::string CalculatorQuestionNames();  // "card_date, duo_letter_date, ..."

struct FlowSettings {
    int schema_version = 1;
    std::string start;
    std::vector<Section> sections;
    std::vector<std::string> roles;  // e.g. migrant, referent; the first is the default
    std::string role_question;       // the question whose answer is the role
    RoleText role_names;             // each role's name in the summary
    std::vector<RouteInfo> routes;
    std::vector<RouteRule> route_rules;
    RouteRule default_route;  // when no rule holds (no condition)
    std::string indicative_note;      // catalog key: "the regievoerder decides in the PIP"
    std::string topics_question;      // multiple choice of topics to discuss
    std::string topics_other;         // free text for "other", optional
    std::vector<TopicRule> topic_rules;
    CalculatorQuestions calculator_questions;
};

// The route the answers point to, and why.
struct RouteIndication {
    std::string route;                  // a RouteInfo id
    std::string reason;                 // catalog key
    std::string note;                   // catalog key or empty: a consequence to know or a route to discuss
    std::vector<std::string> based_on;  // question ids whose answers led to it, in flow order
    bool by_default = false;            // no rule matched: the usual route
};

struct TopicItem {
    std::string topic;   // option id of the topics question
    bool chosen = true;  // ticked by the person; false: suggested by their answers
    std::string reason;  // suggested: catalog key saying why
    std::vector<std::string> based_on;
};

// Screens in the order a person with certain answers meets them, and the
// answers that count: those of questions they were actually shown. An answer
// given on a branch they later left is kept (they may come back) but ignored.
struct Walk {
    std::vector<const Screen*> screens;
    Answers answers;

    bool Contains(const std::string& screen_id) const;
    int IndexOf(const std::string& screen_id) const;  // -1 if absent
};

class Flow {
public:
    // [SECTION] Flow: lookups
    const std::vector<Screen>& screens() const { return screens_; }
    const FlowSettings& settings() const { return settings_; }
    const Screen* FindScreen(const std::string& id) const;
    const Question* FindQuestion(const std::string& id) const;
    const Screen* ScreenOfQuestion(const std::string& question_id) const;
    const RouteInfo* FindRoute(const std::string& id) const;
    // The index in settings().sections of the section a screen belongs to, or -1.
    int SectionOf(const std::string& screen_id) const;
    const Screen& start() const;  // valid once Load succeeded
    // Every question in file order (the order the journey asks them).
    std::vector<const Question*> Questions() const;

    // [SECTION] Flow: evaluation against answers
    std::string RoleOf(const Answers& answers) const;  // the role question's answer, or the first role
    bool Holds(const Condition& c, const Answers& answers) const;
    bool Shows(const Screen& s, const Answers& answers) const;
    bool Shows(const Block& b, const Answers& answers) const;
    bool Shows(const Question& q, const Answers& answers) const;
    // The id of the screen after `s`, or empty at the end.
    std::string NextOf(const Screen& s, const Answers& answers) const;
    // The whole path from the start with these answers, hidden screens left out.
    Walk WalkFromStart(const Answers& answers) const;
    RouteIndication IndicativeRoute(const Answers& answers) const;
    std::vector<TopicItem> Topics(const Answers& answers) const;
    // The question ids a condition looks at, in the order they appear.
    static std::vector<std::string> QuestionsIn(const Condition& c);

    // Filled by Content::Load (content/parse.cpp).
    std::vector<Screen>& mutable_screens() { return screens_; }
    FlowSettings& mutable_settings() { return settings_; }
    void Index();

private:
    bool HoldsRule(const Condition& c, const Answers& answers, bool allow_route) const;
    void CollectBasis(const Condition& c, const Answers& answers, std::vector<std::string>& out) const;

    std::vector<Screen> screens_;
    FlowSettings settings_;
    std::map<std::string, size_t> screen_index_;
    std::map<std::string, std::pair<size_t, size_t>> question_index_;  // id -> (screen, question)
    std::map<std::string, int> section_index_;                         // screen id -> section (the first that lists it)
};

}  // namespace wegwijs
