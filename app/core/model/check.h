// Checks that need the whole flow: every "next" goes to a screen that exists,
// every screen can be reached from the start, the flow never loops and ends
// on a finish screen, every screen is in exactly one section and the sections
// follow the flow, and every condition tests a question that exists, is
// asked before the condition is used, and with values that question can have.
#pragma once
#include <string>

#include "model/flow.h"
#include "base/problems.h"

namespace wegwijs {

// `flow_file` is flow.json's path (route and topic rules live there); screens
// carry their own file.
void CheckFlow(const Flow& flow, const std::string& flow_file, Problems& out);

}  // namespace wegwijs
