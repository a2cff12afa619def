// Everything one person entered, in one place, so "stop and erase" and the
// inactivity timeout can wipe it completely. Nothing here is ever written to
// disk unless the person chooses to hand it over.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace wegwijs {

struct Session {
    std::string language;                        // chosen UI language code
    std::string role;                            // "migrant" or "referent"
    std::map<std::string, std::string> answers;  // question id -> answer value
    std::vector<std::string> history;            // screens visited, for "back"

    bool empty() const { return language.empty() && role.empty() && answers.empty() && history.empty(); }
    void Wipe() { *this = Session{}; }
};

}  // namespace wegwijs
