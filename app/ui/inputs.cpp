#include "ui/inputs.h"

#include <imgui.h>

#include <algorithm>
#include <string>

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
    ImGui::SetCursorPos(ImVec2(rtl ? right : left, y));
    if (ui.Button("-", (id + "-minus").c_str(), ButtonKind::Secondary, button_w)) delta = -1;
    ImGui::SetCursorPos(ImVec2(rtl ? left : right, y));
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
    ImGui::SetCursorPosY(y + m.button_height + m.spacing * 0.5f);
    return delta;
}

}  // namespace

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
