#include "i18n/glossary.h"

#include <nlohmann/json.hpp>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>

#include "base/files.h"

namespace wegwijs {
namespace {

using nlohmann::json;

// The code point that ends just before byte `i` of `s` (0 at the start).
UChar32 Before(const std::string& s, size_t i) {
    if (i == 0) return 0;
    int32_t at = static_cast<int32_t>(i);
    UChar32 c = 0;
    U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, at, c);
    return c;
}

UChar32 At(const std::string& s, size_t i) {
    if (i >= s.size()) return 0;
    int32_t at = static_cast<int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), at, static_cast<int32_t>(s.size()), c);
    return c;
}

bool WordChar(UChar32 c) { return c > 0 && u_isalnum(c); }

// First whole-word (or, without `whole_words`, any) occurrence of `form`.
size_t FindForm(const std::string& text, const std::string& form, bool whole_words) {
    for (size_t at = text.find(form); at != std::string::npos; at = text.find(form, at + 1)) {
        if (!whole_words || (!WordChar(Before(text, at)) && !WordChar(At(text, at + form.size())))) return at;
    }
    return std::string::npos;
}

}  // namespace

bool Glossary::Load(const std::string& path, Problems& out) {
    const size_t problems_before = out.size();
    terms_.clear();
    if (!std::ifstream(path).good()) return true;
    const auto text = ReadFile(path);
    if (!text) {
        out.Add(path, "", "cannot be read");
        return false;
    }
    const json j = json::parse(*text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object() || !j.contains("concepts") || !j["concepts"].is_array()) {
        out.Add(path, "", "not a glossary: an object with a list \"concepts\"");
        return false;
    }
    const auto& list = j["concepts"];
    for (size_t i = 0; i < list.size(); ++i) {
        const json& c = list[i];
        const std::string where = "/concepts/" + std::to_string(i);
        if (!c.is_object() || !c.contains("id") || !c["id"].is_string()) {
            out.Add(path, where, "a concept needs an \"id\"");
            continue;
        }
        if (!c.contains("explain")) continue;  // a naming rule only: nothing to show
        GlossaryTerm t;
        t.id = c["id"].get<std::string>();
        if (!c["explain"].is_string()) {
            out.Add(path, where + "/explain", "must be a catalog key");
            continue;
        }
        t.explain_key = c["explain"].get<std::string>();
        for (const auto& [lang, g] : c.items()) {
            if (lang == "id" || lang == "explain" || !g.is_object()) continue;
            if (!g.contains("term") || !g["term"].is_string()) {
                out.Add(path, where + "/" + lang + "/term", "missing: the term's name in this language");
                continue;
            }
            t.label[lang] = g["term"].get<std::string>();
            std::vector<std::string>& forms = t.forms[lang];
            if (g.contains("find") && g["find"].is_array())
                for (const auto& f : g["find"])
                    if (f.is_string() && !f.get<std::string>().empty()) forms.push_back(f.get<std::string>());
            if (forms.empty()) forms.push_back(t.label[lang]);
        }
        terms_.push_back(std::move(t));
    }
    return problems_before == out.size();
}

const GlossaryTerm* Glossary::Find(const std::string& id) const {
    for (const auto& t : terms_)
        if (t.id == id) return &t;
    return nullptr;
}

std::vector<const GlossaryTerm*> Glossary::TermsIn(const std::string& text, const std::string& lang,
                                                   bool whole_words) const {
    std::vector<std::pair<size_t, const GlossaryTerm*>> hits;
    for (const auto& t : terms_) {
        auto it = t.forms.find(lang);
        if (it == t.forms.end()) continue;
        size_t best = std::string::npos;
        for (const auto& f : it->second) best = std::min(best, FindForm(text, f, whole_words));
        if (best != std::string::npos) hits.push_back({best, &t});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const GlossaryTerm*> out;
    for (const auto& h : hits) out.push_back(h.second);
    return out;
}

}  // namespace wegwijs
