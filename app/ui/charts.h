// Pictures of numbers: the remaining debt of a loan over time, and a time line
// of residence and integration milestones with today marked. Both mirror in
// right-to-left languages (time runs from the reading start to its end) and
// scale with the layout, so they read on a 390 px phone and a 1920 px kiosk.
#pragma once
#include <string>
#include <vector>

#include "base/date.h"
#include "i18n/localizer.h"
#include "ui/widgets.h"

namespace wegwijs::ui {

struct DebtPoint {
    Date date;
    double euros = 0;
};

// Area chart of the remaining debt; year labels along the time axis, the
// highest amount on the value axis.
void DebtChart(Widgets& ui, Localizer& l10n, const std::vector<DebtPoint>& points, const char* id);

struct TimelineMark {
    std::string label;  // already formatted in the UI language
    Date date;
};

// A horizontal line from the earliest date to the latest, numbered marks at
// each milestone, a "today" marker, and a numbered legend underneath.
void TimelineStrip(Widgets& ui, Localizer& l10n, const std::vector<TimelineMark>& marks, Date today,
                   const std::string& today_label, const char* id);

}  // namespace wegwijs::ui
