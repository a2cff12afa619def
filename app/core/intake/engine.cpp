#include "intake/engine.h"

#include <algorithm>
#include <ctime>

namespace wegwijs {

// The hedge a block needs: that of the first fact not V among its figures.
std::string HedgeOf(const Content& content, const Block& b) {
    for (const auto& [name, spec] : b.args)
        if (spec.kind == ArgSpec::Kind::FactValue)
            if (const Fact* f = content.FindFact(spec.fact); f && !f->Official()) return f->HedgeKey();
    return {};
}

FlowEngine::FlowEngine(const Content& content, Session& session)
    : content_(content), flow_(content.flow()), session_(session), today_(SystemToday()) {}

Date FlowEngine::SystemToday() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
#if defined(_WIN32)
    localtime_s(&local, &now);
#else
    localtime_r(&now, &local);
#endif
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

const Screen& FlowEngine::CurrentScreen() const {
    if (!session_.history.empty())
        if (const Screen* s = flow_.FindScreen(session_.history.back())) return *s;
    return flow_.start();
}

FlowProgress FlowEngine::Progress() const {
    const Walk walk = Path();
    const Screen& current = CurrentScreen();
    const int index = walk.IndexOf(current.id);
    FlowProgress p;
    p.total = std::max<int>(1, static_cast<int>(walk.screens.size()));
    p.step = index >= 0 ? index + 1 : std::min<int>(p.total, std::max<size_t>(1, session_.history.size()));

    const auto& sections = flow_.settings().sections;
    p.sections = std::max<int>(1, static_cast<int>(sections.size()));
    const int section = flow_.SectionOf(current.id);
    if (section < 0) return p;  // content check makes this impossible
    p.section = section + 1;
    p.section_title = sections[section].title.For(flow_.RoleOf(walk.answers));
    int steps = 0, step = 0;
    for (const Screen* s : walk.screens) {
        if (flow_.SectionOf(s->id) != section) continue;
        ++steps;
        if (s == &current) step = steps;
    }
    p.section_steps = std::max(1, steps);
    p.section_step = std::max(1, step);
    return p;
}

// [SECTION] Views

QuestionView FlowEngine::ViewOf(const Question& q, const std::string& role) const {
    QuestionView v;
    v.model = &q;
    v.id = q.id;
    v.type = q.type;
    v.prompt = q.prompt.For(role);
    v.help = q.help.For(role);
    v.label = q.label;
    v.unit = q.unit;
    v.required = q.required;
    if (auto a = session_.answers.find(q.id); a != session_.answers.end()) v.value = a->second;
    for (const auto& o : q.options) {
        const bool selected = std::find(v.value.begin(), v.value.end(), o.id) != v.value.end();
        v.options.push_back({o.id, o.label.For(role), o.help, o.exclusive, selected});
    }
    v.min = q.min;
    v.max = q.max;
    v.integer = q.integer;
    v.earliest = q.not_before;
    if (q.not_future) v.latest = today_;
    v.max_length = q.type == QuestionType::Text ? q.max_length : 0;
    for (const auto& e : errors_)
        if (e.question == q.id) v.error = e;
    return v;
}

ScreenView FlowEngine::Current() const {
    const Screen& s = CurrentScreen();
    const Walk walk = Path();
    const std::string role = flow_.RoleOf(walk.answers);
    ScreenView v;
    v.id = s.id;
    v.kind = s.kind;
    v.calculator = s.calculator;
    v.title = s.TitleFor(role);
    v.role = role;
    int fold = 0;
    // A figure from a fact that is not V (shared/facts.md) is followed by its
    // hedge, a note "check it with DUO/IND/the gemeente", once after a run of
    // blocks that need the same one, in the same fold.
    std::string hedge;
    int hedge_fold = 0;
    auto flush = [&] {
        if (!hedge.empty()) v.blocks.push_back({"note", hedge, {}, hedge_fold});
        hedge.clear();
    };
    for (const auto& b : s.blocks) {
        if (b.type == "more") ++fold;  // counted in the content: a "more" block is shown to everyone
        if (!flow_.Shows(b, walk.answers)) continue;
        const std::string needs = HedgeOf(content_, b);
        if (!hedge.empty() && (needs != hedge || fold != hedge_fold || b.type == "more")) flush();
        v.blocks.push_back({b.type, b.type == "sources" ? std::string() : b.TextFor(role), content_.ResolveArgs(b), fold});
        if (!needs.empty()) {
            hedge = needs;
            hedge_fold = fold;
        }
        for (const auto& [name, spec] : b.args)
            if (spec.kind == ArgSpec::Kind::FactValue && std::find(v.fact_ids.begin(), v.fact_ids.end(), spec.fact) == v.fact_ids.end())
                v.fact_ids.push_back(spec.fact);
    }
    flush();
    for (const auto& q : s.questions)
        if (flow_.Shows(q, walk.answers)) v.questions.push_back(ViewOf(q, role));
    if (s.kind == ScreenKind::Route) v.route = flow_.IndicativeRoute(walk.answers);
    v.progress = Progress();
    v.can_go_back = session_.history.size() > 1;
    v.can_go_next = s.kind != ScreenKind::Finish;
    // Nothing asked here is required, and nothing is answered or half typed:
    // the way on is "skip", not "next".
    v.can_skip = s.kind == ScreenKind::Question && !v.questions.empty() &&
                 std::all_of(v.questions.begin(), v.questions.end(), [this](const QuestionView& q) {
                     return !q.required && q.value.empty() && Draft(q.id).empty();
                 });
    v.editing = Editing();
    return v;
}

// [SECTION] Answering

bool FlowEngine::OnCurrentScreen(const Question& q, const Walk& walk) const {
    return flow_.ScreenOfQuestion(q.id) == &CurrentScreen() && flow_.Shows(q, walk.answers);
}

void FlowEngine::SetError(ValidationError e) {
    ClearErrors(e.question);
    errors_.push_back(std::move(e));
}

void FlowEngine::ClearErrors(const std::string& question) {
    errors_.erase(std::remove_if(errors_.begin(), errors_.end(), [&](const ValidationError& e) { return e.question == question; }),
                  errors_.end());
}

bool FlowEngine::Answer(const std::string& question, AnswerValue value) {
    const Question* q = flow_.FindQuestion(question);
    if (!q || !OnCurrentScreen(*q, Path())) {
        // The UI only offers the current screen's questions; anything else is
        // a bug or a stale tap, and must not change what was answered.
        SetError({question, "error.not_on_screen", {}});
        return false;
    }
    if (IsEmptyAnswer(value)) {
        Clear(question);
        return true;
    }
    if (auto error = CheckAnswer(*q, value, today_)) {
        SetError(std::move(*error));
        return false;
    }
    ClearErrors(question);
    session_.answers[question] = std::move(value);
    if (question == flow_.settings().role_question) session_.role = session_.answers[question].front();
    return true;
}

bool FlowEngine::Toggle(const std::string& question, const std::string& option) {
    const Question* q = flow_.FindQuestion(question);
    if (!q || q->type != QuestionType::Multi) return Answer(question, option);
    AnswerValue value;
    if (auto a = session_.answers.find(question); a != session_.answers.end()) value = a->second;
    auto it = std::find(value.begin(), value.end(), option);
    if (it != value.end()) {
        value.erase(it);
    } else {
        // Ticking "none of these" unticks the rest, and the other way round.
        const Option* o = q->FindOption(option);
        if (o && o->exclusive) value.clear();
        value.erase(std::remove_if(value.begin(), value.end(), [&](const std::string& id) {
                        const Option* other = q->FindOption(id);
                        return other && other->exclusive;
                    }),
                    value.end());
        value.push_back(option);
    }
    return Answer(question, value);
}

void FlowEngine::Clear(const std::string& question) {
    ClearErrors(question);
    session_.answers.erase(question);
    if (question == flow_.settings().role_question) session_.role.clear();
}

// [SECTION] Moving

// The screen after the current one on the path. While changing an answer from
// the review, that is the first screen the change newly opened, or else the
// review itself.
std::string FlowEngine::NextTarget(const Walk& walk) {
    const Screen& s = CurrentScreen();
    const int index = walk.IndexOf(s.id);
    if (index < 0) {
        // Not on the path (content changed under a running session): follow the rules.
        std::string id = flow_.NextOf(s, walk.answers);
        while (!id.empty() && !walk.Contains(id)) {
            const Screen* t = flow_.FindScreen(id);
            id = t ? flow_.NextOf(*t, walk.answers) : std::string();
        }
        return id;
    }
    if (!Editing()) return index + 1 < static_cast<int>(walk.screens.size()) ? walk.screens[index + 1]->id : std::string();
    const auto& seen = session_.history;
    for (size_t i = static_cast<size_t>(index) + 1; i < walk.screens.size(); ++i) {
        const std::string& id = walk.screens[i]->id;
        if (id == session_.return_to || std::find(seen.begin(), seen.end(), id) == seen.end()) return id;
    }
    return session_.return_to;
}

bool FlowEngine::Next() {
    const Screen& s = CurrentScreen();
    const Walk walk = Path();
    errors_.clear();
    for (const auto& q : s.questions)
        if (q.required && flow_.Shows(q, walk.answers) && !walk.answers.count(q.id)) errors_.push_back({q.id, "error.required", {}});
    if (!errors_.empty()) return false;
    const std::string target = NextTarget(walk);
    if (target.empty()) return false;
    if (session_.history.empty()) session_.history.push_back(s.id);
    if (Editing() && target == session_.return_to) {
        // Back at the list: the detour leaves no trace, so "back" from the
        // review goes where it went before the change.
        auto it = std::find(session_.history.rbegin(), session_.history.rend(), target);
        if (it != session_.history.rend()) session_.history.erase(it.base(), session_.history.end());
        else session_.history.push_back(target);
        session_.return_to.clear();
        return true;
    }
    session_.history.push_back(target);
    return true;
}

bool FlowEngine::Back() {
    if (session_.history.size() <= 1) return false;
    errors_.clear();
    const Walk walk = Path();
    session_.history.pop_back();
    while (session_.history.size() > 1 && !walk.Contains(session_.history.back())) session_.history.pop_back();
    if (session_.history.back() == session_.return_to) session_.return_to.clear();
    return true;
}

bool FlowEngine::GoTo(const std::string& screen_id) {
    const Walk walk = Path();
    auto& h = session_.history;
    const Screen& current = CurrentScreen();
    const int target = walk.IndexOf(screen_id);
    if (screen_id == current.id || target < 0) return false;
    const bool visited = std::find(h.begin(), h.end(), screen_id) != h.end();
    if (current.kind == ScreenKind::Review) {
        // Any screen before the list on the path: also one a change opened
        // after the person had passed it (then "back" left it unvisited).
        const int here = walk.IndexOf(current.id);
        if (!visited && (here < 0 || target > here)) return false;
        errors_.clear();
        session_.return_to = current.id;
        h.push_back(screen_id);
        return true;
    }
    if (!visited) return false;
    errors_.clear();
    // Elsewhere it is a jump back along the path, as if pressing back several times.
    h.erase(std::find(h.rbegin(), h.rend(), screen_id).base(), h.end());
    if (!session_.return_to.empty() && std::find(h.begin(), h.end(), session_.return_to) == h.end()) session_.return_to.clear();
    return true;
}

// [SECTION] Results

// Every question on the path, in path order, answered or not: a skipped one
// says so and can still be answered. A question its screen hides (a follow-up
// whose condition does not hold) is not on the path.
std::vector<ReviewItem> FlowEngine::Review() const {
    const Walk walk = Path();
    std::vector<ReviewItem> items;
    Answers shown_so_far;  // a question's show_if sees the answers before it, as WalkFromStart does
    for (const Screen* s : walk.screens)
        for (const auto& q : s->questions) {
            auto a = walk.answers.find(q.id);
            if (a != walk.answers.end()) {
                items.push_back({&q, q.id, s->id, q.label, a->second});
                shown_so_far[q.id] = a->second;
            } else if (flow_.Shows(q, shown_so_far)) {
                items.push_back({&q, q.id, s->id, q.label, {}});
            }
        }
    return items;
}

RouteIndication FlowEngine::Route() const { return flow_.IndicativeRoute(Path().answers); }

std::vector<TopicItem> FlowEngine::Topics() const { return flow_.Topics(Path().answers); }

void FlowEngine::SetDraft(const std::string& question, const std::string& text) {
    if (text.empty())
        session_.drafts.erase(question);
    else
        session_.drafts[question] = text;
}

std::string FlowEngine::Draft(const std::string& question) const {
    auto it = session_.drafts.find(question);
    return it == session_.drafts.end() ? std::string() : it->second;
}

// [SECTION] Calculator inputs

bool FlowEngine::SetLoanAmount(int euros) {
    if (euros <= 0) return false;
    session_.calculators.amount_eur = euros;
    session_.calculators.amount_chosen = true;
    return true;
}

bool FlowEngine::SetLoanRate(int hundredths) {
    if (hundredths < 0 || hundredths > 2000) return false;
    session_.calculators.rate_hundredths = hundredths;
    return true;
}

void FlowEngine::SetLoanPayout(const Date& d) { session_.calculators.payout = d; }
void FlowEngine::SetLoanStart(const Date& d) { session_.calculators.start = d; }

bool FlowEngine::SetPricePerHour(int euros) {
    if (euros < 0 || euros > 1000) return false;
    session_.calculators.price_per_hour = euros;
    return true;
}

bool FlowEngine::SetMaterials(int euros) {
    if (euros < 0 || euros > 100000) return false;
    session_.calculators.materials = euros;
    return true;
}

bool FlowEngine::AnswerSchoolCheck(int school, calc::SchoolCheck check, calc::Tri value) {
    auto& c = session_.calculators;
    const int i = static_cast<int>(check);
    if (school < 0 || school >= c.schools || i < 0 || i >= calc::kSchoolChecks) return false;
    c.checks[school].checks[i] = value;
    c.answered[school][i] = true;
    return true;
}

bool FlowEngine::AddSchool() {
    if (session_.calculators.schools >= calc::kMaxSchools) return false;
    session_.calculators.schools++;
    return true;
}

void FlowEngine::Wipe() {
    session_.Wipe();
    errors_.clear();
}

}  // namespace wegwijs
