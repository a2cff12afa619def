#include "handover/qr.h"

#include <qrcodegen.h>

#include <array>

namespace wegwijs::handover {

// qrcodegen's C library, not its C++ one: no exceptions, and no <sstream> (its
// C++ error message would add ~100 KB to the page).
std::optional<QrMatrix> EncodeQr(std::string_view text, std::string* error) {
    static std::array<uint8_t, qrcodegen_BUFFER_LEN_MAX> qr, temp;
    const std::string t(text);  // NUL-terminated
    // encodeText picks alphanumeric mode when every character allows it;
    // boostEcl=false keeps level Q exactly as promised.
    if (t.size() > 7089 || !qrcodegen_encodeText(t.c_str(), temp.data(), qr.data(), qrcodegen_Ecc_QUARTILE,
                                                 qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, false)) {
        if (error) *error = "too long for one QR code (" + std::to_string(text.size()) + " characters; version 40 at level Q holds 2420)";
        return std::nullopt;
    }
    QrMatrix m;
    m.size = qrcodegen_getSize(qr.data());
    m.version = (m.size - 17) / 4;
    m.dark.resize(static_cast<size_t>(m.size) * m.size);
    for (int y = 0; y < m.size; ++y)
        for (int x = 0; x < m.size; ++x) m.dark[static_cast<size_t>(y) * m.size + x] = qrcodegen_getModule(qr.data(), x, y);
    return m;
}

}  // namespace wegwijs::handover
