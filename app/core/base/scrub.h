// Overwrites a string's characters in place before it is emptied, so what a
// person entered (answers, typed text, a hand-over code) does not linger in
// freed memory. Through a volatile pointer, so the stores are not left out.
#pragma once
#include <string>

namespace wegwijs {

inline void ScrubText(std::string& s) {
    volatile char* p = s.data();
    for (size_t i = 0; i < s.size(); ++i) p[i] = 0;
    s.clear();
}

}  // namespace wegwijs
