// What the calculator screens and the route result show, built in the core so
// the screens only draw: inputs with their limits, results, chart series, and
// problems, all as catalog keys with arguments. Nothing here is English prose,
// so an Arabic screen never shows a developer's message, and every number is
// testable without a window.
//
// [SECTION] Texts: a catalog key with its arguments
// [SECTION] Loan, timeline, schools, route
// [SECTION] Review: every answer and what the calculators were set to
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/date.h"
#include "calc/calc_facts.h"
#include "calc/schools.h"
#include "i18n/localizer.h"
#include "intake/bundle.h"
#include "intake/engine.h"

namespace wegwijs::intake {

// [SECTION] Texts

// Each Build*View takes the loaded bundle (facts, catalogs) and the engine
// (the person's answers, calculator inputs, today and role).

// A sentence to show: a catalog key, its arguments, and arguments that are
// themselves texts (a route's name inside "your route is ..."), formatted first.
struct Text {
    struct Named;  // not a std::pair: clang cannot instantiate a pair of a type still being defined
    std::string key;
    Args args;
    std::vector<Named> nested;
};
struct Text::Named {
    std::string name;
    Text text;
};
std::string Format(Localizer& l10n, const Text& text);

// Something about the person's input the screen cannot compute with, said in
// their language, and the question whose answer they may want to change
// (empty when the input is on the calculator screen itself).
struct InputNotice {
    Text text;
    std::string question;
};

// [SECTION] Loan

struct LoanView {
    // The amount, with the stepper's range (up to DUO's maximum, F-LOAN-1).
    int amount_eur = 0, amount_min = 250, amount_max = 0, amount_step = 250;
    int rate_hundredths = 0;  // the rate in use, 1.78% = 178
    Date payout, payout_min, payout_max;
    Date start, start_min, start_max;  // repayment start
    // When the person has not set the start: where it comes from (their
    // answers, or an example), else empty.
    std::optional<Text> start_hint;
    std::optional<InputNotice> problem;  // set: no estimate, only this
    Text result;                         // monthly payment, number, first and last date
    Text estimate;                       // "an estimate" hedge
    Text totals, chart_caption, rate_note;
    std::vector<std::pair<Date, double>> debt;  // the remaining debt over time, for the chart
    std::vector<std::string> sources;           // fact ids behind the figures
};
LoanView BuildLoanView(const Bundle& bundle, const FlowEngine& engine);

// [SECTION] Timeline

struct TimelineView {
    std::optional<InputNotice> problem;  // no card date yet, or dates in an impossible order
    struct Mark {
        Text label;
        Date date;
    };
    std::vector<Mark> marks;  // in date order, numbered on the strip
    Text today;
    std::vector<Text> unknown;  // milestones that cannot be dated yet, and why
    // Per milestone, the conditions it rests on as sentences. `in_view`: what
    // can cost a right and the hedges are always shown; the rest is folded.
    struct Condition {
        Text text;
        bool in_view = false;
    };
    struct Group {
        Text milestone;
        std::vector<Condition> conditions;
        bool any_in_view = false;
    };
    Text conditions_heading;
    std::vector<Group> groups;
    bool has_folded = false;  // some condition waits behind "read more"
    std::vector<std::string> sources;
};
TimelineView BuildTimelineView(const Bundle& bundle, const FlowEngine& engine);

// [SECTION] Schools

struct SchoolsView {
    struct Check {
        std::string key;  // the check's question
        calc::Tri state = calc::Tri::Unknown;
        bool answered = false;  // unanswered: counts as unknown, drawn as not chosen
    };
    struct School {
        Text heading;
        std::vector<Check> checks;
        std::optional<Text> blocking;  // no keurmerk: what it blocks
    };
    std::vector<School> schools;
    // The three answers every check offers, in order: yes, no, don't know.
    std::vector<std::pair<calc::Tri, std::string>> answers;
    std::optional<Text> add;  // "add a school", while fewer than the maximum
    std::vector<std::string> sources;
};
SchoolsView BuildSchoolsView(const FlowEngine& engine);

// [SECTION] Route result

struct RouteView {
    Text result;  // "your (partner's) route: ..."
    Text reason;
    std::optional<Text> note;  // a consequence to know before acting
    // The answers it rests on: question and the answer given.
    std::vector<std::pair<const Question*, AnswerValue>> based_on;
    Text why;  // the fold's label
    // What the route asks and may cost; empty when there is nothing to
    // estimate (an exemption).
    bool has_cost = false;
    Text cost_heading;
    std::vector<Text> cost_lines;
    std::optional<Text> above_loan;  // the loan leaves this unpaid
    Text cost_estimate;
    int price_per_hour = 0, materials = 0;  // as used, for the person's own prices
    Text price_label, materials_label;
    std::vector<std::string> sources;
};
RouteView BuildRouteView(const Bundle& bundle, const FlowEngine& engine, const RouteIndication& route);

// [SECTION] Review

struct ReviewView {
    std::vector<ReviewItem> items;  // every question on the path, answered or not
    // After the answers: the route indicated, the loan amount and the price an
    // hour the person chose themselves (never the starting examples).
    struct Line {
        std::string label;                 // catalog key
        std::string value_key;             // a catalog key to show, or
        std::optional<double> euros;       // an amount
        std::string screen;                // where to change it; empty: no change button
        std::string id;                    // the change button's id
    };
    std::vector<Line> settings;
};
ReviewView BuildReviewView(const FlowEngine& engine);

}  // namespace wegwijs::intake
