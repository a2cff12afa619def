#include "model/flow.h"

#include "base/decimal.h"

#include <algorithm>

namespace wegwijs {

std::vector<CalculatorQuestionRef> CalculatorQuestionList(CalculatorQuestions& in) {
    return {{"card_date", QuestionType::Date, &in.card_date},
            {"duo_letter_date", QuestionType::Date, &in.duo_letter_date},
            {"partner_dutch", QuestionType::YesNo, &in.partner_dutch},
            {"together_since", QuestionType::Date, &in.together_since},
            {"turkish", QuestionType::YesNo, &in.turkish},
            {"learning_hours", QuestionType::Number, &in.learning_hours}};
}

std::vector<CalculatorQuestionRef> CalculatorQuestionList(const CalculatorQuestions& in) {
    return CalculatorQuestionList(const_cast<CalculatorQuestions&>(in));
}

std::string CalculatorQuestionNames() {
    std::string s;
    for (const auto& b : CalculatorQuestionList(CalculatorQuestions{})) s += (s.empty() ? "" : ", ") + std::string(b.name);
    return s;
}

namespace {

const std::string* OnlyValue(const Answers& answers, const std::string& q) {
    auto it = answers.find(q);
    if (it == answers.end() || it->second.size() != 1) return nullptr;
    return &it->second.front();
}

bool Contains(const std::vector<std::string>& list, const std::string& v) {
    return std::find(list.begin(), list.end(), v) != list.end();
}

void AddUnique(std::vector<std::string>& list, const std::string& v) {
    if (!Contains(list, v)) list.push_back(v);
}

}  // namespace

bool Walk::Contains(const std::string& screen_id) const { return IndexOf(screen_id) >= 0; }

int Walk::IndexOf(const std::string& screen_id) const {
    for (size_t i = 0; i < screens.size(); ++i)
        if (screens[i]->id == screen_id) return static_cast<int>(i);
    return -1;
}

// [SECTION] Flow: lookups

void Flow::Index() {
    screen_index_.clear();
    question_index_.clear();
    for (size_t s = 0; s < screens_.size(); ++s) {
        screen_index_.emplace(screens_[s].id, s);
        for (size_t q = 0; q < screens_[s].questions.size(); ++q)
            question_index_.emplace(screens_[s].questions[q].id, std::make_pair(s, q));
    }
    section_index_.clear();
    for (size_t i = 0; i < settings_.sections.size(); ++i)
        for (const auto& id : settings_.sections[i].screens)
            if (!id.empty()) section_index_.emplace(id, static_cast<int>(i));
}

const Screen* Flow::FindScreen(const std::string& id) const {
    auto it = screen_index_.find(id);
    return it == screen_index_.end() ? nullptr : &screens_[it->second];
}

const Question* Flow::FindQuestion(const std::string& id) const {
    auto it = question_index_.find(id);
    return it == question_index_.end() ? nullptr : &screens_[it->second.first].questions[it->second.second];
}

const Screen* Flow::ScreenOfQuestion(const std::string& question_id) const {
    auto it = question_index_.find(question_id);
    return it == question_index_.end() ? nullptr : &screens_[it->second.first];
}

const RouteInfo* Flow::FindRoute(const std::string& id) const {
    for (const auto& r : settings_.routes)
        if (r.id == id) return &r;
    return nullptr;
}

int Flow::SectionOf(const std::string& screen_id) const {
    auto it = section_index_.find(screen_id);
    return it == section_index_.end() ? -1 : it->second;
}

const Screen& Flow::start() const {
    const Screen* s = FindScreen(settings_.start);
    return s ? *s : screens_.front();
}

std::vector<const Question*> Flow::Questions() const {
    std::vector<const Question*> all;
    for (const auto& s : screens_)
        for (const auto& q : s.questions) all.push_back(&q);
    return all;
}

// [SECTION] Flow: evaluation against answers

std::string Flow::RoleOf(const Answers& answers) const {
    if (const std::string* r = OnlyValue(answers, settings_.role_question)) return *r;
    return settings_.roles.empty() ? std::string() : settings_.roles.front();
}

bool Flow::Holds(const Condition& c, const Answers& answers) const { return HoldsRule(c, answers, true); }

// `allow_route` is false inside the route rules themselves: a route that
// depends on the route would never settle (content check forbids it too).
bool Flow::HoldsRule(const Condition& c, const Answers& answers, bool allow_route) const {
    using Op = Condition::Op;
    auto it = answers.find(c.question);
    const bool answered = it != answers.end() && !it->second.empty();
    switch (c.op) {
        case Op::All:
            return std::all_of(c.parts.begin(), c.parts.end(), [&](const Condition& p) { return HoldsRule(p, answers, allow_route); });
        case Op::Any:
            return std::any_of(c.parts.begin(), c.parts.end(), [&](const Condition& p) { return HoldsRule(p, answers, allow_route); });
        case Op::Not: return !c.parts.empty() && !HoldsRule(c.parts.front(), answers, allow_route);
        case Op::Role: return Contains(c.values, RoleOf(answers));
        case Op::Route: return allow_route && Contains(c.values, IndicativeRoute(answers).route);
        case Op::Present: return answered;
        case Op::Absent: return !answered;
        case Op::Equals: {
            const std::string* v = OnlyValue(answers, c.question);
            return v && !c.values.empty() && *v == c.values.front();
        }
        case Op::OneOf: {
            const std::string* v = OnlyValue(answers, c.question);
            return v && Contains(c.values, *v);
        }
        case Op::Includes: return answered && !c.values.empty() && Contains(it->second, c.values.front());
        case Op::Before:
        case Op::OnOrAfter: {
            const std::string* v = OnlyValue(answers, c.question);
            auto d = v ? ParseIsoDate(*v) : std::nullopt;
            if (!d) return false;
            return c.op == Op::Before ? *d < c.date : *d >= c.date;
        }
        case Op::AtLeast:
        case Op::Below: {
            const std::string* v = OnlyValue(answers, c.question);
            auto n = v ? ParseDecimal(*v) : std::nullopt;
            if (!n) return false;
            return c.op == Op::AtLeast ? *n >= c.number : *n < c.number;
        }
    }
    return false;
}

bool Flow::Shows(const Screen& s, const Answers& answers) const {
    if (!s.roles.empty() && !Contains(s.roles, RoleOf(answers))) return false;
    return !s.show_if || Holds(*s.show_if, answers);
}

bool Flow::Shows(const Block& b, const Answers& answers) const {
    if (!b.roles.empty() && !Contains(b.roles, RoleOf(answers))) return false;
    return !b.show_if || Holds(*b.show_if, answers);
}

bool Flow::Shows(const Question& q, const Answers& answers) const { return !q.show_if || Holds(*q.show_if, answers); }

std::string Flow::NextOf(const Screen& s, const Answers& answers) const {
    for (const auto& rule : s.next)
        if (!rule.when || Holds(*rule.when, answers)) return rule.go;
    return {};
}

Walk Flow::WalkFromStart(const Answers& answers) const {
    Walk walk;
    if (screens_.empty()) return walk;
    const Screen* s = &start();
    // Content check rejects loops; the guard only keeps broken content from hanging.
    for (size_t guard = 0; s && guard <= screens_.size(); ++guard) {
        if (Shows(*s, walk.answers)) {
            walk.screens.push_back(s);
            for (const auto& q : s->questions) {
                auto a = answers.find(q.id);
                if (a != answers.end() && !a->second.empty() && Shows(q, walk.answers)) walk.answers[q.id] = a->second;
            }
        }
        const std::string next = NextOf(*s, walk.answers);
        s = next.empty() ? nullptr : FindScreen(next);
    }
    return walk;
}

std::vector<std::string> Flow::QuestionsIn(const Condition& c) {
    std::vector<std::string> ids;
    if (c.TestsAnswer()) ids.push_back(c.question);
    for (const auto& p : c.parts)
        for (const auto& id : QuestionsIn(p)) AddUnique(ids, id);
    return ids;
}

// The answers that made `c` hold: every part of an "all", only the parts of an
// "any" that held, so a reason names what actually mattered.
void Flow::CollectBasis(const Condition& c, const Answers& answers, std::vector<std::string>& out) const {
    using Op = Condition::Op;
    if (c.TestsAnswer()) {
        if (answers.count(c.question)) AddUnique(out, c.question);
        return;
    }
    if (c.op == Op::Route) {
        // "Because the route is Z" is only half a reason: name what made it Z.
        for (const auto& id : IndicativeRoute(answers).based_on) AddUnique(out, id);
        return;
    }
    for (const auto& p : c.parts)
        if (c.op != Op::Any || HoldsRule(p, answers, false)) CollectBasis(p, answers, out);
}

RouteIndication Flow::IndicativeRoute(const Answers& answers) const {
    RouteIndication result;
    for (const auto& rule : settings_.route_rules) {
        if (!HoldsRule(rule.when, answers, false)) continue;
        result.route = rule.route;
        result.reason = rule.reason;
        result.note = rule.note;
        CollectBasis(rule.when, answers, result.based_on);
        break;
    }
    if (result.route.empty()) {
        result.route = settings_.default_route.route;
        result.reason = settings_.default_route.reason;
        result.by_default = true;
    }
    // In the order the journey asks them, whatever order the rule names them.
    auto order = [&](const std::string& id) {
        auto it = question_index_.find(id);
        return it == question_index_.end() ? std::make_pair(size_t(-1), size_t(0)) : it->second;
    };
    std::stable_sort(result.based_on.begin(), result.based_on.end(),
                     [&](const std::string& a, const std::string& b) { return order(a) < order(b); });
    return result;
}

std::vector<TopicItem> Flow::Topics(const Answers& answers) const {
    std::vector<TopicItem> topics;
    auto chosen = answers.find(settings_.topics_question);
    if (chosen != answers.end())
        for (const auto& t : chosen->second) topics.push_back({t, true, {}, {}});
    auto listed = [&](const std::string& t) {
        return std::any_of(topics.begin(), topics.end(), [&](const TopicItem& i) { return i.topic == t; });
    };
    for (const auto& rule : settings_.topic_rules) {
        if (listed(rule.topic) || !Holds(rule.when, answers)) continue;
        TopicItem item{rule.topic, false, rule.reason, {}};
        CollectBasis(rule.when, answers, item.based_on);
        topics.push_back(std::move(item));
    }
    return topics;
}

}  // namespace wegwijs
