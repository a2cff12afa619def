// Touch inputs for people without a keyboard (the kiosk has none): dates and
// numbers are set with large -/+ buttons, never typed. Labels and values go
// through the text layer like every other string.
#pragma once
#include <string>

#include "date.h"
#include "i18n/localizer.h"
#include "ui/widgets.h"

namespace wegwijs::ui {

// Day, month and year, each with - and +. Returns true when the value changed.
// `value` is clamped to [min, max]. Month names come from ICU in the UI language.
bool DateInput(Widgets& ui, Localizer& l10n, const char* id, Date& value, Date min, Date max);

// A whole number with - and + (e.g. hours a week). Returns true when changed.
bool NumberStepper(Widgets& ui, const char* id, int& value, int min, int max, int step,
                   const std::string& shown_value);

}  // namespace wegwijs::ui
