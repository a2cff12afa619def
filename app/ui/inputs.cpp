#include "ui/inputs.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace wegwijs::ui {
namespace {

// One row: [-]  value  [+], mirrored in right-to-left layouts (+ stays on the
// reading end). Returns -1, 0 or +1.
int StepRow(Widgets& ui, const std::string& id, const std::string& value) {
    const auto& m = ui.metrics();
    const float button_w = m.button_height * 1.2f;
    const float y = ImGui::GetCursorPosY();
    const bool rtl = ui.text().rtl();
    const float left = m.content_left, right = m.content_left + m.content_width - button_w;
    int delta = 0;
    ImGui::SetCursorPos(ImVec2(rtl ? right : left, std::round(y)));
    if (ui.Button("-", (id + "-minus").c_str(), ButtonKind::Secondary, button_w)) delta = -1;
    ImGui::SetCursorPos(ImVec2(rtl ? left : right, std::round(y)));
    if (ui.Button("+", (id + "-plus").c_str(), ButtonKind::Secondary, button_w)) delta = +1;
    // The value, centred between the buttons.
    const float w = ui.text().LineWidth(value, m.body_px * 1.1f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetWindowPos();
    const float text_y = origin.y - ImGui::GetScrollY() + y + (m.button_height - m.body_px * 1.1f * 1.3f) * 0.5f;
    const auto& lines = ui.text().Layout(value, m.body_px * 1.1f, 1e9f);
    if (!lines.empty())
        dl->AddText(ImGui::GetFont(), m.body_px * 1.1f,
                    ImVec2(origin.x + m.content_left + (m.content_width - w) * 0.5f, text_y), colors::kText,
                    lines[0].visual.c_str());
    ui.text().Said(value);
    ImGui::SetCursorPosY(std::round(y + m.button_height + m.spacing * 0.5f));
    return delta;
}

// A grid of equal tiles, `cols` wide, mirrored in right-to-left layouts.
class Grid {
public:
    Grid(Widgets& ui, int cols, float height = 0) : ui_(ui), cols_(cols), y_(ImGui::GetCursorPosY()) {
        const auto& m = ui.metrics();
        gap_ = m.spacing * 0.6f;
        w_ = (m.content_width - (cols - 1) * gap_) / cols;
        h_ = height > 0 ? height : m.button_height;
    }
    bool Tile(const std::string& label, const std::string& id, ButtonKind kind) {
        const auto& m = ui_.metrics();
        const int col = i_ % cols_, row = i_ / cols_;
        const int slot = ui_.text().rtl() ? cols_ - 1 - col : col;
        ImGui::SetCursorPos(ImVec2(m.content_left + slot * (w_ + gap_), std::round(y_ + row * (h_ + gap_))));
        ++i_;
        return ui_.Button(label, id.c_str(), kind, w_, h_);
    }
    void Skip() { ++i_; }
    void End() {
        const int rows = (i_ + cols_ - 1) / cols_;
        ImGui::SetCursorPosY(std::round(y_ + rows * (h_ + gap_) + ui_.metrics().spacing * 0.4f));
    }

private:
    Widgets& ui_;
    int cols_;
    float y_, w_ = 0, h_ = 0, gap_ = 0;
    int i_ = 0;
};

int DaysIn(int year, int month) {
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

// Drafts: "Y" or "Y:<newest year shown>" = choosing the year; "M:<year>" =
// choosing the month; "D:<year>-<month>" = choosing the day.
Edit DatePicker(Widgets& ui, Localizer& l10n, const std::string& draft, const std::string& value, Date earliest,
                Date latest) {
    Edit e;
    const auto& m = ui.metrics();
    const std::optional<Date> stored = value.empty() ? std::nullopt : ParseIsoDate(value);
    if (draft.empty() && stored) {
        ui.Paragraph(l10n.FormatPattern("{d, date, long}", {{"d", *stored}}), colors::kAccent);
        const float w = ui.RowWidth(2);
        const float y = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(ui.RowX(0, 2), std::round(y)));
        if (ui.Button(l10n.Format("input.date.change"), "##date-change", ButtonKind::Secondary, w)) e.draft = "Y";
        ImGui::SetCursorPos(ImVec2(ui.RowX(1, 2), std::round(y)));
        if (ui.Button(l10n.Format("input.clear"), "##clear", ButtonKind::Secondary, w)) {
            e.clear = true;
            e.draft = "";
        }
        return e;
    }
    const char stage = draft.empty() ? 'Y' : draft[0];
    if (stage == 'M' || stage == 'D') {
        const int year = std::atoi(draft.c_str() + 2);
        const int month = stage == 'D' ? std::atoi(draft.c_str() + draft.find('-') + 1) : 0;
        if (year < earliest.year || year > latest.year || (stage == 'D' && (month < 1 || month > 12)))
            return Edit{std::string("Y"), std::nullopt, false, false};
        // What is chosen so far, tappable to choose again.
        const float w = ui.RowWidth(2);
        const float y = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(ui.RowX(0, 2), std::round(y)));
        if (ui.Button(std::to_string(year), "##date-year", ButtonKind::Selected, w)) e.draft = "Y:" + std::to_string(year);
        if (stage == 'D') {
            ImGui::SetCursorPos(ImVec2(ui.RowX(1, 2), std::round(y)));
            if (ui.Button(l10n.FormatPattern("{d, date, ::MMMM}", {{"d", Date{year, month, 1}}}), "##date-month",
                          ButtonKind::Selected, w))
                e.draft = "M:" + std::to_string(year);
        }
        ImGui::SetCursorPosY(std::round(y + m.button_height + m.spacing));
        if (stage == 'M') {
            ui.Paragraph(l10n.Format("input.date.month"));
            Grid grid(ui, m.narrow ? 3 : 4);
            for (int mo = 1; mo <= 12; ++mo) {
                const bool in_range = Date{year, mo, DaysIn(year, mo)} >= earliest && Date{year, mo, 1} <= latest;
                const std::string name = l10n.FormatPattern("{d, date, ::MMMM}", {{"d", Date{year, mo, 1}}});
                if (grid.Tile(name, "##month-" + std::to_string(mo), in_range ? ButtonKind::Choice : ButtonKind::Disabled)) {
                    char buf[16];
                    std::snprintf(buf, sizeof buf, "D:%04d-%02d", year, mo);
                    e.draft = buf;
                }
            }
            grid.End();
        } else {
            ui.Paragraph(l10n.Format("input.date.day"));
            ui.Small(l10n.Format("input.date.estimate"));
            // Days 1 to 31 as tiles (not a week calendar): 6 a row on a phone keeps each 48 CSS px wide.
            Grid grid(ui, m.narrow ? 6 : 7);
            const std::optional<Date> old = stored;
            for (int d = 1; d <= DaysIn(year, month); ++d) {
                const Date day{year, month, d};
                const bool in_range = day >= earliest && day <= latest;
                const ButtonKind kind = !in_range ? ButtonKind::Disabled
                                        : (old && *old == day) ? ButtonKind::Selected
                                                               : ButtonKind::Choice;
                if (grid.Tile(std::to_string(d), "##day-" + std::to_string(d), kind)) {
                    e.answer = ToIso(day);
                    e.draft = "";
                    e.complete = true;
                }
            }
            grid.End();
        }
        return e;
    }
    // Years, newest first, a page at a time.
    ui.Paragraph(l10n.Format("input.date.year"));
    const int cols = m.narrow ? 3 : 4;
    const int per_page = cols * 3;
    int newest = latest.year;
    if (draft.size() > 2 && draft[1] == ':') newest = std::clamp(std::atoi(draft.c_str() + 2), earliest.year, latest.year);
    // Keep the page's newest year on a page boundary counted from the latest year.
    const bool later = newest < latest.year;
    const int slots = per_page - (later ? 1 : 0);
    const bool earlier_exists = newest - (slots - 1) > earliest.year;
    const int shown = earlier_exists ? slots - 1 : slots;
    Grid grid(ui, cols);
    if (later && grid.Tile(l10n.Format("input.date.later"), "##year-later", ButtonKind::Secondary))
        e.draft = "Y:" + std::to_string(std::min(latest.year, newest + shown));
    for (int i = 0; i < shown && newest - i >= earliest.year; ++i) {
        const int year = newest - i;
        const bool chosen = stored && stored->year == year;
        if (grid.Tile(std::to_string(year), "##year-" + std::to_string(year), chosen ? ButtonKind::Selected : ButtonKind::Choice))
            e.draft = "M:" + std::to_string(year);
    }
    if (earlier_exists && grid.Tile(l10n.Format("input.date.earlier"), "##year-earlier", ButtonKind::Secondary))
        e.draft = "Y:" + std::to_string(newest - shown);
    grid.End();
    return e;
}

Edit NumberPad(Widgets& ui, Localizer& l10n, const std::string& draft, const std::string& value, int min, int max,
               const std::string& unit_key) {
    Edit e;
    const auto& m = ui.metrics();
    const std::string typed = !draft.empty() ? draft : value;
    // The number as typed, large, with its unit.
    std::string shown = "–";
    if (!typed.empty()) {
        const int64_t n = std::atoll(typed.c_str());
        shown = unit_key.empty() ? typed : l10n.Format(unit_key, {{"n", n}});
    }
    ImGui::SetCursorPosX(m.content_left);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float box_h = m.button_height;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + m.content_width, p.y + box_h), IM_COL32_WHITE, m.body_px * 0.3f);
    dl->AddRect(p, ImVec2(p.x + m.content_width, p.y + box_h), colors::kControlBorder, m.body_px * 0.3f, 0,
                std::max(1.5f, m.body_px / 14));
    const float size = m.body_px * 1.25f;
    const auto& lines = ui.text().Layout(shown, size, m.content_width);
    if (!lines.empty()) {
        const float x = ui.text().rtl() ? p.x + m.content_width - m.body_px * 0.7f - lines[0].width : p.x + m.body_px * 0.7f;
        dl->AddText(ImGui::GetFont(), size, ImVec2(std::floor(x), std::floor(p.y + (box_h - size * 1.3f) * 0.5f)),
                    typed.empty() ? colors::kMuted : colors::kText, lines[0].visual.c_str());
    }
    ui.text().Said(shown);
    ImGui::Dummy(ImVec2(m.content_width, std::round(box_h + m.spacing * 0.6f)));

    // 1 2 3 / 4 5 6 / 7 8 9 / delete 0: digits keep their places in every
    // language (a phone's pad is not mirrored); the pad sits on the reading-start side.
    const int cols = 3;
    const float gap = m.spacing * 0.6f;
    const float pad_w = m.narrow ? m.content_width : std::min(m.content_width, m.body_px * 16);
    const float w = (pad_w - 2 * gap) / cols;
    const float left = ui.text().rtl() ? m.content_left + m.content_width - pad_w : m.content_left;
    const float y0 = ImGui::GetCursorPosY();
    const char* keys[11] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0"};
    const size_t max_digits = std::to_string(std::max(std::abs(max), std::abs(min))).size();
    for (int i = 0; i < 11; ++i) {
        const std::string k = keys[i];
        ImGui::SetCursorPos(ImVec2(left + (i % cols) * (w + gap), std::round(y0 + (i / cols) * (m.button_height + gap))));
        const std::string id = "##pad-" + k;
        if (k == "back") {
            // The delete key is a drawn picture; its name is only for read-aloud and tests.
            const ImVec2 at = ImGui::GetCursorScreenPos();
            if (ui.Button(std::string(), id.c_str(), ButtonKind::Secondary, w) && !typed.empty()) {
                const std::string shorter = typed.substr(0, typed.size() - 1);
                e.draft = shorter;
                if (shorter.empty())
                    e.clear = true;
                else
                    e.answer = shorter;
            }
            ui.text().RelabelLastTappable("\xe2\x8c\xab");
            const float cx = at.x + w * 0.5f, cy = at.y + m.button_height * 0.5f, s = m.body_px * 0.55f;
            const float t = std::max(2.0f, m.body_px / 10);
            ImVec2 pts[5] = {{cx - s * 1.3f, cy}, {cx - s * 0.6f, cy - s}, {cx + s * 1.2f, cy - s}, {cx + s * 1.2f, cy + s},
                             {cx - s * 0.6f, cy + s}};
            dl = ImGui::GetWindowDrawList();
            dl->AddPolyline(pts, 5, colors::kText, ImDrawFlags_Closed, t);
            dl->AddLine(ImVec2(cx - s * 0.1f, cy - s * 0.4f), ImVec2(cx + s * 0.7f, cy + s * 0.4f), colors::kText, t);
            dl->AddLine(ImVec2(cx + s * 0.7f, cy - s * 0.4f), ImVec2(cx - s * 0.1f, cy + s * 0.4f), colors::kText, t);
            continue;
        }
        if (ui.Button(k, id.c_str(), ButtonKind::Choice, w)) {
            std::string next = draft + k;
            while (next.size() > 1 && next[0] == '0') next.erase(0, 1);
            if (next.size() > max_digits + 1) next = next.substr(0, max_digits + 1);
            e.draft = next;
            e.answer = next;
        }
    }
    ImGui::SetCursorPosY(std::round(y0 + 4 * (m.button_height + gap) + m.spacing * 0.4f));
    if (!typed.empty()) {
        if (ui.SideButton(l10n.Format("input.clear"), "##clear")) {
            e.clear = true;
            e.draft = "";
        }
    }
    return e;
}

bool DateInput(Widgets& ui, Localizer& l10n, const char* id, Date& value, Date min, Date max) {
    const Date before = value;
    const std::string base = id;
    if (int d = StepRow(ui, base + "-day", std::to_string(value.day)); d != 0) value = AddDays(value, d);
    if (int d = StepRow(ui, base + "-month", l10n.FormatPattern("{d, date, ::MMMM}", {{"d", value}})); d != 0)
        value = AddMonths(value, d);
    if (int d = StepRow(ui, base + "-year", std::to_string(value.year)); d != 0) value = AddYears(value, d);
    value = std::clamp(value, min, max);
    return value != before;
}

bool NumberStepper(Widgets& ui, const char* id, int& value, int min, int max, int step,
                   const std::string& shown_value) {
    const int before = value;
    if (int d = StepRow(ui, id, shown_value); d != 0) value = std::clamp(value + d * step, min, max);
    return value != before;
}

}  // namespace wegwijs::ui
