// The questionnaire engine: drives one person's Session through the Flow.
// Headless and language-independent: views hold catalog keys and resolved
// arguments; the UI formats them in whatever language is current, so the
// language can change at any moment without touching an answer.
//
//   FlowEngine engine(content, session);
//   ScreenView v = engine.Current();          // draw v.title, v.blocks, v.questions
//   engine.Answer("age_band", "18_29");       // false: v.questions[i].error says why
//   engine.Next();  engine.Back();            // back follows the path actually taken
//   v.progress.section, v.progress.sections   // "part 2 of 6", v.progress.section_title
//   engine.Review();  engine.GoTo("q_age");   // every question, answered or not; change one, Next() returns to the review
//   engine.Wipe();                            // stop and erase
//
// [SECTION] Views for the UI
// [SECTION] FlowEngine
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/content.h"
#include "intake/answer_check.h"
#include "model/flow.h"
#include "session/session.h"

namespace wegwijs {

// [SECTION] Views for the UI

struct OptionView {
    std::string id;
    std::string label;  // catalog key, for the person's role
    std::string help;   // catalog key or empty
    bool exclusive = false;
    bool selected = false;
};

struct QuestionView {
    const Question* model = nullptr;
    std::string id;
    QuestionType type = QuestionType::Single;
    std::string prompt;  // catalog key, for the person's role
    std::string help;    // catalog key or empty
    std::string label;   // catalog key: the short label of the review list
    std::string unit;    // number: catalog key formatting {n}, or empty
    bool required = false;
    std::vector<OptionView> options;
    AnswerValue value;  // as stored: option ids, ISO date, number, text
    std::optional<double> min, max;
    bool integer = true;
    std::optional<Date> earliest, latest;  // date: latest is today when the date may not be in the future
    size_t max_length = 0;
    std::optional<ValidationError> error;
};

struct BlockView {
    std::string type;  // "heading", "paragraph", "bullet", "note", "sources", "more"
    std::string text;  // catalog key, for the person's role (empty for sources; for "more" the button's label)
    Args args;         // resolved from facts and the gemeente profile
    // 0: always shown. n > 0: the screen's nth "more" block (type "more": the
    // button) and the blocks it folds (shown once that button was tapped).
    int fold = 0;
};

// Where the person is: by section ("Part 2 of 6: About you", flow.json
// sections) and, for compatibility, by screen.
struct FlowProgress {
    int section = 1;            // 1-based number of the current screen's section
    int sections = 1;           // how many sections there are: fixed, the same for every path
    std::string section_title;  // catalog key, for the person's role
    int section_step = 1;       // 1-based position of the screen among its section's screens on the path
    int section_steps = 1;      // its section's screens on the path as the answers stand now (it can change)
    int step = 1;               // 1-based position of the current screen on the path
    int total = 1;              // screens on the path as the answers stand now (it can change)
};

struct ScreenView {
    std::string id;
    ScreenKind kind = ScreenKind::Info;
    Calculator calculator = Calculator::None;  // kind calculator: which one
    std::string title;       // catalog key
    std::vector<BlockView> blocks;
    std::vector<QuestionView> questions;
    std::vector<std::string> fact_ids;     // facts behind the figures shown (the sources list)
    std::optional<RouteIndication> route;  // kind route: the indicative route and why
    FlowProgress progress;
    bool can_go_back = false;
    bool can_go_next = true;  // false on the finish screen
    bool can_skip = false;    // only optional questions, none answered yet: "skip" instead of "next"
    bool editing = false;     // changing an answer from the review: Next() returns there
    std::string role;
};

// One line of "check your answers": every question on the path, answered or not.
struct ReviewItem {
    const Question* question = nullptr;
    std::string question_id;
    std::string screen;  // GoTo(screen) to change or answer it
    std::string label;   // catalog key
    AnswerValue value;   // empty: not answered (skipped)
    bool answered() const { return !value.empty(); }
};

// The hedge ("hedge.duo", ...) a block's figures need, or "" when all of
// them come from official (V) facts; the engine adds it as a note after them.
std::string HedgeOf(const Content& content, const Block& b);

// [SECTION] FlowEngine

class FlowEngine {
public:
    // Both must outlive the engine. The session may already hold answers (or
    // be wiped by someone else): the engine keeps no copy of them.
    FlowEngine(const Content& content, Session& session);

    // "Today" for dates that may not lie in the future; defaults to the clock.
    void SetToday(const Date& today) { today_ = today; }
    const Date& today() const { return today_; }
    static Date SystemToday();

    const Screen& CurrentScreen() const;
    ScreenView Current() const;
    FlowProgress Progress() const;

    // Answers a question of the current screen. Invalid values are not stored;
    // false, and Current() shows the error. An empty value clears the answer.
    bool Answer(const std::string& question, AnswerValue value);
    bool Answer(const std::string& question, const std::string& value) { return Answer(question, AnswerValue{value}); }
    // Multiple choice: ticks or unticks one option.
    bool Toggle(const std::string& question, const std::string& option);
    void Clear(const std::string& question);
    const std::vector<ValidationError>& errors() const { return errors_; }

    // Moves on if every required question of the current screen is answered;
    // otherwise false with an "error.required" per missing answer.
    bool Next();
    // Back along the path actually taken, skipping screens the answers now hide.
    bool Back();
    // To a screen already visited on the current path. From a review screen
    // this starts changing an answer: Next() then comes back to the review,
    // after any question the change newly opened. From a review screen any
    // screen before it on the path will do, visited or not, so every line of
    // Review() can be changed or answered.
    bool GoTo(const std::string& screen_id);
    bool Editing() const { return !session_.return_to.empty(); }

    // Every question on the current path in path order, answered or not.
    std::vector<ReviewItem> Review() const;
    RouteIndication Route() const;
    std::vector<TopicItem> Topics() const;
    // The path from the start as the answers stand, and the answers that count.
    Walk Path() const { return flow_.WalkFromStart(session_.answers); }
    std::string Role() const { return flow_.RoleOf(Path().answers); }

    // What the person sets on the calculator screens, kept in the session
    // beside the answers (and wiped with them). Out-of-range values are not
    // stored: false.
    bool SetLoanAmount(int euros);
    bool SetLoanRate(int hundredths);  // 1.78% = 178, 0 to 20%
    void SetLoanPayout(const Date& d);
    void SetLoanStart(const Date& d);
    bool SetPricePerHour(int euros);
    bool SetMaterials(int euros);
    bool AnswerSchoolCheck(int school, calc::SchoolCheck check, calc::Tri value);
    bool AddSchool();  // up to calc::kMaxSchools side by side
    // An answer being entered but not complete yet (a date's year and month,
    // the digits on a number pad); empty text forgets it.
    void SetDraft(const std::string& question, const std::string& text);
    std::string Draft(const std::string& question) const;

    void SetLanguage(const std::string& code) { session_.language = code; }
    // Stop and erase: everything the person entered, gone.
    void Wipe();

    const Content& content() const { return content_; }
    const Flow& flow() const { return flow_; }
    const Session& session() const { return session_; }

private:
    bool OnCurrentScreen(const Question& q, const Walk& walk) const;
    QuestionView ViewOf(const Question& q, const std::string& role) const;
    std::string NextTarget(const Walk& walk);
    void SetError(ValidationError e);
    void ClearErrors(const std::string& question);

    const Content& content_;
    const Flow& flow_;
    Session& session_;
    Date today_;
    std::vector<ValidationError> errors_;
};

}  // namespace wegwijs
