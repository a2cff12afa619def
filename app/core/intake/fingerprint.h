// A short, stable name for the content a summary was made with: a summary
// holds codes (question, option, route and fact ids), and its fingerprint says
// which content/*.json gives them their meaning, their labels and the facts
// behind the figures. A reader with other content can still read the codes,
// but should say so.
//
// The fingerprint is 64-bit FNV-1a over a canonical dump of every content
// file in name order: "<file name>\n<compact JSON, keys sorted, comment
// fields (_about, _why, ...) left out>\n". So it changes when a fact, a rule,
// a question or an option changes, and not when a file is re-indented, its
// keys reordered or a comment edited. Written as 16 lowercase hex digits.
#pragma once
#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "base/problems.h"

namespace wegwijs::intake {

uint64_t Fnv1a64(const std::string& bytes, uint64_t hash = 0xcbf29ce484222325ull);

// Over parsed files: {file name, its JSON}, in any order.
std::string ContentFingerprint(std::vector<std::pair<std::string, nlohmann::json>> files);

// Over every *.json in `dir` (content/). A file that cannot be read or parsed
// is a problem; the fingerprint is then empty.
std::string ContentFingerprint(const std::string& dir, Problems& problems);

// Whether `text` has the form of a fingerprint (16 lowercase hex digits).
bool IsFingerprint(const std::string& text);

}  // namespace wegwijs::intake
