#include "i18n/catalog.h"

#include <nlohmann/json.hpp>
#include <unicode/msgfmt.h>
#include <unicode/strenum.h>

#include <set>

#include "base/files.h"

namespace wegwijs {
namespace {

using nlohmann::json;

std::optional<json> ParseJsonFile(const std::string& path, Problems& out) {
    auto text = ReadFile(path);
    if (!text) {
        out.Add(path, "", "cannot read the file");
        return std::nullopt;
    }
    json j = json::parse(*text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
        // Parse again with exceptions on, only to get the position for the message.
        try {
            (void)json::parse(*text);
        } catch (const json::exception& e) {  // parse_error, or out_of_range for a number such as 1e999
            out.Add(path, "", std::string("not valid JSON: ") + e.what());
            return std::nullopt;
        }
        out.Add(path, "", "not valid JSON");
        return std::nullopt;
    }
    return j;
}

// Argument names a pattern uses, or nullopt with an error message.
std::optional<std::set<std::string>> PatternArgs(const std::string& pattern, std::string& error) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError pe{};
    icu::MessageFormat mf(icu::UnicodeString::fromUTF8(pattern), icu::Locale::getRoot(), pe, status);
    if (U_FAILURE(status)) {
        error = std::string("message pattern does not parse (") + u_errorName(status) + " at character " +
                std::to_string(pe.offset) + ")";
        return std::nullopt;
    }
    std::set<std::string> names;
    std::unique_ptr<icu::StringEnumeration> e(mf.getFormatNames(status));
    if (e) {
        while (const icu::UnicodeString* s = e->snext(status)) {
            std::string n;
            s->toUTF8String(n);
            names.insert(n);
        }
    }
    return names;
}

}  // namespace

bool Catalogs::Load(const std::string& dir, Problems& out) {
    const size_t before = out.size();
    languages_.clear();
    messages_.clear();
    const std::string index_path = dir + "/languages.json";
    auto index = ParseJsonFile(index_path, out);
    if (!index) return false;
    if (!index->contains("languages") || !(*index)["languages"].is_array() || (*index)["languages"].empty()) {
        out.Add(index_path, "/languages", "must be a non-empty list of languages");
        return false;
    }
    const auto& list = (*index)["languages"];
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string where = "/languages/" + std::to_string(i);
        const auto& l = list[i];
        Language lang;
        auto str = [&](const char* field, std::string& dst, bool required) {
            if (l.contains(field) && l[field].is_string()) {
                dst = l[field].get<std::string>();
            } else if (required || l.contains(field)) {
                out.Add(index_path, where + "/" + field, "must be a text value");
            }
        };
        if (!l.is_object()) {
            out.Add(index_path, where, "must be an object with code, locale, dir, script");
            continue;
        }
        str("code", lang.code, true);
        str("locale", lang.locale, true);
        str("script", lang.script, true);
        str("fallback", lang.fallback, false);
        std::string dir_value;
        str("dir", dir_value, true);
        if (!dir_value.empty() && dir_value != "ltr" && dir_value != "rtl")
            out.Add(index_path, where + "/dir", "must be \"ltr\" or \"rtl\", not \"" + dir_value + "\"");
        lang.rtl = dir_value == "rtl";
        if (lang.code.empty()) continue;
        if (Find(lang.code)) {
            out.Add(index_path, where + "/code", "language \"" + lang.code + "\" is listed twice");
            continue;
        }
        languages_.push_back(lang);
    }
    // Fallback chains must end, and at exactly one reference language.
    for (const auto& lang : languages_) {
        if (!lang.fallback.empty() && !Find(lang.fallback))
            out.Add(index_path, "/languages (" + lang.code + ")/fallback",
                    "falls back to \"" + lang.fallback + "\", which is not listed");
        if (lang.fallback.empty()) {
            if (!reference_.empty() && reference_ != lang.code)
                out.Add(index_path, "/languages (" + lang.code + ")",
                        "only one language may have no fallback; \"" + reference_ + "\" already has none");
            reference_ = lang.code;
        }
    }
    if (reference_.empty()) out.Add(index_path, "/languages", "one language must have no fallback (the reference)");

    // Catalogs.
    for (auto& lang : languages_) {
        const std::string path = dir + "/" + lang.code + ".json";
        auto cat = ParseJsonFile(path, out);
        if (!cat) continue;
        if (!cat->is_object()) {
            out.Add(path, "", "must be one object mapping keys to messages");
            continue;
        }
        auto& msgs = messages_[lang.code];
        for (auto it = cat->begin(); it != cat->end(); ++it) {
            if (!it.value().is_string()) {
                out.Add(path, "/" + it.key(), "must be a text value (an ICU MessageFormat pattern)");
                continue;
            }
            std::string v = it.value().get<std::string>();
            if (v.empty()) continue;  // falls through to the fallback
            msgs[it.key()] = std::move(v);
        }
    }
    if (out.size() > before) return false;

    // Patterns parse; translations use no argument the reference lacks; keys exist in the reference.
    const auto& ref = messages_[reference_];
    for (auto& lang : languages_) {
        const std::string path = dir + "/" + lang.code + ".json";
        for (const auto& [key, pattern] : messages_[lang.code]) {
            std::string err;
            auto args = PatternArgs(pattern, err);
            if (!args) {
                out.Add(path, "/" + key, err);
                continue;
            }
            if (lang.code == reference_) continue;
            auto r = ref.find(key);
            if (r == ref.end()) {
                out.Add(path, "/" + key, "key is not in the reference catalog " + reference_ + ".json (typo or removed key?)");
                continue;
            }
            std::string ignored;
            auto ref_args = PatternArgs(r->second, ignored);
            if (!ref_args) continue;
            for (const auto& a : *args)
                if (!ref_args->count(a))
                    out.Add(path, "/" + key, "uses argument {" + a + "}, which " + reference_ + ".json does not provide");
        }
        auto name = messages_[lang.code].find("language.name");
        if (name == messages_[lang.code].end())
            out.Add(path, "/language.name", "missing: the language's own name for the start screen");
        else
            lang.endonym = name->second;
    }
    return out.size() == before;
}

const Language* Catalogs::Find(const std::string& code) const {
    for (const auto& l : languages_)
        if (l.code == code) return &l;
    return nullptr;
}

const std::string* Catalogs::Pattern(const std::string& code, const std::string& key) const {
    std::string c = code;
    for (int guard = 0; !c.empty() && guard < 16; ++guard) {
        auto m = messages_.find(c);
        if (m != messages_.end()) {
            auto it = m->second.find(key);
            if (it != m->second.end()) return &it->second;
        }
        const Language* l = Find(c);
        c = l ? l->fallback : std::string();
    }
    return nullptr;
}

std::vector<std::string> Catalogs::Keys() const {
    std::vector<std::string> keys;
    auto m = messages_.find(reference_);
    if (m != messages_.end())
        for (const auto& kv : m->second) keys.push_back(kv.first);
    return keys;
}

std::string Catalogs::AllText(const std::string& code) const {
    std::string all;
    auto m = messages_.find(code);
    if (m != messages_.end())
        for (const auto& kv : m->second) all += kv.second + "\n";
    return all;
}

}  // namespace wegwijs
