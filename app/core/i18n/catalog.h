// Languages and their message catalogs (i18n/*.json).
//
// i18n/languages.json lists the languages in the order the start screen shows
// them: code, ICU locale, writing direction, script (which font it needs) and
// fallback language. Each i18n/<code>.json is one flat object mapping stable
// keys to ICU MessageFormat patterns; an empty or missing value falls through to
// the fallback language (ar -> en -> nl). Key "language.name" is the language's
// own name (its endonym) as the start screen shows it.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/problems.h"

namespace wegwijs {

struct Language {
    std::string code;      // "nl", "ar"
    std::string locale;    // ICU locale id, e.g. "ar-u-nu-latn"
    bool rtl = false;
    std::string script;    // "latin", "arabic": which font to load
    std::string fallback;  // code of the fallback language, empty for the last one
    std::string endonym;   // from the catalog's "language.name"
};

class Catalogs {
public:
    // Loads languages.json and every catalog it names from `dir`. Problems
    // (unreadable file, bad JSON, non-string value, unknown fallback, pattern
    // that does not parse, argument names a translation invents) go to `out`.
    bool Load(const std::string& dir, Problems& out);

    const std::vector<Language>& languages() const { return languages_; }
    const Language* Find(const std::string& code) const;

    // The pattern for `key` in `code`, following fallbacks; nullptr if no
    // language in the chain has it.
    const std::string* Pattern(const std::string& code, const std::string& key) const;

    // Every key of the reference catalog (the last in every fallback chain).
    std::vector<std::string> Keys() const;
    const std::string& reference() const { return reference_; }

    // Every character used by a language's catalog (for font subsetting).
    std::string AllText(const std::string& code) const;

private:
    std::vector<Language> languages_;
    std::map<std::string, std::map<std::string, std::string>> messages_;  // code -> key -> pattern
    std::string reference_;
};

}  // namespace wegwijs
