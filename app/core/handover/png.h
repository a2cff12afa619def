// A QR code as a PNG file: black on white, `scale` pixels per module, the
// quiet zone of 4 modules the standard asks for around it. Grey 1 bit per
// pixel, compressed with zlib: a few kilobytes.
#pragma once
#include <cstdint>
#include <vector>

#include "handover/qr.h"

namespace wegwijs::handover {

std::vector<uint8_t> QrPng(const QrMatrix& qr, int scale = 8);

}  // namespace wegwijs::handover
