#include "text/layout.h"

#include <unicode/brkiter.h>
#include <unicode/ubidi.h>
#include <unicode/unistr.h>
#include <unicode/ushape.h>
#include <unicode/utf8.h>

#include <memory>

namespace wegwijs::text {
namespace {

bool IsArabicMark(UChar c);
icu::UnicodeString Without(const icu::UnicodeString& in, bool (*drop)(UChar));

std::string ToUtf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

icu::UnicodeString Shape(const icu::UnicodeString& original) {
    const icu::UnicodeString in = Without(original, IsArabicMark);
    UErrorCode status = U_ZERO_ERROR;
    const uint32_t options = U_SHAPE_LETTERS_SHAPE | U_SHAPE_TEXT_DIRECTION_LOGICAL | U_SHAPE_LENGTH_GROW_SHRINK;
    int32_t cap = in.length() * 2 + 8;
    icu::UnicodeString out;
    UChar* buf = out.getBuffer(cap);
    int32_t n = u_shapeArabic(in.getBuffer(), in.length(), buf, cap, options, &status);
    out.releaseBuffer(U_SUCCESS(status) ? n : 0);
    return U_SUCCESS(status) ? out : in;
}

icu::UnicodeString Reorder(const icu::UnicodeString& line, bool rtl) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBiDi, void (*)(UBiDi*)> bidi(ubidi_open(), ubidi_close);
    ubidi_setPara(bidi.get(), line.getBuffer(), line.length(), rtl ? UBIDI_RTL : UBIDI_LTR, nullptr, &status);
    if (U_FAILURE(status)) return line;
    if (!rtl && ubidi_getDirection(bidi.get()) == UBIDI_LTR) return line;
    int32_t cap = line.length() * 2 + 8;
    icu::UnicodeString out;
    UChar* buf = out.getBuffer(cap);
    int32_t n = ubidi_writeReordered(bidi.get(), buf, cap, UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &status);
    out.releaseBuffer(U_SUCCESS(status) ? n : 0);
    return U_SUCCESS(status) ? out : line;
}

bool IsRtlCodePoint(UChar32 c) {
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) ||
           c == 0x200F || c == 0x061C;
}

bool IsBidiControl(UChar c) {
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Arabic vowel marks and tanween: Dear ImGui draws one glyph per code point
// and cannot place combining marks, so they are dropped (written Arabic
// leaves them out almost everywhere anyway).
bool IsArabicMark(UChar c) { return (c >= 0x064B && c <= 0x065F) || c == 0x0670; }

icu::UnicodeString Without(const icu::UnicodeString& in, bool (*drop)(UChar)) {
    icu::UnicodeString out;
    for (int32_t i = 0; i < in.length(); ++i)
        if (!drop(in[i])) out.append(in[i]);
    return out;
}

void TrimTrailingSpace(icu::UnicodeString& s) {
    int32_t n = s.length();
    while (n > 0 && (s[n - 1] == u' ' || s[n - 1] == u'\u00A0' || s[n - 1] == u'\n' || s[n - 1] == u'\r')) --n;
    s.truncate(n);
}

}  // namespace

bool HasRtl(std::string_view utf8) {
    int32_t i = 0;
    const int32_t len = static_cast<int32_t>(utf8.size());
    while (i < len) {
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), i, len, c);
        if (IsRtlCodePoint(c)) return true;
    }
    return false;
}

std::vector<char32_t> CodePoints(std::string_view utf8) {
    std::vector<char32_t> out;
    int32_t i = 0;
    const int32_t len = static_cast<int32_t>(utf8.size());
    while (i < len) {
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), i, len, c);
        if (c >= 0) out.push_back(static_cast<char32_t>(c));
    }
    return out;
}

std::string ShapeArabic(std::string_view logical) {
    if (!HasRtl(logical)) return std::string(logical);
    return ToUtf8(Shape(icu::UnicodeString::fromUTF8(logical)));
}

std::string VisualOrder(std::string_view line, bool rtl) {
    if (!rtl && !HasRtl(line)) return std::string(line);
    return ToUtf8(Reorder(icu::UnicodeString::fromUTF8(line), rtl));
}

std::string DisplayLine(std::string_view logical, bool rtl) {
    if (!rtl && !HasRtl(logical)) return std::string(logical);
    return ToUtf8(Reorder(Shape(icu::UnicodeString::fromUTF8(logical)), rtl));
}

std::vector<Line> LayoutParagraph(std::string_view logical, float max_width, bool rtl, const Measure& measure) {
    std::vector<Line> lines;
    const bool complex = rtl || HasRtl(logical);
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(logical);
    if (complex) text = Shape(text);

    UErrorCode status = U_ZERO_ERROR;
    // Break rules barely differ between our languages; root's are fine for all.
    std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !bi) {
        lines.push_back({ToUtf8(complex ? Reorder(text, rtl) : text), measure(logical)});
        return lines;
    }
    bi->setText(text);

    auto emit = [&](int32_t from, int32_t to) {
        icu::UnicodeString part(text, from, to - from);
        TrimTrailingSpace(part);
        Line l;
        l.visual = complex ? ToUtf8(Reorder(part, rtl)) : ToUtf8(part);
        l.width = measure(l.visual);
        lines.push_back(std::move(l));
    };
    // Bidi controls are removed when the line is reordered: never measure them.
    auto width_of = [&](int32_t from, int32_t to) {
        icu::UnicodeString part(text, from, to - from);
        TrimTrailingSpace(part);
        return measure(ToUtf8(Without(part, IsBidiControl)));
    };

    int32_t line_start = 0;
    int32_t last_fit = 0;  // last break opportunity that still fits, or 0 if none yet
    for (int32_t pos = bi->next(); pos != icu::BreakIterator::DONE; pos = bi->next()) {
        const bool hard = bi->getRuleStatus() >= UBRK_LINE_HARD;
        if (width_of(line_start, pos) <= max_width) {
            last_fit = pos;
        } else if (last_fit > line_start) {
            emit(line_start, last_fit);
            line_start = last_fit;
            // The segment just measured may itself be too wide: re-check it.
            if (width_of(line_start, pos) <= max_width) {
                last_fit = pos;
            } else {
                last_fit = line_start;
            }
        }
        if (last_fit == line_start && width_of(line_start, pos) > max_width) {
            // One word wider than the line: split it between characters.
            int32_t cut = line_start;
            while (cut < pos) {
                int32_t next = text.moveIndex32(cut, 1);
                if (cut > line_start && width_of(line_start, next) > max_width) {
                    emit(line_start, cut);
                    line_start = cut;
                }
                cut = next;
            }
            last_fit = pos;
        }
        if (hard && pos < text.length()) {
            emit(line_start, pos);
            line_start = last_fit = pos;
        }
    }
    if (line_start < text.length() || lines.empty()) emit(line_start, text.length());
    return lines;
}

}  // namespace wegwijs::text
