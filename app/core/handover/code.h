// The hand-over code: one person's summary sealed to the gemeente's public key,
// as text that fits one QR code and can be typed.
//
//   WW1:<Base45 of the envelope>
//
// The envelope, in bytes (Base45, RFC 9285, keeps to QR's alphanumeric set):
//
//   key id   4   which gemeente key it is sealed to (keys.h), in the clear
//   length   2   the envelope's length in bytes (big-endian): a cut-off code is told
//                from a changed one
//   check    2   BLAKE2b of key id and length, first 2 bytes
//   sealed   n   libsodium sealed box (crypto_box_seal: X25519, XSalsa20-Poly1305;
//                48 bytes more than what it seals) of:
//                  expires  2   the last day it opens, days since 2000-01-01
//                  payload  …   the summary's JSON, raw deflate (zlib) with the WW1
//                               dictionary (code_dictionary.cpp)
//   check    4   BLAKE2b of everything before, first 4 bytes: a mistyped or
//                changed character is told from a wrong key
//
// Only the holder of the secret key can read it; any change fails the sealed
// box's authentication, also when someone recomputes the checks. The prefix is
// the version: a change to any of this is "WW2:", and a reader names the
// version it does not know. Opening reports every problem as its own kind with
// a plain message and never crashes on any input.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"
#include "handover/keys.h"

namespace wegwijs::handover {

constexpr std::string_view kCodePrefix = "WW1:";

// The first and last expiry day a code can carry.
constexpr Date kFirstExpiry{2000, 1, 1};
constexpr Date kLastExpiry{2179, 6, 6};  // kFirstExpiry + 65535 days

// Seals `payload` (the summary's JSON text) to `key`, to open until `expires`
// (inclusive, within kFirstExpiry..kLastExpiry). Each call gives another code
// (the sealed box is randomised). Empty when the payload deflates to more than
// an envelope holds (64 KB; one QR code holds about 1.6 KB).
std::string SealCode(std::string_view payload, const Date& expires, const PublicKey& key);

enum class CodeProblem {
    None,
    Empty,         // nothing but white space
    NotACode,      // does not start with WW<n>:
    OtherVersion,  // WW<n>: with n other than 1
    BadCharacter,  // a character that is not in a code's alphabet
    Incomplete,    // shorter than its envelope says: cut off
    Changed,       // a check does not match: a character is changed, or characters were added
    OtherKey,      // sealed to another gemeente key
    Tampered,      // checks right, but the sealed box does not open: altered on purpose
    Unreadable,    // opened, but what is inside is not a compressed text
    Expired,       // opened, but past its last day
};

struct OpenedCode {
    std::string payload;  // the JSON text as sealed
    Date expires;
};

struct CodeResult {
    CodeProblem problem = CodeProblem::None;
    std::string message;               // one plain line; empty when None
    std::optional<OpenedCode> opened;  // set when None (and, for Expired, too)
};

// White space at either end and line breaks inside are dropped (a printed or
// scanned code may carry them), and letters are made capitals (Base45 has no
// small letters, so a typed code may use either).
std::string NormaliseCode(std::string_view text);

// Opens a code with the gemeente's key pair; `today` decides whether it expired.
CodeResult OpenCode(std::string_view text, const KeyPair& keys, const Date& today);

// Days since kFirstExpiry, and back.
int DaysSince2000(const Date& d);
Date DateFromDays2000(int days);

}  // namespace wegwijs::handover
