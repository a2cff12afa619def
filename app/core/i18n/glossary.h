// The one glossary (i18n/glossary.json, issue 15): for each term the app
// explains, its name and the forms that find it in a text, per language, and
// the catalog key of its short explanation. The screens offer the explanation
// of every term they use ("Wat betekent dit woord?"); tests/i18n/check_texts.py
// checks the same file against the catalogs (one name per thing, every term
// explained where it first appears).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "base/problems.h"

namespace wegwijs {

struct GlossaryTerm {
    std::string id;
    std::string explain_key;  // catalog key of the short explanation
    std::map<std::string, std::string> label;                // language -> the term's name
    std::map<std::string, std::vector<std::string>> forms;   // language -> how it is written
};

class Glossary {
public:
    // Reads `path`. A missing file is an empty glossary; a file that is not a
    // glossary adds problems and returns false.
    bool Load(const std::string& path, Problems& out);
    const std::vector<GlossaryTerm>& terms() const { return terms_; }
    const GlossaryTerm* Find(const std::string& id) const;

    // The terms `text` uses in language `lang`, in order of first appearance.
    // `whole_words`: a form must not touch a letter or digit on either side
    // (Latin script); off for Arabic script, where prefixes and suffixes attach.
    std::vector<const GlossaryTerm*> TermsIn(const std::string& text, const std::string& lang, bool whole_words) const;

private:
    std::vector<GlossaryTerm> terms_;
};

}  // namespace wegwijs
