// "Wat betekent dit woord?" (issue 15). A screen that uses terms of the one
// glossary (i18n/glossary.json: DUO, PIP, keurmerk, ...) offers, under its
// heading, a button that opens a card over the whole screen with one big
// button per term; tapping a term shows its short explanation, in the
// person's language, from the catalog. Touch-sized on the kiosk; on the web
// Tab and Enter reach every button (keyboard navigation is on). The terms are
// those the screen drew in its previous frame, so the offer always matches
// the screen and the language.
#pragma once
#include <string>
#include <vector>

#include "i18n/glossary.h"
#include "i18n/localizer.h"
#include "ui/widgets.h"

namespace wegwijs::ui {

class TermHelp {
public:
    // Under the heading: the button that opens the card (only if the screen uses terms).
    void Offer(Widgets& ui, Localizer& l10n);
    // After drawing a screen: the texts it drew. Returns true when its terms
    // changed, so the screen is drawn once more with the offer.
    bool Collect(const std::string& screen, const std::vector<std::string>& texts, const Glossary& glossary,
                 const std::string& lang, bool rtl);
    // The card over the whole screen, while open.
    void Draw(Widgets& ui, Localizer& l10n, const Glossary& glossary, const std::string& lang);

    bool open() const { return open_; }
    // Opens the card at `term` once the screen has been drawn (--term, screenshots).
    void OpenAt(const std::string& term) { pending_ = term; }
    void Close() {
        open_ = false;
        shown_.clear();
        pending_.clear();
    }
    const std::vector<std::string>& terms() const { return terms_; }

private:
    std::string screen_;               // the screen the terms belong to
    std::vector<std::string> terms_;   // ids, in reading order
    bool open_ = false;
    bool focus_first_ = false;         // keyboard: the card starts on its first term
    std::string shown_;                // the term whose explanation is open
    std::string pending_;
};

}  // namespace wegwijs::ui
