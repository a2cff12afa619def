#include "session/session.h"

namespace wegwijs {
namespace {

// Overwrites a string's characters in place before it is dropped, so what a
// person typed does not linger in freed memory. Through a volatile pointer,
// so the compiler cannot leave the stores out.
void Scrub(std::string& s) {
    volatile char* p = s.data();
    for (size_t i = 0; i < s.size(); ++i) p[i] = 0;
    s.clear();
}

void Scrub(std::vector<std::string>& v) {
    for (auto& s : v) Scrub(s);
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
