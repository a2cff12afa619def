#include "handover/base45.h"

namespace wegwijs::handover {

std::string Base45Encode(const std::vector<uint8_t>& bytes) {
    std::string out;
    out.reserve(Base45Length(bytes.size()));
    size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        unsigned n = bytes[i] * 256u + bytes[i + 1];  // c + 45 d + 2025 e
        out += kBase45Alphabet[n % 45];
        out += kBase45Alphabet[n / 45 % 45];
        out += kBase45Alphabet[n / 2025];
    }
    if (i < bytes.size()) {
        out += kBase45Alphabet[bytes[i] % 45];
        out += kBase45Alphabet[bytes[i] / 45];
    }
    return out;
}

int Base45Value(char c) {
    const size_t at = kBase45Alphabet.find(c);
    return at == std::string_view::npos || c == '\0' ? -1 : static_cast<int>(at);
}

size_t Base45Length(size_t byte_count) { return byte_count / 2 * 3 + byte_count % 2 * 2; }

std::optional<std::vector<uint8_t>> Base45Decode(std::string_view text, std::string* error) {
    auto fail = [&](std::string what) -> std::optional<std::vector<uint8_t>> {
        if (error) *error = std::move(what);
        return std::nullopt;
    };
    std::vector<int> values(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        values[i] = Base45Value(text[i]);
        if (values[i] < 0) return fail("character " + std::to_string(i + 1) + " is not a Base45 character");
    }
    if (text.size() % 3 == 1) return fail("its length leaves one character over");
    std::vector<uint8_t> out;
    out.reserve(text.size() / 3 * 2 + 1);
    for (size_t i = 0; i < text.size(); i += 3) {
        if (i + 2 < text.size()) {
            const unsigned n = values[i] + values[i + 1] * 45u + values[i + 2] * 2025u;
            if (n > 0xFFFF) return fail("characters " + std::to_string(i + 1) + "-" + std::to_string(i + 3) + " hold no two bytes");
            out.push_back(static_cast<uint8_t>(n >> 8));
            out.push_back(static_cast<uint8_t>(n & 0xFF));
        } else {
            const unsigned n = values[i] + values[i + 1] * 45u;
            if (n > 0xFF) return fail("characters " + std::to_string(i + 1) + "-" + std::to_string(i + 2) + " hold no byte");
            out.push_back(static_cast<uint8_t>(n));
        }
    }
    return out;
}

}  // namespace wegwijs::handover
