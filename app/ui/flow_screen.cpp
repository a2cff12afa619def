// The flow's screens: whatever screen the FlowEngine is on, drawn by its kind
// (info, question, route, calculator, review, finish), with the top bar, the
// progress indicator and back/next. Engine calls that move the flow are
// deferred with Later(): a screen changes at the start of the next frame.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "intake/calc_views.h"
#include "intake/summary.h"
#include "ui/app.h"
#include "ui/inputs.h"
#include "ui/widgets.h"

namespace wegwijs::ui {

void App::DrawFlow() {
    const ScreenView v = engine_->Current();
    calc_sources_.clear();
    const ImGuiIO& io = ImGui::GetIO();
    DrawTopBar(v.kind == ScreenKind::Finish ? nullptr : &v.progress);
    const float top = ImGui::GetCursorPosY();
    const FooterPlan footer = PlanFooter(v);
    const float bottom = io.DisplaySize.y - footer.height;
    BeginBody(top, bottom);
    Widgets ui(text_, metrics_);
    ui.Space(0.4f);
    // On a question screen with one question, the question is the heading and
    // the screen's title (its part of the journey) a small line above it.
    const bool one_question = v.questions.size() == 1 && v.kind == ScreenKind::Question;
    if (one_question) {
        // (Not when it only repeats the part's name in the top bar.)
        const std::string title = l10n_->Format(v.title);
        if (v.progress.section_title.empty() || title != l10n_->Format(v.progress.section_title)) ui.Overline(title);
        ui.Heading(l10n_->Format(v.questions[0].prompt));
    } else {
        ui.Heading(l10n_->Format(v.title));
    }
    term_help_.Offer(ui, *l10n_);  // "Wat betekent dit woord?" when the screen uses terms
    // The route screen shows its result first, the words around it after.
    if (v.kind != ScreenKind::Route) DrawBlocks(v, /*folded=*/false);
    for (const auto& q : v.questions) DrawQuestion(q, one_question);
    switch (v.kind) {
        case ScreenKind::Route: DrawRoute(v); break;
        case ScreenKind::Calculator: DrawCalculator(v); break;
        case ScreenKind::Review: DrawReview(); break;
        case ScreenKind::Finish: DrawHandover(); break;
        default: break;
    }
    // "Read more" parts come after what the screen is for.
    DrawBlocks(v, /*folded=*/true);
    std::vector<std::string> facts = v.fact_ids;
    for (const auto& id : calc_sources_)
        if (std::find(facts.begin(), facts.end(), id) == facts.end()) facts.push_back(id);
    DrawSources(facts);
    EndBody();
    DrawFooter(footer);
}

void App::DrawBlocks(const ScreenView& v, bool folded) {
    Widgets ui(text_, metrics_);
    for (const auto& b : v.blocks) {
        if (b.type == "sources" || b.text.empty() || (b.fold > 0) != folded) continue;
        const bool open = b.fold == 0 || open_folds_.count(b.fold) > 0;
        if (b.type == "more") {
            // "Read more": what it folds shows once it is tapped; the button then goes.
            if (!open) {
                ui.Space(0.2f);
                Unfolded(b.fold, ("##more-" + std::to_string(b.fold)).c_str(), l10n_->Format(b.text, b.args));
            }
            continue;
        }
        if (!open) continue;
        const std::string s = l10n_->Format(b.text, b.args);
        if (b.type == "heading")
            ui.Heading(s);
        else if (b.type == "bullet")
            ui.Bullet(s);
        else if (b.type == "note")
            ui.Note(s);
        else
            ui.Paragraph(s);
    }
}

void App::DrawSources(const std::vector<std::string>& fact_ids) {
    if (fact_ids.empty()) return;
    Widgets ui(text_, metrics_);
    if (ui.Button(l10n_->Format(show_sources_ ? "sources.hide" : "sources.show"), "##sources", ButtonKind::Secondary))
        show_sources_ = !show_sources_;
    if (!show_sources_) return;
    for (const auto& id : fact_ids) {
        const Fact* f = content_.FindFact(id);
        if (!f) continue;
        ui.Small(l10n_->Format("sources.item", {{"id", f->id}, {"source", f->source}, {"checked", f->checked}}));
        if (!f->Official()) ui.Small(l10n_->Format(f->HedgeKey()));  // anything but an official source: check with whom
    }
}

void App::DrawQuestion(const QuestionView& q, bool alone) {
    Widgets ui(text_, metrics_);
    ImGui::PushID(q.id.c_str());
    text_.SetScope(q.id);
    if (!alone) ui.Paragraph(l10n_->Format(q.prompt));
    if (!q.help.empty()) ui.Small(l10n_->Format(q.help));
    // The error first, where the eye lands, saying what to do.
    if (q.error) ui.Error(l10n_->Format("error.title"), l10n_->Format(q.error->key, q.error->args));
    const std::string qid = q.id;
    const std::string draft = engine_->Draft(qid);
    auto apply = [this, qid](const Edit& e, bool advance) {
        if (!e.draft && !e.answer && !e.clear) return;
        Later([this, qid, e] {
            if (e.draft) engine_->SetDraft(qid, *e.draft);
            if (e.clear) engine_->Clear(qid);
            if (e.answer) engine_->Answer(qid, *e.answer);
        });
        if (advance && e.complete) AdvanceSoon();
    };
    switch (q.type) {
        case QuestionType::Single:
        case QuestionType::YesNo:
        case QuestionType::Multi: {
            const bool multi = q.type == QuestionType::Multi;
            // On a wide screen, many short options sit in two columns, so the
            // question fits one screen; on a phone, one column.
            bool two = !metrics_.narrow && q.options.size() >= 4;
            for (const auto& o : q.options)
                if (two && (!o.help.empty() || !ui.ChoiceFitsOneLine(l10n_->Format(o.label), ui.RowWidth(2)))) two = false;
            float row_y = ImGui::GetCursorPosY(), row_bottom = row_y;
            for (size_t i = 0; i < q.options.size(); ++i) {
                const auto& o = q.options[i];
                const std::string id = "##opt-" + o.id;
                const std::string oid = o.id;
                if (two) {
                    if (i % 2 == 0) row_y = row_bottom;
                    ImGui::SetCursorPos(ImVec2(ui.RowX(static_cast<int>(i % 2), 2), std::round(row_y)));
                }
                if (ui.Choice(l10n_->Format(o.label), id.c_str(), o.selected, multi, two ? ui.RowWidth(2) : 0)) {
                    if (multi) {
                        Later([this, qid, oid] { engine_->Toggle(qid, oid); });
                    } else {
                        Later([this, qid, oid] { engine_->Answer(qid, oid); });
                        if (alone) AdvanceSoon();
                    }
                }
                if (two) row_bottom = std::max(row_bottom, ImGui::GetCursorPosY());
                if (!o.help.empty()) ui.Small(l10n_->Format(o.help));
            }
            if (two) ImGui::SetCursorPosY(std::round(row_bottom));
            break;
        }
        case QuestionType::Date: {
            const Date today = engine_->today();
            const Date earliest = q.earliest.value_or(Date{today.year - 30, 1, 1});
            const Date latest = q.latest.value_or(Date{today.year + 10, 12, 31});
            apply(DatePicker(ui, *l10n_, draft, q.value.empty() ? std::string() : q.value[0], earliest, latest), alone);
            break;
        }
        case QuestionType::Number: {
            const int lo = static_cast<int>(q.min.value_or(0)), hi = static_cast<int>(q.max.value_or(100));
            apply(NumberPad(ui, *l10n_, draft, q.value.empty() ? std::string() : q.value[0], lo, hi, q.unit), false);
            break;
        }
        case QuestionType::Text: {
            // Typed on the screen's own keyboard (the kiosk has none; a phone's
            // cannot reach the canvas), or on a real one.
            const std::string value = q.value.empty() ? std::string() : q.value[0];
            // Every layout's letters, also on its switch key (the web page loads
            // a script's font only when asked).
            for (const auto& layout : bundle_.keyboards.layouts()) fonts_.Ensure(layout.id);
            ImGui::PushID(qid.c_str());
            apply(TextKeyboard(ui, *l10n_, bundle_.keyboards, l10n_->language().script, keyboard_, draft, value,
                               q.max_length ? q.max_length : 200),
                  false);
            ImGui::PopID();
            break;
        }
    }
    // An answer can be taken back (dates and numbers have their own button).
    const bool own_clear = q.type == QuestionType::Date || q.type == QuestionType::Number;
    if (!q.value.empty() && !own_clear) {
        if (ui.SideButton(l10n_->Format("input.clear"), "##clear", 0.8f))
            Later([this, qid] {
                engine_->Clear(qid);
                engine_->SetDraft(qid, "");
            });
    }
    ui.Space(0.6f);
    text_.SetScope("");
    ImGui::PopID();
}

bool App::Unfolded(int fold, const char* id, const std::string& label) {
    if (open_folds_.count(fold)) return true;
    Widgets ui(text_, metrics_);
    if (ui.Button(label, id, ButtonKind::Secondary)) {
        open_folds_.insert(fold);
        idle_.RequestFrames(2);
    }
    return false;
}

// What the screen says besides its questions: an answer that makes a note
// appear (a show_if on the answer) must not move on before it can be read.
std::set<std::string> App::ScreenWords() const {
    std::set<std::string> words;
    for (const auto& b : engine_->Current().blocks)
        if (b.fold == 0) words.insert(b.type + ":" + b.text);
    return words;
}

void App::AdvanceSoon() {
    advance_words_ = ScreenWords();
    advance_from_ = engine_->CurrentScreen().id;
    advance_at_ = now_ + 0.35;
    idle_.RequestFrames(2);
}

void App::DrawRoute(const ScreenView& v) {
    if (!v.route) {
        DrawBlocks(v, /*folded=*/false);
        return;
    }
    Widgets ui(text_, metrics_);
    auto say = [this](const intake::Text& t) { return intake::Format(*l10n_, t); };
    const intake::RouteView r = intake::BuildRouteView(bundle_, *engine_, *v.route);
    ui.Result(say(r.result));
    ui.Paragraph(say(r.reason));
    if (r.note) ui.Note(say(*r.note));
    // The answers it rests on, one tap away (the reason above says it in words).
    const std::string role = engine_->Role();
    if (!r.based_on.empty() && Unfolded(-3, "##route-why", say(r.why)))
        for (const auto& [q, value] : r.based_on) ui.Bullet(l10n_->Format(q->label) + ": " + RenderAnswer(*l10n_, *q, value, role));
    // The screen's own words: "only an indication" and the like.
    DrawBlocks(v, /*folded=*/false);
    if (!r.has_cost) return;
    ui.Heading(say(r.cost_heading));
    for (const auto& line : r.cost_lines) ui.Bullet(say(line));
    if (r.above_loan) ui.Note(say(*r.above_loan));
    ui.Note(say(r.cost_estimate));
    for (const auto& id : r.sources) calc_sources_.push_back(id);
    // Their school's own prices, for who has them: folded, the examples hold until then.
    if (!Unfolded(-1, "##own-prices", l10n_->Format("more.read"))) return;
    ui.Small(say(r.price_label));
    int price = r.price_per_hour;
    int materials = r.materials;
    if (NumberStepper(ui, "##price", price, 0, 100, 1, l10n_->FormatMoney(price))) engine_->SetPricePerHour(price);
    ui.Small(say(r.materials_label));
    if (NumberStepper(ui, "##materials", materials, 0, 2000, 25, l10n_->FormatMoney(materials))) engine_->SetMaterials(materials);
}

void App::DrawReview() {
    Widgets ui(text_, metrics_);
    const std::string role = engine_->Role();
    auto change_button = [&](const std::string& label_key, const std::string& id, const std::string& screen) {
        if (ui.SideButton(l10n_->Format(label_key), id.c_str())) Later([this, screen] { engine_->GoTo(screen); });
        ui.Space(0.4f);
    };
    const intake::ReviewView review = intake::BuildReviewView(*engine_);
    // Every question on the way, answered or not.
    for (const auto& item : review.items) {
        if (!item.question) continue;
        ui.Small(l10n_->Format(item.label));
        const bool answered = !item.value.empty();
        if (answered)
            ui.Paragraph(RenderAnswer(*l10n_, *item.question, item.value, role));
        else
            ui.Paragraph(l10n_->Format("review.unanswered"), colors::kMuted);
        change_button(answered ? "review.change" : "review.answer_now", "##change-" + item.question_id, item.screen);
    }
    // The indicated route and what the calculators were set to.
    for (const auto& line : review.settings) {
        ui.Small(l10n_->Format(line.label));
        ui.Paragraph(line.euros ? l10n_->FormatMoney(*line.euros) : l10n_->Format(line.value_key));
        if (line.screen.empty())
            ui.Space(0.4f);
        else
            change_button("review.change", line.id, line.screen);
    }
}

// The fixed footer: Back on the reading-start side, the way on at the reading
// end: Next, or Skip while an optional question is unanswered, or "back to
// the overview" while changing an answer. It never scrolls away, and grows
// when a label needs two lines.
App::FooterPlan App::PlanFooter(const ScreenView& v) {
    FooterPlan f;
    f.back = v.can_go_back && !v.editing;
    if (v.kind == ScreenKind::Finish) {
        f.forward_key = "nav.stop";
        f.forward_id = "##finish-stop";
    } else if (!v.can_go_next) {
        f.forward_key.clear();
    } else if (v.editing) {
        f.forward_key = "nav.back_to_review";
    } else if (v.can_skip) {
        f.forward_key = "nav.skip";
        f.forward_id = "##skip";
        f.forward_kind = ButtonKind::Secondary;
    }
    const int n = (f.back ? 1 : 0) + (f.forward_key.empty() ? 0 : 1);
    Widgets ui(text_, metrics_);
    f.width = n == 2 ? ui.RowWidth(2) : std::min(metrics_.content_width, ui.RowWidth(2));
    const float pad = std::min(metrics_.body_px * 0.8f, f.width * 0.12f);
    float text_h = 0;
    if (f.back) text_h = std::max(text_h, text_.Height(l10n_->Format("nav.back"), metrics_.body_px, f.width - 2 * pad));
    if (!f.forward_key.empty())
        text_h = std::max(text_h, text_.Height(l10n_->Format(f.forward_key), metrics_.body_px, f.width - 2 * pad));
    f.height = std::max(metrics_.button_height, text_h + pad) + metrics_.margin;
    return f;
}

void App::DrawFooter(const FooterPlan& f) {
    Widgets ui(text_, metrics_);
    const ImGuiIO& io = ImGui::GetIO();
    const float top = io.DisplaySize.y - f.height;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, top), io.DisplaySize, IM_COL32_WHITE);
    dl->AddLine(ImVec2(0, top), ImVec2(io.DisplaySize.x, top), colors::kBorder);
    const float y = top + metrics_.margin * 0.5f;
    const float w = f.width;
    const float end_x = text_.rtl() ? metrics_.content_left : metrics_.content_left + metrics_.content_width - w;
    const float start_x = text_.rtl() ? metrics_.content_left + metrics_.content_width - w : metrics_.content_left;
    if (f.back) {
        ImGui::SetCursorPos(ImVec2(start_x, std::round(y)));
        if (ui.Button(l10n_->Format("nav.back"), "##back", ButtonKind::Secondary, w)) Later([this] { engine_->Back(); });
    }
    if (f.forward_key.empty()) return;
    ImGui::SetCursorPos(ImVec2(end_x, std::round(y)));
    if (ui.Button(l10n_->Format(f.forward_key), f.forward_id, f.forward_kind, w)) {
        if (f.forward_key == "nav.stop")
            AskStopAndErase();
        else
            Later([this] { engine_->Next(); });
    }
}

}  // namespace wegwijs::ui
