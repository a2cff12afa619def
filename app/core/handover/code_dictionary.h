// The preset dictionary of WW1 codes' deflate (code.h): text that summaries
// share (their keys, ids, dates and figures), so a short summary compresses to
// a fraction. Its bytes are part of the WW1 format: a code sealed with one
// dictionary inflates only with the same bytes. Never change it while WW1
// codes exist; a new dictionary is a new prefix (a test pins its hash).
#pragma once
#include <string_view>

namespace wegwijs::handover {

std::string_view CodeDictionaryWw1();

}  // namespace wegwijs::handover
