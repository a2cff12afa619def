// The hand-over on the finish screen: with the person's consent, their
// answers as a sealed code that only the gemeente can open (app/core/handover),
// shown as a QR code to photograph and as text to copy. Nothing is written or
// sent: the person carries the code to the intake.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "base/files.h"
#include "base/scrub.h"
#include "handover/qr.h"
#include "handover/summary_code.h"
#include "intake/fingerprint.h"
#include "intake/intake_summary.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace wegwijs::ui {
namespace {

// The code in groups of five, so a person can copy it without losing their place.
std::string Grouped(const std::string& code) {
    std::string out;
    for (size_t i = 0; i < code.size(); i += 5) {
        if (i) out += ' ';
        out += code.substr(i, 5);
    }
    return out;
}

}  // namespace

bool App::LoadHandoverKey(std::string* error) {
    if (config_.handover_key.empty()) return true;
    const auto text = ReadFile(config_.handover_key);
    std::string why;
    if (text)
        if (auto key = handover::ParsePublicKeyFile(*text, why)) {
            handover_key_ = *key;
            return true;
        }
    *error = "handover_key " + config_.handover_key + ": " + (text ? why : std::string("cannot read the file"));
    return false;
}

void App::MakeHandoverCode() {
    // The content's fingerprint: read once, when the first code is made.
    if (fingerprint_.empty()) {
        Problems ignored;  // the same files loaded at start-up
        fingerprint_ = intake::ContentFingerprint(bundle_.content_dir, ignored);
    }
    const intake::IntakeSummary summary = intake::MakeSummary(bundle_, *engine_, fingerprint_);
    handover_expires_ = handover::ExpiryFrom(engine_->today(), content_.gemeente().handover_days);
    handover_code_ = handover::SealSummary(summary, handover_expires_, *handover_key_);
    std::string error;
    handover_qr_ = handover::EncodeQr(handover_code_, &error);
    idle_.RequestFrames(2);
}

void App::ForgetHandoverCode() {
    ScrubText(handover_code_);
    handover_qr_.reset();
}

void App::DrawHandover() {
    Widgets ui(text_, metrics_);
    ui.Space(0.6f);
    ui.Heading(l10n_->Format("handover.heading"));
    if (!handover_key_) {
        ui.Paragraph(l10n_->Format("handover.no_key"));
        return;
    }
    if (handover_code_.empty()) {
        // What happens, who can read it, and that nothing leaves the device.
        ui.Paragraph(l10n_->Format("handover.consent"));
        ui.Space(0.4f);
        if (ui.Button(l10n_->Format("handover.make"), "##make-code", ButtonKind::Primary)) Later([this] { MakeHandoverCode(); });
        return;
    }
    ui.Paragraph(l10n_->Format("handover.show", {{"expires", handover_expires_}}));
    if (handover_qr_) {
        // Crisp at any size: whole pixels per module, a quiet zone of four
        // modules, black on white whatever the theme.
        const auto& qr = *handover_qr_;
        const ImGuiIO& io = ImGui::GetIO();
        const float avail = std::min(metrics_.content_width, io.DisplaySize.y * 0.75f);
        const int module = std::max(1, static_cast<int>(std::floor(avail / (qr.size + 8))));
        const float side = static_cast<float>(module * (qr.size + 8));
        ImGui::SetCursorPosX(std::round(metrics_.content_left + (metrics_.content_width - side) * 0.5f));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const ImVec2 o(std::floor(p.x), std::floor(p.y));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(o, ImVec2(o.x + side, o.y + side), IM_COL32_WHITE);
        for (int y = 0; y < qr.size; ++y)
            for (int x = 0; x < qr.size; ++x)
                if (qr.Dark(x, y)) {
                    const ImVec2 a(o.x + (x + 4) * module, o.y + (y + 4) * module);
                    dl->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32_BLACK);
                }
        ImGui::Dummy(ImVec2(side, side));
        text_.AddTappable("QR", "##handover-qr", o, ImVec2(o.x + side, o.y + side));
    }
    ui.Space(0.4f);
    ui.Small(l10n_->Format("handover.code_text"));
    const bool rtl = text_.rtl();
    text_.SetDirection(false);  // the code reads left to right in every language
    ui.Paragraph(Grouped(handover_code_), colors::kText);
    text_.SetDirection(rtl);
}

}  // namespace wegwijs::ui
