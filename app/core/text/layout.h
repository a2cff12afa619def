// The text layer: turns a formatted message (logical order, UTF-8) into lines
// ready to draw one glyph per code point, left to right, as Dear ImGui does.
//
//   1. shape Arabic-script letters into their joined presentation forms
//      (u_shapeArabic), on the logical text;
//   2. break into lines no wider than the given width, in logical order, at the
//      places ICU's line BreakIterator allows, measuring with the caller's font;
//   3. reorder each line for display (ubidi, with mirroring of brackets).
// Never wrap text that is already reordered: that is why all three live here.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace wegwijs::text {

struct Line {
    std::string visual;  // UTF-8, left-to-right drawing order
    float width = 0;
};

// Width of a UTF-8 string in the caller's units (pixels for ImGui).
using Measure = std::function<float(std::string_view)>;

// `rtl` is the paragraph's base direction (the UI language's). Hard line
// breaks ("\n") are kept. A word wider than max_width is split between
// characters so no line ever overflows.
std::vector<Line> LayoutParagraph(std::string_view logical, float max_width, bool rtl, const Measure& measure);

// Step 1 alone: joined forms for Arabic-script letters; other text unchanged.
std::string ShapeArabic(std::string_view logical);

// Step 3 alone, for a single line that needs no wrapping.
std::string VisualOrder(std::string_view line, bool rtl);

// Shape + reorder, for a single line (labels, buttons).
std::string DisplayLine(std::string_view logical, bool rtl);

// Whether the text holds any right-to-left or Arabic-script character.
bool HasRtl(std::string_view utf8);

// Every code point in a UTF-8 string (for font coverage checks).
std::vector<char32_t> CodePoints(std::string_view utf8);

}  // namespace wegwijs::text
