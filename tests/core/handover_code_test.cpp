// The hand-over code (app/core/handover/code.h): what a regievoerder sees for
// every code that is not right — empty, random text, another prefix or version,
// a mistyped or changed character anywhere, a cut-off code, another gemeente's
// key, a code altered with its checks recomputed, an expired code — and that a
// right code opens to exactly what was sealed. The envelope is also built by
// hand from its documented layout, so the format cannot drift unnoticed.
#include <gtest/gtest.h>
#include <sodium.h>

#include <set>
#include <string>

#include "handover/base45.h"
#include "handover/code.h"
#include "handover/code_dictionary.h"
#include "handover/keys.h"
#include "handover/summary_code.h"
#include "intake/answers_file.h"
#include "intake/fingerprint.h"
#include "shipped_content.h"

using namespace wegwijs;
using namespace wegwijs::handover;

namespace {

// A fixed key pair (from a seed), so the key id and the header are the same in every run.
KeyPair FixedKeys(uint8_t seed_byte) {
    CryptoReady();
    uint8_t seed[crypto_box_SEEDBYTES];
    std::fill(std::begin(seed), std::end(seed), seed_byte);
    KeyPair keys;
    crypto_box_seed_keypair(keys.pub.bytes.data(), keys.secret.data(), seed);
    return keys;
}

const KeyPair& Gemeente() {
    static const KeyPair keys = FixedKeys(7);
    return keys;
}

const std::string kPayload =
    R"({"answers":{"age_band":"30_49","languages":["arabic","other"],"languages_other":"Tigrinya"},"role":"migrant"})";
constexpr Date kExpires{2027, 3, 1};
constexpr Date kToday{2026, 12, 1};

const std::string& Code() {
    static const std::string code = SealCode(kPayload, kExpires, Gemeente().pub);
    return code;
}

CodeResult Open(const std::string& code, const Date& today = kToday) { return OpenCode(code, Gemeente(), today); }

// BLAKE2b-128, first n bytes: the envelope's checks (code.h).
std::vector<uint8_t> Check(const std::vector<uint8_t>& bytes, size_t n) {
    uint8_t hash[16];
    crypto_generichash(hash, sizeof hash, bytes.data(), bytes.size(), nullptr, 0);
    return {hash, hash + n};
}

// An envelope as code.h documents it, around any plaintext.
std::string HandMadeCode(const std::vector<uint8_t>& plain, const PublicKey& key) {
    const size_t total = 8 + crypto_box_SEALBYTES + plain.size() + 4;
    const auto id = key.Id();
    std::vector<uint8_t> env(id.begin(), id.end());
    env.push_back(static_cast<uint8_t>(total >> 8));
    env.push_back(static_cast<uint8_t>(total & 0xFF));
    const auto head = Check(env, 2);
    env.insert(env.end(), head.begin(), head.end());
    env.resize(8 + crypto_box_SEALBYTES + plain.size());
    crypto_box_seal(env.data() + 8, plain.data(), plain.size(), key.bytes.data());
    const auto check = Check(env, 4);
    env.insert(env.end(), check.begin(), check.end());
    return "WW1:" + Base45Encode(env);
}

std::vector<uint8_t> Deflated(const std::string& text) {
    // zlib is not on the tests' include path on the web; a stored deflate block
    // (no compression) is valid deflate and needs no zlib.
    std::vector<uint8_t> out{0x01, static_cast<uint8_t>(text.size() & 0xFF), static_cast<uint8_t>(text.size() >> 8),
                             static_cast<uint8_t>(~text.size() & 0xFF), static_cast<uint8_t>((~text.size() >> 8) & 0xFF)};
    out.insert(out.end(), text.begin(), text.end());
    return out;
}

}  // namespace

TEST(HandoverCode, OpensToExactlyWhatWasSealed) {
    const CodeResult r = Open(Code());
    ASSERT_EQ(r.problem, CodeProblem::None) << r.message;
    EXPECT_EQ(r.opened->payload, kPayload);
    EXPECT_EQ(r.opened->expires, kExpires);
    EXPECT_EQ(Code().rfind("WW1:", 0), 0u);
    EXPECT_EQ(Code().find_first_not_of(std::string(kBase45Alphabet)), std::string::npos);  // QR alphanumeric only
    EXPECT_NE(SealCode(kPayload, kExpires, Gemeente().pub), Code());  // every seal is new: no two codes alike
}

