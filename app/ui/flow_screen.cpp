// The flow's screens: whatever screen the FlowEngine is on, drawn by its kind
// (info, question, route, calculator, review, finish), with the top bar, the
// progress indicator and back/next. Engine calls that move the flow are
// deferred with Later(): a screen changes at the start of the next frame.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "calc/from_answers.h"
#include "calc/routes.h"
#include "ui/inputs.h"
#include "flow/summary.h"
#include "ui/app.h"
#include "ui/inputs.h"
#include "ui/widgets.h"

namespace wegwijs::ui {

void App::DrawFlow() {
    const ScreenView v = engine_->Current();
    calc_sources_.clear();
    DrawTopBar(v.kind == ScreenKind::Finish ? nullptr : &v.progress);
    Widgets ui(text_, metrics_);
    ui.Heading(l10n_->Format(v.title));
    DrawBlocks(v);
    for (const auto& q : v.questions) DrawQuestion(q);
    switch (v.kind) {
        case ScreenKind::Route: DrawRoute(v); break;
        case ScreenKind::Calculator: DrawCalculator(v); break;
        case ScreenKind::Review: DrawReview(); break;
        default: break;
    }
    std::vector<std::string> facts = v.fact_ids;
    for (const auto& id : calc_sources_)
        if (std::find(facts.begin(), facts.end(), id) == facts.end()) facts.push_back(id);
    DrawSources(facts);
    DrawNavigation(v);
}

void App::DrawBlocks(const ScreenView& v) {
    Widgets ui(text_, metrics_);
    for (const auto& b : v.blocks) {
        if (b.type == "sources" || b.text.empty()) continue;
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
        if (f->status == "U") ui.Small(l10n_->Format("sources.unverified"));
    }
}

void App::DrawQuestion(const QuestionView& q) {
    Widgets ui(text_, metrics_);
    ImGui::PushID(q.id.c_str());
    ui.Paragraph(l10n_->Format(q.prompt));
    if (!q.help.empty()) ui.Small(l10n_->Format(q.help));
    const std::string qid = q.id;
    switch (q.type) {
        case QuestionType::Single:
        case QuestionType::YesNo:
            for (const auto& o : q.options) {
                const std::string id = "##opt-" + o.id;
                const std::string oid = o.id;
                if (ui.Button(l10n_->Format(o.label), id.c_str(), o.selected ? ButtonKind::Selected : ButtonKind::Choice))
                    Later([this, qid, oid] { engine_->Answer(qid, oid); });
                if (!o.help.empty()) ui.Small(l10n_->Format(o.help));
            }
            break;
        case QuestionType::Multi:
            for (const auto& o : q.options) {
                const std::string id = "##opt-" + o.id;
                const std::string oid = o.id;
                const std::string mark = o.selected ? "\u2713 " : "";
                if (ui.Button(mark + l10n_->Format(o.label), id.c_str(), o.selected ? ButtonKind::Selected : ButtonKind::Choice))
                    Later([this, qid, oid] { engine_->Toggle(qid, oid); });
            }
            break;
        case QuestionType::Date: {
            const Date today = engine_->today();
            const Date earliest = q.earliest.value_or(Date{today.year - 30, 1, 1});
            const Date latest = q.latest.value_or(Date{today.year + 10, 12, 31});
            if (q.value.empty()) {
                if (ui.Button(l10n_->Format("input.set_date"), "##set-date", ButtonKind::Choice)) {
                    const std::string v = ToIso(std::clamp(today, earliest, latest));
                    Later([this, qid, v] { engine_->Answer(qid, v); });
                }
            } else {
                Date d = ParseIsoDate(q.value[0]).value_or(today);
                ui.Paragraph(l10n_->FormatPattern("{d, date, long}", {{"d", d}}), colors::kAccent);
                if (DateInput(ui, *l10n_, "##date", d, earliest, latest)) {
                    const std::string v = ToIso(d);
                    Later([this, qid, v] { engine_->Answer(qid, v); });
                }
            }
            break;
        }
        case QuestionType::Number: {
            const int lo = static_cast<int>(q.min.value_or(0)), hi = static_cast<int>(q.max.value_or(100));
            if (q.value.empty()) {
                if (ui.Button(l10n_->Format("input.set_number"), "##set-number", ButtonKind::Choice)) {
                    const std::string v = std::to_string(lo);
                    Later([this, qid, v] { engine_->Answer(qid, v); });
                }
            } else {
                int n = std::atoi(q.value[0].c_str());
                const std::string shown =
                    q.unit.empty() ? std::to_string(n) : l10n_->Format(q.unit, {{"n", int64_t{n}}});
                if (NumberStepper(ui, "##number", n, lo, hi, 1, shown)) {
                    const std::string v = std::to_string(n);
                    Later([this, qid, v] { engine_->Answer(qid, v); });
                }
            }
            break;
        }
        case QuestionType::Text: {
            // Typed text needs a keyboard (the web page; a kiosk with one).
            std::string value = q.value.empty() ? std::string() : q.value[0];
            ImGui::SetCursorPosX(metrics_.content_left);
            ImGui::SetNextItemWidth(metrics_.content_width);
            ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(metrics_.body_px * 0.5f, metrics_.body_px * 0.5f));
            if (ImGui::InputText("##text", &value)) Later([this, qid, value] { engine_->Answer(qid, value); });
            ImGui::PopStyleVar();
            ui.Space(0.5f);
            break;
        }
    }
    if (q.error) ui.Note(l10n_->Format(q.error->key, q.error->args));
    ui.Space(0.6f);
    ImGui::PopID();
}

