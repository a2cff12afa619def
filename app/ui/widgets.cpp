#include "ui/widgets.h"

#include <cmath>

namespace wegwijs::ui {

void Widgets::Column() { ImGui::SetCursorPosX(m_.content_left); }

void Widgets::Heading(const std::string& s) {
    Column();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float h = text_.Draw(ImGui::GetWindowDrawList(), pos, m_.content_width, s, m_.heading_px, colors::kText);
    ImGui::Dummy(ImVec2(m_.content_width, h + m_.spacing));
}

void Widgets::Paragraph(const std::string& s, ImU32 color, float indent) {
    Column();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    if (!text_.rtl()) pos.x += indent;
    float h = text_.Draw(ImGui::GetWindowDrawList(), pos, m_.content_width - indent, s, m_.body_px, color);
    ImGui::Dummy(ImVec2(m_.content_width, h + m_.spacing));
}

void Widgets::Small(const std::string& s) {
    Column();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float h = text_.Draw(ImGui::GetWindowDrawList(), pos, m_.content_width, s, m_.body_px * 0.8f, colors::kMuted);
    ImGui::Dummy(ImVec2(m_.content_width, h + m_.spacing * 0.5f));
}

void Widgets::Bullet(const std::string& s) {
    Column();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    const float indent = m_.body_px * 1.2f;
    const float w = m_.content_width - indent;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = m_.body_px * 0.16f;
    const float cy = pos.y + m_.body_px * 0.68f;
    const float cx = text_.rtl() ? pos.x + m_.content_width - indent * 0.5f : pos.x + indent * 0.5f;
    dl->AddCircleFilled(ImVec2(cx, cy), r, colors::kAccent);
    float h = text_.Draw(dl, ImVec2(text_.rtl() ? pos.x : pos.x + indent, pos.y), w, s, m_.body_px, colors::kText);
    ImGui::Dummy(ImVec2(m_.content_width, h + m_.spacing * 0.6f));
}

void Widgets::Note(const std::string& s) {
    Column();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    const float pad = m_.body_px * 0.6f;
    const float w = m_.content_width - 2 * pad;
    const float h = text_.Height(s, m_.body_px * 0.9f, w);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + m_.content_width, pos.y + h + 2 * pad), colors::kNote, m_.body_px * 0.3f);
    text_.Draw(dl, ImVec2(pos.x + pad, pos.y + pad), w, s, m_.body_px * 0.9f, colors::kText);
    ImGui::Dummy(ImVec2(m_.content_width, h + 2 * pad + m_.spacing));
}

void Widgets::Space(float em) { ImGui::Dummy(ImVec2(1, m_.body_px * em)); }

float Widgets::RowWidth(int n) const { return (m_.content_width - (n - 1) * m_.spacing) / n; }

float Widgets::RowX(int i, int n) const {
    const int slot = text_.rtl() ? n - 1 - i : i;
    return m_.content_left + slot * (RowWidth(n) + m_.spacing);
}

bool Widgets::Button(const std::string& label, const char* id, ButtonKind kind, float width, bool rtl_label) {
    if (width <= 0) {
        width = m_.content_width;
        Column();
    }
    const float pad = m_.body_px * 0.8f;
    const float text_w = width - 2 * pad;
    const float th = text_.Height(label, m_.body_px, text_w);
    const float h = std::max(m_.button_height, th + 2 * pad * 0.7f);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool tapped = ImGui::InvisibleButton(id, ImVec2(width, h));
    text_.AddTappable(label, id, pos, ImVec2(pos.x + width, pos.y + h));
    const bool hovered = ImGui::IsItemHovered();
    const bool held = ImGui::IsItemActive();
    ImU32 bg, fg, border = 0;
    switch (kind) {
        case ButtonKind::Primary:
            bg = hovered || held ? colors::kAccentHover : colors::kAccent;
            fg = colors::kOnAccent;
            break;
        case ButtonKind::Selected:
            bg = colors::kAccent;
            fg = colors::kOnAccent;
            break;
        case ButtonKind::Secondary:
        case ButtonKind::Choice:
        default:
            bg = hovered || held ? colors::kSurfaceHover : colors::kSurface;
            fg = colors::kText;
            border = colors::kBorder;
            break;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = m_.body_px * 0.35f;
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), bg, rounding);
    if (border) dl->AddRect(pos, ImVec2(pos.x + width, pos.y + h), border, rounding, 0, std::max(1.0f, m_.body_px / 16));
    // Labels are centred; a label in another direction (an endonym) is laid
    // out in its own direction.
    text_.Said(label);
    const bool saved = text_.rtl();
    text_.SetDirection(rtl_label);
    const auto& lines = text_.Layout(label, m_.body_px, text_w);
    const float line_h = m_.body_px * 1.3f;
    float y = pos.y + (h - lines.size() * line_h) * 0.5f;
    for (const auto& l : lines) {
        dl->AddText(ImGui::GetFont(), m_.body_px, ImVec2(std::floor(pos.x + (width - l.width) * 0.5f), std::floor(y)), fg,
                    l.visual.c_str());
        y += line_h;
    }
    text_.SetDirection(saved);
    ImGui::Dummy(ImVec2(0, m_.spacing * 0.5f));
    return tapped;
}

bool Widgets::LanguageButton(const std::string& endonym, const std::string& prompt, const char* id, bool rtl,
                             bool selected, float width) {
    const float small = m_.body_px * 0.8f;
    const float h = std::max(m_.button_height, m_.body_px * 1.3f + small * 1.3f + m_.body_px * 1.0f);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool tapped = ImGui::InvisibleButton(id, ImVec2(width, h));
    text_.AddTappable(endonym, id, pos, ImVec2(pos.x + width, pos.y + h));
    const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = m_.body_px * 0.35f;
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h),
                      selected ? colors::kAccent : hot ? colors::kSurfaceHover : colors::kSurface, rounding);
    dl->AddRect(pos, ImVec2(pos.x + width, pos.y + h), colors::kBorder, rounding, 0, std::max(1.0f, m_.body_px / 16));
    const bool saved = text_.rtl();
    text_.SetDirection(rtl);
    text_.Said(endonym);
    text_.Said(prompt);
    const ImU32 fg = selected ? colors::kOnAccent : colors::kText;
    float y = pos.y + m_.body_px * 0.5f;
    for (const auto* s : {&endonym, &prompt}) {
        const float size = s == &endonym ? m_.body_px * 1.05f : small;
        for (const auto& l : text_.Layout(*s, size, width - m_.body_px)) {
            dl->AddText(ImGui::GetFont(), size, ImVec2(std::floor(pos.x + (width - l.width) * 0.5f), std::floor(y)),
                        s == &endonym ? fg : (selected ? colors::kOnAccent : colors::kMuted), l.visual.c_str());
            y += size * 1.3f;
        }
    }
    text_.SetDirection(saved);
    ImGui::Dummy(ImVec2(0, m_.spacing * 0.5f));
    return tapped;
}

}  // namespace wegwijs::ui