TEST(HandoverCode, ReadsTheDocumentedEnvelope) {
    std::vector<uint8_t> plain{static_cast<uint8_t>(DaysSince2000(kExpires) >> 8),
                               static_cast<uint8_t>(DaysSince2000(kExpires) & 0xFF)};
    const auto packed = Deflated(kPayload);
    plain.insert(plain.end(), packed.begin(), packed.end());
    // A stored block has no back-references, so the dictionary is not needed to read it.
    const CodeResult r = Open(HandMadeCode(plain, Gemeente().pub));
    ASSERT_EQ(r.problem, CodeProblem::None) << r.message;
    EXPECT_EQ(r.opened->payload, kPayload);
    EXPECT_EQ(r.opened->expires, kExpires);
}

TEST(HandoverCode, TakesACodeAsPeopleCarryIt) {
    std::string lower = Code();
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_EQ(Open(lower).problem, CodeProblem::None);                        // typed in small letters
    EXPECT_EQ(Open("  " + Code() + "\r\n").problem, CodeProblem::None);      // a scanner's Enter
    std::string wrapped = Code();
    wrapped.insert(60, "\n");
    EXPECT_EQ(Open(wrapped).problem, CodeProblem::None);  // printed over two lines
}

TEST(HandoverCode, EmptyInput) {
    for (const std::string empty : {"", "   ", "\n", "\r\n\t "}) {
        const CodeResult r = Open(empty);
        EXPECT_EQ(r.problem, CodeProblem::Empty);
        EXPECT_EQ(r.message, "no code: the input is empty");
    }
}

TEST(HandoverCode, RandomTextIsNotACode) {
    for (const std::string text : {"hallo", "Dit is mijn code", "WW", "WW1", "https://example.org/WW1:ABC", "\x01\x02\xff",
                                   "{\"answers\":{}}", "HC1:6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N"}) {
        const CodeResult r = Open(text);
        EXPECT_EQ(r.problem, CodeProblem::NotACode) << text;
        EXPECT_EQ(r.message, "not a Wegwijs code: a hand-over code starts with WW1:") << text;
    }
}

TEST(HandoverCode, AnotherVersionIsNamed) {
    std::string v2 = Code();
    v2[2] = '2';
    CodeResult r = Open(v2);
    EXPECT_EQ(r.problem, CodeProblem::OtherVersion);
    EXPECT_EQ(r.message, "a code of another Wegwijs version (WW2:): this version opens WW1: codes; open it with the "
                         "Wegwijs that reads that version");
    r = Open("WW12:ABC");
    EXPECT_EQ(r.problem, CodeProblem::OtherVersion);
    EXPECT_NE(r.message.find("(WW12:)"), std::string::npos);
}

TEST(HandoverCode, ACharacterThatCannotBeInACode) {
    std::string code = Code();
    code[40] = '#';
    CodeResult r = Open(code);
    EXPECT_EQ(r.problem, CodeProblem::BadCharacter);
    EXPECT_EQ(r.message, "character 41 (\"#\") cannot be in a code: it was changed or mistyped");
    code[40] = '\xc3';  // the first byte of an "é"
    r = Open(code);
    EXPECT_EQ(r.problem, CodeProblem::BadCharacter);
    EXPECT_EQ(r.message, "character 41 (byte 195) cannot be in a code: it was changed or mistyped");
}

TEST(HandoverCode, EveryChangedCharacterIsDetected) {
    const std::string& code = Code();
    for (size_t i = 4; i < code.size(); ++i) {
        for (int step : {1, 22}) {  // a neighbour on the keyboard, and one far away
            std::string changed = code;
            changed[i] = kBase45Alphabet[(Base45Value(code[i]) + step) % 45];
            const CodeResult r = Open(changed);
            ASSERT_EQ(r.problem, CodeProblem::Changed) << "character " << i + 1 << " changed: " << r.message;
            ASSERT_EQ(r.message, "the code was changed: a character is wrong (its check does not match); copy or scan it again");
        }
    }
    // Two characters swapped, as a person typing might.
    std::string swapped = Code();
    size_t at = 20;
    while (swapped[at] == swapped[at + 1]) ++at;
    std::swap(swapped[at], swapped[at + 1]);
    EXPECT_EQ(Open(swapped).problem, CodeProblem::Changed);
}

TEST(HandoverCode, ACutOffCodeIsIncomplete) {
    const std::string& code = Code();
    for (size_t length = 5; length < code.size(); ++length) {
        const CodeResult r = Open(code.substr(0, length));
        ASSERT_EQ(r.problem, CodeProblem::Incomplete) << "cut to " << length << ": " << r.message;
    }
    const CodeResult r = Open(code.substr(0, code.size() - 10));
    EXPECT_EQ(r.message, "the code is incomplete: it has " + std::to_string(code.size() - 10) + " of its " +
                             std::to_string(code.size()) + " characters; copy or scan all of it");
    EXPECT_EQ(Open(code.substr(0, 9)).message, "the code is incomplete: it has only 9 characters; copy or scan all of it");
}

