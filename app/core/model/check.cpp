#include "model/check.h"

#include <algorithm>
#include <map>
#include <set>

namespace wegwijs {
namespace {

using Op = Condition::Op;

std::string Quoted(const std::string& s) { return "\"" + s + "\""; }

// Where a condition is used, so it can be checked against what was asked
// before that point.
struct Use {
    const Screen* screen = nullptr;  // null: route and topic rules (after all questions)
    int before_question = -1;        // a question's show_if: only earlier questions of its own screen
    bool own_screen = true;          // next rules and blocks may test their own screen's answers
    bool route_rule = false;         // a route rule may not test the route it decides
};

class FlowChecker {
public:
    FlowChecker(const Flow& flow, const std::string& flow_file, Problems& out)
        : flow_(flow), flow_file_(flow_file), out_(out) {}

    void Run() {
        if (!CheckStart()) return;
        CheckRoles();
        for (const auto& s : flow_.screens()) CheckTargets(s);
        ComputeReach();
        CheckReachable();
        CheckLoops();
        CheckSections();
        for (const auto& s : flow_.screens()) CheckScreenConditions(s);
        CheckRoutes();
        CheckTopics();
        CheckCalculatorQuestions();
    }

private:
    void Add(const Screen& s, const std::string& where, const std::string& msg) { out_.Add(s.file, where, msg); }
    void AddFlow(const std::string& where, const std::string& msg) { out_.Add(flow_file_, where, msg); }

    bool CheckStart() {
        if (flow_.screens().empty()) {
            AddFlow("/start", "there are no screens to start with");
            return false;
        }
        if (!flow_.FindScreen(flow_.settings().start)) {
            AddFlow("/start", "unknown screen " + Quoted(flow_.settings().start));
            return false;
        }
        return true;
    }

    void CheckRoles() {
        const auto& st = flow_.settings();
        const Question* q = flow_.FindQuestion(st.role_question);
        if (!q) {
            AddFlow("/roles/question", "unknown question " + Quoted(st.role_question));
            return;
        }
        std::vector<std::string> ids;
        for (const auto& o : q->options) ids.push_back(o.id);
        if (q->type != QuestionType::Single || ids != st.roles)
            AddFlow("/roles/question", "the role question " + Quoted(q->id) + " must be a single choice whose options are the roles, in order");
        if (!q->required) AddFlow("/roles/question", "the role question " + Quoted(q->id) + " must be required");
    }

    void CheckTargets(const Screen& s) {
        for (const auto& rule : s.next)
            if (!flow_.FindScreen(rule.go)) Add(s, rule.where + (rule.when ? "/go" : ""), "next goes to unknown screen " + Quoted(rule.go));
        if (s.next.empty() && s.kind != ScreenKind::Finish)
            Add(s, s.where + "/next", "missing: only a finish screen may end the flow; where does " + Quoted(s.id) + " go next?");
        if (!s.next.empty() && s.kind == ScreenKind::Finish)
            Add(s, s.where + "/next", "a finish screen ends the flow; it has no next");
    }

    // reach_[i]: the screens reachable from screen i by following any next.
    void ComputeReach() {
        const auto& screens = flow_.screens();
        reach_.assign(screens.size(), {});
        for (size_t i = 0; i < screens.size(); ++i) {
            std::vector<const Screen*> todo{&screens[i]};
            while (!todo.empty()) {
                const Screen* s = todo.back();
                todo.pop_back();
                for (const auto& rule : s->next)
                    if (const Screen* t = flow_.FindScreen(rule.go); t && reach_[i].insert(t->id).second) todo.push_back(t);
            }
        }
    }

    size_t IndexOf(const Screen& s) const { return static_cast<size_t>(&s - flow_.screens().data()); }
    bool Reaches(const Screen& from, const Screen& to) const { return reach_[IndexOf(from)].count(to.id) > 0; }

    // Names only the first screen of each cut-off stretch: one broken "next"
    // should give one message, not one per screen behind it.
    void CheckReachable() {
        const Screen& start = flow_.start();
        std::set<std::string> unreachable;
        for (const auto& s : flow_.screens())
            if (&s != &start && !Reaches(start, s)) unreachable.insert(s.id);
        for (const auto& s : flow_.screens()) {
            if (!unreachable.count(s.id) || IsFollower(s, unreachable)) continue;
            size_t behind = 0;
            for (const auto& id : unreachable) behind += id != s.id && Reaches(s, *flow_.FindScreen(id)) ? 1 : 0;
            Add(s, s.where + "/id", "screen " + Quoted(s.id) + " is unreachable: no next leads to it from the start screen " +
                                        Quoted(start.id) + (behind ? " (nor to the " + std::to_string(behind) + " screens after it)" : ""));
        }
    }

