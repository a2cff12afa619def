// The gemeente's key pair for the hand-over code: the public key seals (the
// kiosks and the web page carry it), the secret key opens (only the
// regievoerder has it). Both are small text files:
//
//   gemeente.pub                                gemeente.key (mode 0600)
//   WEGWIJS GEMEENTE PUBLIC KEY 1               WEGWIJS GEMEENTE SECRET KEY 1
//   # key id 3f9a2c1b ...                       # key id 3f9a2c1b ...
//   <base64 of the 32-byte X25519 key>          <base64 of secret key + public key, 64 bytes>
//
// Lines starting with '#' are comments. The key id (8 hex digits, the first
// 4 bytes of BLAKE2b of the public key) is also in every code, so opening a
// code with another gemeente's key says so instead of "damaged".
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace wegwijs::handover {

// False if libsodium could not start (no source of random numbers).
bool CryptoReady();

struct PublicKey {
    std::array<uint8_t, 32> bytes{};
    std::array<uint8_t, 4> Id() const;  // BLAKE2b-256 of the key, first 4 bytes
    std::string IdText() const;         // the id as 8 lowercase hex digits
};

struct KeyPair {
    PublicKey pub;
    std::array<uint8_t, 32> secret{};
    ~KeyPair();  // wipes the secret
};

// A fresh key pair from the system's random numbers.
KeyPair GenerateKeyPair();

constexpr std::string_view kPublicKeyHeader = "WEGWIJS GEMEENTE PUBLIC KEY 1";
constexpr std::string_view kSecretKeyHeader = "WEGWIJS GEMEENTE SECRET KEY 1";

std::string PublicKeyFileText(const PublicKey& key);
std::string SecretKeyFileText(const KeyPair& keys);

// Reading a key file's text; nullopt with a message that says what is wrong
// (e.g. the secret key where the public key belongs, or a damaged key).
std::optional<PublicKey> ParsePublicKeyFile(std::string_view text, std::string& error);
std::optional<KeyPair> ParseSecretKeyFile(std::string_view text, std::string& error);

}  // namespace wegwijs::handover
