// The calculator screens of the flow (kind "calculator"): the DUO loan
// estimate with its debt chart, the residence and integration time line, and
// the language-school checklist. The numbers come from app/core/calc; every
// figure's basis is one tap away (DrawSources with the facts used).
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "intake/bindings.h"
#include "calc/loan.h"
#include "calc/routes.h"
#include "calc/schools.h"
#include "calc/timeline.h"
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
    const calc::CalcFacts& facts = calc_facts_;
    const Walk walk = engine_->Path();
    const Date today = engine_->today();
    std::vector<std::string> used;

    if (v.calculator == "loan") {
        // One input (the amount), the answer in large type; rate, dates,
        // totals and the chart under "read more".
        auto& s = session_.calculators;
        ui.Heading(l10n_->Format("calc.loan.heading"));
        ui.Paragraph(l10n_->Format("calc.loan.amount"));
        if (NumberStepper(ui, "##amount", s.amount_eur, 250, static_cast<int>(facts.loan_cap_eur), 250,
                          l10n_->FormatMoney(s.amount_eur)))
            s.amount_chosen = true;
        const int rate_h = s.rate_hundredths >= 0 ? s.rate_hundredths : static_cast<int>(std::lround(facts.loan_rate_percent * 100));
        Date payout = s.payout.value_or(today);
        // Repayment starts at the latest 6 months after the term; from the
        // person's answers when they allow it.
        const calc::Timeline t = calc::BuildTimeline(calc::TimelineInputFrom(walk.answers), facts);
        std::optional<Date> derived;
        for (const auto& m : t.milestones)
            if (m.id == "loan_repayment_start") derived = m.date;
        Date start = std::max(s.start.value_or(derived.value_or(AddMonths(payout, 42))), payout);
        calc::LoanInput in;
        in.amount_eur = s.amount_eur;
        in.rate_percent = rate_h / 100.0;
        in.payout = payout;
        in.repayment_start = start;
        in.months = facts.repayment_years * 12;
        if (auto problem = calc::CheckLoanInput(in, facts)) {
            ui.Note(*problem);
            return;
        }
        const calc::LoanEstimate e = calc::EstimateLoan(in, facts);
        ui.Result(l10n_->Format("calc.loan.result", {{"monthly", Money{e.monthly_payment}},
                                                      {"payments", int64_t{e.payments}},
                                                      {"first", e.first_payment_date},
                                                      {"last", e.last_payment_date}}));
        ui.Small(l10n_->Format("calc.loan.estimate"));
        for (const auto& src : e.sources) used.push_back(src.id);
        if (Unfolded(-2, "##loan-details", l10n_->Format("more.read"))) {
            ui.Paragraph(l10n_->Format("calc.loan.totals", {{"balance", Money{e.balance_at_start}},
                                                             {"total", Money{e.total_repaid}},
                                                             {"interest", Money{e.total_interest}}}));
            std::vector<DebtPoint> points{{payout, in.amount_eur}, {start, e.balance_at_start}};
            for (const auto& m : e.schedule) points.push_back({m.date, m.remaining});
            ui.Small(l10n_->Format("calc.loan.chart"));
            DebtChart(ui, *l10n_, points, "##debt-chart");
            ui.Paragraph(l10n_->Format("calc.loan.rate", {{"since", facts.loan_rate_since}}));
            int r = rate_h;
            if (NumberStepper(ui, "##rate", r, 0, 2000, 10,
                              l10n_->FormatPattern("{r, number, :: percent scale/0.01 .00}", {{"r", int64_t{r}}})))
                s.rate_hundredths = r;
            ui.Paragraph(l10n_->Format("calc.loan.payout"));
            if (DateInput(ui, *l10n_, "##payout", payout, AddYears(today, -5), AddYears(today, 5))) s.payout = payout;
            ui.Paragraph(l10n_->Format("calc.loan.start"));
            if (!s.start) ui.Small(l10n_->Format(derived ? "calc.loan.start_from_answers" : "calc.loan.start_example"));
            if (DateInput(ui, *l10n_, "##start", start, payout, AddYears(payout, 15))) s.start = start;
        }
    } else if (v.calculator == "timeline") {
        bool has_permit = false;
        const calc::TimelineInput in = calc::TimelineInputFrom(walk.answers, &has_permit);
        if (!has_permit) {
            ui.Note(l10n_->Format("calc.timeline.need_card"));
        } else if (auto problem = calc::CheckTimelineInput(in)) {
            ui.Note(*problem);
        } else {
            const calc::Timeline t = calc::BuildTimeline(in, facts);
            // The labels' figures come from the facts (F-TERM-3, F-TERM-2).
            const Args label_args{{"weeks", int64_t{facts.pip_weeks}}, {"years", int64_t{facts.term_years}}};
            std::vector<TimelineMark> marks;
            for (const auto& m : t.milestones) marks.push_back({l10n_->Format("calc.timeline." + m.id, label_args), m.date});
            TimelineStrip(ui, *l10n_, marks, today, l10n_->Format("calc.timeline.today"), "##timeline");
            for (const auto& [id, why] : t.unknown) ui.Small(l10n_->Format("calc.timeline.unknown." + id));
            // Each milestone with what it rests on, in sentences (issue 7,
            // M-02, C-11): the permit hangs on the partner, the exceptions,
            // who to ask; estimates and a bill that may change the rule.
            const std::string role = engine_->Role();
            auto has = [this](const std::string& key) { return l10n_->Has(key); };
            const Args figures{{"weeks", int64_t{facts.pip_weeks}},
                               {"months", int64_t{facts.repayment_delay_months}},
                               {"partner_years", int64_t{facts.naturalisation_partner_years}},
                               {"residence_years", int64_t{facts.permanent_years}},
                               {"usual", int64_t{facts.independent_years}},
                               {"turkish", int64_t{facts.independent_turkish_years}}};
            // Numbered as on the strip above, whose list gives the dates. What
            // can cost a right (the permit hangs on the partner) and the hedges
            // on uncertain dates are always in view; the other conditions one
            // "read more" tap away.
            // Hedges on the dates shown above stay in view too.
            static const std::set<std::string> kInView = {"relationship_years", "turkish_rules",
                                                          "exceptions_violence_death", "ask_ind",
                                                          "gemeente_makes_pip", "estimate_from_pip_deadline",
                                                          "rules_may_change"};
            const bool all = open_folds_.count(-4) > 0;
            if (!t.milestones.empty()) ui.Heading(l10n_->Format("calc.timeline.cond.heading"));
            for (size_t i = 0; i < t.milestones.size(); ++i) {
                const calc::Milestone& m = t.milestones[i];
                const bool any = all || std::any_of(m.conditions.begin(), m.conditions.end(),
                                                    [](const std::string& c) { return kInView.count(c) > 0; });
                if (!any) continue;
                ui.Paragraph(l10n_->Format("calc.timeline.milestone",
                                           {{"n", static_cast<int64_t>(i + 1)}, {"label", l10n_->Format("calc.timeline." + m.id, label_args)}}));
                for (const auto& c : m.conditions) {
                    if (!all && !kInView.count(c)) continue;
                    Args args = figures;
                    if (c == "rules_may_change") {
                        auto note = std::find_if(t.notes.begin(), t.notes.end(), [&](const calc::TimelineNote& n) { return n.id == c; });
                        if (note == t.notes.end()) continue;
                        args.push_back({"proposed", int64_t{note->proposed_years}});
                        args.push_back({"checked", note->checked});
                    }
                    ui.Bullet(l10n_->Format(calc::ConditionCatalogKey(c, role, has), args));
                }
            }
            if (!all && !t.milestones.empty()) Unfolded(-4, "##timeline-more", l10n_->Format("more.read"));
            for (const auto& src : t.sources) used.push_back(src.id);
        }
    } else if (v.calculator == "schools") {
        auto& s = session_.calculators;
        for (int school = 0; school < s.schools; ++school) {
            ImGui::PushID(school);
            ui.Heading(l10n_->Format("calc.schools.school", {{"n", int64_t{school + 1}}}));
            for (int c = 0; c < calc::kSchoolChecks; ++c) {
                ImGui::PushID(c);
                CheckPicture(ui, s.checks[school].checks[c]);
                ui.Paragraph(l10n_->Format(calc::SchoolCheckCatalogKey(calc::AllSchoolChecks()[c])), colors::kText, metrics_.body_px * 1.6f);
                const float y = ImGui::GetCursorPosY();
                float bottom = y;
                const calc::Tri values[3] = {calc::Tri::Yes, calc::Tri::No, calc::Tri::Unknown};
                const char* keys[3] = {"answer.yes", "answer.no", "calc.schools.unknown"};
                for (int k = 0; k < 3; ++k) {
                    ImGui::SetCursorPos(ImVec2(ui.RowX(k, 3), std::round(y)));
                    ImGui::PushID(k);
                    auto& answer = s.checks[school].checks[c];
                    const bool chosen = s.answered[school][c] && answer == values[k];  // nothing chosen beforehand
                    if (ui.Button(l10n_->Format(keys[k]), "##a", chosen ? ButtonKind::Selected : ButtonKind::Choice,
                                  ui.RowWidth(3))) {
                        answer = values[k];
                        s.answered[school][c] = true;
                    }
                    ImGui::PopID();
                    bottom = std::max(bottom, ImGui::GetCursorPosY());
                }
                ImGui::SetCursorPosY(std::round(bottom));
                ImGui::PopID();
            }
            const calc::SchoolVerdict verdict = calc::Evaluate(s.checks[school]);
            if (verdict.blocking) ui.Note(l10n_->Format("calc.schools.blocking"));
            for (const auto& id : verdict.sources) used.push_back(id);
            ImGui::PopID();
        }
        if (s.schools < calc::kMaxSchools && ui.Button(l10n_->Format("calc.schools.add"), "##add-school", ButtonKind::Secondary))
            s.schools++;
    }
    // The facts behind the calculated figures join the screen's own sources.
    for (const auto& id : used)
        if (content_.FindFact(id) && std::find(calc_sources_.begin(), calc_sources_.end(), id) == calc_sources_.end())
            calc_sources_.push_back(id);
}

}  // namespace wegwijs::ui
