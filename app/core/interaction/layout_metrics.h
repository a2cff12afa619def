// Sizes for every screen, from named constants scaled to the window, so a
// 1920x1080 touch kiosk and a 390x844 phone share one layout logic. All values
// are in framebuffer pixels.
#pragma once
#include <algorithm>

namespace wegwijs {

struct LayoutMetrics {
    // Design constants, in "em" (multiples of the body font size).
    static constexpr float kMinBodyCssPx = 22.0f;      // ImGui sizes by line height: 22 draws like 16 CSS px text
    static constexpr float kShortSideInEm = 34.0f;     // a 1080 px kiosk gets ~32 px text
    static constexpr float kMaxContentWidthEm = 38.0f; // lines stay readable on wide screens
    static constexpr float kMarginEm = 1.0f;
    static constexpr float kButtonHeightEm = 2.6f;     // comfortable touch target
    static constexpr float kSpacingEm = 0.6f;
    static constexpr float kHeadingScale = 1.45f;

    float body_px = 17;
    float heading_px = 25;
    float margin = 17;
    float spacing = 10;
    float button_height = 44;
    float content_width = 356;  // width of the text column
    float content_left = 17;    // x of the text column
    bool narrow = true;         // phone-like: one column, stacked buttons

    static LayoutMetrics For(float width, float height, float pixel_ratio) {
        LayoutMetrics m;
        const float short_side = std::min(width, height);
        m.body_px = std::max(kMinBodyCssPx * pixel_ratio, short_side / kShortSideInEm);
        m.heading_px = m.body_px * kHeadingScale;
        m.margin = m.body_px * kMarginEm;
        m.spacing = m.body_px * kSpacingEm;
        m.button_height = m.body_px * kButtonHeightEm;
        m.content_width = std::min(width - 2 * m.margin, m.body_px * kMaxContentWidthEm);
        m.content_left = (width - m.content_width) * 0.5f;
        m.narrow = width < m.body_px * 30.0f;
        return m;
    }
};

}  // namespace wegwijs
