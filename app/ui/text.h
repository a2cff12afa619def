// Drawing text through the text layer (text/layout.h): shaped, wrapped in
// logical order, reordered for right-to-left, and aligned to the reading side.
// Layouts are cached per (text, width, size), so a redraw costs no ICU work.
#pragma once
#include <imgui.h>

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/layout.h"

namespace wegwijs::ui {

class TextLayer {
public:
    void SetDirection(bool rtl) { rtl_ = rtl; }
    bool rtl() const { return rtl_; }
    void Clear() { cache_.clear(); }

    // Lines of a paragraph laid out for `width` at font `size`.
    const std::vector<text::Line>& Layout(const std::string& logical, float size, float width);
    // Draws a paragraph at `pos` inside a column of `width`; returns its height.
    float Draw(ImDrawList* dl, ImVec2 pos, float width, const std::string& logical, float size, ImU32 color);
    // Height a paragraph will take.
    float Height(const std::string& logical, float size, float width);
    // Width of one display line (no wrapping).
    float LineWidth(const std::string& logical, float size);

    // Every text drawn this frame, in reading order: the hook for read-aloud
    // and for tests that check what a screen says.
    const std::vector<std::string>& frame_texts() const { return frame_texts_; }
    void BeginFrame() {
        frame_texts_.clear();
        tappables_.clear();
    }
    void Said(const std::string& s) { frame_texts_.push_back(s); }

    // Everything tappable this frame, with its label and screen rectangle:
    // the hook for scripted walk-throughs and for read-aloud on focus.
    struct Tappable {
        std::string label;  // logical order, as formatted (what read-aloud says)
        std::string id;     // the widget's ImGui id label ("##next", "##opt-yes")
        std::string scope;  // the question it answers, or empty
        ImVec2 min, max;    // the whole widget
        ImVec2 clip_min, clip_max;  // the region it is drawn in (a scrolled body shows only part)
        bool selected = false;      // drawn as chosen (an option, a tile)
        // The label as it is on screen: each line in drawing order (left to
        // right, shaped, reordered), and the x range the lines cover. Empty
        // for a widget drawn as a picture. Tests compare it with the logical
        // label to see the phrase order a reader sees.
        std::vector<std::string> visual;
        float text_x0 = 0, text_x1 = 0;
        std::optional<ImVec2> mark;  // centre of an option's radio circle or check box
    };
    // Adds a widget drawn in the current window (its clip rectangle is taken from there).
    void AddTappable(const std::string& label, const std::string& id, ImVec2 min, ImVec2 max);
    const std::vector<Tappable>& tappables() const { return tappables_; }
    // For a widget drawn as a picture: the name tests and read-aloud know it by.
    void RelabelLastTappable(const std::string& label) {
        if (tappables_.empty()) return;
        tappables_.back().label = label;
        tappables_.back().visual.clear();
    }
    // Draws a widget's label lines from `y` down, each at the left edge
    // `x_of(line width)`, and, when `record`, keeps them on the last tappable
    // as what it shows. Returns the lines' height.
    float DrawLabel(ImDrawList* dl, const std::vector<text::Line>& lines, float size, float y, ImU32 color,
                    const std::function<float(float)>& x_of, bool record = true);
    void MarkOnLastTappable(ImVec2 center) {
        if (!tappables_.empty()) tappables_.back().mark = center;
    }
    void MarkLastTappableSelected() {
        if (!tappables_.empty()) tappables_.back().selected = true;
    }
    // The question the widgets drawn next belong to ("" for none).
    void SetScope(const std::string& question) { scope_ = question; }

private:
    bool rtl_ = false;
    std::unordered_map<std::string, std::vector<text::Line>> cache_;
    std::vector<std::string> frame_texts_;
    std::vector<Tappable> tappables_;
    std::string scope_;
};

}  // namespace wegwijs::ui
