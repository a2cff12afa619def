// The hand-over code as a QR code: level Q, alphanumeric mode (what makes
// Base45 dense), the smallest version, a clear refusal past version 40, and a
// PNG of the right size with the quiet zone. (That a real decoder reads it is
// tests/Handover.cmake's round trip with zbarimg.)
#include <gtest/gtest.h>

#include <string>

#include "handover/png.h"
#include "handover/qr.h"

using namespace wegwijs::handover;

TEST(HandoverQr, LevelQInAlphanumericModeAtTheSmallestVersion) {
    // Version 1 at level Q holds 16 alphanumeric characters but only 11 bytes.
    EXPECT_EQ(EncodeQr(std::string(16, 'A'))->version, 1);
    EXPECT_EQ(EncodeQr(std::string(17, 'A'))->version, 2);
    EXPECT_EQ(EncodeQr(std::string(16, 'a'))->version, 2);  // small letters need byte mode
    // Version 40 at level Q holds 2420 alphanumeric characters (ISO/IEC 18004, table 7).
    const auto qr = EncodeQr(std::string(2420, 'A'));
    ASSERT_TRUE(qr);
    EXPECT_EQ(qr->version, 40);
    EXPECT_EQ(qr->size, 177);
    EXPECT_EQ(qr->dark.size(), 177u * 177u);
}

TEST(HandoverQr, TooLongForOneCodeIsSaid) {
    std::string error;
    EXPECT_FALSE(EncodeQr(std::string(2421, 'W'), &error));
    EXPECT_EQ(error, "too long for one QR code (2421 characters; version 40 at level Q holds 2420)");
}

TEST(HandoverQr, PngHasTheQuietZoneAndScale) {
    const auto qr = *EncodeQr("WW1:ABC");
    const auto png = QrPng(qr, 3);
    ASSERT_GT(png.size(), 33u);
    EXPECT_EQ(std::string(png.begin() + 1, png.begin() + 4), "PNG");
    EXPECT_EQ(std::string(png.begin() + 12, png.begin() + 16), "IHDR");
    const uint32_t width = png[16] << 24 | png[17] << 16 | png[18] << 8 | png[19];
    EXPECT_EQ(width, static_cast<uint32_t>((qr.size + 8) * 3));  // 4 modules of white each side
    EXPECT_EQ(png[24], 1);  // 1 bit per pixel
    EXPECT_EQ(std::string(png.end() - 8, png.end() - 4), "IEND");
}
