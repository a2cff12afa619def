// On-screen keyboard layouts (i18n/keyboards.json), for the few free-text
// questions on a kiosk without a keyboard and on a phone, where the page's
// canvas cannot call up the phone's own keyboard. Layouts are data: a
// gemeente or a translator adds one without code.
#pragma once
#include <string>
#include <vector>

#include "base/problems.h"

namespace wegwijs {

struct KeyboardLayout {
    std::string id;      // "latin", "arabic": also the scripts (languages.json) it serves
    std::string label;   // the switch key's label, in the layout's own letters ("ABC", "أ ب ت")
    bool rtl = false;    // typed text reads right to left
    std::vector<std::vector<std::string>> rows;        // each key: the text it types
    std::vector<std::vector<std::string>> shift_rows;  // empty: no shift key
};

class KeyboardLayouts {
public:
    // Reads `dir`/keyboards.json. Every problem names the file and JSON path.
    bool Load(const std::string& dir, Problems& out);
    const std::vector<KeyboardLayout>& layouts() const { return layouts_; }
    // The layout for a script (a language's "script"), else the first (Latin):
    // where no layout fits, Latin it is.
    const KeyboardLayout& For(const std::string& script) const;
    const KeyboardLayout* Find(const std::string& id) const;

private:
    std::vector<KeyboardLayout> layouts_;
};

// Typing on a UTF-8 text: a key's text appended (up to `max_chars` code
// points), or the last code point taken away.
std::string TypeKey(const std::string& text, const std::string& key, size_t max_chars);
std::string Backspace(const std::string& text);
size_t CountChars(const std::string& text);

}  // namespace wegwijs