void App::DrawRoute(const ScreenView& v) {
    if (!v.route) return;
    Widgets ui(text_, metrics_);
    const RouteInfo* info = content_.flow().FindRoute(v.route->route);
    ui.Note(l10n_->Format("route.your_route", {{"route", l10n_->Format(info ? info->name : v.route->route)}}));
    ui.Paragraph(l10n_->Format(v.route->reason));
    const std::string role = engine_->Role();
    const Walk walk = engine_->Path();
    for (const auto& qid : v.route->based_on) {
        const Question* q = content_.flow().FindQuestion(qid);
        auto a = walk.answers.find(qid);
        if (!q || a == walk.answers.end()) continue;
        ui.Bullet(l10n_->Format(q->label) + ": " + RenderAnswer(*l10n_, *q, a->second, role));
    }
    // (The "only an indication" note is a block of the route screen itself.)
    // What the indicated route asks and may cost, at the hours a week they gave.
    auto& state = session_.calculators;
    const calc::RouteCostInput in = calc::RouteInputFrom(v.route->route, walk.answers, state);
    if (calc::CheckRouteInput(in)) return;  // e.g. exemption: nothing to estimate
    const calc::RouteCost cost = calc::EstimateRoute(in, calc_facts_);
    ui.Heading(l10n_->Format("calc.route.heading"));
    ui.Bullet(l10n_->Format(cost.hours_are_example ? "calc.route.hours_example" : "calc.route.hours",
                            {{"hours", int64_t{cost.hours}}, {"months", int64_t{cost.months}}, {"per_week", int64_t{in.hours_per_week}}}));
    if (cost.needs_keurmerk_school) ui.Bullet(l10n_->Format("calc.route.keurmerk"));
    ui.Bullet(l10n_->Format("calc.route.cost", {{"course", Money{cost.course_cost}},
                                                 {"per_hour", Money{cost.price_per_hour}},
                                                 {"materials", Money{cost.materials}},
                                                 {"exams", Money{cost.exam_fees}},
                                                 {"examples", int64_t{cost.prices_are_examples ? 1 : 0}},  // a number: text arguments are bidi-isolated
                                                 {"total", Money{cost.total}}}));
    ui.Small(l10n_->Format("calc.route.price"));
    // Prices: the school's own, set here; until then the examples of F-COST-3.
    int price = static_cast<int>(std::lround(cost.price_per_hour));
    int materials = static_cast<int>(std::lround(cost.materials));
    if (NumberStepper(ui, "##price", price, 0, 100, 1, l10n_->FormatMoney(price))) state.price_per_hour = price;
    ui.Small(l10n_->Format("calc.route.materials"));
    if (NumberStepper(ui, "##materials", materials, 0, 2000, 25, l10n_->FormatMoney(materials))) state.materials = materials;
    ui.Note(l10n_->Format("calc.route.estimate"));
    for (const auto& s : cost.sources) calc_sources_.push_back(s.id);
}

void App::DrawReview() {
    Widgets ui(text_, metrics_);
    const std::string role = engine_->Role();
    for (const auto& item : engine_->Review()) {
        if (!item.question) continue;
        ui.Small(l10n_->Format(item.label));
        ui.Paragraph(RenderAnswer(*l10n_, *item.question, item.value, role));
        const std::string id = "##change-" + item.question_id;
        const std::string screen = item.screen;
        const float w = std::min(metrics_.content_width, metrics_.body_px * 10);
        ImGui::SetCursorPosX(text_.rtl() ? metrics_.content_left + metrics_.content_width - w : metrics_.content_left);
        if (ui.Button(l10n_->Format("review.change"), id.c_str(), ButtonKind::Secondary, w))
            Later([this, screen] { engine_->GoTo(screen); });
        ui.Space(0.4f);
    }
}

void App::DrawNavigation(const ScreenView& v) {
    Widgets ui(text_, metrics_);
    ui.Space(0.8f);
    const int n = (v.can_go_back ? 1 : 0) + (v.can_go_next ? 1 : 0);
    if (n > 0) {
        const float y = ImGui::GetCursorPosY();
        float bottom = y;
        int slot = 0;
        if (v.can_go_back) {
            ImGui::SetCursorPos(ImVec2(ui.RowX(slot++, n), y));
            if (ui.Button(l10n_->Format("nav.back"), "##back", ButtonKind::Secondary, ui.RowWidth(n)))
                Later([this] { engine_->Back(); });
            bottom = std::max(bottom, ImGui::GetCursorPosY());
        }
        if (v.can_go_next) {
            ImGui::SetCursorPos(ImVec2(ui.RowX(slot, n), y));
            const char* key = v.editing ? "nav.back_to_review" : "nav.next";
            if (ui.Button(l10n_->Format(key), "##next", ButtonKind::Primary, ui.RowWidth(n)))
                Later([this] { engine_->Next(); });
            bottom = std::max(bottom, ImGui::GetCursorPosY());
        }
        ImGui::SetCursorPosY(bottom);
    }
    if (v.kind == ScreenKind::Finish) {
        ui.Space(0.5f);
        if (ui.Button(l10n_->Format("nav.stop"), "##finish-stop", ButtonKind::Primary)) StopAndErase();
    }
    ui.Space(2.0f);
}

}  // namespace wegwijs::ui
