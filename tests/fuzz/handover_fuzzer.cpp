// The hand-over code reader (app/core/handover/): what a stranger can bring to
// the regievoerder. The first byte picks what the rest is:
//   even  a code as typed or scanned ("WW1:..."), opened with the gemeente's
//         key pair and read as a summary (OpenSummary), as the regievoerder does;
//   odd   a payload sealed to that key and opened again, so what lies behind a
//         valid seal (inflating with the code dictionary, the summary's JSON)
//         is fuzzed too. Sealing then opening must give the payload back.
// The key pair is fixed (derived from a fixed secret) so findings replay.
#include <sodium.h>

#include "fuzz_common.h"
#include "handover/code.h"
#include "handover/summary_code.h"
#include "intake/bundle.h"

using namespace wegwijs;

namespace {

const handover::KeyPair& Keys() {
    static handover::KeyPair keys = [] {
        if (!handover::CryptoReady()) fuzz::Broken("libsodium starts", "");
        handover::KeyPair k;
        for (size_t i = 0; i < k.secret.size(); ++i) k.secret[i] = static_cast<uint8_t>(7 * i + 1);
        crypto_scalarmult_base(k.pub.bytes.data(), k.secret.data());
        return k;
    }();
    return keys;
}

const intake::Bundle& ShippedBundle() {
    static intake::Bundle bundle;
    static const bool loaded = [] {
        Problems p;
        if (!intake::LoadBundle({fuzz::SourceDir() + "/i18n", fuzz::SourceDir() + "/content"}, bundle, p))
            fuzz::Broken("the shipped content loads", p.ToString());
        return true;
    }();
    (void)loaded;
    return bundle;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const handover::KeyPair& keys = Keys();
    const intake::Bundle& bundle = ShippedBundle();
    const Date today{2026, 11, 28};
    const std::string_view rest = fuzz::AsText(data + 1, size - 1);
    if ((data[0] & 1) == 0) {
        (void)handover::OpenSummary(rest, keys, today, bundle);
        return 0;
    }
    const std::string code = handover::SealCode(rest, Date{2027, 2, 26}, keys.pub);
    if (code.empty()) return 0;  // deflates beyond an envelope: SealCode says so
    const handover::CodeResult opened = handover::OpenCode(code, keys, today);
    if (!opened.opened || opened.opened->payload != rest)
        fuzz::Broken("a sealed payload opens to the same bytes", opened.message);
    (void)handover::OpenSummary(code, keys, today, bundle);
    return 0;
}
