#include "ui/widgets.h"

#include <algorithm>
#include <cmath>

namespace wegwijs::ui {

void Widgets::Column() { ImGui::SetCursorPosX(m_.content_left); }

void Widgets::Heading(const std::string& s) {
    Column();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float h = text_.Draw(ImGui::GetWindowDrawList(), pos, m_.content_width, s, m_.heading_px, colors::kText);
    ImGui::Dummy(ImVec2(m_.content_width, std::round(h + m_.spacing)));
}

void Widgets::Paragraph(const std::string& s, ImU32 color, float indent) {
    Column();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    if (!text_.rtl()) pos.x += indent;
    float h = text_.Draw(ImGui::GetWindowDrawList(), pos, m_.content_width - indent, s, m_.body_px, color);
    ImGui::Dummy(ImVec2(m_.content_width, std::round(h + m_.spacing)));
}

void Widgets::Small(const std::string& s) {
    Column();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float h = text_.Draw(ImGui::GetWindowDrawList(), pos, m_.content_width, s, m_.body_px * 0.8f, colors::kMuted);
    ImGui::Dummy(ImVec2(m_.content_width, std::round(h + m_.spacing * 0.5f)));
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
    ImGui::Dummy(ImVec2(m_.content_width, std::round(h + m_.spacing * 0.6f)));
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
    ImGui::Dummy(ImVec2(m_.content_width, std::round(h + 2 * pad + m_.spacing)));
}

void Widgets::Result(const std::string& s) {
    Column();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    const float pad = m_.body_px * 0.7f;
    const float bar = std::max(4.0f, m_.body_px * 0.3f);
    const float size = m_.body_px * 1.2f;
    const float w = m_.content_width - 2 * pad - bar;
    const float h = text_.Height(s, size, w);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float x1 = pos.x + m_.content_width;
    dl->AddRectFilled(pos, ImVec2(x1, pos.y + h + 2 * pad), colors::kSelectedFill, m_.body_px * 0.3f);
    if (text_.rtl())
        dl->AddRectFilled(ImVec2(x1 - bar, pos.y), ImVec2(x1, pos.y + h + 2 * pad), colors::kAccent);
    else
        dl->AddRectFilled(pos, ImVec2(pos.x + bar, pos.y + h + 2 * pad), colors::kAccent);
    text_.Draw(dl, ImVec2(text_.rtl() ? pos.x + pad : pos.x + bar + pad, pos.y + pad), w, s, size, colors::kText);
    ImGui::Dummy(ImVec2(m_.content_width, std::round(h + 2 * pad + m_.spacing)));
}

void Widgets::Space(float em) { ImGui::Dummy(ImVec2(1, std::round(m_.body_px * em))); }

float Widgets::RowWidth(int n) const { return (m_.content_width - (n - 1) * m_.spacing) / n; }

float Widgets::RowX(int i, int n) const {
    const int slot = text_.rtl() ? n - 1 - i : i;
    return m_.content_left + slot * (RowWidth(n) + m_.spacing);
}

void Widgets::Overline(const std::string& s) {
    Column();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float h = text_.Draw(ImGui::GetWindowDrawList(), pos, m_.content_width, s, m_.body_px * 0.8f, colors::kAccent);
    ImGui::Dummy(ImVec2(m_.content_width, std::round(h + m_.spacing * 0.2f)));
}

void Widgets::Error(const std::string& title, const std::string& message) {
    Column();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    const float pad = m_.body_px * 0.6f;
    const float bar = std::max(3.0f, m_.body_px * 0.25f);
    const float icon = m_.body_px * 1.3f;
    const float text_w = m_.content_width - bar - 3 * pad - icon;
    const float th = text_.Height(title, m_.body_px, text_w);
    const float mh = text_.Height(message, m_.body_px * 0.95f, text_w);
    const float h = std::max(icon, th + mh) + 2 * pad;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool rtl = text_.rtl();
    const float x0 = pos.x, x1 = pos.x + m_.content_width;
    dl->AddRectFilled(pos, ImVec2(x1, pos.y + h), colors::kErrorFill);
    if (rtl)
        dl->AddRectFilled(ImVec2(x1 - bar, pos.y), ImVec2(x1, pos.y + h), colors::kError);
    else
        dl->AddRectFilled(pos, ImVec2(x0 + bar, pos.y + h), colors::kError);
    // A warning sign: a red disc with a white "!" drawn as a bar and a dot.
    const float cx = rtl ? x1 - bar - pad - icon * 0.5f : x0 + bar + pad + icon * 0.5f;
    const float cy = pos.y + pad + icon * 0.5f;
    dl->AddCircleFilled(ImVec2(cx, cy), icon * 0.5f, colors::kError);
    const float sw = std::max(2.0f, icon * 0.12f);
    dl->AddRectFilled(ImVec2(cx - sw * 0.5f, cy - icon * 0.28f), ImVec2(cx + sw * 0.5f, cy + icon * 0.08f), colors::kOnAccent,
                      sw * 0.5f);
    dl->AddCircleFilled(ImVec2(cx, cy + icon * 0.22f), sw * 0.6f, colors::kOnAccent);
    const float tx = rtl ? x0 + pad : x0 + bar + 2 * pad + icon;
    text_.Draw(dl, ImVec2(tx, pos.y + pad), text_w, title, m_.body_px, colors::kError);
    text_.Draw(dl, ImVec2(tx, pos.y + pad + th), text_w, message, m_.body_px * 0.95f, colors::kText);
    ImGui::Dummy(ImVec2(m_.content_width, std::round(h + m_.spacing)));
}

void DrawTick(ImDrawList* dl, ImVec2 c, float size, ImU32 color) {
    const float t = std::max(2.0f, size * 0.16f);
    const ImVec2 a(c.x - size * 0.32f, c.y + size * 0.02f), b(c.x - size * 0.08f, c.y + size * 0.26f),
        d(c.x + size * 0.34f, c.y - size * 0.24f);
    dl->AddLine(a, b, color, t);
    dl->AddLine(b, d, color, t);
    dl->AddCircleFilled(b, t * 0.5f, color);  // a clean joint
}

namespace {

struct Look {
    ImU32 bg, fg, border;
    float border_w;
};

Look LookOf(ButtonKind kind, bool hot, float px) {
    const float thin = std::max(1.5f, px / 14), thick = std::max(3.0f, px / 7);
    switch (kind) {
        case ButtonKind::Primary:
            return {hot ? colors::kAccentHover : colors::kAccent, colors::kOnAccent, 0, 0};
        case ButtonKind::Danger:
            return {hot ? IM_COL32(150, 30, 24, 255) : colors::kError, colors::kOnAccent, 0, 0};
        case ButtonKind::Selected:
            return {colors::kSelectedFill, colors::kText, colors::kAccent, thick};
        case ButtonKind::Disabled:
            return {IM_COL32(246, 247, 249, 255), colors::kDisabled, IM_COL32(220, 224, 230, 255), thin};
        case ButtonKind::Secondary:
        case ButtonKind::Choice:
        default:
            return {hot ? colors::kSurfaceHover : colors::kSurface, colors::kText, colors::kControlBorder, thin};
    }
}

void DrawFrame(ImDrawList* dl, ImVec2 a, ImVec2 b, const Look& look, float rounding) {
    dl->AddRectFilled(a, b, look.bg, rounding);
    if (look.border && look.border_w > 0) {
        const float h = look.border_w * 0.5f;  // the edge lies inside the widget
        dl->AddRect(ImVec2(a.x + h, a.y + h), ImVec2(b.x - h, b.y - h), look.border, rounding, 0, look.border_w);
    }
}

}  // namespace

bool Widgets::Button(const std::string& label, const char* id, ButtonKind kind, float width, float height) {
    if (width <= 0) {
        width = m_.content_width;
        Column();
    }
    const float pad = std::min(m_.body_px * 0.8f, width * 0.12f);
    const float text_w = width - 2 * pad;
    const float th = text_.Height(label, m_.body_px, text_w);
    // A label that wraps makes the button taller, whatever height was asked for.
    const float h = std::max(height > 0 ? height : m_.button_height, th + 2 * pad * 0.5f);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool tapped = false, hot = false;
    if (kind == ButtonKind::Disabled) {
        ImGui::Dummy(ImVec2(width, std::round(h)));
    } else {
        tapped = ImGui::InvisibleButton(id, ImVec2(width, std::round(h)), ImGuiButtonFlags_EnableNav);  // Tab reaches it
        text_.AddTappable(label, id, pos, ImVec2(pos.x + width, pos.y + h));
        if (kind == ButtonKind::Selected) text_.MarkLastTappableSelected();
        hot = ImGui::IsItemActive();  // no hover look: a finger leaves none behind
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Look look = LookOf(kind, hot, m_.body_px);
    DrawFrame(dl, pos, ImVec2(pos.x + width, pos.y + h), look, m_.body_px * 0.35f);
    // Labels are centred and laid out in the UI's direction (a phrase in
    // another script keeps its place in an Arabic sentence).
    text_.Said(label);
    const auto& lines = text_.Layout(label, m_.body_px, text_w);
    const float y = pos.y + (h - lines.size() * m_.body_px * 1.3f) * 0.5f;
    text_.DrawLabel(dl, lines, m_.body_px, y, look.fg, [&](float w) { return pos.x + (width - w) * 0.5f; },
                    kind != ButtonKind::Disabled);
    ImGui::Dummy(ImVec2(0, std::round(m_.spacing * 0.5f)));
    return tapped;
}

bool Widgets::ChoiceFitsOneLine(const std::string& label, float width) {
    const float pad = m_.body_px * 0.7f, mark = m_.body_px * 1.1f;
    return text_.LineWidth(label, m_.body_px) <= width - 3 * pad - mark;
}

bool Widgets::SideButton(const std::string& label, const char* id, float height_scale) {
    const float w = std::min(m_.content_width, m_.body_px * 11);
    ImGui::SetCursorPosX(text_.rtl() ? m_.content_left + m_.content_width - w : m_.content_left);
    return Button(label, id, ButtonKind::Secondary, w, m_.button_height * height_scale);
}

bool Widgets::Choice(const std::string& label, const char* id, bool selected, bool multi, float width) {
    if (width <= 0) {
        Column();
        width = m_.content_width;
    }
    const float pad = m_.body_px * 0.7f;
    const float mark = m_.body_px * 1.1f;  // the radio circle or checkbox square
    const float text_w = width - 3 * pad - mark;
    const float th = text_.Height(label, m_.body_px, text_w);
    const float h = std::max(m_.button_height, th + 2 * pad);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool tapped = ImGui::InvisibleButton(id, ImVec2(width, std::round(h)), ImGuiButtonFlags_EnableNav);  // Tab reaches it
    text_.AddTappable(label, id, pos, ImVec2(pos.x + width, pos.y + h));
    if (selected) text_.MarkLastTappableSelected();
    const bool hot = ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Look look = LookOf(selected ? ButtonKind::Selected : ButtonKind::Choice, hot, m_.body_px);
    DrawFrame(dl, pos, ImVec2(pos.x + width, pos.y + h), selected ? look : Look{hot ? colors::kSurfaceHover : IM_COL32_WHITE, colors::kText, colors::kControlBorder, look.border_w}, m_.body_px * 0.35f);
    const bool rtl = text_.rtl();
    const ImVec2 c(rtl ? pos.x + width - pad - mark * 0.5f : pos.x + pad + mark * 0.5f, pos.y + h * 0.5f);
    const float edge = std::max(2.0f, m_.body_px / 10);
    if (multi) {
        const ImVec2 a(c.x - mark * 0.5f, c.y - mark * 0.5f), b(c.x + mark * 0.5f, c.y + mark * 0.5f);
        if (selected) {
            dl->AddRectFilled(a, b, colors::kAccent, mark * 0.15f);
            DrawTick(dl, c, mark, colors::kOnAccent);
        } else {
            dl->AddRectFilled(a, b, IM_COL32_WHITE, mark * 0.15f);
            dl->AddRect(a, b, colors::kControlBorder, mark * 0.15f, 0, edge);
        }
    } else {
        dl->AddCircleFilled(c, mark * 0.5f, IM_COL32_WHITE);
        dl->AddCircle(c, mark * 0.5f - edge * 0.5f, selected ? colors::kAccent : colors::kControlBorder, 0, edge);
        if (selected) dl->AddCircleFilled(c, mark * 0.27f, colors::kAccent);
    }
    text_.MarkOnLastTappable(c);
    // The label in the UI's direction, aligned to the reading side next to the mark.
    text_.Said(label);
    const auto& lines = text_.Layout(label, m_.body_px, text_w);
    const float y = pos.y + (h - lines.size() * m_.body_px * 1.3f) * 0.5f;
    const float text_x0 = rtl ? pos.x + pad : pos.x + 2 * pad + mark;
    text_.DrawLabel(dl, lines, m_.body_px, y, colors::kText,
                    [&](float w) { return rtl ? text_x0 + text_w - w : text_x0; });
    ImGui::Dummy(ImVec2(0, std::round(m_.spacing * 0.6f)));
    return tapped;
}

bool Widgets::LanguageButton(const std::string& endonym, const std::string& prompt, const char* id, bool rtl,
                             bool selected, float width) {
    const float small = m_.body_px * 0.8f;
    const float h = std::max(m_.button_height, m_.body_px * 1.3f + small * 1.3f + m_.body_px * 1.0f);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool tapped = ImGui::InvisibleButton(id, ImVec2(width, std::round(h)), ImGuiButtonFlags_EnableNav);  // Tab reaches it
    text_.AddTappable(endonym, id, pos, ImVec2(pos.x + width, pos.y + h));
    const bool hot = ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = m_.body_px * 0.35f;
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h),
                      selected ? colors::kAccent : hot ? colors::kSurfaceHover : colors::kSurface, rounding);
    dl->AddRect(pos, ImVec2(pos.x + width, pos.y + h), colors::kControlBorder, rounding, 0, std::max(1.5f, m_.body_px / 14));
    const bool saved = text_.rtl();
    text_.SetDirection(rtl);
    text_.Said(endonym);
    text_.Said(prompt);
    const ImU32 fg = selected ? colors::kOnAccent : colors::kText;
    float y = pos.y + m_.body_px * 0.5f;
    auto centred = [&](float w) { return pos.x + (width - w) * 0.5f; };
    // The endonym is what the button is known by (its tappable's label).
    y += text_.DrawLabel(dl, text_.Layout(endonym, m_.body_px * 1.05f, width - m_.body_px), m_.body_px * 1.05f, y, fg,
                         centred);
    text_.DrawLabel(dl, text_.Layout(prompt, small, width - m_.body_px), small, y,
                    selected ? colors::kOnAccent : colors::kMuted, centred, false);
    text_.SetDirection(saved);
    ImGui::Dummy(ImVec2(0, std::round(m_.spacing * 0.5f)));
    return tapped;
}

}  // namespace wegwijs::ui
