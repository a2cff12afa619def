// Base45 (RFC 9285): bytes as text in the 45 characters a QR code's
// alphanumeric mode holds (0-9, A-Z, space and $%*+-./:), so a code fills a
// QR code densely and can be typed. Two bytes become three characters, a last
// odd byte two.
//
//   std::string text = Base45Encode(bytes);
//   auto back = Base45Decode(text, &error);   // nullopt: error names the place
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wegwijs::handover {

// The 45 characters, in the order of their values.
constexpr std::string_view kBase45Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

std::string Base45Encode(const std::vector<uint8_t>& bytes);

// The value of a Base45 character, or -1.
int Base45Value(char c);

// The length in characters of `byte_count` bytes.
size_t Base45Length(size_t byte_count);

// nullopt when `text` is not Base45: a character outside the alphabet, a
// length that leaves one character over, or a group above what two bytes hold.
// `error` then says which, counting characters from 1.
std::optional<std::vector<uint8_t>> Base45Decode(std::string_view text, std::string* error = nullptr);

}  // namespace wegwijs::handover
