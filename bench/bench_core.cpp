// Core timings: loading catalogs and content (part of the kiosk's cold start)
// and a language switch (every text of every screen formatted and laid out
// again in the new language, as the first frame after a switch does).
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "intake/bundle.h"
#include "i18n/localizer.h"
#include "text/layout.h"

using namespace wegwijs;
using Clock = std::chrono::steady_clock;

static double Ms(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
}

int main() {
    const int kRuns = 20;
    double load_ms = 0;
    std::unique_ptr<intake::Bundle> loaded;
    for (int i = 0; i < kRuns; ++i) {
        Problems p;
        auto t0 = Clock::now();
        auto bundle = std::make_unique<intake::Bundle>();
        intake::LoadBundle({WEGWIJS_SOURCE_DIR "/i18n", WEGWIJS_SOURCE_DIR "/content"}, *bundle, p);
        load_ms += Ms(t0, Clock::now());
        loaded = std::move(bundle);
        if (!p.empty()) {
            std::fputs(p.ToString().c_str(), stderr);
            return 1;
        }
    }
    std::printf("load catalogs+content+facts: %.2f ms (mean of %d)\n", load_ms / kRuns, kRuns);
    const Catalogs& catalogs = loaded->catalogs;

    Localizer l10n(catalogs);
    auto measure = [](std::string_view s) { return static_cast<float>(s.size()) * 9.0f; };
    for (const auto& lang : catalogs.languages()) {
        double worst = 0, total = 0;
        for (int i = 0; i < kRuns; ++i) {
            l10n.SetLanguage("nl");
            auto t0 = Clock::now();
            l10n.SetLanguage(lang.code);
            size_t lines = 0;
            for (const auto& key : catalogs.Keys()) {
                const std::string s = l10n.Format(key);
                lines += text::LayoutParagraph(s, 1200, lang.rtl, measure).size();
            }
            const double ms = Ms(t0, Clock::now());
            worst = std::max(worst, ms);
            total += ms;
            if (lines == 0) return 1;
        }
        std::printf("switch to %s, format+lay out all %zu keys: mean %.2f ms, worst %.2f ms\n", lang.code.c_str(),
                    catalogs.Keys().size(), total / kRuns, worst);
    }
    return 0;
}
