#include "i18n/keyboards.h"

#include <nlohmann/json.hpp>

#include "base/files.h"

namespace wegwijs {
namespace {

using nlohmann::json;

// Bytes of the UTF-8 sequence that starts with `lead`.
size_t SequenceLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 1;
}

}  // namespace

bool KeyboardLayouts::Load(const std::string& dir, Problems& out) {
    const std::string path = dir + "/keyboards.json";
    const size_t before = out.size();
    layouts_.clear();
    auto text = ReadFile(path);
    if (!text) {
        out.Add(path, "", "cannot read the file (the on-screen keyboard layouts)");
        return false;
    }
    const json j = json::parse(*text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object() || !j.contains("layouts") || !j["layouts"].is_array() || j["layouts"].empty()) {
        out.Add(path, "", "must be {\"layouts\": [{\"id\", \"label\", \"dir\", \"rows\": [[key, ...], ...]}, ...]}");
        return false;
    }
    for (size_t i = 0; i < j["layouts"].size(); ++i) {
        const json& l = j["layouts"][i];
        const std::string where = "/layouts/" + std::to_string(i);
        KeyboardLayout k;
        if (!l.is_object() || !l.contains("id") || !l["id"].is_string() || !l.contains("label") || !l["label"].is_string()) {
            out.Add(path, where, "needs \"id\" and \"label\" (text)");
            continue;
        }
        k.id = l["id"].get<std::string>();
        k.label = l["label"].get<std::string>();
        k.rtl = l.value("dir", std::string("ltr")) == "rtl";
        auto rows = [&](const char* field, std::vector<std::vector<std::string>>& dst, bool required) {
            if (!l.contains(field)) {
                if (required) out.Add(path, where + "/" + field, "missing: rows of keys");
                return;
            }
            if (!l[field].is_array()) {
                out.Add(path, where + "/" + field, "must be rows of keys: [[\"q\", \"w\", ...], ...]");
                return;
            }
            for (size_t r = 0; r < l[field].size(); ++r) {
                const json& row = l[field][r];
                std::vector<std::string> keys;
                for (size_t c = 0; row.is_array() && c < row.size(); ++c) {
                    if (!row[c].is_string() || row[c].get<std::string>().empty())
                        out.Add(path, where + "/" + field + "/" + std::to_string(r) + "/" + std::to_string(c),
                                "a key must be the text it types");
                    else
                        keys.push_back(row[c].get<std::string>());
                }
                if (!row.is_array() || keys.empty())
                    out.Add(path, where + "/" + field + "/" + std::to_string(r), "a row must list at least one key");
                dst.push_back(std::move(keys));
            }
        };
        rows("rows", k.rows, true);
        rows("shift_rows", k.shift_rows, false);
        if (!k.shift_rows.empty() && k.shift_rows.size() != k.rows.size())
            out.Add(path, where + "/shift_rows", "must have as many rows as \"rows\"");
        layouts_.push_back(std::move(k));
    }
    return out.size() == before;
}

const KeyboardLayout& KeyboardLayouts::For(const std::string& script) const {
    if (const KeyboardLayout* k = Find(script)) return *k;
    return layouts_.front();
}

const KeyboardLayout* KeyboardLayouts::Find(const std::string& id) const {
    for (const auto& k : layouts_)
        if (k.id == id) return &k;
    return nullptr;
}

size_t CountChars(const std::string& text) {
    size_t n = 0;
    for (size_t i = 0; i < text.size(); i += SequenceLength(static_cast<unsigned char>(text[i]))) ++n;
    return n;
}

std::string TypeKey(const std::string& text, const std::string& key, size_t max_chars) {
    if (CountChars(text) + CountChars(key) > max_chars) return text;
    return text + key;
}

std::string Backspace(const std::string& text) {
    if (text.empty()) return text;
    size_t i = text.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    return text.substr(0, i);
}

}  // namespace wegwijs
