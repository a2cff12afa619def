// The calculator screens of the flow (kind "calculator"): the DUO loan
// estimate with its debt chart, the residence and integration time line, and
// the language-school checklist. They draw the views app/core/intake builds
// (calc_views.h) and send what the person sets to the engine; every figure's
// basis is one tap away (DrawSources with the facts used).
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "calc/schools.h"
#include "intake/calc_views.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/inputs.h"
#include "ui/widgets.h"

namespace wegwijs::ui {
namespace {


// A picture of a check's state for people who read little: a green tick, a
// red cross, or a grey question mark, on the reading-start side of the row.
void CheckPicture(Widgets& ui, calc::Tri state) {
    const auto& m = ui.metrics();
    const float r = m.body_px * 0.55f;
    ImGui::SetCursorPosX(m.content_left);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float cx = ui.text().rtl() ? p.x + m.content_width - r : p.x + r;
    const ImVec2 c(cx, p.y + r);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float t = std::max(2.0f, r * 0.22f);
    switch (state) {
        case calc::Tri::Yes:
            dl->AddCircleFilled(c, r, IM_COL32(30, 130, 60, 255));
            dl->AddLine(ImVec2(c.x - r * 0.45f, c.y), ImVec2(c.x - r * 0.1f, c.y + r * 0.4f), colors::kOnAccent, t);
            dl->AddLine(ImVec2(c.x - r * 0.1f, c.y + r * 0.4f), ImVec2(c.x + r * 0.5f, c.y - r * 0.4f), colors::kOnAccent, t);
            break;
        case calc::Tri::No:
            dl->AddCircleFilled(c, r, IM_COL32(190, 40, 30, 255));
            dl->AddLine(ImVec2(c.x - r * 0.4f, c.y - r * 0.4f), ImVec2(c.x + r * 0.4f, c.y + r * 0.4f), colors::kOnAccent, t);
            dl->AddLine(ImVec2(c.x + r * 0.4f, c.y - r * 0.4f), ImVec2(c.x - r * 0.4f, c.y + r * 0.4f), colors::kOnAccent, t);
            break;
        case calc::Tri::Unknown: {
            dl->AddCircle(c, r - t * 0.5f, colors::kBorder, 0, t);
            const float size = r * 1.4f;
            dl->AddText(ImGui::GetFont(), size, ImVec2(c.x - size * 0.27f, c.y - size * 0.62f), colors::kMuted, "?");
            break;
        }
    }
}


}  // namespace

void App::DrawCalculator(const ScreenView& v) {
    Widgets ui(text_, metrics_);
    auto say = [this](const intake::Text& t) { return intake::Format(*l10n_, t); };
    // A problem with the person's answers, in their language, with the way
    // back to the answer it concerns.
    auto notice = [&](const intake::InputNotice& n) {
        ui.Note(say(n.text));
        const wegwijs::Screen* s = n.question.empty() ? nullptr : content_.flow().ScreenOfQuestion(n.question);
        if (s && ui.SideButton(l10n_->Format("review.change"), "##fix-answer"))
            Later([this, id = s->id] { engine_->GoTo(id); });
    };
    std::vector<std::string> used;

    switch (v.calculator) {
        case Calculator::Loan: {
            const intake::LoanView l = intake::BuildLoanView(bundle_, *engine_);
            ui.Heading(l10n_->Format("calc.loan.heading"));
            ui.Paragraph(l10n_->Format("calc.loan.amount"));
            int amount = l.amount_eur;
            if (NumberStepper(ui, "##amount", amount, l.amount_min, l.amount_max, l.amount_step, l10n_->FormatMoney(amount)))
                engine_->SetLoanAmount(amount);
            if (l.problem) {
                notice(*l.problem);
                break;
            }
            ui.Result(say(l.result));
            ui.Small(say(l.estimate));
            used = l.sources;
            if (Unfolded(-2, "##loan-details", l10n_->Format("more.read"))) {
                ui.Paragraph(say(l.totals));
                std::vector<DebtPoint> points;
                for (const auto& [date, euros] : l.debt) points.push_back({date, euros});
                ui.Small(say(l.chart_caption));
                DebtChart(ui, *l10n_, points, "##debt-chart");
                ui.Paragraph(say(l.rate_note));
                int r = l.rate_hundredths;
                if (NumberStepper(ui, "##rate", r, 0, 2000, 10,
                                  l10n_->FormatPattern("{r, number, :: percent scale/0.01 .00}", {{"r", int64_t{r}}})))
                    engine_->SetLoanRate(r);
                ui.Paragraph(l10n_->Format("calc.loan.payout"));
                Date payout = l.payout;
                if (DateInput(ui, *l10n_, "##payout", payout, l.payout_min, l.payout_max)) engine_->SetLoanPayout(payout);
                ui.Paragraph(l10n_->Format("calc.loan.start"));
                if (l.start_hint) ui.Small(say(*l.start_hint));
                Date start = l.start;
                if (DateInput(ui, *l10n_, "##start", start, l.start_min, l.start_max)) engine_->SetLoanStart(start);
            }
            break;
        }
        case Calculator::Timeline: {
            const intake::TimelineView t = intake::BuildTimelineView(bundle_, *engine_);
            if (t.problem) {
                notice(*t.problem);
                break;
            }
            std::vector<TimelineMark> marks;
            for (const auto& m : t.marks) marks.push_back({say(m.label), m.date});
            TimelineStrip(ui, *l10n_, marks, engine_->today(), say(t.today), "##timeline");
            for (const auto& u : t.unknown) ui.Small(say(u));
            // Numbered as on the strip above, whose list gives the dates.
            const bool all = open_folds_.count(-4) > 0;
            if (!t.groups.empty()) ui.Heading(say(t.conditions_heading));
            for (const auto& g : t.groups) {
                if (!all && !g.any_in_view) continue;
                ui.Paragraph(say(g.milestone));
                for (const auto& c : g.conditions)
                    if (all || c.in_view) ui.Bullet(say(c.text));
            }
            if (!all && t.has_folded) Unfolded(-4, "##timeline-more", l10n_->Format("more.read"));
            used = t.sources;
            break;
        }
        case Calculator::Schools: {
            const intake::SchoolsView sv = intake::BuildSchoolsView(*engine_);
            for (size_t school = 0; school < sv.schools.size(); ++school) {
                const auto& sc = sv.schools[school];
                ImGui::PushID(static_cast<int>(school));
                ui.Heading(say(sc.heading));
                for (size_t c = 0; c < sc.checks.size(); ++c) {
                    const auto& check = sc.checks[c];
                    ImGui::PushID(static_cast<int>(c));
                    CheckPicture(ui, check.state);
                    ui.Paragraph(l10n_->Format(check.key), colors::kText, metrics_.body_px * 1.6f);
                    const float y = ImGui::GetCursorPosY();
                    float bottom = y;
                    const int n = static_cast<int>(sv.answers.size());
                    for (int k = 0; k < n; ++k) {
                        const auto& [value, key] = sv.answers[k];
                        ImGui::SetCursorPos(ImVec2(ui.RowX(k, n), std::round(y)));
                        ImGui::PushID(k);
                        const bool chosen = check.answered && check.state == value;  // nothing chosen beforehand
                        if (ui.Button(l10n_->Format(key), "##a", chosen ? ButtonKind::Selected : ButtonKind::Choice, ui.RowWidth(n)))
                            engine_->AnswerSchoolCheck(static_cast<int>(school), calc::AllSchoolChecks()[c], value);
                        ImGui::PopID();
                        bottom = std::max(bottom, ImGui::GetCursorPosY());
                    }
                    ImGui::SetCursorPosY(std::round(bottom));
                    ImGui::PopID();
                }
                if (sc.blocking) ui.Note(say(*sc.blocking));
                ImGui::PopID();
            }
            if (sv.add && ui.Button(say(*sv.add), "##add-school", ButtonKind::Secondary)) engine_->AddSchool();
            used = sv.sources;
            break;
        }
        case Calculator::None:
            break;
    }
    // The facts behind the calculated figures join the screen's own sources.
    for (const auto& id : used)
        if (content_.FindFact(id) && std::find(calc_sources_.begin(), calc_sources_.end(), id) == calc_sources_.end())
            calc_sources_.push_back(id);
}

}  // namespace wegwijs::ui
