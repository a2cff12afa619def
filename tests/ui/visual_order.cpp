#include "visual_order.h"

#include <unicode/ubidi.h>
#include <unicode/unistr.h>
#include <unicode/ushape.h>

#include <memory>

namespace wegwijs::test {
namespace {

std::string Utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

// The app drops Arabic vowel marks (Dear ImGui cannot place combining marks)
// and draws the joined presentation forms: the expectation does the same, so
// that only the order of what is drawn is compared.
icu::UnicodeString Shaped(const std::string& logical) {
    icu::UnicodeString in;
    const icu::UnicodeString raw = icu::UnicodeString::fromUTF8(logical);
    for (int32_t i = 0; i < raw.length(); ++i)
        if (!((raw[i] >= 0x064B && raw[i] <= 0x065F) || raw[i] == 0x0670)) in.append(raw[i]);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t cap = in.length() * 2 + 8;
    icu::UnicodeString out;
    UChar* buf = out.getBuffer(cap);
    const int32_t n = u_shapeArabic(in.getBuffer(), in.length(), buf, cap,
                                    U_SHAPE_LETTERS_SHAPE | U_SHAPE_TEXT_DIRECTION_LOGICAL | U_SHAPE_LENGTH_GROW_SHRINK,
                                    &status);
    out.releaseBuffer(U_SUCCESS(status) ? n : 0);
    return out;
}

// One line in drawing order, by the Unicode bidi algorithm at the given
// paragraph level, brackets mirrored.
std::string Reordered(const icu::UnicodeString& line, bool rtl) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBiDi, void (*)(UBiDi*)> bidi(ubidi_open(), ubidi_close);
    ubidi_setPara(bidi.get(), line.getBuffer(), line.length(), rtl ? UBIDI_RTL : UBIDI_LTR, nullptr, &status);
    const int32_t cap = line.length() * 2 + 8;
    icu::UnicodeString out;
    UChar* buf = out.getBuffer(cap);
    const int32_t n =
        ubidi_writeReordered(bidi.get(), buf, cap, UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &status);
    out.releaseBuffer(U_SUCCESS(status) ? n : 0);
    return U_SUCCESS(status) ? Utf8(out) : "(ubidi failed)";
}

bool IsTrailingSpace(UChar c) { return c == u' ' || c == 0x00A0 || c == u'\n' || c == u'\r'; }

icu::UnicodeString TrimmedPart(const icu::UnicodeString& s, int32_t from, int32_t to) {
    while (to > from && IsTrailingSpace(s[to - 1])) --to;
    return icu::UnicodeString(s, from, to - from);
}

// Whether shaped[from..] splits into `lines[k..]`, each line a run of the
// text (trailing spaces dropped, as at a line break) in drawing order.
bool Splits(const icu::UnicodeString& shaped, int32_t from, const std::vector<std::string>& lines, size_t k, bool rtl) {
    if (k == lines.size()) return from == shaped.length();
    const bool last = k + 1 == lines.size();
    for (int32_t to = last ? shaped.length() : from + 1; to <= shaped.length(); ++to) {
        if (Reordered(TrimmedPart(shaped, from, to), rtl) != lines[k]) continue;
        if (Splits(shaped, to, lines, k + 1, rtl)) return true;
    }
    return false;
}

bool EndonymIsRtl(const std::string& s) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    return ubidi_getBaseDirection(u.getBuffer(), u.length()) == UBIDI_RTL;
}

}  // namespace

std::string ExpectedVisual(const std::string& logical, bool rtl) { return Reordered(Shaped(logical), rtl); }

bool DirectionMatters(const std::string& logical) {
    return ExpectedVisual(logical, true) != ExpectedVisual(logical, false);
}

std::string VisualOrderProblem(const ui::TextLayer::Tappable& t, bool rtl) {
    if (t.visual.empty() || Splits(Shaped(t.label), 0, t.visual, 0, rtl)) return {};
    std::string shown;
    for (const auto& l : t.visual) shown += (shown.empty() ? "" : " | ") + l;
    return t.id + " \"" + t.label + "\": shown as \"" + shown + "\", expected (" + (rtl ? "right-to-left" : "left-to-right") +
           ", as one line) \"" + ExpectedVisual(t.label, rtl) + "\"";
}

std::string MarkSideProblem(const ui::TextLayer::Tappable& t, bool rtl) {
    if (!t.mark || t.visual.empty()) return {};
    const float x = t.mark->x;
    const bool ok = rtl ? x > t.text_x1 && x > (t.min.x + t.max.x) * 0.5f : x < t.text_x0 && x < (t.min.x + t.max.x) * 0.5f;
    if (ok) return {};
    return t.id + " \"" + t.label + "\": its mark (x " + std::to_string(static_cast<int>(x)) + ") is not on the " +
           (rtl ? "right" : "left") + " of its text (x " + std::to_string(static_cast<int>(t.text_x0)) + ".." +
           std::to_string(static_cast<int>(t.text_x1)) + ")";
}

std::vector<std::string> VisualOrderProblems(const std::vector<ui::TextLayer::Tappable>& taps, bool ui_rtl,
                                             VisualOrderTally* tally) {
    std::vector<std::string> problems;
    for (const auto& t : taps) {
        if (t.visual.empty()) continue;  // a picture (the delete key)
        // The start screen names each language in itself, in its own direction.
        const bool rtl = t.id.rfind("##lang-", 0) == 0 ? EndonymIsRtl(t.label) : ui_rtl;
        if (auto p = VisualOrderProblem(t, rtl); !p.empty()) problems.push_back(p);
        if (auto p = MarkSideProblem(t, rtl); !p.empty()) problems.push_back(p);
        if (tally) {
            tally->checked.insert(t.label);
            if (DirectionMatters(t.label)) tally->direction_matters.insert(t.label);
            if (t.mark) tally->marks.insert(t.label);
        }
    }
    return problems;
}

}  // namespace wegwijs::test
