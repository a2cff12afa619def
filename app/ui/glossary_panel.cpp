#include "ui/glossary_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace wegwijs::ui {
namespace {

std::string Label(const GlossaryTerm& t, const std::string& lang) {
    auto it = t.label.find(lang);
    if (it != t.label.end()) return it->second;
    it = t.label.find("nl");
    return it != t.label.end() ? it->second : t.id;
}

}  // namespace

void TermHelp::Offer(Widgets& ui, Localizer& l10n) {
    if (terms_.empty()) return;
    if (ui.SideButton(l10n.Format("glossary.title"), "##terms-open", 1.0f)) {
        open_ = true;
        focus_first_ = true;
        shown_ = terms_.size() == 1 ? terms_[0] : std::string();
    }
    ui.Space(0.3f);
}

bool TermHelp::Collect(const std::string& screen, const std::vector<std::string>& texts, const Glossary& glossary,
                       const std::string& lang, bool rtl) {
    std::vector<std::string> found;
    for (const auto& s : texts)
        for (const GlossaryTerm* t : glossary.TermsIn(s, lang, /*whole_words=*/!rtl))
            if (std::find(found.begin(), found.end(), t->id) == found.end()) found.push_back(t->id);
    const bool changed = screen != screen_ || found != terms_;
    if (screen != screen_) {  // a new screen starts with the card closed (a pending --term stays)
        open_ = false;
        shown_.clear();
    }
    screen_ = screen;
    terms_ = std::move(found);
    if (!pending_.empty()) {
        open_ = true;
        shown_ = pending_;
        pending_.clear();
        return true;
    }
    return changed;
}

void TermHelp::Draw(Widgets& ui, Localizer& l10n, const Glossary& glossary, const std::string& lang) {
    const auto& m = ui.metrics();
    ui.Space(m.narrow ? 1.0f : 2.0f);
    ui.Heading(l10n.Format("glossary.title"));
    // The terms of this screen as a grid of big buttons, the open one chosen.
    std::vector<std::string> ids = terms_;
    if (!shown_.empty() && std::find(ids.begin(), ids.end(), shown_) == ids.end()) ids.insert(ids.begin(), shown_);
    const int columns = m.narrow ? 1 : 3;  // a phone: one term a row, long words unbroken
    for (size_t i = 0; i < ids.size(); i += columns) {
        const int n = static_cast<int>(std::min<size_t>(columns, ids.size() - i));
        const float y = ImGui::GetCursorPosY();
        float bottom = y;
        for (int k = 0; k < n; ++k) {
            const GlossaryTerm* t = glossary.Find(ids[i + k]);
            if (!t) continue;
            ImGui::SetCursorPos(ImVec2(ui.RowX(k, columns), std::round(y)));
            const bool chosen = t->id == shown_;
            // Opened by keyboard (Tab, Enter): Enter again explains the first term.
            if (focus_first_ && ImGui::GetIO().NavVisible) ImGui::SetKeyboardFocusHere();
            focus_first_ = false;
            if (ui.Button(Label(*t, lang), ("##term-" + t->id).c_str(), chosen ? ButtonKind::Selected : ButtonKind::Choice,
                          ui.RowWidth(columns)))
                shown_ = chosen ? std::string() : t->id;
            bottom = std::max(bottom, ImGui::GetCursorPosY());
        }
        ImGui::SetCursorPosY(std::round(bottom));
    }
    if (const GlossaryTerm* t = shown_.empty() ? nullptr : glossary.Find(shown_)) {
        ui.Space(0.5f);
        ui.Heading(Label(*t, lang));
        ui.Note(l10n.Format(t->explain_key));
    }
    ui.Space(1.0f);
    if (ui.Button(l10n.Format("glossary.close"), "##terms-close", ButtonKind::Primary)) Close();
}

}  // namespace wegwijs::ui
