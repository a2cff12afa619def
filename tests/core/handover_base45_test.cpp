// Base45 (RFC 9285), the hand-over code's alphabet: the RFC's own examples,
// every byte value and length, and the texts that are not Base45.
#include <gtest/gtest.h>

#include <string>

#include "handover/base45.h"

using namespace wegwijs::handover;

namespace {

std::vector<uint8_t> Bytes(const std::string& s) { return {s.begin(), s.end()}; }

}  // namespace

TEST(Base45, EncodesTheExamplesOfRfc9285) {
    EXPECT_EQ(Base45Encode(Bytes("AB")), "BB8");
    EXPECT_EQ(Base45Encode(Bytes("Hello!!")), "%69 VD92EX0");
    EXPECT_EQ(Base45Encode(Bytes("base-45")), "UJCLQE7W581");
    EXPECT_EQ(Base45Encode(Bytes("ietf!")), "QED8WEX0");
    EXPECT_EQ(Base45Encode({}), "");
}

TEST(Base45, DecodesTheExamplesOfRfc9285) {
    EXPECT_EQ(Base45Decode("QED8WEX0"), Bytes("ietf!"));
    EXPECT_EQ(Base45Decode("%69 VD92EX0"), Bytes("Hello!!"));
    EXPECT_EQ(Base45Decode(""), std::vector<uint8_t>{});
}

TEST(Base45, RoundTripsEveryByteValueAndLength) {
    std::vector<uint8_t> bytes;
    for (int i = 0; i < 600; ++i) {
        const auto text = Base45Encode(bytes);
        EXPECT_EQ(text.size(), Base45Length(bytes.size()));
        EXPECT_EQ(text.find_first_not_of(kBase45Alphabet), std::string::npos);
        ASSERT_EQ(Base45Decode(text), bytes) << "length " << bytes.size();
        bytes.push_back(static_cast<uint8_t>(i * 167 + 13));  // every value of a byte, in varying pairs
    }
    EXPECT_EQ(Base45Decode(Base45Encode({0xFF, 0xFF})), (std::vector<uint8_t>{0xFF, 0xFF}));  // "FGW", the largest group
}

TEST(Base45, RefusesWhatIsNotBase45AndSaysWhere) {
    std::string error;
    EXPECT_FALSE(Base45Decode("GGW", &error));  // 65536: more than two bytes hold (RFC 9285, 4.3)
    EXPECT_EQ(error, "characters 1-3 hold no two bytes");
    EXPECT_FALSE(Base45Decode("BB8A", &error));  // one character over
    EXPECT_EQ(error, "its length leaves one character over");
    EXPECT_FALSE(Base45Decode("BB8bb8", &error));  // small letters are not in the alphabet
    EXPECT_EQ(error, "character 4 is not a Base45 character");
    EXPECT_FALSE(Base45Decode("BB8Z9", &error));  // the last two characters hold 9*45+35 > 255
    EXPECT_EQ(error, "characters 4-5 hold no byte");
}