    // Whether another unreachable screen leads to `s` (then that one is reported).
    bool IsFollower(const Screen& s, const std::set<std::string>& unreachable) const {
        for (const auto& id : unreachable) {
            const Screen* other = flow_.FindScreen(id);
            if (other != &s && Reaches(*other, s) && !Reaches(s, *other)) return true;
        }
        return false;
    }

    void CheckLoops() {
        for (const auto& s : flow_.screens())
            for (const auto& rule : s.next) {
                const Screen* t = flow_.FindScreen(rule.go);
                if (t && (t == &s || Reaches(*t, s)))
                    Add(s, rule.where + (rule.when ? "/go" : ""), "next goes back to " + Quoted(rule.go) + ": the flow would loop");
            }
    }

    // Every screen in exactly one section, and no "next" back to an earlier
    // section: then "part 2 of 5" only ever counts up.
    void CheckSections() {
        const auto& sections = flow_.settings().sections;
        if (sections.empty()) return;  // the parser said it is missing
        std::map<std::string, std::string> placed;  // screen id -> where it is listed
        for (const auto& section : sections)
            for (size_t k = 0; k < section.screens.size(); ++k) {
                const std::string& id = section.screens[k];
                const std::string where = section.where + "/screens/" + std::to_string(k);
                if (id.empty()) continue;  // not a text: the parser said so
                if (!flow_.FindScreen(id)) {
                    AddFlow(where, "unknown screen " + Quoted(id) + " (not in screens.json)");
                    continue;
                }
                auto [it, fresh] = placed.emplace(id, where);
                if (!fresh)
                    AddFlow(where, "screen " + Quoted(id) + " is in two sections (also at " + it->second +
                                       "): a screen belongs to exactly one");
            }
        for (const auto& s : flow_.screens())
            if (!placed.count(s.id))
                AddFlow("/sections", "screen " + Quoted(s.id) + " is in no section: every screen belongs to exactly one");
        for (const auto& s : flow_.screens()) {
            const int from = flow_.SectionOf(s.id);
            for (const auto& rule : s.next) {
                const int to = flow_.SectionOf(rule.go);
                if (from >= 0 && to >= 0 && to < from)
                    Add(s, rule.where + (rule.when ? "/go" : ""),
                        "next goes back to section " + Quoted(sections[to].id) + " (screen " + Quoted(rule.go) + ") from section " +
                            Quoted(sections[from].id) + ": the sections must follow the journey");
            }
        }
    }

    void CheckScreenConditions(const Screen& s) {
        if (s.show_if) CheckCondition(*s.show_if, s, {&s, -1, false});
        for (const auto& rule : s.next)
            if (rule.when) CheckCondition(*rule.when, s, {&s, -1, true});
        for (const auto& b : s.blocks)
            if (b.show_if) CheckCondition(*b.show_if, s, {&s, -1, true});
        for (size_t i = 0; i < s.questions.size(); ++i)
            if (s.questions[i].show_if) CheckCondition(*s.questions[i].show_if, s, {&s, static_cast<int>(i), true});
    }

    void CheckCondition(const Condition& c, const Screen& owner, const Use& use) {
        auto add = [&](const std::string& where, const std::string& msg) {
            if (use.screen) Add(owner, where, msg);
            else AddFlow(where, msg);
        };
        for (const auto& p : c.parts) CheckCondition(p, owner, use);
        if (c.op == Op::Role)
            for (const auto& r : c.values)
                if (std::find(flow_.settings().roles.begin(), flow_.settings().roles.end(), r) == flow_.settings().roles.end())
                    add(c.where + "/role", Quoted(r) + " is not a role (flow.json roles)");
        if (c.op == Op::Route) {
            if (use.route_rule) add(c.where, "a route rule cannot test the route it decides");
            for (const auto& r : c.values)
                if (!flow_.FindRoute(r)) add(c.where + "/route", "unknown route " + Quoted(r));
        }
        if (!c.TestsAnswer()) return;
        const Question* q = flow_.FindQuestion(c.question);
        if (!q) {
            add(c.where + "/answer", "condition on unknown answer " + Quoted(c.question) + " (no question has that id)");
            return;
        }
        CheckAnswerOrder(c, *q, use, add);
        CheckAnswerTest(c, *q, add);
    }

    template <class AddFn>
    void CheckAnswerOrder(const Condition& c, const Question& q, const Use& use, AddFn add) {
        if (!use.screen) return;
        const Screen* asked = flow_.ScreenOfQuestion(q.id);
        bool ok = asked != use.screen && Reaches(*asked, *use.screen);
        if (asked == use.screen && use.own_screen) {
            const int index = static_cast<int>(&q - asked->questions.data());
            ok = use.before_question < 0 || index < use.before_question;
        }
        if (!ok)
            add(c.where + "/answer", "condition on " + Quoted(q.id) + ", which is not asked before this point (it is on screen " +
                                         Quoted(asked->id) + ")");
    }

