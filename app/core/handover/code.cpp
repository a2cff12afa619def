#include "handover/code.h"

#include <sodium.h>
#include <zlib.h>

#include <cctype>
#include <cstdint>
#include <vector>

#include "handover/base45.h"
#include "handover/code_dictionary.h"

namespace wegwijs::handover {
namespace {

using Bytes = std::vector<uint8_t>;

constexpr size_t kHeaderBytes = 8;        // key id, length, header check
constexpr size_t kHeaderChars = 12;       // Base45 of the header
constexpr size_t kCheckBytes = 4;         // the whole envelope's check
constexpr size_t kMaxPayload = 1 << 20;   // what inflating may give at most

// The first `n` bytes of BLAKE2b-128 of `bytes`.
Bytes Check(const uint8_t* bytes, size_t size, size_t n) {
    uint8_t hash[crypto_generichash_BYTES_MIN];
    crypto_generichash(hash, sizeof hash, bytes, size, nullptr, 0);
    return Bytes(hash, hash + n);
}

Bytes Deflate(std::string_view text) {
    const std::string_view dict = CodeDictionaryWw1();
    z_stream z{};
    // Raw deflate (no zlib header: the envelope has its own checks), best compression.
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    deflateSetDictionary(&z, reinterpret_cast<const Bytef*>(dict.data()), static_cast<uInt>(dict.size()));
    Bytes out(deflateBound(&z, static_cast<uLong>(text.size())));
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    z.avail_in = static_cast<uInt>(text.size());
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

std::optional<std::string> Inflate(const uint8_t* bytes, size_t size) {
    const std::string_view dict = CodeDictionaryWw1();
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK) return std::nullopt;
    inflateSetDictionary(&z, reinterpret_cast<const Bytef*>(dict.data()), static_cast<uInt>(dict.size()));
    z.next_in = const_cast<Bytef*>(bytes);
    z.avail_in = static_cast<uInt>(size);
    std::string out;
    char buffer[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - z.avail_out);
        if (out.size() > kMaxPayload) rc = Z_DATA_ERROR;
    }
    const bool whole = rc == Z_STREAM_END && z.avail_in == 0;
    inflateEnd(&z);
    if (!whole) return std::nullopt;
    return out;
}

CodeResult Problem(CodeProblem kind, std::string message) {
    CodeResult r;
    r.problem = kind;
    r.message = std::move(message);
    return r;
}

// days_from_civil (H. Hinnant): days since 1970-01-01 of a proleptic Gregorian date.
int DaysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

}  // namespace

int DaysSince2000(const Date& d) { return DaysFromCivil(d.year, d.month, d.day) - DaysFromCivil(2000, 1, 1); }

Date DateFromDays2000(int days) {
    int z = days + DaysFromCivil(2000, 1, 1) + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp + (mp < 10 ? 3 : -9);
    return Date{yoe + era * 400 + (m <= 2), m, d};
}

std::string SealCode(std::string_view payload, const Date& expires, const PublicKey& key) {
    CryptoReady();
    const int days = DaysSince2000(expires);
    const uint16_t stored = static_cast<uint16_t>(days < 0 ? 0 : days > 0xFFFF ? 0xFFFF : days);
    Bytes plain{static_cast<uint8_t>(stored >> 8), static_cast<uint8_t>(stored & 0xFF)};
    const Bytes packed = Deflate(payload);
    plain.insert(plain.end(), packed.begin(), packed.end());

    const size_t total = kHeaderBytes + crypto_box_SEALBYTES + plain.size() + kCheckBytes;
    if (total > 0xFFFF) return {};  // the length field's limit, far beyond any QR code
    const auto id = key.Id();
    Bytes env(id.begin(), id.end());
    env.push_back(static_cast<uint8_t>(total >> 8));
    env.push_back(static_cast<uint8_t>(total & 0xFF));
    const Bytes head_check = Check(env.data(), env.size(), 2);
    env.insert(env.end(), head_check.begin(), head_check.end());
    env.resize(kHeaderBytes + crypto_box_SEALBYTES + plain.size());
    crypto_box_seal(env.data() + kHeaderBytes, plain.data(), plain.size(), key.bytes.data());
    const Bytes check = Check(env.data(), env.size(), kCheckBytes);
    env.insert(env.end(), check.begin(), check.end());
    return std::string(kCodePrefix) + Base45Encode(env);
}

std::string NormaliseCode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text)
        if (c != '\n' && c != '\r' && c != '\t') out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const size_t first = out.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    const size_t last = out.find_last_not_of(' ');
    return out.substr(first, last - first + 1);
}

