// Touch inputs for people without a keyboard (the kiosk has none).
//
// Questions: a date is three taps on tiles (year, then month, then day); a
// number is typed on a number pad. What is half entered (a year and month
// without a day, typed digits) is a draft kept in the Session, so "stop and
// erase" wipes it, and changing language keeps it. The pickers do not change
// the engine themselves: they return an Edit that the screen applies later.
//
// Calculators: amounts, rates and dates that already hold a sensible value
// are nudged with large - and + buttons.
#pragma once
#include <optional>
#include <string>

#include "base/date.h"
#include "i18n/keyboards.h"
#include "i18n/localizer.h"
#include "ui/widgets.h"

namespace wegwijs::ui {

// What a tap on a picker asks for.
struct Edit {
    std::optional<std::string> draft;   // the new draft ("" = none)
    std::optional<std::string> answer;  // a complete answer to store (ISO date, number)
    bool clear = false;                 // remove the stored answer
    bool complete = false;              // the answer was completed by this tap (a date's day)
};

// Year tiles (latest first, paged), then month tiles, then a day grid. With a
// stored date and no draft it shows the date and "another date".
Edit DatePicker(Widgets& ui, Localizer& l10n, const std::string& draft, const std::string& value, Date earliest,
                Date latest);

// A number pad (0-9 and delete) under the number as typed, with its unit.
// `unit` formats {n} (a catalog pattern, already resolved by the caller) or is empty.
Edit NumberPad(Widgets& ui, Localizer& l10n, const std::string& draft, const std::string& value, int min, int max,
               const std::string& unit_key);

// Free text on an on-screen keyboard (the kiosk has no keyboard; a phone's
// own keyboard cannot reach the page's canvas): the text as typed, shaped and
// in the layout's direction, with a counter of `max_chars`; then the keys,
// with shift, the switch to the next layout, space and delete. Keys typed on a
// real keyboard count too. `layout` and `shift` are the screen's to keep.
struct KeyboardState {
    std::string layout;  // a layout id; empty: the one for the UI's script
    bool shift = false;
};
// The text as typed is the draft (a trailing space survives it); the answer
// is stored as the engine normalises it.
Edit TextKeyboard(Widgets& ui, Localizer& l10n, const KeyboardLayouts& layouts, const std::string& script,
                  KeyboardState& state, const std::string& draft, const std::string& value, size_t max_chars);

// Day, month and year, each with - and +. Returns true when the value changed.
// `value` is clamped to [min, max]. Month names come from ICU in the UI language.
bool DateInput(Widgets& ui, Localizer& l10n, const char* id, Date& value, Date min, Date max);

// A whole number with - and + (e.g. the loan amount). Returns true when changed.
bool NumberStepper(Widgets& ui, const char* id, int& value, int min, int max, int step,
                   const std::string& shown_value);

}  // namespace wegwijs::ui
