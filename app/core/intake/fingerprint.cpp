#include "intake/fingerprint.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "base/files.h"

namespace wegwijs::intake {
namespace {

// Comment fields ("_about", "_why") are not content: the loader skips them.
nlohmann::json WithoutComments(const nlohmann::json& j) {
    if (j.is_object()) {
        nlohmann::json out = nlohmann::json::object();
        for (auto it = j.begin(); it != j.end(); ++it)
            if (it.key().empty() || it.key()[0] != '_') out[it.key()] = WithoutComments(it.value());
        return out;
    }
    if (j.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& x : j) out.push_back(WithoutComments(x));
        return out;
    }
    return j;
}

}  // namespace

uint64_t Fnv1a64(const std::string& bytes, uint64_t hash) {
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= 0x100000001b3ull;
    }
    return hash;
}

std::string ContentFingerprint(std::vector<std::pair<std::string, nlohmann::json>> files) {
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    uint64_t hash = Fnv1a64("");
    for (const auto& [name, j] : files) {
        // nlohmann::json keeps object keys sorted, and dumps numbers the same
        // way natively and in wasm.
        hash = Fnv1a64(name + "\n" + WithoutComments(j).dump() + "\n", hash);
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

std::string ContentFingerprint(const std::string& dir, Problems& problems) {
    std::vector<std::pair<std::string, nlohmann::json>> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
        if (e.path().extension() != ".json") continue;
        const std::string path = e.path().string();
        auto text = ReadFile(path);
        nlohmann::json j = text ? nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false) : nlohmann::json();
        if (!text || j.is_discarded()) {
            problems.Add(path, "", "cannot read it as JSON for the content fingerprint");
            return {};
        }
        files.emplace_back(e.path().filename().string(), std::move(j));
    }
    if (ec || files.empty()) {
        problems.Add(dir, "", "no content files for the content fingerprint");
        return {};
    }
    return ContentFingerprint(std::move(files));
}

bool IsFingerprint(const std::string& text) {
    return text.size() == 16 &&
           std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace wegwijs::intake
