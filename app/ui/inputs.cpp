#include "ui/inputs.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharToUtf8: a real keyboard's characters

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace wegwijs::ui {
namespace {

// The delete key's picture (fonts may lack U+232B): an arrow-shaped key with a cross.
void DrawDeleteKey(ImDrawList* dl, ImVec2 center, float body_px) {
    const float cx = center.x, cy = center.y, s = body_px * 0.55f;
    const float t = std::max(2.0f, body_px / 10);
    ImVec2 pts[5] = {{cx - s * 1.3f, cy}, {cx - s * 0.6f, cy - s}, {cx + s * 1.2f, cy - s}, {cx + s * 1.2f, cy + s},
                     {cx - s * 0.6f, cy + s}};
    dl->AddPolyline(pts, 5, colors::kText, ImDrawFlags_Closed, t);
    dl->AddLine(ImVec2(cx - s * 0.1f, cy - s * 0.4f), ImVec2(cx + s * 0.7f, cy + s * 0.4f), colors::kText, t);
    dl->AddLine(ImVec2(cx + s * 0.7f, cy - s * 0.4f), ImVec2(cx - s * 0.1f, cy + s * 0.4f), colors::kText, t);
}

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
            DrawDeleteKey(ImGui::GetWindowDrawList(), ImVec2(at.x + w * 0.5f, at.y + m.button_height * 0.5f), m.body_px);
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

Edit TextKeyboard(Widgets& ui, Localizer& l10n, const KeyboardLayouts& layouts, const std::string& script,
                  KeyboardState& state, const std::string& draft, const std::string& value, size_t max_chars) {
    Edit e;
    const std::string typed = draft.empty() ? value : draft;
    const auto& m = ui.metrics();
    const KeyboardLayout* found = state.layout.empty() ? nullptr : layouts.Find(state.layout);
    const KeyboardLayout& k = found ? *found : layouts.For(script);
    std::string text = typed;
    auto type = [&](const std::string& key) { text = TypeKey(text, key, max_chars); };

    // A real keyboard, where there is one.
    const ImGuiIO& io = ImGui::GetIO();
    for (ImWchar c : io.InputQueueCharacters) {
        if (c < 0x20) continue;
        char buf[5] = {};
        ImTextCharToUtf8(buf, c);
        type(buf);
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Backspace)) text = Backspace(text);

    // The text as typed, in the layout's direction, with a caret at its end.
    const bool ui_rtl = ui.text().rtl();
    ui.text().SetDirection(k.rtl);
    const float size = m.body_px * 1.15f, pad = m.body_px * 0.6f, inner = m.content_width - 2 * pad;
    const auto& lines = ui.text().Layout(text, size, inner);
    const float line_h = size * 1.3f;
    const float box_h = std::max(m.button_height, lines.size() * line_h + 2 * pad * 0.7f);
    ImGui::SetCursorPosX(m.content_left);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + m.content_width, p.y + box_h), IM_COL32_WHITE, m.body_px * 0.3f);
    dl->AddRect(p, ImVec2(p.x + m.content_width, p.y + box_h), colors::kAccent, m.body_px * 0.3f, 0, std::max(2.0f, m.body_px / 9));
    float y = p.y + (box_h - std::max<size_t>(1, lines.size()) * line_h) * 0.5f;
    float caret_x = k.rtl ? p.x + m.content_width - pad : p.x + pad;
    for (const auto& line : lines) {
        const float x = k.rtl ? p.x + m.content_width - pad - line.width : p.x + pad;
        dl->AddText(ImGui::GetFont(), size, ImVec2(std::floor(x), std::floor(y)), colors::kText, line.visual.c_str());
        caret_x = k.rtl ? x - 2 : x + line.width + 2;
        y += line_h;
    }
    if (!lines.empty()) y -= line_h;
    dl->AddLine(ImVec2(caret_x, y + size * 0.15f), ImVec2(caret_x, y + size * 1.15f), colors::kAccent, std::max(2.0f, m.body_px / 12));
    ui.text().Said(text);
    ui.text().SetDirection(ui_rtl);
    ImGui::Dummy(ImVec2(m.content_width, std::round(box_h)));
    ui.Small(l10n.Format("input.count", {{"n", int64_t(CountChars(text))}, {"max", int64_t(max_chars)}}));

    // The keys, row by row, centred; a row never gets wider keys than the
    // longest row's, so the letters line up. Keys keep their places as on the
    // layout's own keyboards, whose rows run left to right in every script
    // (Arabic's ض sits where Q does). A key is never narrower than a finger
    // (48 CSS px): on a phone a long row is split in two.
    const auto& rows = state.shift && !k.shift_rows.empty() ? k.shift_rows : k.rows;
    const float gap = std::max(2.0f, m.spacing * 0.35f);
    const float min_key = m.body_px * 2.2f;
    const size_t per_line = std::max<size_t>(1, static_cast<size_t>((m.content_width + gap) / (min_key + gap)));
    size_t widest = 4;
    for (const auto& row : rows) {
        const size_t lines = (row.size() + per_line - 1) / per_line;
        widest = std::max(widest, (row.size() + lines - 1) / lines);
    }
    const float key_w = std::floor((m.content_width - gap * (widest - 1)) / widest);
    const float key_h = std::round(std::max(m.button_height * 0.85f, min_key));
    for (size_t r = 0; r < rows.size(); ++r) {
        const size_t lines = (rows[r].size() + per_line - 1) / per_line;
        const size_t per = (rows[r].size() + lines - 1) / lines;
        for (size_t first = 0; first < rows[r].size(); first += per) {
            const size_t n = std::min(per, rows[r].size() - first);
            const float row_w = n * key_w + (n - 1) * gap;
            const float y0 = ImGui::GetCursorPosY();
            for (size_t c = first; c < first + n; ++c) {
                ImGui::SetCursorPos(ImVec2(std::round(m.content_left + (m.content_width - row_w) * 0.5f + (c - first) * (key_w + gap)),
                                           std::round(y0)));
                const std::string id = "##key-" + std::to_string(r) + "-" + std::to_string(c);
                if (ui.Button(rows[r][c], id.c_str(), ButtonKind::Choice, key_w, key_h)) {
                    type(rows[r][c]);
                    state.shift = false;
                }
            }
            ImGui::SetCursorPosY(std::round(y0 + key_h + gap));
        }
    }
    // Shift, the next layout, space, delete.
    const KeyboardLayout* next = nullptr;
    for (size_t i = 0; i < layouts.layouts().size(); ++i)
        if (layouts.layouts()[i].id == k.id) next = &layouts.layouts()[(i + 1) % layouts.layouts().size()];
    const float y0 = ImGui::GetCursorPosY();
    const float unit = std::max(std::floor((m.content_width - 3 * gap) / 8), std::ceil(min_key / 1.5f));
    struct Special {
        const char* id;
        std::string label;
        float w;
    };
    std::vector<Special> specials;
    if (!k.shift_rows.empty()) specials.push_back({"##key-shift", l10n.Format("input.shift"), unit * 1.5f});
    if (next && next != &k) specials.push_back({"##key-layout", next->label, unit * 1.5f});
    specials.push_back({"##key-space", l10n.Format("input.space"), 0});
    specials.push_back({"##key-back", std::string(), unit * 1.5f});
    float fixed = 0;
    for (const auto& s : specials) fixed += s.w;
    for (auto& s : specials)
        if (s.w == 0) s.w = m.content_width - fixed - gap * (specials.size() - 1);
    float x = 0;
    for (size_t i = 0; i < specials.size(); ++i) {
        const auto& s = specials[i];
        const float left = ui_rtl ? m.content_left + m.content_width - x - s.w : m.content_left + x;
        ImGui::SetCursorPos(ImVec2(std::round(left), std::round(y0)));
        const bool on = std::string(s.id) == "##key-shift" && state.shift;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const bool pressed = ui.Button(s.label, s.id, on ? ButtonKind::Selected : ButtonKind::Secondary, s.w, key_h);
        if (std::string(s.id) == "##key-back") {
            // A drawn picture; its name is only for read-aloud and tests.
            ui.text().RelabelLastTappable("\xe2\x8c\xab");
            DrawDeleteKey(ImGui::GetWindowDrawList(), ImVec2(at.x + s.w * 0.5f, at.y + key_h * 0.5f), m.body_px);
        }
        if (pressed) {
            const std::string id = s.id;
            if (id == "##key-shift") state.shift = !state.shift;
            else if (id == "##key-layout") state.layout = next->id, state.shift = false;
            else if (id == "##key-space") type(" ");
            else if (id == "##key-back") text = Backspace(text);
        }
        x += s.w + gap;
    }
    ImGui::SetCursorPosY(std::round(y0 + key_h + m.spacing));

    if (text != typed) {
        e.draft = text;
        if (text.find_first_not_of(' ') == std::string::npos)
            e.clear = true;
        else
            e.answer = text;
    }
    return e;
}

}  // namespace wegwijs::ui
