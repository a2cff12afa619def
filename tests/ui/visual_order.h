// What a reader sees on a button or an option, checked against the logical
// label: the expectation is computed here with ICU directly (Arabic shaping,
// then the Unicode bidi algorithm at the paragraph level of the UI's
// direction), not with the app's text layer, so a widget that lays out its
// label in the wrong direction shows up as phrases in the wrong order.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "ui/text.h"

namespace wegwijs::test {

// `logical` laid out as one line in a paragraph of the given direction, in
// drawing order (left to right), shaped as the app draws Arabic (joined
// presentation forms, without vowel marks).
std::string ExpectedVisual(const std::string& logical, bool rtl);

// Whether the paragraph direction changes how `logical` reads on screen
// (Latin words, brackets or a final full stop in Arabic): the labels that a
// left-to-right layout gets wrong.
bool DirectionMatters(const std::string& logical);

// Empty when the tappable's lines are its label split into lines, each in
// the drawing order of the given direction; otherwise what is wrong.
std::string VisualOrderProblem(const ui::TextLayer::Tappable& t, bool rtl);

// Empty when an option's radio circle or check box sits on the reading-start
// side of its label (right of the text for right-to-left), else what is wrong.
std::string MarkSideProblem(const ui::TextLayer::Tappable& t, bool rtl);

// Checks every tappable with a text label on the current frame: language
// buttons in their language's direction, every other one in the UI's.
struct VisualOrderTally {
    std::set<std::string> checked;            // labels compared
    std::set<std::string> direction_matters;  // of which a layout in the other direction reads wrong
    std::set<std::string> marks;              // options whose mark was checked
};
std::vector<std::string> VisualOrderProblems(const std::vector<ui::TextLayer::Tappable>& taps, bool ui_rtl,
                                             VisualOrderTally* tally);

}  // namespace wegwijs::test