TEST(HandoverCode, CharactersAddedAtTheEnd) {
    const CodeResult r = Open(Code() + "AB");
    EXPECT_EQ(r.problem, CodeProblem::Changed);
    EXPECT_EQ(r.message, "the code was changed: it has 2 characters more than it says; copy or scan it again");
}

TEST(HandoverCode, AnotherGemeentesKeyIsNamed) {
    const KeyPair other = FixedKeys(8);
    const CodeResult r = OpenCode(Code(), other, kToday);
    EXPECT_EQ(r.problem, CodeProblem::OtherKey);
    EXPECT_EQ(r.message, "the code is sealed to another gemeente key (key id " + Gemeente().pub.IdText() + "); this key is " +
                             other.pub.IdText() + ": open it with the key it was made for");
    EXPECT_FALSE(r.opened);
}

TEST(HandoverCode, AlteredWithItsChecksRecomputedDoesNotOpen) {
    // Someone who knows the format changes a sealed byte and fixes both checks:
    // only the sealed box's own authentication can tell, and it does.
    const std::string body = Code().substr(4);
    auto env = *Base45Decode(body);
    for (size_t at : {size_t{8}, size_t{8 + 32}, env.size() - 5}) {  // ephemeral key, MAC, ciphertext
        auto bad = env;
        bad[at] ^= 0x01;
        bad.resize(bad.size() - 4);
        const auto check = Check(bad, 4);
        bad.insert(bad.end(), check.begin(), check.end());
        const CodeResult r = Open("WW1:" + Base45Encode(bad));
        EXPECT_EQ(r.problem, CodeProblem::Tampered) << "byte " << at;
        EXPECT_EQ(r.message, "the code cannot be opened: it was altered after it was sealed");
        EXPECT_FALSE(r.opened);
    }
}

TEST(HandoverCode, SealedGarbageIsUnreadable) {
    // Sealed with the public key (anyone can), but not deflate inside.
    const CodeResult r = Open(HandMadeCode({0x3A, 0x00, 0xFF, 0xFF, 0xFF, 0x07}, Gemeente().pub));
    EXPECT_EQ(r.problem, CodeProblem::Unreadable);
    EXPECT_EQ(r.message, "the code opened, but what it holds cannot be read");
    EXPECT_EQ(Open(HandMadeCode({}, Gemeente().pub)).problem, CodeProblem::Changed);  // too short to hold a date
}

TEST(HandoverCode, OpensUntilItsLastDayAndNotAfter) {
    EXPECT_EQ(Open(Code(), kExpires).problem, CodeProblem::None);
    const CodeResult r = Open(Code(), Date{2027, 3, 2});
    EXPECT_EQ(r.problem, CodeProblem::Expired);
    EXPECT_EQ(r.message, "the code expired on 2027-03-01 (today is 2027-03-02): ask the person to make a new one");
}

TEST(HandoverCode, APayloadNoEnvelopeHoldsGivesNoCode) {
    std::string noise;
    uint32_t x = 1;
    for (int i = 0; i < 100000; ++i) noise += static_cast<char>('!' + (x = x * 1103515245 + 12345) % 90);  // deflate cannot shrink it enough
    EXPECT_EQ(SealCode(noise, kExpires, Gemeente().pub), "");
    EXPECT_NE(SealCode(noise.substr(0, 20000), kExpires, Gemeente().pub), "");
}

TEST(HandoverCode, ExpiryDaysCoverTheRange) {
    EXPECT_EQ(DaysSince2000(kFirstExpiry), 0);
    EXPECT_EQ(DaysSince2000(kLastExpiry), 0xFFFF);
    EXPECT_EQ(DateFromDays2000(DaysSince2000(Date{2028, 2, 29})), (Date{2028, 2, 29}));
    EXPECT_EQ(ExpiryFrom(Date{2026, 12, 1}, 90), (Date{2027, 3, 1}));
    for (int d = 0; d <= 0xFFFF; d += 97) ASSERT_EQ(DaysSince2000(DateFromDays2000(d)), d);
    const std::string last = SealCode("{}", kLastExpiry, Gemeente().pub);
    EXPECT_EQ(Open(last).opened->expires, kLastExpiry);
}

TEST(HandoverCode, TheWw1DictionaryNeverChanges) {
    // Its bytes are part of the format: codes sealed today must open next year.
    const std::string_view dict = CodeDictionaryWw1();
    uint8_t hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const uint8_t*>(dict.data()), dict.size(), nullptr, 0);
    char hex[33];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    EXPECT_EQ(dict.size(), 8661u);
    EXPECT_STREQ(hex, "031412fc06d7bc2b496c5b447cdd1d09");
}

