// The calculators' figures read from content/facts.json.
#pragma once
#include "base/problems.h"
#include "calc/calc_facts.h"
#include "model/content.h"

namespace wegwijs::intake {

// Reads the figures; a missing fact or value, or a count that is not a whole
// number, is a problem naming facts.json, the JSON path and what is wrong.
// The defaults of CalcFacts only make CalcFacts{} usable in tests; the app and
// the CLI always read CalcFacts from content and refuse to run on problems.
calc::CalcFacts ReadCalcFacts(const Content& content, Problems& problems);

}  // namespace wegwijs::intake
