#include "ui/text.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace wegwijs::ui {

const std::vector<text::Line>& TextLayer::Layout(const std::string& logical, float size, float width) {
    std::string key = logical;
    key += rtl_ ? "\x1fR" : "\x1fL";
    key += std::to_string(static_cast<int>(std::lround(size * 4))) + ":" + std::to_string(std::lround(std::fmin(width, 1e9f)));  // width may be FLT_MAX: no int cast
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    ImFont* font = ImGui::GetFont();
    auto measure = [&](std::string_view s) {
        return font->CalcTextSizeA(size, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
    };
    if (cache_.size() > 4000) cache_.clear();  // bounded: layouts are cheap to redo
    return cache_.emplace(std::move(key), text::LayoutParagraph(logical, width, rtl_, measure)).first->second;
}

float TextLayer::Draw(ImDrawList* dl, ImVec2 pos, float width, const std::string& logical, float size, ImU32 color) {
    frame_texts_.push_back(logical);
    const auto& lines = Layout(logical, size, width);
    const float line_h = size * 1.3f;
    ImFont* font = ImGui::GetFont();
    float y = pos.y;
    for (const auto& line : lines) {
        const float x = rtl_ ? pos.x + width - line.width : pos.x;
        dl->AddText(font, size, ImVec2(std::floor(x), std::floor(y)), color, line.visual.c_str());
        y += line_h;
    }
    return lines.size() * line_h;
}

void TextLayer::AddTappable(const std::string& label, const std::string& id, ImVec2 min, ImVec2 max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    tappables_.push_back({label, id, scope_, min, max, dl->GetClipRectMin(), dl->GetClipRectMax(), false});
}

float TextLayer::DrawLabel(ImDrawList* dl, const std::vector<text::Line>& lines, float size, float y, ImU32 color,
                           const std::function<float(float)>& x_of, bool record) {
    std::vector<std::string> shown;
    float x0 = 0, x1 = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        const float x = std::floor(x_of(lines[i].width));
        dl->AddText(ImGui::GetFont(), size, ImVec2(x, std::floor(y + i * size * 1.3f)), color, lines[i].visual.c_str());
        x0 = i == 0 ? x : std::min(x0, x);
        x1 = i == 0 ? x + lines[i].width : std::max(x1, x + lines[i].width);
        shown.push_back(lines[i].visual);
    }
    if (record && !tappables_.empty()) {
        Tappable& t = tappables_.back();
        t.visual = std::move(shown);
        t.text_x0 = x0;
        t.text_x1 = x1;
    }
    return lines.size() * size * 1.3f;
}

float TextLayer::Height(const std::string& logical, float size, float width) {
    return Layout(logical, size, width).size() * size * 1.3f;
}

float TextLayer::LineWidth(const std::string& logical, float size) {
    const auto& lines = Layout(logical, size, FLT_MAX);
    float w = 0;
    for (const auto& l : lines) w = std::max(w, l.width);
    return w;
}

}  // namespace wegwijs::ui