CodeResult OpenCode(std::string_view text, const KeyPair& keys, const Date& today) {
    const std::string code = NormaliseCode(text);
    if (code.empty()) return Problem(CodeProblem::Empty, "no code: the input is empty");

    // The prefix: WW1:, another version, or no Wegwijs code at all.
    if (code.compare(0, kCodePrefix.size(), kCodePrefix) != 0) {
        size_t digits = 0;
        while (2 + digits < code.size() && std::isdigit(static_cast<unsigned char>(code[2 + digits]))) ++digits;
        if (code.compare(0, 2, "WW") == 0 && digits > 0 && digits <= 4 && code.size() > 2 + digits && code[2 + digits] == ':')
            return Problem(CodeProblem::OtherVersion, "a code of another Wegwijs version (" + code.substr(0, 3 + digits) +
                                                          "): this version opens " + std::string(kCodePrefix) +
                                                          " codes; open it with the Wegwijs that reads that version");
        return Problem(CodeProblem::NotACode,
                       "not a Wegwijs code: a hand-over code starts with " + std::string(kCodePrefix));
    }
    const std::string_view body = std::string_view(code).substr(kCodePrefix.size());
    for (size_t i = 0; i < body.size(); ++i)
        if (Base45Value(body[i]) < 0) {
            const unsigned char c = static_cast<unsigned char>(body[i]);
            std::string shown(1, '"');
            if (c >= 0x20 && c < 0x7F)
                shown.append(1, body[i]).append(1, '"');
            else
                shown = "byte " + std::to_string(c);
            return Problem(CodeProblem::BadCharacter, "character " + std::to_string(kCodePrefix.size() + i + 1) + " (" +
                                                          shown + ") cannot be in a code: it was changed or mistyped");
        }

    // The header: is the code whole?
    const auto whole_message = [&](size_t expected) {
        return "the code is incomplete: it has " + std::to_string(code.size()) + " of its " +
               std::to_string(kCodePrefix.size() + expected) + " characters; copy or scan all of it";
    };
    if (body.size() < kHeaderChars)
        return Problem(CodeProblem::Incomplete, "the code is incomplete: it has only " + std::to_string(code.size()) +
                                                    " characters; copy or scan all of it");
    const auto changed = [] {
        return Problem(CodeProblem::Changed,
                       "the code was changed: a character is wrong (its check does not match); copy or scan it again");
    };
    const auto head = Base45Decode(body.substr(0, kHeaderChars));
    if (!head || (*head)[6] != Check(head->data(), 6, 2)[0] || (*head)[7] != Check(head->data(), 6, 2)[1]) return changed();
    const size_t total = (*head)[4] * 256u + (*head)[5];
    if (total < kHeaderBytes + crypto_box_SEALBYTES + 2 + kCheckBytes) return changed();
    const size_t expected = Base45Length(total);
    if (body.size() < expected) return Problem(CodeProblem::Incomplete, whole_message(expected));
    if (body.size() > expected)
        return Problem(CodeProblem::Changed, "the code was changed: it has " + std::to_string(body.size() - expected) +
                                                 " character" + (body.size() - expected == 1 ? "" : "s") +
                                                 " more than it says; copy or scan it again");

    // The whole envelope's check, then the key it is sealed to.
    const auto env = Base45Decode(body);
    if (!env || env->size() != total) return changed();
    const Bytes check = Check(env->data(), total - kCheckBytes, kCheckBytes);
    if (!std::equal(check.begin(), check.end(), env->end() - kCheckBytes)) return changed();
    CryptoReady();
    const auto id = keys.pub.Id();
    if (!std::equal(id.begin(), id.end(), env->begin())) {
        char hex[9];
        sodium_bin2hex(hex, sizeof hex, env->data(), 4);
        return Problem(CodeProblem::OtherKey, std::string("the code is sealed to another gemeente key (key id ") + hex +
                                                  "); this key is " + keys.pub.IdText() + ": open it with the key it was made for");
    }

    // Open the sealed box.
    const size_t sealed_size = total - kHeaderBytes - kCheckBytes;
    Bytes plain(sealed_size - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(plain.data(), env->data() + kHeaderBytes, sealed_size, keys.pub.bytes.data(),
                             keys.secret.data()) != 0)
        return Problem(CodeProblem::Tampered, "the code cannot be opened: it was altered after it was sealed");
    const Date expires = DateFromDays2000(plain[0] * 256 + plain[1]);
    auto payload = Inflate(plain.data() + 2, plain.size() - 2);
    sodium_memzero(plain.data(), plain.size());
    if (!payload) return Problem(CodeProblem::Unreadable, "the code opened, but what it holds cannot be read");

    CodeResult result;
    result.opened = OpenedCode{std::move(*payload), expires};
    if (today > expires) {
        result.problem = CodeProblem::Expired;
        result.message = "the code expired on " + ToIso(expires) + " (today is " + ToIso(today) +
                         "): ask the person to make a new one";
    }
    return result;
}

}  // namespace wegwijs::handover
