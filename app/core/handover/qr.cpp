#include "handover/qr.h"

#include <qrcodegen.hpp>

#include <exception>

namespace wegwijs::handover {

std::optional<QrMatrix> EncodeQr(std::string_view text, std::string* error) {
    try {
        const std::string t(text);
        // encodeText picks alphanumeric mode when every character allows it;
        // boostEcl=false keeps level Q exactly as promised.
        const auto segments = qrcodegen::QrSegment::makeSegments(t.c_str());
        const auto qr = qrcodegen::QrCode::encodeSegments(segments, qrcodegen::QrCode::Ecc::QUARTILE,
                                                          qrcodegen::QrCode::MIN_VERSION,
                                                          qrcodegen::QrCode::MAX_VERSION, -1, false);
        QrMatrix m;
        m.version = qr.getVersion();
        m.size = qr.getSize();
        m.dark.resize(static_cast<size_t>(m.size) * m.size);
        for (int y = 0; y < m.size; ++y)
            for (int x = 0; x < m.size; ++x) m.dark[static_cast<size_t>(y) * m.size + x] = qr.getModule(x, y);
        return m;
    } catch (const std::exception&) {
        if (error) *error = "too long for one QR code (" + std::to_string(text.size()) + " characters; version 40 at level Q holds 2420)";
        return std::nullopt;
    }
}

}  // namespace wegwijs::handover