TEST(HandoverKeys, FilesRoundTripAndSayWhatIsWrong) {
    const KeyPair keys = GenerateKeyPair();
    std::string error;
    const auto pub = ParsePublicKeyFile(PublicKeyFileText(keys.pub), error);
    ASSERT_TRUE(pub) << error;
    EXPECT_EQ(pub->bytes, keys.pub.bytes);
    const auto pair = ParseSecretKeyFile(SecretKeyFileText(keys), error);
    ASSERT_TRUE(pair) << error;
    EXPECT_EQ(pair->secret, keys.secret);
    EXPECT_EQ(PublicKeyFileText(keys.pub).find(keys.pub.IdText()), PublicKeyFileText(keys.pub).find("key id ") + 7);

    EXPECT_FALSE(ParsePublicKeyFile(SecretKeyFileText(keys), error));
    EXPECT_EQ(error, "this is the secret key (gemeente.key): it never leaves the regievoerder, not the public key (gemeente.pub)");
    EXPECT_FALSE(ParseSecretKeyFile(PublicKeyFileText(keys.pub), error));
    EXPECT_EQ(error, "this is the public key (gemeente.pub): it can seal, only the secret key opens, not the secret key (gemeente.key)");
    EXPECT_FALSE(ParsePublicKeyFile("", error));
    EXPECT_EQ(error, "the file is empty: it holds no key");
    EXPECT_FALSE(ParsePublicKeyFile("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VuAyEA\n", error));
    EXPECT_EQ(error, "not a Wegwijs key file (its first line must be \"WEGWIJS GEMEENTE PUBLIC KEY 1\")");
    EXPECT_FALSE(ParsePublicKeyFile("WEGWIJS GEMEENTE PUBLIC KEY 1\nAAAA\n", error));
    EXPECT_EQ(error, "the key line is damaged (3 bytes, a public key has 32)");
    EXPECT_FALSE(ParsePublicKeyFile("WEGWIJS GEMEENTE PUBLIC KEY 1\n#comment\n", error));
    EXPECT_EQ(error, "the key line is missing");

    // A secret key file whose halves do not belong together (a byte changed).
    std::string text = SecretKeyFileText(keys);
    const size_t line = text.rfind('\n', text.size() - 2) + 1;
    text[line + 5] = text[line + 5] == 'A' ? 'B' : 'A';
    EXPECT_FALSE(ParseSecretKeyFile(text, error));
    EXPECT_EQ(error, "the key line is damaged (its public half does not belong to its secret half)");
}

// [SECTION] A summary as a code: sealed from the typed summary, read back against the content.
TEST(HandoverSummary, ASummaryOpensAsItselfAndItsCodeFitsOneQrCode) {
    Problems problems;
    const std::string fingerprint = intake::ContentFingerprint(WEGWIJS_SOURCE_DIR "/content", problems);
    nlohmann::json input = {{"role", "migrant"},
                            {"language", "ar"},
                            {"today", "2026-11-28"},
                            {"answers", {{"age_band", "30_49"}, {"latin_script", "no"}, {"learning_hours", 10}}}};
    const AnswersRun run = RunAnswers(test::Loaded().bundle, input, "input", fingerprint);
    ASSERT_TRUE(run.ok()) << run.problems.ToString();
    const std::string code = SealSummary(run.summary, kExpires, Gemeente().pub);
    const OpenedSummary opened = OpenSummary(code, Gemeente(), kToday, test::Loaded().bundle);
    ASSERT_TRUE(opened.summary) << opened.message << opened.problems.ToString();
    EXPECT_EQ(intake::CanonicalJson(*opened.summary), intake::CanonicalJson(run.summary));
    EXPECT_EQ(opened.expires, kExpires);
}

TEST(HandoverSummary, AnOpenedTextThatIsNoSummaryIsRefusedWithItsProblems) {
    OpenedSummary opened = OpenSummary(SealCode("not json", kExpires, Gemeente().pub), Gemeente(), kToday, test::Loaded().bundle);
    EXPECT_EQ(opened.problem, CodeProblem::Unreadable);
    EXPECT_EQ(opened.message, "the code opened, but what it holds is not a summary (not JSON)");
    opened = OpenSummary(SealCode(R"({"document":"wegwijs.intake-summary"})", kExpires, Gemeente().pub), Gemeente(), kToday,
                         test::Loaded().bundle);
    EXPECT_EQ(opened.problem, CodeProblem::Unreadable);
    EXPECT_FALSE(opened.problems.empty());
    EXPECT_EQ(opened.problems.list()[0].file, "code");
}