    template <class AddFn>
    void CheckAnswerTest(const Condition& c, const Question& q, AddFn add) {
        const bool choice = q.HasOptions();
        switch (c.op) {
            case Op::Equals:
            case Op::OneOf:
                if (q.type == QuestionType::Multi) add(c.where, "use \"includes\" for the multiple-choice question " + Quoted(q.id));
                else if (!choice) add(c.where, Quoted(q.id) + " is a " + QuestionTypeName(q.type) + " question; equals and one_of compare options");
                break;
            case Op::Includes:
                if (q.type != QuestionType::Multi) add(c.where + "/includes", "\"includes\" is for multiple-choice questions; " + Quoted(q.id) + " is " + QuestionTypeName(q.type));
                break;
            case Op::Before:
            case Op::OnOrAfter:
                if (q.type != QuestionType::Date) add(c.where, "a date test on " + Quoted(q.id) + ", which is not a date question");
                break;
            case Op::AtLeast:
            case Op::Below:
                if (q.type != QuestionType::Number) add(c.where, "a number test on " + Quoted(q.id) + ", which is not a number question");
                break;
            default: break;
        }
        if (!choice) return;
        for (const auto& v : c.values)
            if (!q.FindOption(v)) add(c.where, "question " + Quoted(q.id) + " has no option " + Quoted(v));
    }

    void CheckRoutes() {
        const auto& st = flow_.settings();
        std::set<std::string> ids;
        for (size_t i = 0; i < st.routes.size(); ++i)
            if (!ids.insert(st.routes[i].id).second) AddFlow("/routes/list/" + std::to_string(i) + "/id", "route " + Quoted(st.routes[i].id) + " is listed twice");
        auto check_target = [&](const RouteRule& r) {
            const RouteInfo* info = flow_.FindRoute(r.route);
            if (!info) AddFlow(r.where + "/route", "unknown route " + Quoted(r.route) + " (not in /routes/list)");
            else if (!info->indicated) AddFlow(r.where + "/route", "route " + Quoted(r.route) + " is never indicated up-front (\"indicated\": false)");
        };
        for (const auto& r : st.route_rules) {
            check_target(r);
            CheckCondition(r.when, flow_.start(), {nullptr, -1, true, true});
        }
        if (!st.default_route.route.empty()) check_target(st.default_route);
    }

    void CheckTopics() {
        const auto& st = flow_.settings();
        const Question* q = flow_.FindQuestion(st.topics_question);
        if (!q || q->type != QuestionType::Multi) {
            AddFlow("/topics/question", "must name a multiple-choice question, not " + Quoted(st.topics_question));
            return;
        }
        if (!st.topics_other.empty()) {
            const Question* other = flow_.FindQuestion(st.topics_other);
            if (!other || other->type != QuestionType::Text) AddFlow("/topics/other", "must name a free-text question, not " + Quoted(st.topics_other));
        }
        for (const auto& r : st.topic_rules) {
            if (!q->FindOption(r.topic)) AddFlow(r.where + "/topic", "the topics question " + Quoted(q->id) + " has no option " + Quoted(r.topic));
            CheckCondition(r.when, flow_.start(), {});
        }
    }

    // Every question a calculator reads exists and has the type it needs.
    void CheckCalculatorQuestions() {
        const CalculatorQuestions& cq = flow_.settings().calculator_questions;
        for (const auto& s : flow_.screens())
            if (s.calculator == Calculator::Timeline && cq.card_date.empty())
                AddFlow("/calculator_questions/card_date", "missing: the timeline on screen " + Quoted(s.id) +
                                                               " starts at the card date; name its question");
        for (const auto& b : CalculatorQuestionList(cq)) {
            if (b.question->empty()) continue;  // that calculator input is not asked
            const Question* q = flow_.FindQuestion(*b.question);
            const std::string where = std::string("/calculator_questions/") + b.name;
            if (!q)
                AddFlow(where, "unknown question " + Quoted(*b.question) + " (the calculators read its answer)");
            else if (q->type != b.type)
                AddFlow(where, "the question " + Quoted(q->id) + " is " + QuestionTypeName(q->type) + "; the calculators need " +
                                   QuestionTypeName(b.type));
        }
    }

    const Flow& flow_;
    const std::string& flow_file_;
    Problems& out_;
    std::vector<std::set<std::string>> reach_;
};

}  // namespace

void CheckFlow(const Flow& flow, const std::string& flow_file, Problems& out) { FlowChecker(flow, flow_file, out).Run(); }

}  // namespace wegwijs
