// Our own widget layer over Dear ImGui: touch-sized buttons, choices that look
// like choices, tiles, error notes, text through the text layer, right-to-left
// alignment and mirrored rows, stable ids (so a widget keeps its identity when
// the language changes), and the read-aloud / test hook (every label drawn is
// listed in TextLayer::frame_texts(), every tappable in tappables()).
#pragma once
#include <imgui.h>

#include <string>

#include "interaction/layout_metrics.h"
#include "ui/text.h"

namespace wegwijs::ui {

namespace colors {
constexpr ImU32 kText = IM_COL32(24, 32, 48, 255);
constexpr ImU32 kMuted = IM_COL32(84, 94, 112, 255);
constexpr ImU32 kAccent = IM_COL32(0, 82, 147, 255);       // a calm, municipal blue
constexpr ImU32 kAccentHover = IM_COL32(0, 100, 175, 255);
constexpr ImU32 kSurface = IM_COL32(238, 242, 247, 255);
constexpr ImU32 kSurfaceHover = IM_COL32(224, 232, 242, 255);
constexpr ImU32 kBorder = IM_COL32(180, 190, 205, 255);     // decoration only (lines, tracks)
constexpr ImU32 kControlBorder = IM_COL32(92, 106, 128, 255);  // 5.6:1 on white: a control's edge
constexpr ImU32 kSelectedFill = IM_COL32(226, 238, 250, 255);
constexpr ImU32 kNote = IM_COL32(255, 246, 214, 255);
constexpr ImU32 kOnAccent = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kError = IM_COL32(179, 38, 30, 255);        // 6.3:1 on white
constexpr ImU32 kErrorFill = IM_COL32(253, 236, 234, 255);
constexpr ImU32 kDisabled = IM_COL32(150, 158, 170, 255);
}  // namespace colors

enum class ButtonKind {
    Primary,    // the one action that moves on (solid blue)
    Secondary,  // other actions (light, outlined)
    Choice,     // an option or a tile, not chosen
    Selected,   // an option or a tile, chosen (light blue, thick blue edge)
    Danger,     // erases something (solid red)
    Disabled,   // shown but not tappable (a date outside the allowed range)
};

class Widgets {
public:
    Widgets(TextLayer& text, const LayoutMetrics& m) : text_(text), m_(m) {}

    // A column of text, full content width, advancing the cursor.
    void Heading(const std::string& s);
    // A small line above a heading (the section a question belongs to).
    void Overline(const std::string& s);
    // `indent` leaves room on the reading-start side (for a picture).
    void Paragraph(const std::string& s, ImU32 color = colors::kText, float indent = 0);
    void Small(const std::string& s);
    void Bullet(const std::string& s);
    void Note(const std::string& s);  // a tinted box, for "estimate" and "check with" notes
    // A key result (the route, the monthly payment): large text in a blue
    // panel with a thick edge on the reading-start side, never a note's look.
    void Result(const std::string& s);
    // An error: red edge and fill, a drawn warning sign, a title and what to do.
    void Error(const std::string& title, const std::string& message);
    void Space(float em = 1.0f);

    // A touch-sized button with a centred label. `width` 0 means the full
    // column. Returns true when tapped (never for ButtonKind::Disabled).
    bool Button(const std::string& label, const char* id, ButtonKind kind = ButtonKind::Primary, float width = 0,
                float height = 0);
    // An answer option: a radio circle (or a checkbox square when `multi`) on
    // the reading-start side, the label after it; chosen = filled mark, light
    // blue fill and a thick blue edge, never the look of the Next button.
    // `width` 0: the full column; otherwise at the cursor, that wide (option grids).
    bool Choice(const std::string& label, const char* id, bool selected, bool multi, float width = 0);
    // Whether a label fits on one line of a Choice `width` wide.
    bool ChoiceFitsOneLine(const std::string& label, float width);
    // A short secondary button on the reading-start side ("Clear answer",
    // "Change"), `height_scale` times a button's height.
    bool SideButton(const std::string& label, const char* id, float height_scale = 0.85f);
    // A language on the start screen: its own name, and "choose your
    // language" in that language underneath, both in its own direction.
    bool LanguageButton(const std::string& endonym, const std::string& prompt, const char* id, bool rtl,
                        bool selected, float width);

    // Where a row of `n` equal buttons starts its `i`-th button (mirrored for RTL).
    float RowX(int i, int n) const;
    float RowWidth(int n) const;

    const LayoutMetrics& metrics() const { return m_; }
    TextLayer& text() { return text_; }

private:
    void Column();  // moves the cursor to the column's left edge
    TextLayer& text_;
    const LayoutMetrics& m_;
};

// A tick drawn as two strokes (fonts may lack U+2713), centred in a box of `size`.
void DrawTick(ImDrawList* dl, ImVec2 center, float size, ImU32 color);

}  // namespace wegwijs::ui
