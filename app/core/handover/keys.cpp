#include "handover/keys.h"

#include <sodium.h>

#include <vector>

namespace wegwijs::handover {
namespace {

std::string Base64(const uint8_t* bytes, size_t n) {
    std::string out(sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes, n, sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1);  // the terminating NUL
    return out;
}

// The first line that is not empty or a comment after the header, base64-decoded.
std::optional<std::vector<uint8_t>> KeyLine(std::string_view text, std::string_view header, std::string_view other_header,
                                            std::string_view what, std::string_view other_what, std::string& error) {
    std::vector<std::string_view> lines;
    for (size_t start = 0; start <= text.size();) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
        if (!line.empty() && line.front() != '#') lines.push_back(line);
        start = end + 1;
    }
    if (lines.empty()) {
        error = "the file is empty: it holds no key";
        return std::nullopt;
    }
    if (lines[0] == other_header) {
        error = "this is the " + std::string(other_what) + ", not the " + std::string(what);
        return std::nullopt;
    }
    if (lines[0] != header) {
        error = "not a Wegwijs key file (its first line must be \"" + std::string(header) + "\")";
        return std::nullopt;
    }
    if (lines.size() != 2) {
        error = lines.size() < 2 ? "the key line is missing" : "there is more than one key line";
        return std::nullopt;
    }
    std::vector<uint8_t> bytes(lines[1].size());
    size_t n = 0;
    if (sodium_base642bin(bytes.data(), bytes.size(), lines[1].data(), lines[1].size(), nullptr, &n, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0) {
        error = "the key line is damaged (not base64)";
        return std::nullopt;
    }
    bytes.resize(n);
    return bytes;
}

}  // namespace

bool CryptoReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::array<uint8_t, 4> PublicKey::Id() const {
    CryptoReady();
    uint8_t hash[32];
    crypto_generichash(hash, sizeof hash, bytes.data(), bytes.size(), nullptr, 0);
    return {hash[0], hash[1], hash[2], hash[3]};
}

std::string PublicKey::IdText() const {
    const auto id = Id();
    char hex[9];
    sodium_bin2hex(hex, sizeof hex, id.data(), id.size());
    return hex;
}

KeyPair::~KeyPair() { sodium_memzero(secret.data(), secret.size()); }

KeyPair GenerateKeyPair() {
    CryptoReady();
    KeyPair keys;
    crypto_box_keypair(keys.pub.bytes.data(), keys.secret.data());
    return keys;
}

std::string PublicKeyFileText(const PublicKey& key) {
    return std::string(kPublicKeyHeader) + "\n# key id " + key.IdText() +
           ": seals hand-over codes for this gemeente (kiosks, web page). It cannot open them.\n" +
           Base64(key.bytes.data(), key.bytes.size()) + "\n";
}

std::string SecretKeyFileText(const KeyPair& keys) {
    uint8_t both[64];
    std::copy(keys.secret.begin(), keys.secret.end(), both);
    std::copy(keys.pub.bytes.begin(), keys.pub.bytes.end(), both + 32);
    std::string text = std::string(kSecretKeyHeader) + "\n# key id " + keys.pub.IdText() +
                       ": opens every hand-over code sealed to gemeente.pub. Keep it secret; only the regievoerder needs it.\n" +
                       Base64(both, sizeof both) + "\n";
    sodium_memzero(both, sizeof both);
    return text;
}

std::optional<PublicKey> ParsePublicKeyFile(std::string_view text, std::string& error) {
    auto bytes = KeyLine(text, kPublicKeyHeader, kSecretKeyHeader, "public key (gemeente.pub)",
                         "secret key (gemeente.key): it never leaves the regievoerder", error);
    if (!bytes) return std::nullopt;
    if (bytes->size() != 32) {
        error = "the key line is damaged (" + std::to_string(bytes->size()) + " bytes, a public key has 32)";
        return std::nullopt;
    }
    PublicKey key;
    std::copy(bytes->begin(), bytes->end(), key.bytes.begin());
    return key;
}

std::optional<KeyPair> ParseSecretKeyFile(std::string_view text, std::string& error) {
    CryptoReady();
    auto bytes = KeyLine(text, kSecretKeyHeader, kPublicKeyHeader, "secret key (gemeente.key)",
                         "public key (gemeente.pub): it can seal, only the secret key opens", error);
    if (!bytes) return std::nullopt;
    if (bytes->size() != 64) {
        error = "the key line is damaged (" + std::to_string(bytes->size()) + " bytes, a secret key file has 64)";
        sodium_memzero(bytes->data(), bytes->size());
        return std::nullopt;
    }
    std::optional<KeyPair> keys(std::in_place);
    std::copy(bytes->begin(), bytes->begin() + 32, keys->secret.begin());
    std::copy(bytes->begin() + 32, bytes->end(), keys->pub.bytes.begin());
    sodium_memzero(bytes->data(), bytes->size());
    // The public half must belong to the secret half.
    uint8_t derived[32];
    crypto_scalarmult_base(derived, keys->secret.data());
    if (sodium_memcmp(derived, keys->pub.bytes.data(), 32) != 0) {
        error = "the key line is damaged (its public half does not belong to its secret half)";
        return std::nullopt;
    }
    return keys;
}

}  // namespace wegwijs::handover
