#include "ui/charts.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace wegwijs::ui {
namespace {

double DayNumber(const Date& d) { return ToUDate(d) / 86400000.0; }

// Draws a single line of text (through the text layer) centred at x.
void CenteredLabel(Widgets& ui, ImDrawList* dl, float cx, float y, const std::string& s, float size, ImU32 color) {
    const auto& lines = ui.text().Layout(s, size, 1e9f);
    if (lines.empty()) return;
    dl->AddText(ImGui::GetFont(), size, ImVec2(std::floor(cx - lines[0].width * 0.5f), std::floor(y)), color,
                lines[0].visual.c_str());
}

}  // namespace

void DebtChart(Widgets& ui, Localizer& l10n, const std::vector<DebtPoint>& points, const char* id) {
    if (points.size() < 2) return;
    const auto& m = ui.metrics();
    const bool rtl = ui.text().rtl();
    const float w = m.content_width;
    const float h = std::clamp(w * 0.5f, m.body_px * 8.0f, m.body_px * 14.0f);
    const float label = m.body_px * 0.8f;
    ImGui::SetCursorPosX(m.content_left);
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, ImVec2(w, std::round(h + label * 3)));
    ImDrawList* dl = ImGui::GetWindowDrawList();

    double max_v = 0;
    for (const auto& p : points) max_v = std::max(max_v, p.euros);
    if (max_v <= 0) max_v = 1;
    const double t0 = DayNumber(points.front().date), t1 = DayNumber(points.back().date);
    const float top = p0.y + label * 1.6f, bottom = p0.y + label * 1.6f + h;
    auto x_of = [&](const Date& d) {
        float f = static_cast<float>((DayNumber(d) - t0) / std::max(1.0, t1 - t0));
        if (rtl) f = 1.0f - f;
        return p0.x + f * w;
    };
    auto y_of = [&](double v) { return bottom - static_cast<float>(v / max_v) * (bottom - top); };

    // Filled area, as a strip of quads (convex pieces).
    for (size_t i = 1; i < points.size(); ++i) {
        const float xa = x_of(points[i - 1].date), xb = x_of(points[i].date);
        const float ya = y_of(points[i - 1].euros), yb = y_of(points[i].euros);
        dl->AddQuadFilled(ImVec2(xa, bottom), ImVec2(xa, ya), ImVec2(xb, yb), ImVec2(xb, bottom),
                          IM_COL32(0, 82, 147, 60));
        dl->AddLine(ImVec2(xa, ya), ImVec2(xb, yb), colors::kAccent, std::max(2.0f, m.body_px / 8));
    }
    dl->AddLine(ImVec2(p0.x, bottom), ImVec2(p0.x + w, bottom), colors::kBorder, 1.5f);
    // The highest amount, at the top on the reading-start side.
    const std::string top_label = l10n.FormatMoney(max_v);
    const float tw = ui.text().LineWidth(top_label, label);
    dl->AddText(ImGui::GetFont(), label, ImVec2(rtl ? p0.x + w - tw : p0.x, p0.y), colors::kMuted,
                ui.text().Layout(top_label, label, 1e9f)[0].visual.c_str());
    // Year ticks: every year, or every other one when they would crowd.
    const int y0 = points.front().date.year, y1 = points.back().date.year;
    const int every = (y1 - y0) * label * 3.0f > w ? 2 : 1;
    for (int y = y0 + 1; y <= y1; y += every) {
        const float x = x_of({y, 1, 1});
        dl->AddLine(ImVec2(x, bottom), ImVec2(x, bottom + label * 0.4f), colors::kBorder, 1.5f);
        CenteredLabel(ui, dl, x, bottom + label * 0.5f, std::to_string(y), label, colors::kMuted);
    }
}

void TimelineStrip(Widgets& ui, Localizer& l10n, const std::vector<TimelineMark>& marks, Date today,
                   const std::string& today_label, const char* id) {
    if (marks.empty()) return;
    const auto& m = ui.metrics();
    const bool rtl = ui.text().rtl();
    const float w = m.content_width;
    const float r = m.body_px * 0.62f;
    const float label = m.body_px * 0.8f;
    const float h = r * 2 + label * 5.5f;
    ImGui::SetCursorPosX(m.content_left);
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(id, ImVec2(w, std::round(h)));
    ImDrawList* dl = ImGui::GetWindowDrawList();

    Date first = std::min(today, marks.front().date), last = std::max(today, marks.front().date);
    for (const auto& mk : marks) {
        first = std::min(first, mk.date);
        last = std::max(last, mk.date);
    }
    first = {first.year, 1, 1};
    last = {last.year + 1, 1, 1};
    const double t0 = DayNumber(first), t1 = DayNumber(last);
    const float pad = r + 2;
    auto x_of = [&](const Date& d) {
        float f = static_cast<float>((DayNumber(d) - t0) / std::max(1.0, t1 - t0));
        if (rtl) f = 1.0f - f;
        return p0.x + pad + f * (w - 2 * pad);
    };
    const float line_y = p0.y + label * 2.2f + r;
    dl->AddLine(ImVec2(p0.x + pad, line_y), ImVec2(p0.x + w - pad, line_y), colors::kBorder, std::max(2.0f, m.body_px / 8));
    // Years under the line; every other one when they would crowd.
    const int years = last.year - first.year;
    const int every = std::max(1, static_cast<int>(std::ceil(years * label * 2.6f / (w - 2 * pad))));
    for (int y = first.year; y <= last.year; y += every) {
        const float x = x_of({y, 1, 1});
        dl->AddLine(ImVec2(x, line_y - r * 0.4f), ImVec2(x, line_y + r * 0.4f), colors::kBorder, 1.5f);
        CenteredLabel(ui, dl, x, line_y + r + label * 1.6f, std::to_string(y), label, colors::kMuted);
    }
    // Today: a vertical marker with its label above the line.
    const float tx = x_of(today);
    dl->AddLine(ImVec2(tx, p0.y + label * 1.3f), ImVec2(tx, line_y + r * 1.4f), IM_COL32(200, 60, 30, 255), 3.0f);
    CenteredLabel(ui, dl, std::clamp(tx, p0.x + w * 0.12f, p0.x + w * 0.88f), p0.y, today_label, label,
                  IM_COL32(200, 60, 30, 255));
    // Numbered marks; marks that would overlap are nudged below the line.
    float last_x = -1e9f;
    int level = 0;
    for (size_t i = 0; i < marks.size(); ++i) {
        const float x = x_of(marks[i].date);
        level = std::fabs(x - last_x) < r * 2.2f ? level + 1 : 0;
        last_x = x;
        const float y = line_y + level * r * 2.3f;
        dl->AddCircleFilled(ImVec2(x, y), r, colors::kAccent);
        CenteredLabel(ui, dl, x, y - label * 0.65f, std::to_string(i + 1), label, colors::kOnAccent);
    }
    // Legend: "1  12 mrt 2029  Loan repayment starts".
    for (size_t i = 0; i < marks.size(); ++i)
        ui.Paragraph(std::to_string(i + 1) + ".  " + l10n.FormatDate(marks[i].date) + "  " + marks[i].label);
}

}  // namespace wegwijs::ui
