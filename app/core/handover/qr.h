// The hand-over code as a QR code: error correction level Q (a quarter of the
// symbol may be smudged or glared), alphanumeric mode (Base45 is exactly that
// alphabet), the smallest version that holds it. Drawn by the screens at any
// size and written as PNG by the CLI (png.h).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wegwijs::handover {

struct QrMatrix {
    int version = 0;          // 1..40
    int size = 0;             // modules per side: 17 + 4 * version
    std::vector<bool> dark;   // size * size, row by row
    bool Dark(int x, int y) const { return dark[static_cast<size_t>(y) * size + x]; }
};

// nullopt when the text does not fit version 40 at level Q (`error` says so).
std::optional<QrMatrix> EncodeQr(std::string_view text, std::string* error = nullptr);

}  // namespace wegwijs::handover
