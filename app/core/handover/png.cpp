#include "handover/png.h"

#include <zlib.h>

#include <string>

namespace wegwijs::handover {
namespace {

constexpr int kQuietZone = 4;  // modules of white around the code (ISO/IEC 18004)

void Put32(std::vector<uint8_t>& out, uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<uint8_t>(v >> shift));
}

void Chunk(std::vector<uint8_t>& out, const char* type, const std::vector<uint8_t>& data) {
    Put32(out, static_cast<uint32_t>(data.size()));
    const size_t start = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data.begin(), data.end());
    Put32(out, static_cast<uint32_t>(crc32(0, out.data() + start, static_cast<uInt>(out.size() - start))));
}

}  // namespace

std::vector<uint8_t> QrPng(const QrMatrix& qr, int scale) {
    if (scale < 1) scale = 1;
    const int side = (qr.size + 2 * kQuietZone) * scale;
    const size_t row_bytes = 1 + (static_cast<size_t>(side) + 7) / 8;  // filter byte + 1 bit per pixel
    std::vector<uint8_t> raw(row_bytes * side, 0);
    for (int py = 0; py < side; ++py) {
        uint8_t* row = raw.data() + row_bytes * py;  // row[0] = 0: no filter
        const int my = py / scale - kQuietZone;
        for (int px = 0; px < side; ++px) {
            const int mx = px / scale - kQuietZone;
            const bool dark = mx >= 0 && my >= 0 && mx < qr.size && my < qr.size && qr.Dark(mx, my);
            if (!dark) row[1 + px / 8] |= static_cast<uint8_t>(0x80 >> (px % 8));  // 1 = white
        }
    }
    uLongf packed_size = compressBound(static_cast<uLong>(raw.size()));
    std::vector<uint8_t> packed(packed_size);
    compress2(packed.data(), &packed_size, raw.data(), static_cast<uLong>(raw.size()), Z_BEST_COMPRESSION);
    packed.resize(packed_size);

    std::vector<uint8_t> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    std::vector<uint8_t> header;
    Put32(header, static_cast<uint32_t>(side));
    Put32(header, static_cast<uint32_t>(side));
    header.insert(header.end(), {1, 0, 0, 0, 0});  // 1 bit, greyscale, deflate, no filter, not interlaced
    Chunk(png, "IHDR", header);
    Chunk(png, "IDAT", packed);
    Chunk(png, "IEND", {});
    return png;
}

}  // namespace wegwijs::handover
