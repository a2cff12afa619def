#include "session/session.h"

#include "base/scrub.h"

namespace wegwijs {
namespace {

void Scrub(std::string& s) { ScrubText(s); }

void Scrub(std::vector<std::string>& v) {
    for (auto& s : v) ScrubText(s);
    v.clear();
}

}  // namespace

void Session::Wipe() {
    Scrub(language);
    Scrub(role);
    for (auto& [question, value] : answers) Scrub(value);
    for (auto& [question, text] : drafts) Scrub(text);
    Scrub(history);
    Scrub(return_to);
    // Plain numbers and dates: overwritten by the fresh value below.
    *this = Session{};
}

}  // namespace wegwijs
